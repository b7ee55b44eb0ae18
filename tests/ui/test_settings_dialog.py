"""The settings dialog: every setting reachable, saving, validation, presets, data controls."""

from __future__ import annotations

import json
import zipfile
from dataclasses import fields, replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtTest import QTest

from knotbreak.core.cycle import BreakRecord, Outcome
from knotbreak.core.ergonomics import ErgonomicsStore, store_path
from knotbreak.core.history import BreakHistory
from knotbreak.core.journal import JournalStore, journal_path
from knotbreak.core.journal.areas import AREA_IDS
from knotbreak.core.settings import Settings, load_settings, save_settings
from knotbreak.core.settings_presets import BALANCED, RECOVERING
from knotbreak.paths import AppPaths
from knotbreak.ui import sound_cues
from knotbreak.ui.settings.dialog import SettingsDialog
from knotbreak.ui.settings.launcher import SettingsLauncher, standard_clearables
from knotbreak.ui.settings.prompts import DeleteConfirmation

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)

# A value other than the default for every key, so a round trip proves each one is kept.
NOT_DEFAULTS = Settings(
    work_interval_minutes=50,
    break_seconds=185,
    notice_seconds=45,
    snooze_minutes=7,
    snooze_limit=4,
    working_hours_enabled=True,
    working_hours_start="22:00",
    working_hours_end="06:30",
    working_days=("tue", "sat"),
    idle_detection=False,
    meeting_fullscreen=False,
    meeting_camera=False,
    meeting_microphone=True,
    meeting_dnd=False,
    meeting_camera_devices="/dev/v4l/by-id/*",
    long_break_every=5,
    long_break_seconds=725,
    focus_areas=("upper-back-chest", "eyes"),
    sitting_only=True,
    prefer_long_holds=True,
    strict_mode=True,
    sounds=False,
    sound_volume=35,
    language="de",
    daily_break_goal=9,
)


class FakeAutostart:
    def __init__(self, enabled=False, fail=None):
        self.enabled = enabled
        self.fail = fail
        self.commands = []

    def is_enabled(self):
        return self.enabled

    def enable(self, command):
        if self.fail:
            raise self.fail
        self.commands.append(list(command))
        self.enabled = True

    def disable(self):
        if self.fail:
            raise self.fail
        self.enabled = False


class FakePrompts:
    def __init__(self, restore=True, delete=True, export_to=None):
        self.restore = restore
        self.delete = delete
        self.export_to = export_to
        self.delete_items = None
        self.opened = []

    def confirm_restore_defaults(self, parent):
        return self.restore

    def confirm_delete_all(self, parent, items):
        self.delete_items = list(items)
        return self.delete

    def export_path(self, parent, suggested):
        self.suggested = suggested
        return self.export_to

    def open_folder(self, folder):
        self.opened.append(folder)
        return True


class SettingsRunner:
    """The part of CycleRunner the launcher uses."""

    def __init__(self, settings=None):
        self.settings = settings or Settings()
        self.applied = []

    def apply_settings(self, settings):
        self.settings = settings
        self.applied.append(settings)

    def now(self):
        return NOW


@pytest.fixture
def paths(tmp_path):
    return AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "run")


@pytest.fixture
def make_dialog(qtbot):
    def make(settings=None, apply=None, **options):
        calls = []

        def record(changes):
            calls.append(changes)
            return apply(changes) if apply else None

        options.setdefault("autostart", FakeAutostart())
        options.setdefault("prompts", FakePrompts())
        dialog = SettingsDialog(settings or Settings(), record, **options)
        dialog.calls = calls  # type: ignore[attr-defined]
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


@pytest.fixture
def make_launcher(qapp, paths):
    """Launchers whose dialogs (deleted on close, so not qtbot's to close) are closed after."""
    made = []

    def make(runner, **options):
        options.setdefault("settings_writable", True)
        options.setdefault("autostart", FakeAutostart())
        options.setdefault("prompts", FakePrompts())
        launcher = SettingsLauncher(paths, runner, print, **options)
        made.append(launcher)
        launcher.open_dialog()
        return launcher

    yield make
    for launcher in made:
        if launcher.dialog is not None:
            launcher.dialog.close()


@pytest.fixture
def launched(make_launcher, paths):
    """A launcher with a real settings file, a real history and fakes for the desktop."""
    save_settings(paths.settings_file, Settings())
    history = BreakHistory.open(paths.history_file)
    runner = SettingsRunner()
    prompts = FakePrompts()
    autostart = FakeAutostart()
    launcher = make_launcher(
        runner, clearables=standard_clearables(paths, history), autostart=autostart,
        prompts=prompts,
    )  # fmt: skip
    yield launcher, runner, history, prompts, autostart
    history.close()


