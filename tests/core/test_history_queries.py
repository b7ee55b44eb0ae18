"""History queries for statistics: ranges by due time, bulk writes, read-only opening."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from knotbreak.core.cycle import BreakRecord, Outcome
from knotbreak.core.history import BreakHistory, HistoryError

NOW = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)


def row(minutes: float, outcome=Outcome.COMPLETED, due_minutes: float | None = None):
    due = NOW + timedelta(minutes=minutes if due_minutes is None else due_minutes)
    started = due if outcome is Outcome.COMPLETED else None
    return BreakRecord(due, started, NOW + timedelta(minutes=minutes + 3), outcome)


def test_rows_between_is_half_open_and_keeps_each_breaks_rows_in_order():
    history = BreakHistory.in_memory()
    # Recorded out of due order: a snooze row, then other breaks, then its outcome.
    history.record(row(0, Outcome.SNOOZED))
    history.record(row(60))
    history.record(row(-60))
    history.record(row(5, Outcome.COMPLETED, due_minutes=0))
    everything = history.rows_between()
    assert [r.due_at - NOW for r in everything] == [
        timedelta(minutes=m) for m in (-60, 0, 0, 60)
    ]
    assert [r.outcome for r in everything[1:3]] == [Outcome.SNOOZED, Outcome.COMPLETED]
    assert len(history.rows_between(NOW)) == 3
    assert len(history.rows_between(NOW, NOW + timedelta(minutes=60))) == 2
    assert len(history.rows_between(end=NOW)) == 1
    assert history.rows_between(NOW + timedelta(days=1)) == []


def test_rows_between_takes_any_time_zone_and_returns_the_stored_rows():
    history = BreakHistory.in_memory()
    entry = row(0)
    history.record(entry)
    berlin_start = NOW.astimezone(ZoneInfo("Europe/Berlin"))
    assert history.rows_between(berlin_start) == [entry]
    assert history.rows_between(berlin_start + timedelta(milliseconds=1)) == []


def test_record_many_and_first_due():
    history = BreakHistory.in_memory()
    assert history.first_due() is None
    history.record_many([row(30), row(-30), row(0, Outcome.NATURAL)])
    assert history.first_due() == NOW - timedelta(minutes=30)
    assert len(history.rows_between()) == 3
    history.record_many([])
    assert len(history.recent()) == 3


def test_open_read_only_reads_beside_a_writer_and_never_writes(tmp_path):
    path = tmp_path / "history.sqlite3"
    writer = BreakHistory.open(path)
    writer.record(row(0))
    reader = BreakHistory.open_read_only(path)
    assert len(reader.rows_between()) == 1
    writer.record(row(45))  # WAL: the reader sees it on its next query
    assert len(reader.rows_between()) == 2
    with pytest.raises(HistoryError):
        reader.record(row(90))
    reader.close()
    writer.close()


def test_open_read_only_of_a_missing_file_is_an_empty_history(tmp_path):
    path = tmp_path / "data" / "history.sqlite3"
    history = BreakHistory.open_read_only(path)
    assert history.rows_between() == []
    assert not path.parent.exists()


def test_open_read_only_refuses_damaged_and_newer_files(tmp_path):
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"not a database" * 200)
    with pytest.raises(HistoryError, match="not a usable history"):
        BreakHistory.open_read_only(damaged)
    assert damaged.read_bytes().startswith(b"not a database")

    newer = tmp_path / "newer.sqlite3"
    db = sqlite3.connect(newer)
    db.execute("PRAGMA user_version=9")
    db.close()
    with pytest.raises(HistoryError, match="newer knotbreak") as error:
        BreakHistory.open_read_only(newer)
    assert error.value.newer_schema
