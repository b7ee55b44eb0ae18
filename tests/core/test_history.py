"""Break history: rows survive reopening, damage is set aside, failures are reported."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from knotbreak.core.cycle import BreakRecord, Outcome
from knotbreak.core.history import BreakHistory, HistoryError

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def entry(outcome=Outcome.COMPLETED, minutes=0):
    due = NOW + timedelta(minutes=minutes)
    started = None if outcome is Outcome.NATURAL else due
    return BreakRecord(due, started, due + timedelta(minutes=3), outcome)


def test_records_survive_reopening(tmp_path):
    path = tmp_path / "history.sqlite3"
    history = BreakHistory.open(path)
    for number, outcome in enumerate(Outcome):
        history.record(entry(outcome, minutes=number * 45))
    history.close()
    reopened = BreakHistory.open(path)
    stored = reopened.recent()
    assert [e.outcome for e in stored] == list(reversed(list(Outcome)))
    assert stored[-1] == entry(Outcome.COMPLETED)
    assert stored[0].started_at is None  # natural breaks have no start


def test_schema_version_is_stamped(tmp_path):
    path = tmp_path / "history.sqlite3"
    BreakHistory.open(path).close()
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 3


def test_damaged_file_is_set_aside_and_a_new_one_started(tmp_path):
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    opened = BreakHistory.open_or_replace(path, NOW)
    assert opened.problem is not None and "kept as" in opened.problem
    opened.history.record(entry())
    assert len(opened.history.recent()) == 1
    kept = [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
    assert kept and kept[0].read_bytes().startswith(b"this is not a database")


def test_newer_database_is_left_alone(tmp_path):
    path = tmp_path / "history.sqlite3"
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version=9")
    db.close()
    opened = BreakHistory.open_or_replace(path, NOW)
    assert opened.problem is not None and "newer knotbreak" in opened.problem
    assert path.exists()


def test_write_failure_raises_a_clear_error(tmp_path):
    history = BreakHistory.open(tmp_path / "history.sqlite3")
    history.close()
    with pytest.raises(HistoryError, match="could not save a break"):
        history.record(entry())


def test_stretches_done_are_remembered_by_last_time(tmp_path):
    history = BreakHistory.open(tmp_path / "history.sqlite3")
    history.record_stretches(["chin-tuck", "upper-trap"], NOW)
    history.record_stretches(["chin-tuck"], NOW + timedelta(hours=2))
    history.record_stretches([], NOW)
    assert history.stretches_since(NOW - timedelta(hours=1)) == {
        "chin-tuck": NOW + timedelta(hours=2),
        "upper-trap": NOW,
    }
    assert history.stretches_since(NOW + timedelta(hours=1)) == {
        "chin-tuck": NOW + timedelta(hours=2)
    }


def test_version_1_database_is_upgraded_and_keeps_its_rows(tmp_path):
    path = tmp_path / "history.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(
        "CREATE TABLE breaks (id INTEGER PRIMARY KEY, due_at TEXT NOT NULL, started_at TEXT,"
        " ended_at TEXT NOT NULL, outcome TEXT NOT NULL);"
        "INSERT INTO breaks (due_at, started_at, ended_at, outcome) VALUES"
        " ('2026-11-23T09:45:00.000+00:00', NULL, '2026-11-23T09:48:00.000+00:00', 'natural');"
        "PRAGMA user_version=1;"
    )
    db.close()
    history = BreakHistory.open(path)
    assert [entry.outcome for entry in history.recent()] == [Outcome.NATURAL]
    history.record_stretches(["breathing"], NOW)
    assert "breathing" in history.stretches_since(NOW)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 3