def click(button):
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


# Every setting has a place ------------------------------------------------------------


def test_every_setting_is_reachable(make_dialog):
    dialog = make_dialog()
    for field in fields(Settings):
        editor = dialog.editors[field.name]
        assert editor.tab is not None, field.name
        dialog.tabs.setCurrentWidget(editor.tab)
        assert editor.widget.isVisibleTo(dialog), field.name
        assert editor.widget.accessibleName(), field.name
    assert set(dialog.editors) == {field.name for field in fields(Settings)}


def test_round_trip_keeps_every_value(make_dialog):
    dialog = make_dialog(NOT_DEFAULTS)
    expected = NOT_DEFAULTS.to_json()
    expected.pop("schema_version")
    assert dialog.values() == expected
    assert dialog.changes() == {}
    assert not dialog.apply_button.isEnabled()
    assert dialog.apply()
    assert dialog.calls == []  # nothing changed, nothing written


def test_round_trip_through_the_launcher_leaves_the_file_alone(make_launcher, paths):
    save_settings(paths.settings_file, NOT_DEFAULTS)
    runner = SettingsRunner(NOT_DEFAULTS)
    launcher = make_launcher(runner)
    before = paths.settings_file.read_text()
    click(launcher.dialog.ok_button)
    assert launcher.dialog is None or not launcher.dialog.isVisible()
    assert paths.settings_file.read_text() == before
    assert runner.settings == NOT_DEFAULTS


# Saving -----------------------------------------------------------------------------------


def test_changing_the_interval_applies_it_and_saves_the_file(launched, paths):
    launcher, runner, *_ = launched
    dialog = launcher.dialog
    dialog.field("work_interval_minutes").setValue(30)
    assert dialog.apply_button.isEnabled()
    click(dialog.apply_button)
    assert runner.applied[-1].work_interval_minutes == 30
    assert load_settings(paths.settings_file, NOW).settings.work_interval_minutes == 30
    assert dialog.isVisible()  # Apply keeps the window open
    assert not dialog.apply_button.isEnabled()
    assert "saved" in dialog.status.text().lower()


def test_ok_saves_and_closes_cancel_discards(launched, qtbot):
    launcher, runner, *_ = launched
    dialog = launcher.dialog
    dialog.field("break_seconds").setValue(240)
    click(dialog.ok_button)
    assert runner.settings.break_seconds == 240
    qtbot.waitUntil(lambda: launcher.dialog is None)
    launcher.open_dialog()
    launcher.dialog.field("break_seconds").setValue(600)
    click(launcher.dialog.cancel_button)
    assert runner.settings.break_seconds == 240


def test_only_changed_keys_are_sent(make_dialog):
    dialog = make_dialog()
    dialog.editors["sounds"].widget.setChecked(False)
    dialog.volume_slider.setValue(80)
    assert dialog.apply()
    assert dialog.calls == [{"sounds": False, "sound_volume": 80}]


def test_restart_settings_say_so(make_dialog):
    dialog = make_dialog()
    dialog.field("language").setCurrentIndex(dialog.field("language").findData("de"))
    assert dialog.apply()
    assert dialog.calls == [{"language": "de"}]
    assert "next time" in dialog.status.text()


def test_an_apply_error_keeps_the_window_and_the_values(make_dialog):
    dialog = make_dialog(apply=lambda changes: "No space left on device")
    dialog.field("work_interval_minutes").setValue(35)
    dialog.focus_boxes["eyes"].setChecked(False)
    click(dialog.ok_button)
    assert dialog.isVisible()
    assert "not saved" in dialog.status.text()
    assert "No space left on device" in dialog.status.text()
    assert dialog.values()["work_interval_minutes"] == 35
    assert "eyes" not in dialog.values()["focus_areas"]
    assert dialog.apply_button.isEnabled()  # still unsaved, so it can be tried again


def test_a_newer_settings_file_cannot_be_changed(make_launcher, paths):
    runner = SettingsRunner()
    autostart = FakeAutostart()
    launcher = make_launcher(runner, settings_writable=False, autostart=autostart)
    dialog = launcher.dialog
    assert "newer version" in dialog.read_only_banner.text()
    assert not dialog.field("work_interval_minutes").isEnabled()
    assert not dialog.restore_button.isEnabled()
    assert launcher.apply({"work_interval_minutes": 30}) is not None
    assert runner.applied == []
    assert not paths.settings_file.exists()
    # Start at login is not part of the settings file, so it still works.
    dialog.autostart_box.setChecked(True)
    assert dialog.apply()
    assert autostart.enabled


