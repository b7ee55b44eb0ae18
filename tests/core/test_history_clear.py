"""Delete all data: the break history empties itself in place and keeps working."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

from knotbreak.core.cycle import BreakRecord, Outcome
from knotbreak.core.history import BreakHistory

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


def a_break(minutes=0):
    due = NOW + timedelta(minutes=minutes)
    return BreakRecord(due, due, due + timedelta(minutes=3), Outcome.COMPLETED)


def file_contains(path, marker: bytes) -> bool:
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        data += wal.read_bytes()
    return marker in data


def test_history_clear_empties_it_and_it_keeps_recording(tmp_path):
    path = tmp_path / "history.sqlite3"
    history = BreakHistory.open(path)
    for number in range(20):
        history.record(a_break(number * 45))
    history.record_stretches(["neck-tilt-unique-marker"], NOW)
    history.clear()
    assert history.recent() == []
    assert history.stretches_since(NOW - timedelta(days=1)) == {}
    # The deleted rows are squeezed out of the file, not left in free pages or the WAL.
    assert not file_contains(path, b"neck-tilt-unique-marker")
    history.record(a_break())
    assert len(history.recent()) == 1
    history.close()
    reopened = BreakHistory.open(path)
    assert len(reopened.recent()) == 1
    reopened.close()


def test_history_clear_works_while_another_connection_reads(tmp_path):
    path = tmp_path / "history.sqlite3"
    history = BreakHistory.open(path)
    history.record(a_break())
    other = sqlite3.connect(path)
    other.execute("BEGIN")
    other.execute("SELECT * FROM breaks").fetchall()  # holds a read transaction open
    history.clear()
    other.rollback()
    assert other.execute("SELECT COUNT(*) FROM breaks").fetchone()[0] == 0
    other.close()
    history.close()


def test_in_memory_history_clears_too():
    history = BreakHistory.in_memory()
    history.record(a_break())
    history.clear()
    assert history.recent() == []
