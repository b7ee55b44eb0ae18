"""The command line's answers from the running app are in the app's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from knotbreak.adapters.clock import AppClock
from knotbreak.adapters.control_commands import ControlCommands
from knotbreak.adapters.cycle_runner import CycleRunner
from knotbreak.core.control_protocol import Request
from knotbreak.core.history import BreakHistory
from knotbreak.core.settings import Settings
from knotbreak.ui.translations import install_translations


@pytest.fixture
def commands(qapp):
    runner = CycleRunner(AppClock(), Settings(), BreakHistory.in_memory())
    return ControlCommands(
        runner, tray_shown=lambda: True, show=lambda: None, quit_app=lambda: None,
        open_settings=lambda: None,
    )


@pytest.fixture
def german(qapp):
    install_translations(qapp, "de")
    yield
    install_translations(qapp, "en")
    QLocale.setDefault(QLocale.c())


def test_replies_in_german_in_a_german_session(commands, german):
    opened = commands(Request("settings"))["message"]
    assert opened == "Die Einstellungen sind in knotbreak geöffnet."
    paused = commands(Request("pause", "45m"))
    assert paused["ok"] and paused["message"].startswith("Pausen ausgesetzt bis ")
    refused = commands(Request("snooze"))  # nothing to snooze while paused
    assert refused == {
        "ok": False, "error": "Die Pausen sind ausgesetzt; es gibt keine Pause zu verschieben."
    }
    status = commands(Request("status"))
    assert status["message"].startswith("Pausen ausgesetzt bis ")
    # Scripts read the snapshot: it stays as documented, in English.
    assert status["status"]["summary"].startswith("Paused until ")


def test_replies_in_english_otherwise(commands):
    assert commands(Request("settings"))["message"] == "The settings are open in knotbreak."
    assert commands(Request("pause", "45m"))["message"].startswith("Paused until ")
    status = commands(Request("status"))
    assert status["message"] == status["status"]["summary"]
