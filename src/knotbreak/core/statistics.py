"""Break statistics: per local day and ISO week, streaks against the daily goal, CSV export.

Pure functions of history rows, a time zone and `now` (docs/statistics.md tells users
the same rules). The rules follow what core/cycle.py records:

- One break can leave several rows, all with the time it was *first* due (`first_due`
  survives snoozes): each Snooze adds a `snoozed` row, and the break's outcome adds one
  more (`completed`, `skipped` or `natural`). Counting rows would count a break snoozed
  twice and then taken as three breaks due; rows that share `due_at` are one break.
- What became of a break is its last row that is not a snooze. A break with snoozed rows
  only was dropped after a snooze (a pause started, working hours ended, the app quit:
  cycle.py records nothing then); it stays `snoozed`. So taken + natural + snoozed +
  skipped = due, and the stacked bars add up. `snoozes` counts the Snooze presses.
- A break belongs to the local day (and ISO week) of its first due time, even when it
  was snoozed past midnight; every row of it lands on the same day.
- Minutes of stretching are start-to-end of completed breaks only: a natural break is an
  absence (possibly a night of sleep) and a skipped one was not taken.
- A day meets the goal when taken + natural >= daily_break_goal.
- A streak is a run of days that met the goal. Days with no break due (weekends,
  holidays, days knotbreak was off or paused) are passed over: they neither end nor
  lengthen a streak. A day with breaks due that missed the goal ends it. Today is not
  over: until it meets the goal it neither counts nor ends the current streak.

Micro-breaks are counted apart (`MicroTally`): they are not breaks due, do not count
towards the daily goal or the streak, and add no minutes of stretching. Each row is one
micro-break shown: `done` ran to its end, `skipped` was closed, `snoozed` came back
later (and then has a row of its own). A micro-break counts on the local day it started.

`tz` is a tzinfo, or None for the system's local zone (`datetime.astimezone(None)` looks
up the offset of each moment, so DST changes are right either way).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

from knotbreak.core.atomic_file import write_atomically
from knotbreak.core.cycle import BreakRecord, MicroRecord, Outcome

DAYS_SHOWN = 14
WEEKS_SHOWN = 12
MONTHS_SHOWN = 12

CSV_COLUMNS = (
    "day",
    "due_local",
    "due_utc",
    "started_local",
    "started_utc",
    "ended_local",
    "ended_utc",
    "outcome",
    "minutes",
    "kind",
    "task",
)
"""`kind` is `break` or `micro-break`; `task` names a micro-break's task (empty for a
break). Micro-breaks have no due time of their own: `due_*` repeats when it started."""


@dataclass(frozen=True)
class Break:
    """One break, however many rows it left in the history."""

    due_at: datetime
    outcome: Outcome
    """The last outcome other than a snooze; `snoozed` if it was dropped after a snooze."""
    snoozes: int = 0
    stretched_seconds: float = 0.0
    """Start to end of a completed break; 0 for every other outcome."""


class _Group:
    __slots__ = ("final", "snoozes")

    def __init__(self) -> None:
        self.snoozes = 0
        self.final: BreakRecord | None = None


def stretched_seconds(row: BreakRecord) -> float:
    """Time spent stretching in this row: only a completed break counts."""
    if row.outcome is not Outcome.COMPLETED or row.started_at is None:
        return 0.0
    return max(0.0, (row.ended_at - row.started_at).total_seconds())


def collapse(rows: Iterable[BreakRecord]) -> list[Break]:
    """One Break per first-due time, oldest first.

    Rows must come in the order they were recorded within each break (as
    BreakHistory.rows_between returns them): the last non-snooze row decides.
    """
    groups: dict[datetime, _Group] = {}
    for row in rows:
        group = groups.get(row.due_at)
        if group is None:
            group = groups[row.due_at] = _Group()
        if row.outcome is Outcome.SNOOZED:
            group.snoozes += 1
        else:
            group.final = row
    breaks = [
        Break(due, Outcome.SNOOZED, group.snoozes)
        if group.final is None
        else Break(due, group.final.outcome, group.snoozes, stretched_seconds(group.final))
        for due, group in groups.items()
    ]
    breaks.sort(key=lambda entry: entry.due_at)
    return breaks


@dataclass(frozen=True)
class Tally:
    """What became of the breaks due in some stretch of time."""

    due: int = 0
    taken: int = 0
    """Completed breaks."""
    natural: int = 0
    """Away from the desk (or asleep) for at least a break's length: counted as a break."""
    snoozed: int = 0
    """Snoozed and then dropped: never taken or skipped."""
    skipped: int = 0
    snoozes: int = 0
    """How often Snooze was pressed, whatever became of the break afterwards."""
    stretched_seconds: float = 0.0

    @property
    def counted(self) -> int:
        """The breaks that count towards the daily goal."""
        return self.taken + self.natural

    @property
    def minutes(self) -> float:
        return self.stretched_seconds / 60

    def meets(self, goal: int) -> bool:
        return self.due > 0 and self.counted >= goal

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.due + other.due,
            self.taken + other.taken,
            self.natural + other.natural,
            self.snoozed + other.snoozed,
            self.skipped + other.skipped,
            self.snoozes + other.snoozes,
            self.stretched_seconds + other.stretched_seconds,
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "due": self.due,
            "taken": self.taken,
            "natural": self.natural,
            "snoozed": self.snoozed,
            "skipped": self.skipped,
            "snoozes": self.snoozes,
            "minutes": round(self.minutes, 1),
        }


