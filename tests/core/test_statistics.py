"""Statistics: one break per first-due time, local days and ISO weeks, streaks, CSV."""

from __future__ import annotations

import csv
import io
import sys
from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from cycle_session import MONDAY_9, Session

from knotbreak.core import cycle
from knotbreak.core.cycle import BreakRecord, Outcome
from knotbreak.core.history import BreakHistory
from knotbreak.core.statistics import (
    CSV_COLUMNS,
    Break,
    Tally,
    build_report,
    collapse,
    export_csv,
    history_csv,
    streaks,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from history_year import generate_year

BERLIN = ZoneInfo("Europe/Berlin")
# Saturday 21 November 2026, late afternoon.
NOW = datetime(2026, 11, 21, 17, 0, tzinfo=BERLIN)


def at(day: date, hour: int, minute: int = 0, tz=BERLIN) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=tz)


def taken(due: datetime, minutes: float = 3) -> BreakRecord:
    return BreakRecord(due, due, due + timedelta(minutes=minutes), Outcome.COMPLETED)


def snoozed(due: datetime, after: timedelta = timedelta(0)) -> BreakRecord:
    return BreakRecord(due, None, due + after, Outcome.SNOOZED)


def natural(due: datetime) -> BreakRecord:
    away = due - timedelta(minutes=10)
    return BreakRecord(due, away, due + timedelta(minutes=5), Outcome.NATURAL)


def skipped(due: datetime) -> BreakRecord:
    return BreakRecord(due, None, due + timedelta(seconds=30), Outcome.SKIPPED)


def day_of(rows, goal=6, now=NOW, tz=BERLIN):
    return build_report(rows, now=now, tz=tz, goal=goal)


# One break, several rows ------------------------------------------------------------------


def test_the_real_cycle_records_snoozes_and_the_outcome_under_one_due_time():
    """The rule the statistics stand on, checked against the reducer itself."""
    session = Session()
    session.wait(minutes=45)  # the break is due and starts
    session.send(cycle.Snooze())
    session.wait(minutes=5)
    session.send(cycle.Snooze())
    session.wait(minutes=5)
    session.wait(minutes=3)  # taken this time
    assert session.outcomes == [Outcome.SNOOZED, Outcome.SNOOZED, Outcome.COMPLETED]
    assert len({record.due_at for record in session.records}) == 1

    breaks = collapse(session.records)
    assert breaks == [
        Break(MONDAY_9 + timedelta(minutes=45), Outcome.COMPLETED, 2, 180.0)
    ]
    tally = build_report(session.records, now=session.now, tz=BERLIN, goal=1).today_tally
    assert (tally.due, tally.taken, tally.snoozed, tally.snoozes) == (1, 1, 0, 2)


def test_a_break_dropped_after_a_snooze_counts_as_snoozed():
    session = Session()
    session.wait(minutes=44, seconds=30)  # the notice is up
    session.send(cycle.Snooze())
    session.send(cycle.Pause(None))  # the snoozed break is never heard of again
    assert session.outcomes == [Outcome.SNOOZED]
    tally = build_report(session.records, now=session.now, tz=BERLIN, goal=1).today_tally
    assert (tally.due, tally.taken, tally.snoozed, tally.snoozes) == (1, 0, 1, 1)


def test_collapse_keeps_the_last_outcome_and_orders_by_due_time():
    day = date(2026, 11, 16)
    first, second = at(day, 9), at(day, 10)
    rows = [taken(second), snoozed(first), snoozed(first, timedelta(minutes=5)), skipped(first)]
    breaks = collapse(rows)
    assert [(b.due_at, b.outcome, b.snoozes) for b in breaks] == [
        (first, Outcome.SKIPPED, 2),
        (second, Outcome.COMPLETED, 0),
    ]
    assert breaks[1].stretched_seconds == 180