def test_a_full_disk_is_reported_by_the_launcher(launched, paths, monkeypatch):
    launcher, runner, *_ = launched

    def full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("knotbreak.ui.settings.launcher.save_settings", full)
    dialog = launcher.dialog
    dialog.field("work_interval_minutes").setValue(40)
    assert not dialog.apply()
    assert "No space left on device" in dialog.status.text()
    assert runner.applied == []
    assert dialog.values()["work_interval_minutes"] == 40


def test_opening_twice_shows_the_same_window(launched):
    launcher, *_ = launched
    first = launcher.dialog
    launcher.open_dialog()
    assert launcher.dialog is first


# Validation ----------------------------------------------------------------------------


def test_no_focus_area_is_refused_with_a_message(make_dialog):
    dialog = make_dialog()
    dialog.tabs.setCurrentIndex(0)
    for box in dialog.focus_boxes.values():
        box.setChecked(False)
    message = dialog.editors["focus_areas"].message
    assert message.text() == "Choose at least one focus area."
    assert not dialog.apply()
    assert dialog.calls == []
    assert dialog.tabs.currentWidget() is dialog.editors["focus_areas"].tab
    assert "Focus areas" in dialog.status.text()
    assert not dialog.tabs.tabIcon(dialog.tabs.currentIndex()).isNull()


def test_working_hours_without_days(make_dialog):
    dialog = make_dialog()
    dialog.field("working_hours_enabled").setChecked(True)
    for box in dialog.day_boxes.values():
        box.setChecked(False)
    assert "at least one working day" in dialog.editors["working_days"].message.text()
    assert not dialog.apply()
    dialog.field("working_hours_enabled").setChecked(False)
    assert dialog.editors["working_days"].message.isHidden()
    assert dialog.apply()


def test_long_break_shorter_than_a_break_is_explained_but_allowed(make_dialog):
    dialog = make_dialog()
    dialog.field("break_seconds").setValue(300)
    dialog.field("long_break_seconds").setValue(120)
    message = dialog.editors["long_break_seconds"].message
    assert message.severity == "note"
    assert "as long as a normal one (5 min)" in message.text()
    assert dialog.apply()
    assert dialog.calls == [{"break_seconds": 300, "long_break_seconds": 120}]


def test_a_bad_camera_pattern_shows_the_validators_message(make_dialog):
    dialog = make_dialog()
    dialog.field("meeting_camera_devices").setText("video*")
    assert "absolute path pattern" in dialog.editors["meeting_camera_devices"].message.text()
    assert not dialog.apply()