@dataclass
class _Counter:
    """A Tally being added up; mutable so a year of breaks is one cheap pass."""

    counts: dict[Outcome, int] = field(default_factory=lambda: dict.fromkeys(Outcome, 0))
    snoozes: int = 0
    seconds: float = 0.0

    def add(self, entry: Break) -> None:
        self.counts[entry.outcome] += 1
        self.snoozes += entry.snoozes
        self.seconds += entry.stretched_seconds

    def freeze(self) -> Tally:
        counts = self.counts
        return Tally(
            due=sum(counts.values()),
            taken=counts[Outcome.COMPLETED],
            natural=counts[Outcome.NATURAL],
            snoozed=counts[Outcome.SNOOZED],
            skipped=counts[Outcome.SKIPPED],
            snoozes=self.snoozes,
            stretched_seconds=self.seconds,
        )


def local_day(moment: datetime, tz: tzinfo | None) -> date:
    return moment.astimezone(tz).date()


def tally_by_day(breaks: Iterable[Break], tz: tzinfo | None) -> dict[date, Tally]:
    """Each local day that had a break due, with its tally."""
    counters: dict[date, _Counter] = {}
    for entry in breaks:
        day = entry.due_at.astimezone(tz).date()
        counter = counters.get(day)
        if counter is None:
            counter = counters[day] = _Counter()
        counter.add(entry)
    return {day: counter.freeze() for day, counter in counters.items()}


@dataclass(frozen=True)
class DayStats:
    day: date
    tally: Tally


@dataclass(frozen=True)
class WeekStats:
    year: int
    week: int
    """ISO 8601: weeks start on Monday; week 1 holds the year's first Thursday."""
    tally: Tally

    @property
    def monday(self) -> date:
        return date.fromisocalendar(self.year, self.week, 1)

    @property
    def label(self) -> str:
        return f"{self.year}-W{self.week:02d}"


@dataclass(frozen=True)
class MonthStats:
    year: int
    month: int
    tally: Tally

    @property
    def first(self) -> date:
        return date(self.year, self.month, 1)


def months_ending(today: date, count: int) -> list[tuple[int, int]]:
    """(year, month) of the `count` calendar months up to the one holding `today`."""
    index = today.year * 12 + today.month - 1
    return [divmod(index - back, 12) for back in range(count - 1, -1, -1)]


@dataclass(frozen=True)
class Streak:
    current: int
    """Days in a row, up to today, that met the goal (days without breaks passed over)."""
    best: int


def streaks(by_day: Mapping[date, Tally], goal: int, today: date) -> Streak:
    """The current and the best run of days that met `goal` (see the module docstring)."""
    days = sorted(day for day, tally in by_day.items() if tally.due > 0 and day <= today)
    best = run = 0
    for day in days:
        if by_day[day].meets(goal):
            run += 1
            best = max(best, run)
        elif day != today:
            run = 0
    current = 0
    for day in reversed(days):
        if by_day[day].meets(goal):
            current += 1
        elif day != today:
            break
    return Streak(current, best)


