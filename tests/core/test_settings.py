"""Settings files: defaults, validation messages, backups, newer versions, safe writes."""

from __future__ import annotations

import json
import os
from datetime import datetime, timedelta

import pytest

from knotbreak.core.settings import (
    Settings,
    load_settings,
    merge_settings,
    save_settings,
    validate,
)

NOW = datetime(2026, 11, 23, 9, 0).astimezone()


def write(path, content):
    path.write_text(content if isinstance(content, str) else json.dumps(content))


def test_missing_file_gives_defaults_quietly(tmp_path):
    loaded = load_settings(tmp_path / "settings.json", NOW)
    assert loaded.settings == Settings()
    assert loaded.message() is None


def test_round_trip_keeps_every_value(tmp_path):
    path = tmp_path / "settings.json"
    custom = Settings(
        work_interval_minutes=30, break_seconds=120, notice_seconds=0, snooze_minutes=10,
        snooze_limit=0, working_hours_enabled=True, working_hours_start="08:15",
        working_hours_end="16:00", working_days=("mon", "wed", "fri"),
    )
    save_settings(path, custom)
    on_disk = json.loads(path.read_text())
    assert on_disk["schema_version"] == 1
    assert on_disk["working_days"] == ["mon", "wed", "fri"]
    assert load_settings(path, NOW).settings == custom


def test_defaults_are_what_the_issue_asks_for():
    policy = Settings().policy()
    assert policy.work_interval == timedelta(minutes=45)
    assert policy.notice_lead == timedelta(seconds=60)
    assert policy.snooze_length == timedelta(minutes=5)
    assert policy.snooze_limit == 2


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ({"work_interval_minutes": 90}, "90 is outside the allowed 30 to 60 minutes"),
        ({"work_interval_minutes": "45"}, "must be a whole number"),
        ({"work_interval_minutes": True}, "must be a whole number"),
        ({"snooze_limit": -1}, "outside the allowed 0 to 10"),
        ({"working_hours_start": "9am"}, "not a 24-hour time"),
        ({"working_hours_enabled": "yes"}, "true or false"),
        ({"working_days": ["mon", "funday"]}, "unknown day 'funday'"),
        ({"colour": "blue"}, "'colour' is not a setting"),
    ],
)
def test_each_bad_value_is_named_and_defaulted(raw, words):
    settings, problems = validate(raw)
    assert len(problems) == 1 and words in problems[0]
    assert settings == Settings()


def test_valid_values_survive_beside_a_bad_one():
    settings, problems = validate({"work_interval_minutes": 35, "snooze_minutes": 99})
    assert settings.work_interval_minutes == 35
    assert settings.snooze_minutes == 5
    assert len(problems) == 1


@pytest.mark.parametrize(
    "content",
    ["{not json", "[1, 2]", '{"work_interval_minutes": 5}', b"\xff\xfe garbage"],
)
def test_broken_file_is_kept_as_backup_and_user_is_told(tmp_path, content):
    path = tmp_path / "settings.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        write(path, content)
    original = path.read_bytes()
    loaded = load_settings(path, NOW)
    assert loaded.settings.work_interval_minutes == 45
    assert loaded.backup is not None and loaded.backup.read_bytes() == original
    message = loaded.message()
    assert message is not None and str(loaded.backup) in message


def test_file_from_newer_version_is_used_but_never_overwritten(tmp_path):
    path = tmp_path / "settings.json"
    write(path, {"schema_version": 7, "work_interval_minutes": 50, "future_thing": 1})
    loaded = load_settings(path, NOW)
    assert loaded.settings.work_interval_minutes == 50
    assert not loaded.writable
    assert "newer knotbreak" in (loaded.message() or "")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_is_reported(tmp_path):
    path = tmp_path / "settings.json"
    write(path, {})
    path.chmod(0)
    loaded = load_settings(path, NOW)
    assert "could not be read" in (loaded.message() or "")


def test_failed_save_leaves_the_old_file_whole(tmp_path, monkeypatch):
    path = tmp_path / "settings.json"
    save_settings(path, Settings(work_interval_minutes=50))

    def disk_full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(OSError, match="No space left"):
        save_settings(path, Settings(work_interval_minutes=30))
    monkeypatch.undo()
    assert load_settings(path, NOW).settings.work_interval_minutes == 50
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"], "no temp file left behind"


def test_routine_choices_round_trip_and_reject_unknown_areas(tmp_path):
    path = tmp_path / "settings.json"
    chosen = Settings(focus_areas=("neck-shoulders", "eyes"), sitting_only=True, strict_mode=True)
    save_settings(path, chosen)
    assert json.loads(path.read_text())["focus_areas"] == ["neck-shoulders", "eyes"]
    assert load_settings(path, NOW).settings == chosen
    settings, problems = validate({"focus_areas": ["knees"]})
    assert "unknown focus area 'knees'" in problems[0]
    assert settings.focus_areas == Settings().focus_areas


def test_merging_proposed_changes_keeps_everything_else():
    current = Settings(snooze_limit=0, sounds=False)
    merged = merge_settings(
        current, {"work_interval_minutes": 35, "focus_areas": ["eyes", "wrists-forearms"]}
    )
    assert merged.work_interval_minutes == 35
    assert merged.focus_areas == ("wrists-forearms", "eyes")
    assert (merged.snooze_limit, merged.sounds) == (0, False)
    with pytest.raises(ValueError, match="work_interval_minutes"):
        merge_settings(current, {"work_interval_minutes": 5})


def test_hidden_stretches_are_a_list_of_stretch_ids():
    from knotbreak.core.settings import validate

    settings, problems = validate({"hidden_stretches": ["thoracic-ext", "thoracic-ext", "my-own"]})
    assert problems == []
    assert settings.hidden_stretches == ("thoracic-ext", "my-own")
    assert settings.to_json()["hidden_stretches"] == ["thoracic-ext", "my-own"]
    for bad in ("thoracic-ext", ["Thoracic Ext"], [3], [""]):
        settings, problems = validate({"hidden_stretches": bad})
        assert settings.hidden_stretches == ()
        assert "'hidden_stretches'" in problems[0] and "stretch ids" in problems[0]
