"""Micro-breaks in the history and the statistics: stored apart, counted apart, exported."""

from __future__ import annotations

import csv
import io
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from cycle_session import MONDAY_9, Session

from knotbreak.core import cycle
from knotbreak.core.cycle import BreakRecord, MicroRecord, Outcome
from knotbreak.core.history import SCHEMA_VERSION, BreakHistory
from knotbreak.core.statistics import CSV_COLUMNS, MicroTally, build_report, history_csv

BERLIN = ZoneInfo("Europe/Berlin")


def micro(start: datetime, outcome: Outcome = Outcome.COMPLETED, task: str = "eyes-20-20-20"):
    return MicroRecord(start, start + timedelta(seconds=20), outcome, task)


def _version_2_file(path: Path) -> None:
    """A history as knotbreak wrote it before micro-breaks, with one break in it."""
    db = sqlite3.connect(path)
    db.executescript(
        """
        CREATE TABLE breaks (id INTEGER PRIMARY KEY, due_at TEXT NOT NULL, started_at TEXT,
            ended_at TEXT NOT NULL, outcome TEXT NOT NULL);
        CREATE TABLE stretches_done (id INTEGER PRIMARY KEY, stretch_id TEXT NOT NULL,
            done_at TEXT NOT NULL);
        INSERT INTO breaks (due_at, started_at, ended_at, outcome) VALUES
            ('2026-11-23T08:45:00+00:00', '2026-11-23T08:45:00+00:00',
             '2026-11-23T08:48:00+00:00', 'completed');
        PRAGMA user_version = 2;
        """
    )
    db.commit()
    db.close()


def test_an_older_history_is_upgraded_and_keeps_its_breaks(tmp_path):
    path = tmp_path / "history.sqlite3"
    _version_2_file(path)
    # Read-only (knotbreak stats beside an older app): no micro-breaks, no error.
    reader = BreakHistory.open_read_only(path)
    assert reader.micro_rows_between() == []
    assert len(reader.rows_between()) == 1
    reader.close()

    history = BreakHistory.open(path)
    assert [row.outcome for row in history.rows_between()] == [Outcome.COMPLETED]
    history.record_micro(micro(MONDAY_9))
    history.close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
    db.close()
    again = BreakHistory.open(path)
    assert again.micro_rows_between() == [micro(MONDAY_9.astimezone(UTC))]
    assert len(again.rows_between()) == 1
    again.close()


def test_micro_breaks_are_read_by_time_and_cleared_with_everything(tmp_path):
    history = BreakHistory.open(tmp_path / "history.sqlite3")
    for minutes in (40, 0, 20):
        history.record_micro(micro(MONDAY_9 + timedelta(minutes=minutes)))
    rows = history.micro_rows_between(MONDAY_9 + timedelta(minutes=10))
    assert [row.started_at for row in rows] == [
        (MONDAY_9 + timedelta(minutes=m)).astimezone(UTC) for m in (20, 40)
    ]
    history.clear()
    assert history.micro_rows_between() == []
    history.close()


def test_what_the_cycle_records_lands_in_the_history():
    policy = cycle.CyclePolicy(micro_interval=timedelta(minutes=20))
    session = Session(policy)
    session.wait(minutes=20, seconds=30)
    history = BreakHistory.in_memory()
    for entry in session.micro_records:
        history.record_micro(entry)
    [row] = history.micro_rows_between()
    assert (row.outcome, row.task) == (Outcome.COMPLETED, "posture-ears")


def test_statistics_count_micro_breaks_apart_from_breaks():
    now = MONDAY_9 + timedelta(hours=8)
    breaks = [BreakRecord(MONDAY_9, MONDAY_9, MONDAY_9 + timedelta(minutes=3),
                          Outcome.COMPLETED)]
    micros = [
        micro(MONDAY_9 + timedelta(minutes=20)),
        micro(MONDAY_9 + timedelta(minutes=70), Outcome.SNOOZED),
        micro(MONDAY_9 + timedelta(minutes=75)),
        micro(MONDAY_9 + timedelta(minutes=120), Outcome.SKIPPED),
        micro(MONDAY_9 - timedelta(days=1)),
    ]
    report = build_report(breaks, now=now, tz=BERLIN, goal=1, micro_rows=micros)
    today = report.micro_on(MONDAY_9.date())
    assert today == MicroTally(done=2, skipped=1, snoozed=1)
    assert today.shown == 4
    # The main breaks are untouched: one due, one taken, 3 minutes; the goal of 1 is met.
    assert report.today_tally.due == 1 and report.today_tally.taken == 1
    assert report.today_tally.minutes == 3
    assert report.micro_total.shown == 5
    data = report.as_json()
    assert data["days"][-1]["micro_breaks"] == {"shown": 4, "done": 2, "skipped": 1,
                                               "snoozed": 1}
    assert data["days"][-1]["due"] == 1
    assert data["micro_breaks_total"]["done"] == 3


def test_the_csv_marks_each_row_as_a_break_or_a_micro_break():
    start = datetime(2026, 11, 23, 8, 20, tzinfo=UTC)
    breaks = [BreakRecord(start, start, start + timedelta(minutes=3), Outcome.COMPLETED)]
    text = history_csv(breaks, BERLIN, [micro(start, Outcome.SKIPPED, "posture-feet")])
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert [row["kind"] for row in rows] == ["break", "micro-break"]
    assert rows[1]["task"] == "posture-feet"
    assert rows[1]["outcome"] == "skipped"
    assert rows[1]["started_local"] == "2026-11-23 09:20:00"
    assert rows[1]["ended_utc"] == "2026-11-23T08:20:20Z"
    assert rows[1]["minutes"] == ""  # micro-breaks are not minutes of stretching
