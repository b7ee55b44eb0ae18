"""Alt+letter in the Settings dialog: each letter reaches one thing on the page you see.

A letter used twice among the tab names, the rows outside the tabs and the open tab makes
Alt+letter only move the focus back and forth (Qt's ambiguous shortcut) instead of opening
the tab or ticking the box. Merged features picked their letters without seeing each other's.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from knotbreak.adapters.data_export import ExportResult
from knotbreak.core.settings import Settings
from knotbreak.ui.settings.data_page import DataActions
from knotbreak.ui.settings.dialog import SettingsDialog
from knotbreak.ui.translations import install_translations


@pytest.fixture(params=["en", "de"])
def language(request, qapp):
    install_translations(qapp, request.param)
    yield request.param
    install_translations(qapp, "en")
    QLocale.setDefault(QLocale.c())


def _letter(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _mnemonics(widgets: list[QWidget]) -> list[tuple[str | None, str]]:
    found: list[tuple[str | None, str]] = []
    for widget in widgets:
        if isinstance(widget, QAbstractButton | QLabel) and widget.isVisibleTo(widget.window()):
            letter = _letter(widget.text())
            if letter:
                found.append((letter, widget.text()))
    return found


def _no_export(_path: Path) -> ExportResult:
    raise AssertionError("nothing is exported here")


def test_every_alt_letter_in_settings_reaches_one_thing_per_tab(qtbot, language):
    # A hidden stretch, so the tab's "show again" button is there too; data, so the Data tab is.
    data = DataActions(
        config_dir=Path("config"), data_dir=Path("data"), export=_no_export,
        deletable=list, delete_all=lambda: None, now=lambda: datetime(2026, 12, 4, tzinfo=UTC),
    )
    dialog = SettingsDialog(
        Settings(hidden_stretches=("chin-tuck",)), lambda _changes: None, data=data
    )
    qtbot.addWidget(dialog)
    dialog.show()
    tabs = dialog.tabs
    names = [(_letter(tabs.tabText(i)), tabs.tabText(i)) for i in range(tabs.count())]
    outside = _mnemonics([
        w for w in dialog.findChildren(QWidget) if not tabs.isAncestorOf(w)
    ])
    clashes = {}
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        page = tabs.widget(index)
        assert page is not None
        by_letter = defaultdict(list)
        for letter, text in names + outside + _mnemonics(page.findChildren(QWidget)):
            if letter:
                by_letter[letter].append(text)
        for letter, texts in by_letter.items():
            if len(texts) > 1:
                clashes[f"{tabs.tabText(index)} Alt+{letter}"] = texts
    assert tabs.count() == 8  # every tab was looked at, Data included
    assert not clashes, clashes
