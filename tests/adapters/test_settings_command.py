"""`knotbreak settings` opens the dialog in the running app (wiring owned by the lead)."""

from __future__ import annotations

from typing import cast

from knotbreak.adapters.control_commands import ControlCommands
from knotbreak.adapters.cycle_runner import CycleRunner
from knotbreak.app import main
from knotbreak.cli import parse
from knotbreak.cli.invocation import EXIT_NO_INSTANCE
from knotbreak.core.control_protocol import Request, encode_request, parse_request


def commands(open_settings=None):
    return ControlCommands(
        runner=cast(CycleRunner, None),  # the settings command never touches the runner
        tray_shown=lambda: True,
        show=lambda: None,
        quit_app=lambda: None,
        open_settings=open_settings,
    )


def test_settings_request_opens_the_dialog():
    opened = []
    reply = commands(lambda: opened.append(True))(Request("settings"))
    assert reply == {"ok": True, "message": "The settings are open in knotbreak."}
    assert opened == [True]


def test_settings_without_a_dialog_is_refused_clearly():
    reply = commands()(Request("settings"))
    assert reply["ok"] is False
    assert "not available" in reply["error"]


def test_settings_is_a_control_command_without_argument(tmp_path, monkeypatch, capsys):
    assert parse_request(encode_request(Request("settings"))) == Request("settings")
    invocation = parse(["settings"])
    assert invocation.command == "settings"
    # Only the running app opens the dialog: without one the command says so.
    monkeypatch.setenv("KNOTBREAK_HOME", str(tmp_path))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert main(["settings"]) == EXIT_NO_INSTANCE
    assert "knotbreak is not running" in capsys.readouterr().err
