"""Managed defaults: an administrator's defaults.json, with locked keys."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from knotbreak.core.managed_settings import load_managed_defaults
from knotbreak.core.settings import Settings, load_settings, merge_settings, save_settings
from knotbreak.paths import resolve_paths

NOW = datetime(2026, 12, 4, 9, 0).astimezone()


@pytest.fixture
def files(tmp_path):
    system = tmp_path / "etc"
    system.mkdir()
    return tmp_path / "settings.json", system / "defaults.json"


def write(path, data):
    path.write_text(data if isinstance(data, str) else json.dumps(data))


def test_no_managed_file_changes_nothing(files):
    user, managed = files
    loaded = load_settings(user, NOW, managed)
    assert loaded.settings == Settings()
    assert loaded.message() is None
    assert not loaded.managed.locked


def test_a_managed_default_replaces_the_built_in_one_but_the_user_wins(files):
    user, managed = files
    write(managed, {"schema": 1, "defaults": {"work_interval_minutes": 50, "sounds": False}})
    assert load_settings(user, NOW, managed).settings.work_interval_minutes == 50
    write(user, {"work_interval_minutes": 35})
    loaded = load_settings(user, NOW, managed)
    assert loaded.settings.work_interval_minutes == 35
    assert loaded.settings.sounds is False
    assert loaded.message() is None


def test_a_locked_key_beats_the_users_value_which_stays_in_their_file(files):
    user, managed = files
    write(managed, {"schema": 1, "defaults": {"strict_mode": True}, "locked": ["strict_mode"]})
    write(user, {"strict_mode": False, "snooze_limit": 3})
    loaded = load_settings(user, NOW, managed)
    assert loaded.settings.strict_mode is True
    assert loaded.settings.snooze_limit == 3
    assert loaded.managed.is_locked("strict_mode")
    # Saving (e.g. after the user changed another setting) keeps their own value for
    # the locked key, and leaves the administrator's default out of their file.
    save_settings(user, merge_settings(loaded.settings, {"snooze_limit": 4}), loaded.managed)
    on_disk = json.loads(user.read_text())
    assert on_disk["strict_mode"] is False
    assert on_disk["snooze_limit"] == 4
    assert load_settings(user, NOW, managed).settings.strict_mode is True


def test_locked_without_a_default_is_the_built_in_default(files):
    user, managed = files
    write(managed, {"schema": 1, "locked": ["meeting_camera"]})
    write(user, {"meeting_camera": False})
    assert load_settings(user, NOW, managed).settings.meeting_camera is True


def test_a_locked_key_cannot_be_changed(files):
    user, managed = files
    write(managed, {"schema": 1, "locked": ["language"]})
    loaded = load_settings(user, NOW, managed)
    with pytest.raises(ValueError, match="set by your administrator"):
        merge_settings(loaded.settings, {"language": "de"}, loaded.managed)


def test_saved_defaults_are_left_out_so_a_later_change_of_them_reaches_the_user(files):
    user, managed = files
    write(managed, {"schema": 1, "defaults": {"work_interval_minutes": 50}})
    loaded = load_settings(user, NOW, managed)
    save_settings(user, loaded.settings, loaded.managed)
    assert "work_interval_minutes" not in json.loads(user.read_text())
    write(managed, {"schema": 1, "defaults": {"work_interval_minutes": 55}})
    assert load_settings(user, NOW, managed).settings.work_interval_minutes == 55


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("{not json", "not valid JSON (line 1"),
        ("[1, 2]", '"schema": 1'),
        (json.dumps({"schema": 2, "defaults": {}}), '"schema": 1'),
        (json.dumps({"schema": 1, "defaults": [], "locked": []}), '"locked" a list'),
        (b"\xff\xfe", "not UTF-8"),
    ],
)
def test_a_bad_file_is_ignored_whole_and_said_once(files, content, words):
    user, managed = files
    if isinstance(content, bytes):
        managed.write_bytes(content)
    else:
        write(managed, content)
    loaded = load_settings(user, NOW, managed)
    assert loaded.settings == Settings()
    assert not loaded.managed.locked
    message = loaded.message() or ""
    assert words in message
    assert "were not used" in message and str(managed) in message
    # The user's own file is not touched or set aside for it.
    assert loaded.backup is None and loaded.problems == []


def test_a_bad_value_is_ignored_alone(files):
    user, managed = files
    write(managed, {
        "schema": 1,
        "defaults": {"work_interval_minutes": 500, "sounds": False, "colour": "red"},
        "locked": ["work_interval_minutes", "sounds", "nonsense"],
    })
    loaded = load_settings(user, NOW, managed)
    assert loaded.settings.work_interval_minutes == 45
    assert loaded.settings.sounds is False
    assert loaded.managed.locked == {"sounds"}
    message = loaded.message() or ""
    assert "'work_interval_minutes'" in message and "outside the allowed" in message
    assert "'colour' is not a setting" in message and "'nonsense'" in message


def test_an_unreadable_file_is_ignored(files):
    _user, managed = files
    managed.mkdir()  # a folder where the file should be: reading it fails
    loaded = load_managed_defaults(managed)
    assert not loaded.managed.defaults
    assert "were not used" in loaded.problems[0]


def test_where_the_managed_file_is_looked_for(tmp_path):
    assert resolve_paths(environ={}).managed_defaults_file is not None
    chosen = resolve_paths(environ={"KNOTBREAK_SYSTEM_CONFIG_DIR": str(tmp_path)})
    assert chosen.managed_defaults_file == tmp_path / "defaults.json"
    home = resolve_paths(environ={"KNOTBREAK_HOME": str(tmp_path)})
    assert home.managed_defaults_file == tmp_path / "system" / "defaults.json"