def test_only_completed_breaks_are_minutes_of_stretching():
    day = date(2026, 11, 20)
    rows = [taken(at(day, 9), minutes=10), natural(at(day, 10)), skipped(at(day, 11))]
    tally = day_of(rows).days[-2].tally
    assert tally.minutes == pytest.approx(10)
    assert (tally.taken, tally.natural, tally.skipped, tally.counted) == (1, 1, 1, 2)


# Days and weeks ----------------------------------------------------------------------------


def test_days_and_weeks_of_a_small_history():
    friday, thursday = date(2026, 11, 20), date(2026, 11, 19)
    monday_before = date(2026, 11, 9)
    rows = [
        taken(at(friday, 9)),
        snoozed(at(friday, 10)), taken(at(friday, 10) + timedelta(minutes=5)),
        natural(at(friday, 11)),
        skipped(at(thursday, 9)),
        taken(at(monday_before, 9)),
    ]
    # The 10:00 snooze and the break taken 5 minutes later are *different* due times here:
    # a separate break each (the cycle would have recorded both rows with 10:00).
    report = day_of(rows)
    assert report.today == date(2026, 11, 21)
    assert [d.day for d in report.days][-3:] == [thursday, friday, report.today]
    assert len(report.days) == 14
    friday_tally = report.days[-2].tally
    assert (friday_tally.due, friday_tally.taken, friday_tally.natural) == (4, 2, 1)
    assert (friday_tally.snoozed, friday_tally.snoozes) == (1, 1)
    assert report.days[-3].tally.skipped == 1
    assert report.today_tally == Tally()

    assert [w.label for w in report.weeks][-2:] == ["2026-W46", "2026-W47"]
    assert report.weeks[-1].monday == date(2026, 11, 16)
    assert report.this_week.due == 5
    assert report.weeks[-2].tally.taken == 1
    assert report.total.due == 6
    assert report.first_day == monday_before


def test_a_break_belongs_to_the_local_day_it_was_first_due_on():
    # Due 23:55, snoozed, taken 00:08 on the next day: one break on the first day.
    late = at(date(2026, 11, 19), 23, 55)
    rows = [
        snoozed(late, timedelta(minutes=1)),
        BreakRecord(late, late + timedelta(minutes=10), late + timedelta(minutes=13),
                    Outcome.COMPLETED),
    ]
    report = day_of(rows, goal=1)
    assert report.days[-3].tally.taken == 1
    assert report.days[-2].tally.due == 0


def test_local_days_across_both_dst_changes():
    # Spring forward in Berlin on 29 March 2026 (02:00 -> 03:00), back on 25 October.
    spring, autumn = date(2026, 3, 29), date(2026, 10, 25)
    rows = []
    for day in (spring, autumn):
        # 00:30 local is the previous day in UTC; 23:30 local is still the same day.
        rows += [taken(at(day, 0, 30)), taken(at(day, 3, 30)), taken(at(day, 23, 30))]
    # The hour that happens twice on 25 October: 02:30 CEST, then 02:30 CET.
    rows.append(taken(datetime(2026, 10, 25, 0, 30, tzinfo=UTC)))
    rows.append(taken(datetime(2026, 10, 25, 1, 30, tzinfo=UTC)))
    assert rows[0].due_at.astimezone(UTC).date() == date(2026, 3, 28)

    for now, day, expected in ((datetime(2026, 3, 30, 12, tzinfo=BERLIN), spring, 3),
                               (datetime(2026, 10, 26, 12, tzinfo=BERLIN), autumn, 5)):
        report = build_report(rows, now=now, tz=BERLIN, goal=3)
        by_day = {entry.day: entry.tally.taken for entry in report.days}
        assert by_day[day] == expected
        assert by_day[day - timedelta(days=1)] == 0
        assert by_day[day + timedelta(days=1)] == 0
        # Both days are Sundays: the ISO week ends with them.
        week = next(w for w in report.weeks if w.monday == day - timedelta(days=6))
        assert week.tally.taken == expected


