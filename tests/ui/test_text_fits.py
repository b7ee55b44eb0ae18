"""No clipped text in any window at its smallest size, in English and in German.

Each window is shown at the smallest size it allows and every visible label, button,
check box, radio button, group box title and tab is measured (tests/ui/text_fit.py).
The break itself (notice and break window) is tested with its own layout rules.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QSpinBox, QWidget
from text_fit import at_smallest, clipped_texts

from knotbreak.core.ergonomics import Answer
from knotbreak.core.settings import Settings
from knotbreak.paths import AppPaths
from knotbreak.ui.translations import install_translations

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


@pytest.fixture(params=["en", "de"])
def language(request, qapp):
    install_translations(qapp, request.param)
    yield request.param
    install_translations(qapp, "en")
    QLocale.setDefault(QLocale.c())


@pytest.fixture
def paths(tmp_path):
    return AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "run")


def _fits(window: QWidget, where: str = "") -> None:
    window.show()
    as_opened = clipped_texts(window)
    assert not as_opened, f"{type(window).__name__} {where}:\n" + "\n".join(as_opened)
    problems = clipped_texts(at_smallest(window))
    assert not problems, f"{type(window).__name__} {where}, smallest:\n" + "\n".join(problems)


def test_status_window(qtbot, language, runner):
    from knotbreak.ui.status_window import StatusWindow
    from knotbreak.ui.tray import TrayController

    tray = TrayController(runner)
    window = StatusWindow(runner, menu=tray.menu)
    qtbot.addWidget(window)
    window.show_message("A break is already in progress.")
    _fits(window)


@pytest.mark.parametrize("has_tray", [True, False])
def test_welcome(qtbot, language, has_tray):
    from knotbreak.ui.ergonomics.first_run_offer import FirstRunOffer

    offer = FirstRunOffer(lambda: None, open_health_notes=lambda: None, has_tray=has_tray)
    qtbot.addWidget(offer)
    offer.show_in_corner()
    _fits(offer)


def test_about(qtbot, language):
    from knotbreak.ui.about import AboutDialog

    about = AboutDialog()
    qtbot.addWidget(about)
    _fits(about)


def test_every_page_of_the_workstation_check(qtbot, language, paths):
    from knotbreak.ui.ergonomics import open_ergonomics_wizard
    from knotbreak.ui.ergonomics.wizard import (
        AreaPage,
        ErgonomicsWizard,
        ProposalPage,
        SetupPage,
    )

    wizard = open_ergonomics_wizard(paths, lambda _changes: None, clock=lambda: NOW)
    assert isinstance(wizard, ErgonomicsWizard)
    qtbot.addWidget(wizard)
    for _ in range(20):
        page = wizard.currentPage()
        if isinstance(page, AreaPage):
            for item_id, question in page.questions.items():
                bad = item_id in ("chair-lumbar", "screen-in-front", "posture-facing")
                question.buttons[Answer.NO if bad else Answer.YES].setChecked(True)
        if isinstance(page, SetupPage):
            next(iter(page.buttons.values())).setChecked(True)
        _fits(wizard, page.title())
        if wizard.nextId() == -1:
            assert isinstance(page, ProposalPage)
            page.accept_button.click()
            _fits(wizard, "after accepting the break settings")
            break
        wizard.next()


def test_every_tab_of_the_settings_with_a_warning_showing(qtbot, language, tmp_path):
    from knotbreak.ui.settings.data_page import DataActions
    from knotbreak.ui.settings.dialog import SettingsDialog

    data = DataActions(
        config_dir=tmp_path / "config",
        data_dir=tmp_path / "data",
        export=lambda _path: None,  # type: ignore[arg-type,return-value]
        deletable=lambda: ["settings.json"],
        delete_all=lambda: None,
        now=lambda: NOW,
    )
    dialog = SettingsDialog(Settings(), lambda _changes: None, data=data)
    qtbot.addWidget(dialog)
    dialog.show()
    long_break = dialog.field("long_break_seconds")
    assert isinstance(long_break, QSpinBox)
    long_break.setValue(60)  # shorter than a normal break: the long warning
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        _fits(dialog, dialog.tabs.tabText(index))


def test_statistics(qtbot, language):
    from test_statistics_window import make_window, small_history

    _launcher, window = make_window(qtbot, small_history())
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        _fits(window, window.tabs.tabText(index))


def test_journal_windows(qtbot, language, tmp_path):
    from knotbreak.core.journal import JournalStore, load_health_notes
    from knotbreak.resources_path import resource
    from knotbreak.ui.journal.health_notes_dialog import HealthNotesDialog
    from knotbreak.ui.journal.journal_window import JournalWindow
    from knotbreak.ui.journal.log_dialog import LogKnotDialog

    notes = load_health_notes(resource("health/red_flags.json"))
    journal = JournalStore.in_memory()
    try:
        log = LogKnotDialog(journal, lambda: NOW, health_notes=notes)
        qtbot.addWidget(log)
        _fits(log)
        window = JournalWindow(journal, tmp_path / "history.sqlite3", lambda: NOW)
        qtbot.addWidget(window)
        _fits(window)
        health = HealthNotesDialog(notes)
        qtbot.addWidget(health)
        _fits(health)
    finally:
        journal.close()


def test_meeting_prompt(qtbot, language, runner):
    from knotbreak.ui.meeting_prompt import MeetingPrompt

    prompt = MeetingPrompt(runner)
    qtbot.addWidget(prompt)
    _fits(prompt)


def test_the_fix_checklist_after_a_check(qtbot, language, paths):
    from knotbreak.ui.ergonomics import open_ergonomics_checklist, open_ergonomics_wizard
    from knotbreak.ui.ergonomics.wizard import PAGE_RESULT, AreaPage, ErgonomicsWizard, SetupPage

    wizard = open_ergonomics_wizard(paths, None, clock=lambda: NOW)
    assert isinstance(wizard, ErgonomicsWizard)
    qtbot.addWidget(wizard)
    while wizard.currentId() != PAGE_RESULT:
        page = wizard.currentPage()
        if isinstance(page, AreaPage):
            for question in page.questions.values():
                question.buttons[Answer.NO].setChecked(True)
        if isinstance(page, SetupPage):
            next(iter(page.buttons.values())).setChecked(True)
        wizard.next()
    _fits(wizard, "results with every answer to fix")
    window = open_ergonomics_checklist(paths, clock=lambda: NOW)
    qtbot.addWidget(window)
    _fits(window)


def test_german_counts_like_5_mal_never_break_at_their_hyphen():
    """"5-/mal" broke across lines: the hyphen after a number is a non-breaking one."""
    import re

    from knotbreak.resources_path import resource

    for name in ("translations/knotbreak_de.ts", "stretches/catalog.de.json"):
        text = resource(name).read_text(encoding="utf-8")
        assert not re.findall(r"(?:\d|\}|%n)-mal\b", text), name
        assert "\u2011mal" in text, name
