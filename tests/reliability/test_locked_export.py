"""Export all data while another program holds a database: it never waits on the lock.

The export runs on the GUI thread. sqlite's backup() retries a locked source for as long
as the lock lasts, which froze the whole app (126 s in the report) until the other program
let go. Now a file that cannot be read at once is skipped and named; the rest is exported.
"""

from __future__ import annotations

import stat
import time
import zipfile
from datetime import UTC, datetime

import pytest
from test_locked_history import Locker

from knotbreak.adapters.data_export import export_all_data
from knotbreak.core.journal import JournalStore, journal_path
from knotbreak.core.settings import Settings, save_settings
from knotbreak.paths import AppPaths

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


@pytest.fixture
def paths(tmp_path):
    paths = AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "run")
    save_settings(paths.settings_file, Settings())
    journal = JournalStore.open(journal_path(paths.data_dir))
    journal.log("upper-back-left", 5, "a note", NOW)
    journal.close()
    return paths


def test_a_journal_locked_by_another_program_is_skipped_and_named_at_once(paths, tmp_path):
    # EXCLUSIVE locking mode: after its write the other program keeps even readers out.
    locker = Locker(
        journal_path(paths.data_dir), "PRAGMA locking_mode=EXCLUSIVE", "BEGIN EXCLUSIVE",
        "DELETE FROM entries WHERE 0",
    )
    try:
        started = time.monotonic()
        result = export_all_data(paths, tmp_path / "export.zip", NOW, "1.0")
        took = time.monotonic() - started
    finally:
        locker.release()
    assert took < 2, f"the export waited {took:.1f} s on the lock"
    assert "config/settings.json" in result.names
    assert "data/journal.sqlite3" not in result.names
    assert len(result.skipped) == 1
    assert result.skipped[0].startswith("data/journal.sqlite3: in use by another program")
    with zipfile.ZipFile(result.path) as archive:
        readme = archive.read("README.txt").decode()
    assert "data/journal.sqlite3: in use by another program" in readme
    assert stat.S_IMODE(result.path.stat().st_mode) == 0o600


def test_a_journal_another_program_is_writing_to_is_still_exported(paths, tmp_path):
    # A plain write lock: WAL lets the export read the last committed state meanwhile.
    locker = Locker(journal_path(paths.data_dir), "BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        result = export_all_data(paths, tmp_path / "export.zip", NOW, "1.0")
        took = time.monotonic() - started
    finally:
        locker.release()
    assert took < 2
    assert result.skipped == ()
    assert "data/journal.sqlite3" in result.names