def test_the_generated_year_adds_up():
    rows = generate_year(NOW, BERLIN)
    assert 8000 < len(rows) < 10000
    report = build_report(rows, now=NOW, tz=BERLIN, goal=6, days=400, weeks=60)

    # An independent count: distinct first-due times per local day, by last outcome.
    per_day: dict[date, dict[datetime, Outcome]] = defaultdict(dict)
    snoozes: dict[date, int] = defaultdict(int)
    minutes: dict[date, float] = defaultdict(float)
    for row in rows:
        day = row.due_at.astimezone(BERLIN).date()
        if row.outcome is Outcome.SNOOZED:
            snoozes[day] += 1
            per_day[day].setdefault(row.due_at, Outcome.SNOOZED)
        else:
            per_day[day][row.due_at] = row.outcome
        if row.outcome is Outcome.COMPLETED:
            minutes[day] += (row.ended_at - row.started_at).total_seconds() / 60

    shown = {entry.day: entry.tally for entry in report.days}
    assert set(per_day) <= set(shown)
    for day, tally in shown.items():
        outcomes = list(per_day.get(day, {}).values())
        assert tally.due == len(outcomes)
        assert tally.taken == outcomes.count(Outcome.COMPLETED)
        assert tally.natural == outcomes.count(Outcome.NATURAL)
        assert tally.skipped == outcomes.count(Outcome.SKIPPED)
        assert tally.snoozed == outcomes.count(Outcome.SNOOZED)
        assert tally.snoozes == snoozes.get(day, 0)
        assert tally.minutes == pytest.approx(minutes.get(day, 0.0))
        assert tally.taken + tally.natural + tally.snoozed + tally.skipped == tally.due
        if day.weekday() == 6:
            assert tally.due == 0  # the generator never works on Sundays

    weeks = sum((w.tally for w in report.weeks), Tally())
    assert weeks.as_json() == report.total.as_json()
    assert weeks.stretched_seconds == pytest.approx(report.total.stretched_seconds)
    assert report.total.due == sum(len(v) for v in per_day.values())
    assert report.total.due < len(rows)  # snoozes are not extra breaks due
    # The heavy user meets a goal of 6 every working day: the streak spans the year,
    # weekends and the holiday included, and today (a Saturday off) does not end it.
    working_days = sum(1 for v in per_day.values() if v)
    assert report.streak.current == report.streak.best == working_days
    strict = build_report(rows, now=NOW, tz=BERLIN, goal=20, days=1, weeks=1)
    assert strict.streak.best < working_days


# Streaks -----------------------------------------------------------------------------------


def tallies(**counted_by_day: tuple[int, int]) -> dict[date, Tally]:
    """Day name -> (due, taken) in the week of Monday 16 November 2026."""
    names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    monday = date(2026, 11, 16)
    return {
        monday + timedelta(days=names.index(name[:3]) + 7 * (name.endswith("2"))): Tally(
            due=due, taken=count
        )
        for name, (due, count) in counted_by_day.items()
    }


def test_weekends_and_days_without_breaks_neither_end_nor_lengthen_a_streak():
    days = tallies(thu=(6, 6), fri=(7, 6), mon2=(6, 6))  # nothing due over the weekend
    result = streaks(days, goal=6, today=date(2026, 11, 23))
    assert (result.current, result.best) == (3, 3)


def test_a_day_with_breaks_due_that_missed_the_goal_ends_the_streak():
    days = tallies(mon=(6, 6), tue=(6, 6), wed=(8, 5), thu=(6, 6))
    result = streaks(days, goal=6, today=date(2026, 11, 19))
    assert (result.current, result.best) == (1, 2)
    # Breaks due but all snoozed away or skipped: a day that missed, not a day off.
    days[date(2026, 11, 20)] = Tally(due=3, snoozed=2, skipped=1)
    result = streaks(days, goal=6, today=date(2026, 11, 21))
    assert (result.current, result.best) == (0, 2)


