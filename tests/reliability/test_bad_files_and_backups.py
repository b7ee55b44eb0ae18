"""Bad JSON files of every kind are bad files, not tracebacks; backups of them never
overwrite each other and a full disk never leaves an empty one."""

from __future__ import annotations

import errno
import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from knotbreak.core.pause_memory import decode_pause
from knotbreak.core.settings import Settings, load_settings
from knotbreak.core.stretches.catalog import load_catalog
from knotbreak.resources_path import resource

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
DEEP = "[" * 100_000 + "]" * 100_000
DEEP_OBJECT = '{"a":' * 50_000 + "1" + "}" * 50_000


@pytest.mark.parametrize("text", [DEEP, DEEP_OBJECT])
def test_deeply_nested_settings_are_a_bad_file(tmp_path, text):
    path = tmp_path / "settings.json"
    path.write_text(text)
    loaded = load_settings(path, NOW)
    assert loaded.settings == Settings()
    assert "nested too deeply" in (loaded.message() or "")
    assert loaded.backup is not None and loaded.backup.read_text() == text


def test_deeply_nested_custom_stretches_are_left_out_with_a_message(tmp_path):
    custom = tmp_path / "custom-stretches.json"
    custom.write_text(DEEP)
    loaded = load_catalog(resource("stretches/catalog.json"), custom)
    assert loaded.catalog.entries, "the built-in stretches still load"
    assert any("nested too deeply" in problem for problem in loaded.problems)


def test_a_deeply_nested_pause_file_is_ignored_with_a_message():
    read = decode_pause(DEEP.encode(), NOW)
    assert read.pause is None and read.problem is not None


@pytest.mark.parametrize(
    "text",
    [
        '{"work_interval_minutes": "45"}',
        '{"work_interval_minutes": [1, 2]}',
        '{"working_days": {"mon": true}}',
        '{"language": 5, "sounds": "yes"}',
        '{"schema_version": "1"}',
        "[]",
        '"settings"',
        "null",
        '{"work_interval_minutes": 1e999}',
        "",
        '{"work_interval_minutes": 4',
    ],
)
def test_settings_with_wrong_types_or_cut_short_give_defaults_and_a_backup(tmp_path, text):
    path = tmp_path / "settings.json"
    path.write_text(text)
    loaded = load_settings(path, NOW)
    assert loaded.problems
    assert loaded.backup is not None and loaded.backup.read_text() == text


def test_a_folder_where_settings_json_should_be(tmp_path):
    path = tmp_path / "settings.json"
    path.mkdir()
    loaded = load_settings(path, NOW)
    assert loaded.settings == Settings() and loaded.problems


def test_backups_made_in_the_same_second_keep_every_original(tmp_path):
    path = tmp_path / "settings.json"
    backups = []
    for text in ("{bad one", "{bad two", "{bad three"):
        path.write_text(text)
        loaded = load_settings(path, NOW)
        assert loaded.backup is not None
        backups.append(loaded.backup)
    assert len(set(backups)) == 3
    assert sorted(b.read_text() for b in backups) == ["{bad one", "{bad three", "{bad two"]


def test_a_full_disk_leaves_no_empty_backup(tmp_path, monkeypatch):
    from knotbreak.core.atomic_file import keep_copy

    path = tmp_path / "settings.json"
    path.write_text("{bad")

    def full(*_args: object) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    loaded = load_settings(path, NOW)
    assert loaded.backup is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]
    assert path.read_text() == "{bad", "the original is kept when no backup could be made"
    with pytest.raises(OSError, match="space"):
        keep_copy(path, "invalid-x")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]


def test_pause_file_with_wrong_types_is_reported_not_raised():
    for data in ({"schema_version": 1, "paused_until": 5},
                 {"schema_version": True},
                 {"schema_version": 1, "paused_until": "tomorrow"},
                 [1, 2]):
        read = decode_pause(json.dumps(data).encode(), NOW)
        assert read.pause is None and read.problem is not None


def test_a_folder_where_a_custom_stretch_file_should_be(tmp_path):
    custom: Path = tmp_path / "custom-stretches.json"
    custom.mkdir()
    loaded = load_catalog(resource("stretches/catalog.json"), custom)
    assert loaded.catalog.entries
    assert any("could not be read" in problem for problem in loaded.problems)


@pytest.mark.parametrize(
    ("answers_text", "scores_text"),
    [("{not json", "[1, 2]"), ('{"setup": "spaceship"}', '{"neck": "high"}'),
     ("[" * 5000 + "]" * 5000, "null"), ('"text"', "{}")],
)
def test_a_checklist_run_with_garbled_json_still_loads(tmp_path, answers_text, scores_text):
    """As a row rescued from a damaged page, or edited by hand, may be."""
    import sqlite3

    from knotbreak.core.ergonomics import ErgonomicsStore, load_checklist, store_path
    from knotbreak.core.ergonomics.answers import Answers

    path = store_path(tmp_path)
    store = ErgonomicsStore.open(path)
    saved = store.save_run(load_checklist(resource("ergonomics/checklist.json")),
                           Answers.from_json({}), NOW)
    db = sqlite3.connect(path)
    db.execute("UPDATE runs SET answers = ?, scores = ?", (answers_text, scores_text))
    db.commit()
    db.close()
    loaded = store.run(saved.id)
    assert loaded is not None and loaded.id == saved.id
    assert len(store.runs()) == 1
    store.close()