def test_validator_messages_are_said_in_the_users_language(make_dialog, qapp):
    class German(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            if context == "Settings" and source.startswith("must be an absolute path"):
                return 'muss ein absolutes Pfadmuster wie "/dev/video*" sein'
            return ""

    german = German()
    QCoreApplication.installTranslator(german)
    try:
        dialog = make_dialog()
        dialog.field("meeting_camera_devices").setText("video*")
        message = dialog.editors["meeting_camera_devices"].message.text()
    finally:
        QCoreApplication.removeTranslator(german)
    assert message == 'Muss ein absolutes Pfadmuster wie "/dev/video*" sein.'


def test_dependent_fields_follow_their_switch(make_dialog):
    dialog = make_dialog()
    assert not dialog.field("working_hours_start").isEnabled()
    dialog.field("working_hours_enabled").setChecked(True)
    assert dialog.field("working_hours_start").isEnabled()
    dialog.field("long_break_every").setValue(0)
    assert dialog.field("long_break_every").text() == "Never"
    assert not dialog.field("long_break_seconds").isEnabled()
    dialog.editors["sounds"].widget.setChecked(False)
    assert not dialog.volume_slider.isEnabled()


def test_durations_can_be_typed(make_dialog):
    dialog = make_dialog()
    spin = dialog.field("break_seconds")
    spin.lineEdit().selectAll()
    QTest.keyClicks(spin, "4")
    spin.interpretText()
    assert spin.value() == 240
    spin.lineEdit().selectAll()
    QTest.keyClicks(spin, "2:30")
    spin.interpretText()
    assert spin.value() == 150
    assert spin.text() == "2 min 30 s"


# Presets and defaults ----------------------------------------------------------------


def test_choosing_a_preset_fills_in_its_values(make_dialog):
    dialog = make_dialog()
    assert dialog.preset_combo.currentData() == BALANCED.id
    index = dialog.preset_combo.findData(RECOVERING.id)
    dialog.preset_combo.activated.emit(index)
    values = dialog.values()
    for key, value in RECOVERING.values.items():
        assert values[key] == value
    assert dialog.short_holds.isChecked()  # 2-minute holds are a choice, not a treatment
    assert "not from trials" in dialog.holds_help.text()
    assert dialog.preset_combo.currentData() == RECOVERING.id
    assert dialog.calls == []  # filled in, not saved
    assert "values are filled in" in dialog.status.text()
    dialog.field("work_interval_minutes").setValue(40)
    assert dialog.preset_combo.currentData() is None
    assert dialog.preset_description.text() == "Your own combination."
    # The note about the preset's values no longer holds: it goes.
    assert "values are filled in" not in dialog.status.text()


def test_restore_defaults_is_named_in_knotbreaks_own_words(make_dialog):
    dialog = make_dialog()
    assert dialog.restore_button.text() == "&Restore defaults"


def test_restore_defaults_asks_and_does_not_save(make_dialog):
    prompts = FakePrompts(restore=False)
    dialog = make_dialog(NOT_DEFAULTS, prompts=prompts)
    click(dialog.restore_button)
    assert dialog.values()["work_interval_minutes"] == 50

    prompts.restore = True
    click(dialog.restore_button)
    defaults = Settings().to_json()
    defaults.pop("schema_version")
    assert dialog.values() == defaults
    assert dialog.calls == []
    assert dialog.apply_button.isEnabled()
    assert dialog.apply()
    assert dialog.calls[0]["work_interval_minutes"] == 45


# Start at login -------------------------------------------------------------------------


def test_start_at_login_reads_and_writes_the_entry(make_dialog):
    autostart = FakeAutostart(enabled=True)
    dialog = make_dialog(autostart=autostart, start_command=["/usr/bin/knotbreak"])
    assert dialog.autostart_box.isChecked()
    dialog.autostart_box.setChecked(False)
    assert dialog.apply_button.isEnabled()
    assert dialog.apply()
    assert not autostart.enabled
    dialog.autostart_box.setChecked(True)
    assert dialog.apply()
    assert autostart.commands == [["/usr/bin/knotbreak"]]
    assert "start when you log in" in dialog.status.text()


def test_start_at_login_failure_is_shown(make_dialog):
    autostart = FakeAutostart(fail=PermissionError(13, "Permission denied"))
    dialog = make_dialog(autostart=autostart)
    dialog.autostart_box.setChecked(True)
    assert not dialog.apply()
    assert "Permission denied" in dialog.autostart_message.text()
    assert dialog.isVisible()
    assert dialog.autostart_box.isChecked()  # the wish is kept for another try


def test_start_at_login_that_cannot_be_read(make_dialog):
    class Unreadable(FakeAutostart):
        def is_enabled(self):
            raise PermissionError(13, "Permission denied")

    dialog = make_dialog(autostart=Unreadable())
    assert not dialog.autostart_box.isEnabled()
    assert "could not be read" in dialog.autostart_message.text()


# Sound ----------------------------------------------------------------------------------


def test_test_sound_plays_at_the_chosen_volume(make_dialog):
    played = []

    class Effect:
        def setSource(self, url):
            self.source = url

        def setVolume(self, volume):
            self.volume = volume

        def play(self):
            played.append(self.volume)

    sound_cues.reset_for_tests()
    dialog = make_dialog(sound_loader=lambda: Effect)
    dialog.volume_slider.setValue(25)
    click(dialog.test_sound_button)
    assert played == [0.25]
    sound_cues.reset_for_tests()


def test_test_sound_without_an_audio_device(make_dialog, qtbot):
    class NoDevice:
        class Status:
            Error = "error"

        def setSource(self, url):
            pass

        def setVolume(self, volume):
            pass

        def play(self):
            pass

        def status(self):
            return self.Status.Error

    sound_cues.reset_for_tests()
    dialog = make_dialog(sound_loader=lambda: NoDevice)
    click(dialog.test_sound_button)
    message = dialog.editors["sound_volume"].message
    qtbot.waitUntil(lambda: "speaker or headset" in message.text())
    sound_cues.reset_for_tests()


def test_the_fix_this_first_line_goes_once_fixed(make_dialog):
    dialog = make_dialog()
    dialog.focus_boxes["eyes"].setChecked(False)
    for box in dialog.focus_boxes.values():
        box.setChecked(False)
    assert not dialog.apply()
    assert dialog.status.isVisibleTo(dialog)
    dialog.focus_boxes["eyes"].setChecked(True)
    assert dialog.status.isHidden()


def test_test_sound_says_why_it_is_silent(make_dialog):
    def no_multimedia():
        raise ImportError("No module named 'PySide6.QtMultimedia'")

    sound_cues.reset_for_tests()
    dialog = make_dialog(sound_loader=no_multimedia)
    click(dialog.test_sound_button)
    assert "No sound can be played" in dialog.editors["sound_volume"].message.text()
    sound_cues.reset_for_tests()


# Data -------------------------------------------------------------------------------------


def a_break():
    return BreakRecord(NOW, NOW, NOW + timedelta(minutes=3), Outcome.COMPLETED)


def test_export_writes_the_zip(launched, tmp_path, paths):
    launcher, _runner, history, prompts, _ = launched
    history.record(a_break())
    ErgonomicsStore.open(store_path(paths.data_dir)).close()
    prompts.export_to = tmp_path / "mine.zip"
    click(launcher.dialog.data_page.export_button)
    with zipfile.ZipFile(tmp_path / "mine.zip") as archive:
        names = set(archive.namelist())
        settings = json.loads(archive.read("config/settings.json"))
    assert names == {
        "README.txt", "config/settings.json", "data/history.sqlite3", "data/ergonomics.sqlite3",
    }  # fmt: skip
    assert settings["work_interval_minutes"] == 45
    message = launcher.dialog.data_page.export_message
    assert "Exported 4 files" in message.text()
    assert prompts.suggested.name.startswith("knotbreak-data-")


def test_export_can_be_cancelled(launched, tmp_path):
    launcher, *_ = launched
    click(launcher.dialog.data_page.export_button)  # export_to is None: the user cancelled
    assert launcher.dialog.data_page.export_message.isHidden()


def test_export_failure_is_shown(launched, tmp_path):
    launcher, _runner, _history, prompts, _ = launched
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    prompts.export_to = blocker / "x.zip"
    click(launcher.dialog.data_page.export_button)
    message = launcher.dialog.data_page.export_message
    assert message.severity == "error"
    assert "Nothing was exported" in message.text()


def test_delete_all_data_clears_the_history_and_the_app_keeps_recording(launched, paths):
    launcher, _runner, history, prompts, _ = launched
    history.record(a_break())
    store = ErgonomicsStore.open(store_path(paths.data_dir))
    store.note_moved_desks(NOW)
    store.close()
    journal = JournalStore.open(journal_path(paths.data_dir))
    journal.log(AREA_IDS[0], 4, None, NOW)
    assert journal.count() == 1
    invalid = paths.config_dir / "settings.json.invalid-20260101-000000"
    invalid.write_text("{")
    # The log names every break's start and end; the Data tab promises it goes too.
    paths.log_file.write_text("09:00 INFO break started\n")
    rotated = paths.data_dir / "knotbreak.log.1"
    rotated.write_text("08:00 INFO break ended\n")

    click(launcher.dialog.data_page.delete_button)

    assert len(prompts.delete_items) == 5
    assert any("knotbreak.log" in item for item in prompts.delete_items)
    assert any("history.sqlite3" in item for item in prompts.delete_items)
    assert any("journal" in item for item in prompts.delete_items)
    assert history.recent() == []
    store = ErgonomicsStore.open(store_path(paths.data_dir))
    assert store.moved_desks_at() is None
    store.close()
    assert journal.count() == 0  # cleared under a connection that stays open
    journal.close()
    assert not invalid.exists()
    assert "break started" not in paths.log_file.read_text()
    assert not rotated.exists()
    assert paths.settings_file.exists()  # settings are kept
    assert "All data was deleted" in launcher.dialog.data_page.delete_message.text()
    history.record(a_break())
    assert len(history.recent()) == 1


def test_delete_all_data_needs_confirmation(launched):
    launcher, _runner, history, prompts, _ = launched
    history.record(a_break())
    prompts.delete = False
    click(launcher.dialog.data_page.delete_button)
    assert len(history.recent()) == 1
    assert launcher.dialog.data_page.delete_message.isHidden()


def test_delete_all_reports_what_failed(launched):
    launcher, *_ = launched
    from knotbreak.adapters.data_deletion import Clearable

    def broken():
        raise OSError("database is locked")

    launcher.add_clearable(Clearable("Knot journal", broken))
    click(launcher.dialog.data_page.delete_button)
    message = launcher.dialog.data_page.delete_message
    assert message.severity == "error"
    assert "Knot journal: database is locked" in message.text()


def test_the_delete_confirmation_needs_a_tick(qtbot):
    box = DeleteConfirmation(["Your break history"])
    qtbot.addWidget(box)
    assert not box.delete_button.isEnabled()
    box.understood.setChecked(True)
    assert box.delete_button.isEnabled()


def test_folders_open_in_the_file_manager(launched, paths):
    launcher, _runner, _history, prompts, _ = launched
    click(launcher.dialog.data_page.folder_buttons["data"])
    assert prompts.opened == [paths.data_dir]


def test_settings_not_in_the_form_are_untouched_by_a_preset(make_dialog):
    dialog = make_dialog(replace(Settings(), sounds=False, language="en"))
    dialog.choose_preset(RECOVERING)
    assert dialog.values()["sounds"] is False
    assert dialog.values()["language"] == "en"


def test_detection_options_apply_without_talk_of_a_restart(make_dialog):
    dialog = make_dialog()
    dialog.editors["idle_detection"].widget.setChecked(False)
    assert dialog.apply()
    assert dialog.calls == [{"idle_detection": False}]
    assert "next time" not in dialog.status.text()


def test_hidden_stretches_are_listed_and_can_be_shown_again(make_dialog):
    from dataclasses import replace

    dialog = make_dialog(replace(Settings(), hidden_stretches=("thoracic-ext", "my-own")))
    names = [dialog.hidden_list.item(row).text() for row in range(dialog.hidden_list.count())]
    assert names[0] != "thoracic-ext"  # the stretch's name, not its id
    assert names[1] == "My own"  # a custom id nobody has a name for, readably
    assert not dialog.show_again_button.isEnabled()  # nothing chosen yet
    dialog.hidden_list.setCurrentRow(0)
    assert dialog.show_again_button.isEnabled()
    click(dialog.show_again_button)
    assert dialog.apply()
    assert dialog.calls == [{"hidden_stretches": ["my-own"]}]


def test_restore_defaults_keeps_hidden_stretches(make_dialog):
    from dataclasses import replace

    dialog = make_dialog(replace(Settings(), hidden_stretches=("thoracic-ext",), sounds=False))
    dialog.restore_defaults()
    assert dialog.editors["sounds"].widget.isChecked()
    assert dialog.hidden_list.count() == 1


def test_a_sound_failure_seen_in_a_break_is_said_by_the_volume(make_dialog):
    from knotbreak.ui import sound_cues

    sound_cues.reset_for_tests()
    sound_cues.note_playback_failed()
    try:
        dialog = make_dialog()
        message = dialog.editors["sound_volume"].message
        assert "No sound can be played here" in message.text()
        dialog.volume_slider.setValue(20)  # an edit re-checks the form: the note stays
        assert "No sound can be played here" in message.text()
    finally:
        sound_cues.reset_for_tests()


def test_favourites_can_be_cleared_and_that_is_applied(make_dialog):
    from dataclasses import replace as _replace

    dialog = make_dialog(_replace(Settings(), favourite_stretches=("levator", "chin-tuck")))
    editor = dialog.editors["favourite_stretches"]
    assert editor.widget.isEnabled()
    assert dialog.changes() == {}
    editor.widget.click()
    assert dialog.changes() == {"favourite_stretches": []}
    assert not editor.widget.isEnabled()
    assert dialog.apply()
    assert dialog.calls == [{"favourite_stretches": []}]


def test_the_hold_length_note_sits_under_its_row_at_full_width(make_dialog):
    # Two merged features once put Favourites between Hold length and its note, and the
    # note wrapped into a column a third of the page wide.
    dialog = make_dialog()
    dialog.tabs.setCurrentWidget(dialog.editors["prefer_long_holds"].tab)
    holds = dialog.editors["prefer_long_holds"].widget.parentWidget()
    favourites = dialog.editors["favourite_stretches"].widget.parentWidget()
    note = dialog.holds_help

    def top(widget):
        return widget.mapTo(dialog, widget.rect().topLeft()).y()

    assert top(holds) < top(note) < top(favourites)
    assert note.width() >= holds.width() - 1