def test_today_counts_once_met_and_never_ends_the_streak_before_it_is_over():
    days = tallies(mon=(6, 6), tue=(6, 6), wed=(3, 2))
    wednesday = date(2026, 11, 18)
    assert streaks(days, goal=6, today=wednesday).current == 2
    days[wednesday] = Tally(due=7, taken=5, natural=1)
    assert streaks(days, goal=6, today=wednesday).current == 3
    # The next day Wednesday is over and missed nothing.
    days[wednesday] = Tally(due=7, taken=4)
    assert streaks(days, goal=6, today=date(2026, 11, 19)).current == 0


def test_natural_breaks_count_towards_the_goal():
    days = {date(2026, 11, 20): Tally(due=6, taken=3, natural=3)}
    assert streaks(days, goal=6, today=date(2026, 11, 20)).current == 1


def test_empty_history():
    report = day_of([])
    assert report.empty
    assert report.streak.current == report.streak.best == 0
    assert report.first_day is None
    assert all(entry.tally == Tally() for entry in report.days)
    assert len(report.weeks) == 12
    assert report.as_json()["total"]["due"] == 0
    assert history_csv([], BERLIN).splitlines() == [",".join(CSV_COLUMNS)]


def test_report_as_json():
    friday = date(2026, 11, 20)
    data = day_of([taken(at(friday, 9)), natural(at(friday, 10))], goal=2).as_json()
    assert data["goal"] == 2
    assert data["streak"] == {"current": 1, "best": 1}
    friday_json = data["days"][-2]
    assert friday_json == {
        "date": "2026-11-20", "due": 2, "taken": 1, "natural": 1, "snoozed": 0,
        "skipped": 0, "snoozes": 0, "minutes": 3.0, "goal_met": True,
    }
    assert data["weeks"][-1]["week"] == "2026-W47"


# CSV ---------------------------------------------------------------------------------------


def test_csv_has_local_and_utc_times_outcomes_and_minutes():
    day = date(2026, 10, 25)
    first = datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # 02:30 CEST
    second = datetime(2026, 10, 25, 1, 30, tzinfo=UTC)  # 02:30 CET, an hour later
    rows = [snoozed(first), taken(first, minutes=4.5), skipped(second)]
    parsed = list(csv.DictReader(io.StringIO(history_csv(rows, BERLIN))))
    assert list(parsed[0]) == list(CSV_COLUMNS)
    assert [r["outcome"] for r in parsed] == ["snoozed", "completed", "skipped"]
    assert parsed[1] == {
        "day": day.isoformat(),
        "due_local": "2026-10-25 02:30:00",
        "due_utc": "2026-10-25T00:30:00Z",
        "started_local": "2026-10-25 02:30:00",
        "started_utc": "2026-10-25T00:30:00Z",
        "ended_local": "2026-10-25 02:34:30",
        "ended_utc": "2026-10-25T00:34:30Z",
        "outcome": "completed",
        "minutes": "4.50",
    }
    # The repeated hour: the same local text, told apart by the UTC column.
    assert parsed[2]["due_local"] == parsed[1]["due_local"]
    assert parsed[2]["due_utc"] == "2026-10-25T01:30:00Z"
    assert parsed[0]["started_local"] == "" and parsed[0]["minutes"] == ""
    assert parsed[2]["minutes"] == ""


def test_export_csv_writes_the_whole_history_and_replaces_atomically(tmp_path, monkeypatch):
    history = BreakHistory.in_memory()
    history.record_many(generate_year(NOW, BERLIN, days=30))
    target = tmp_path / "breaks.csv"
    count = export_csv(target, history.rows_between(), BERLIN)
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) == count + 1 > 500
    assert lines[0] == ",".join(CSV_COLUMNS)

    # The disk fills up half-way: the earlier export stays whole, no temporary file is left.
    target.write_text("earlier export")

    def disk_full(_fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", disk_full)
    with pytest.raises(OSError, match="No space left"):
        export_csv(target, history.rows_between(), BERLIN)
    assert target.read_text() == "earlier export"
    assert [p.name for p in tmp_path.iterdir()] == ["breaks.csv"]
