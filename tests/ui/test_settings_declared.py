"""The dialog built from the declarations, and settings an administrator locked."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from typing import cast

import pytest
from PySide6.QtWidgets import QCheckBox, QSpinBox

from knotbreak.adapters.cycle_runner import CycleRunner
from knotbreak.core.managed_settings import ManagedDefaults
from knotbreak.core.settings import Settings, load_settings, save_settings
from knotbreak.core.settings_presets import GENTLE
from knotbreak.core.settings_schema import BY_KEY, PAGES, SETTINGS
from knotbreak.paths import AppPaths
from knotbreak.ui.settings.dialog import SettingsDialog
from knotbreak.ui.settings.launcher import SettingsLauncher
from knotbreak.ui.settings.prompts import Prompts as DialogPrompts

LOCKED = ManagedDefaults(
    {"work_interval_minutes": 50, "strict_mode": True},
    frozenset({"work_interval_minutes", "strict_mode"}),
)


class Prompts:
    restore = True

    def confirm_restore_defaults(self, _parent):
        return self.restore


@pytest.fixture
def make_dialog(qtbot):
    def make(settings=None, **options):
        calls = []

        def record(changes):
            calls.append(changes)

        options.setdefault("prompts", Prompts())
        dialog = SettingsDialog(settings or Settings(), record, **options)
        dialog.calls = calls  # type: ignore[attr-defined]
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


@pytest.mark.parametrize(
    "setting", [s for s in SETTINGS if s.kind == "whole" and s.editor == "auto"],
    ids=lambda s: s.key,
)
def test_number_fields_take_their_range_from_the_declaration(make_dialog, setting):
    spin = make_dialog().field(setting.key)
    assert isinstance(spin, QSpinBox)
    assert (spin.minimum(), spin.maximum()) == (setting.minimum, setting.maximum)
    assert spin.singleStep() == setting.step
    assert bool(spin.specialValueText()) == (setting.zero_label is not None)


def test_fields_sit_on_their_declared_tab_in_the_declared_order(make_dialog):
    dialog = make_dialog()
    titles = [dialog.tabs.tabText(i).replace("&", "") for i in range(len(PAGES))]
    assert titles == [title for _, title in PAGES]
    for index, (page, _) in enumerate(PAGES):
        keys = [s.key for s in SETTINGS if s.page == page]
        for key in keys:
            assert dialog.editors[key].tab is dialog.tabs.widget(index), key
        # Top to bottom on the page as in the table.
        page_widget = dialog.tabs.widget(index)
        dialog.tabs.setCurrentIndex(index)
        tops = [
            dialog.field(key).mapTo(page_widget, dialog.field(key).rect().topLeft()).y()
            for key in keys
        ]
        assert tops == sorted(tops), page


def test_check_boxes_show_the_declared_label(make_dialog):
    dialog = make_dialog()
    for setting in SETTINGS:
        if setting.kind == "switch" and setting.editor == "auto":
            box = dialog.field(setting.key)
            assert isinstance(box, QCheckBox)
            assert box.text() == setting.label


def test_dependent_fields_follow_their_declared_switch(make_dialog):
    dialog = make_dialog(replace(
        Settings(), micro_breaks_enabled=False, long_break_every=0, snooze_limit=0,
        daily_limit_enabled=False, posture_coach=False, sounds=False, meeting_camera=False,
    ))  # fmt: skip
    for setting in SETTINGS:
        if setting.requires is not None:
            assert not dialog.field(setting.key).isEnabled(), setting.key
    dialog.field("micro_breaks_enabled").setChecked(True)
    assert dialog.field("micro_break_interval_minutes").isEnabled()


def test_a_locked_setting_is_shown_greyed_out_with_who_set_it(make_dialog):
    settings = replace(Settings(), work_interval_minutes=50, strict_mode=True)
    dialog = make_dialog(settings, managed=LOCKED)
    for key in LOCKED.locked:
        editor = dialog.editors[key]
        assert not editor.widget.isEnabled()
        assert editor.widget.toolTip() == "Set by your administrator"
        assert editor.message.text() == "Set by your administrator."
        assert dialog.is_locked(key)
    assert dialog.field("break_seconds").isEnabled()
    assert not dialog.editors["break_seconds"].message.text()


def test_presets_and_restore_defaults_leave_locked_settings_alone(make_dialog):
    settings = replace(Settings(), work_interval_minutes=50, strict_mode=True, snooze_limit=7)
    dialog = make_dialog(settings, managed=LOCKED)
    dialog.choose_preset(GENTLE)
    assert dialog.values()["work_interval_minutes"] == 50
    assert dialog.values()["snooze_limit"] == GENTLE.values["snooze_limit"]
    assert "work_interval_minutes" not in dialog.changes()
    dialog.restore_defaults()
    assert dialog.values()["work_interval_minutes"] == 50
    assert dialog.values()["strict_mode"] is True
    assert dialog.values()["snooze_limit"] == 2
    assert dialog.apply()
    assert all("work_interval_minutes" not in call for call in dialog.calls)


def test_restore_defaults_uses_the_administrators_defaults(make_dialog):
    managed = ManagedDefaults({"break_seconds": 240})
    dialog = make_dialog(replace(Settings(), break_seconds=300), managed=managed)
    dialog.restore_defaults()
    assert dialog.values()["break_seconds"] == 240
    assert dialog.field("break_seconds").isEnabled()  # a default, not a lock


class Runner:
    def __init__(self, settings):
        self.settings = settings

    def apply_settings(self, settings):
        self.settings = settings


def test_the_launcher_reads_the_system_file_and_refuses_a_locked_change(qapp, tmp_path):
    system = tmp_path / "system"
    system.mkdir()
    (system / "defaults.json").write_text(json.dumps(
        {"schema": 1, "defaults": {"strict_mode": True}, "locked": ["strict_mode"]}
    ))  # fmt: skip
    paths = AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "run", system)
    save_settings(paths.settings_file, Settings())
    loaded = load_settings(
        paths.settings_file, datetime(2026, 12, 4).astimezone(), paths.managed_defaults_file
    )
    assert loaded.settings.strict_mode is True
    runner = Runner(loaded.settings)
    launcher = SettingsLauncher(
        paths, cast(CycleRunner, runner), print, True, prompts=cast(DialogPrompts, Prompts())
    )
    launcher.open_dialog()
    try:
        assert launcher.dialog is not None
        assert launcher.dialog.is_locked("strict_mode")
        assert "administrator" in (launcher.apply({"strict_mode": False}) or "")
        assert launcher.apply({"snooze_limit": 3}) is None
        assert runner.settings.strict_mode is True and runner.settings.snooze_limit == 3
        on_disk = json.loads(paths.settings_file.read_text())
        assert on_disk["strict_mode"] is False  # the user's own value, kept in their file
    finally:
        if launcher.dialog is not None:
            launcher.dialog.close()


def test_every_declared_setting_has_an_editor_and_the_declared_restart_rule(make_dialog):
    dialog = make_dialog()
    assert set(dialog.editors) == set(BY_KEY)
    dialog.field("language").setCurrentIndex(2)
    assert dialog.apply()
    assert "next time knotbreak starts" in dialog.status.text()