def days_ending(today: date, count: int) -> list[date]:
    return [today - timedelta(days=back) for back in range(count - 1, -1, -1)]


def weeks_ending(today: date, count: int) -> list[tuple[int, int]]:
    """(ISO year, ISO week) of the `count` weeks up to the one holding `today`."""
    monday = today - timedelta(days=today.weekday())
    weeks = []
    for back in range(count - 1, -1, -1):
        iso = (monday - timedelta(weeks=back)).isocalendar()
        weeks.append((iso.year, iso.week))
    return weeks


@dataclass(frozen=True)
class MicroTally:
    """Micro-breaks shown in a day (or week, or in all), apart from the main breaks."""

    done: int = 0
    skipped: int = 0
    snoozed: int = 0

    @property
    def shown(self) -> int:
        return self.done + self.skipped + self.snoozed

    def __add__(self, other: MicroTally) -> MicroTally:
        return MicroTally(
            self.done + other.done, self.skipped + other.skipped, self.snoozed + other.snoozed
        )

    def as_json(self) -> dict[str, Any]:
        return {"shown": self.shown, "done": self.done, "skipped": self.skipped,
                "snoozed": self.snoozed}


def micro_by_day(rows: Iterable[MicroRecord], tz: tzinfo | None) -> dict[date, MicroTally]:
    by_day: dict[date, MicroTally] = {}
    for row in rows:
        day = local_day(row.started_at, tz)
        one = MicroTally(
            done=int(row.outcome is Outcome.COMPLETED),
            skipped=int(row.outcome is Outcome.SKIPPED),
            snoozed=int(row.outcome is Outcome.SNOOZED),
        )
        by_day[day] = by_day.get(day, MicroTally()) + one
    return by_day


@dataclass(frozen=True)
class Report:
    today: date
    goal: int
    days: tuple[DayStats, ...]
    """The last days up to today, oldest first; days without breaks have empty tallies."""
    weeks: tuple[WeekStats, ...]
    """The last ISO weeks up to this one, oldest first."""
    streak: Streak
    total: Tally
    """The whole history."""
    first_day: date | None
    """The first day with a break due; None for an empty history."""
    micro_by_day: Mapping[date, MicroTally] = field(default_factory=dict)
    """Micro-breaks per local day, for every day that had one."""

    def micro_on(self, day: date) -> MicroTally:
        return self.micro_by_day.get(day, MicroTally())

    @property
    def micro_total(self) -> MicroTally:
        return sum(self.micro_by_day.values(), MicroTally())

    def micro_in_week(self, week: WeekStats) -> MicroTally:
        return sum(
            (self.micro_on(week.monday + timedelta(days=offset)) for offset in range(7)),
            MicroTally(),
        )
    months: tuple[MonthStats, ...] = ()
    """The last calendar months up to this one, oldest first (the year view)."""

    @property
    def empty(self) -> bool:
        return self.total.due == 0

    @property
    def today_tally(self) -> Tally:
        return self.days[-1].tally if self.days else Tally()

    @property
    def this_week(self) -> Tally:
        return self.weeks[-1].tally if self.weeks else Tally()

    def as_json(self) -> dict[str, Any]:
        return {
            "today": self.today.isoformat(),
            "goal": self.goal,
            "streak": {"current": self.streak.current, "best": self.streak.best},
            "first_day": None if self.first_day is None else self.first_day.isoformat(),
            "total": self.total.as_json(),
            "days": [
                {
                    "date": entry.day.isoformat(),
                    **entry.tally.as_json(),
                    "goal_met": entry.tally.meets(self.goal),
                    "micro_breaks": self.micro_on(entry.day).as_json(),
                }
                for entry in self.days
            ],
            "weeks": [
                {
                    "week": entry.label, "monday": entry.monday.isoformat(),
                    **entry.tally.as_json(),
                    "micro_breaks": self.micro_in_week(entry).as_json(),
                }
                for entry in self.weeks
            ],
            "micro_breaks_total": self.micro_total.as_json(),
        }


