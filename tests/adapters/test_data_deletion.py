"""Delete all data: stores are cleared in place, leftovers removed, failures reported."""

from __future__ import annotations

import logging
import logging.handlers
from datetime import UTC, datetime, timedelta

from knotbreak.adapters.data_deletion import (
    Clearable,
    clear_log,
    closed_store,
    delete_all,
    leftover_copies,
    remove_files,
)
from knotbreak.core.ergonomics import ErgonomicsStore, store_path
from knotbreak.paths import AppPaths

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


def paths_in(tmp_path):
    paths = AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "run")
    paths.config_dir.mkdir()
    paths.data_dir.mkdir()
    return paths


def test_one_failure_does_not_stop_the_rest():
    done = []

    def broken():
        raise OSError("disk on fire")

    problems = delete_all(
        [
            Clearable("First", lambda: done.append("first")),
            Clearable("Broken", broken),
            Clearable("Last", lambda: done.append("last")),
        ]
    )
    assert done == ["first", "last"]
    assert problems == ["Broken: disk on fire"]


def test_a_closed_store_is_opened_cleared_and_closed(tmp_path):
    path = store_path(tmp_path)
    store = ErgonomicsStore.open(path)
    store.note_moved_desks(NOW)
    store.close()
    closed_store(ErgonomicsStore.open, path)()
    reopened = ErgonomicsStore.open(path)
    assert reopened.moved_desks_at() is None
    reopened.close()


def test_a_missing_store_is_not_created(tmp_path):
    path = tmp_path / "ergonomics.sqlite3"
    closed_store(ErgonomicsStore.open, path)()
    assert not path.exists()


def test_leftover_copies_are_found_and_removed(tmp_path):
    paths = paths_in(tmp_path)
    damaged = paths.data_dir / "history.sqlite3.damaged-20260101-000000"
    damaged_wal = paths.data_dir / "history.sqlite3.damaged-20260101-000000-wal"
    invalid = paths.config_dir / "settings.json.invalid-20260101-000000"
    keep = [paths.data_dir / "history.sqlite3", paths.config_dir / "settings.json"]
    for path in (damaged, damaged_wal, invalid, *keep):
        path.write_text("x")
    assert leftover_copies(paths) == [damaged, damaged_wal, invalid]
    assert delete_all([Clearable("Leftovers", remove_files(lambda: leftover_copies(paths)))]) == []
    assert leftover_copies(paths) == []
    assert all(path.exists() for path in keep)


def test_an_open_store_keeps_working_after_deletion(tmp_path):
    paths = paths_in(tmp_path)
    store = ErgonomicsStore.open(store_path(paths.data_dir))  # held open, as by a window
    store.note_moved_desks(NOW)
    assert delete_all([Clearable("Workstation checks", store.clear)]) == []
    assert store.moved_desks_at() is None
    store.note_moved_desks(NOW + timedelta(days=1))
    assert store.moved_desks_at() == NOW + timedelta(days=1)
    store.close()


def test_the_log_is_emptied_under_the_open_handler_and_its_rotations_removed(tmp_path):
    paths = paths_in(tmp_path)
    handler = logging.handlers.RotatingFileHandler(paths.log_file, maxBytes=256_000)
    logger = logging.getLogger("test-delete-log")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("break started 09:00")
        rotated = [paths.data_dir / "knotbreak.log.1", paths.data_dir / "knotbreak.log.2"]
        for path in rotated:
            path.write_text("break ended 08:00")
        assert delete_all([Clearable("Log", clear_log(paths.log_file))]) == []
        assert paths.log_file.read_text() == ""
        assert not any(path.exists() for path in rotated)
        logger.warning("still logging")  # the app's handler carries on in the same file
        handler.flush()
        assert paths.log_file.read_text() == "still logging\n"
    finally:
        logger.removeHandler(handler)
        handler.close()


def test_temporary_and_set_aside_files_of_both_folders_are_leftovers(tmp_path):
    paths = paths_in(tmp_path)
    found = [
        paths.data_dir / "journal.sqlite3.damaged-20260101-000000-shm",
        paths.data_dir / ".pause.json.abc123.tmp",
        paths.config_dir / "custom-stretches.json.invalid-20260101-000000",
    ]
    for path in found:
        path.write_text("x")
    assert sorted(leftover_copies(paths)) == sorted(found)
