"""Export all data: one zip with consistent database copies and a README."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from datetime import UTC, datetime, timedelta

import pytest

from knotbreak.adapters.data_export import (
    ExportError,
    export_all_data,
    export_sources,
    suggested_file_name,
)
from knotbreak.core.cycle import BreakRecord, Outcome
from knotbreak.core.ergonomics import ErgonomicsStore, store_path
from knotbreak.core.history import BreakHistory
from knotbreak.core.settings import Settings, save_settings
from knotbreak.paths import AppPaths

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


@pytest.fixture
def paths(tmp_path):
    paths = AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "run")
    paths.config_dir.mkdir()
    paths.data_dir.mkdir()
    return paths


def a_break(minutes=0):
    due = NOW + timedelta(minutes=minutes)
    return BreakRecord(due, due, due + timedelta(minutes=3), Outcome.COMPLETED)


def test_everything_is_in_one_zip(paths, tmp_path):
    save_settings(paths.settings_file, Settings(work_interval_minutes=50))
    (paths.config_dir / "custom-stretches.json").write_text('{"stretches": []}')
    (paths.config_dir / "settings.json.invalid-20260101-000000").write_text("{")
    history = BreakHistory.open(paths.history_file)  # stays open, as in the running app
    history.record(a_break())
    history.record(a_break(45))
    ErgonomicsStore.open(store_path(paths.data_dir)).close()
    journal = sqlite3.connect(paths.data_dir / "journal.sqlite3")
    journal.execute("CREATE TABLE entries (x)")
    journal.commit()
    journal.close()
    (paths.data_dir / "knotbreak.log").write_text("log lines")
    (paths.data_dir / "history.sqlite3.damaged-20260101-000000").write_bytes(b"junk")

    out = tmp_path / "out" / "export.zip"
    result = export_all_data(paths, out, NOW, "1.2.3")
    history.close()

    assert result.path == out
    assert result.skipped == ()
    with zipfile.ZipFile(out) as archive:
        names = sorted(archive.namelist())
        assert names == sorted(result.names)
        assert names == [
            "README.txt",
            "config/custom-stretches.json",
            "config/settings.json",
            "data/ergonomics.sqlite3",
            "data/history.sqlite3",
            "data/journal.sqlite3",
        ]
        settings = json.loads(archive.read("config/settings.json"))
        assert settings["work_interval_minutes"] == 50
        readme = archive.read("README.txt").decode()
        archive.extract("data/history.sqlite3", tmp_path / "unpacked")
    assert "knotbreak 1.2.3" in readme
    assert "data/history.sqlite3: break history" in readme
    copy = sqlite3.connect(tmp_path / "unpacked" / "data" / "history.sqlite3")
    # The copy holds what was committed, even though the app still had the file open.
    assert copy.execute("SELECT COUNT(*) FROM breaks").fetchone()[0] == 2
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    copy.close()
    assert not list(out.parent.glob("*.partial"))


def test_nothing_stored_yet_still_gives_a_readme(paths, tmp_path):
    result = export_all_data(paths, tmp_path / "empty.zip", NOW, "1.0")
    assert result.names == ("README.txt",)
    with zipfile.ZipFile(tmp_path / "empty.zip") as archive:
        assert "nothing yet" in archive.read("README.txt").decode()


def test_an_unreadable_database_is_skipped_and_named(paths, tmp_path):
    (paths.data_dir / "history.sqlite3").write_bytes(b"this is not a database" * 100)
    save_settings(paths.settings_file, Settings())
    result = export_all_data(paths, tmp_path / "x.zip", NOW, "1.0")
    assert "config/settings.json" in result.names
    assert "data/history.sqlite3" not in result.names
    assert result.skipped and result.skipped[0].startswith("data/history.sqlite3: ")
    with zipfile.ZipFile(tmp_path / "x.zip") as archive:
        assert "Could not be read" in archive.read("README.txt").decode()


def test_an_unwritable_folder_fails_clearly_and_leaves_nothing(paths, tmp_path):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file, not a folder")
    with pytest.raises(ExportError, match="Choose another folder"):
        export_all_data(paths, blocked / "x.zip", NOW, "1.0")


def test_a_failed_write_keeps_the_old_file(paths, tmp_path, monkeypatch):
    save_settings(paths.settings_file, Settings())
    out = tmp_path / "export.zip"
    out.write_bytes(b"previous export")

    def full_disk(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "writestr", full_disk)
    with pytest.raises(ExportError, match="No space left on device"):
        export_all_data(paths, out, NOW, "1.0")
    assert out.read_bytes() == b"previous export"
    assert not list(tmp_path.glob("*.partial"))


def test_sources_and_name(paths):
    assert export_sources(paths) == []
    assert suggested_file_name(NOW) == "knotbreak-data-2026-11-21.zip"