def build_report(
    rows: Iterable[BreakRecord],
    *,
    now: datetime,
    tz: tzinfo | None,
    goal: int,
    days: int = DAYS_SHOWN,
    weeks: int = WEEKS_SHOWN,
    micro_rows: Iterable[MicroRecord] = (),
    months: int = MONTHS_SHOWN,
) -> Report:
    """Everything the statistics window and `knotbreak stats` show, in one pass.

    `rows` should be the whole history, so the best streak and the totals are right;
    `micro_rows` are the micro-breaks, counted apart.
    """
    by_day = tally_by_day(collapse(rows), tz)
    today = now.astimezone(tz).date()
    empty = Tally()
    week_counters: dict[tuple[int, int], Tally] = {}
    month_counters: dict[tuple[int, int], Tally] = {}
    for day, tally in by_day.items():
        iso = day.isocalendar()
        key = (iso.year, iso.week)
        week_counters[key] = week_counters.get(key, empty) + tally
        month = (day.year, day.month)
        month_counters[month] = month_counters.get(month, empty) + tally
    total = sum(by_day.values(), empty)
    return Report(
        today=today,
        goal=goal,
        days=tuple(DayStats(day, by_day.get(day, empty)) for day in days_ending(today, days)),
        weeks=tuple(
            WeekStats(year, week, week_counters.get((year, week), empty))
            for year, week in weeks_ending(today, weeks)
        ),
        streak=streaks(by_day, goal, today),
        total=total,
        first_day=min(by_day) if by_day else None,
        micro_by_day=micro_by_day(micro_rows, tz),
        months=tuple(
            MonthStats(year, month + 1, month_counters.get((year, month + 1), empty))
            for year, month in months_ending(today, months)
        ),
    )


# CSV -------------------------------------------------------------------------------------


def _local_text(moment: datetime | None, tz: tzinfo | None) -> str:
    # Wall-clock time without an offset: what spreadsheets read as a date and time. The
    # UTC column settles the hour that repeats when DST ends.
    return "" if moment is None else moment.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S")


def _utc_text(moment: datetime | None) -> str:
    return "" if moment is None else moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def history_csv(
    rows: Iterable[BreakRecord], tz: tzinfo | None, micro_rows: Iterable[MicroRecord] = ()
) -> str:
    """Every history row as CSV (RFC 4180, header first), in the order given, then the
    micro-breaks.

    `day` is the local day the break counts on; `minutes` is filled for completed
    breaks only, the time the statistics count as stretching (so never for a micro-break).
    """
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        seconds = stretched_seconds(row)
        writer.writerow(
            (
                local_day(row.due_at, tz).isoformat(),
                _local_text(row.due_at, tz),
                _utc_text(row.due_at),
                _local_text(row.started_at, tz),
                _utc_text(row.started_at),
                _local_text(row.ended_at, tz),
                _utc_text(row.ended_at),
                row.outcome.value,
                f"{seconds / 60:.2f}" if row.outcome is Outcome.COMPLETED else "",
                "break",
                "",
            )
        )
    for micro in micro_rows:
        writer.writerow(
            (
                local_day(micro.started_at, tz).isoformat(),
                _local_text(micro.started_at, tz),
                _utc_text(micro.started_at),
                _local_text(micro.started_at, tz),
                _utc_text(micro.started_at),
                _local_text(micro.ended_at, tz),
                _utc_text(micro.ended_at),
                micro.outcome.value,
                "",
                "micro-break",
                micro.task,
            )
        )
    return out.getvalue()


def export_csv(
    path: Path,
    rows: Iterable[BreakRecord],
    tz: tzinfo | None,
    micro_rows: Iterable[MicroRecord] = (),
) -> int:
    """Write the CSV atomically; returns the number of rows. Raises OSError on failure,
    leaving any earlier file at `path` as it was."""
    materialised = list(rows)
    micro = list(micro_rows)
    write_atomically(path, history_csv(materialised, tz, micro).encode("utf-8"))
    return len(materialised) + len(micro)
