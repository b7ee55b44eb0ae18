"""A realistic year of break history, for the statistics benchmark and tests.

The rows follow what `knotbreak.core.cycle` records: every row of one break carries the
time the break was *first* due; a snooze adds a `snoozed` row and the break's outcome
adds the final row (completed, skipped or natural); a break snoozed and then dropped (a
pause, the end of the working day, quitting) has snoozed rows only.

A heavy user: 27 to 30 breaks due on each working day, every 20 minutes from about
08:00 (Monday to Friday, the odd Saturday, two weeks of holiday), in the given time zone,
so a year spans both DST changes: about 9,000 rows, 25 for each day of the year.
Deterministic for a given seed.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta, tzinfo

from knotbreak.core.cycle import BreakRecord, Outcome
from knotbreak.core.history import BreakHistory

BREAK = timedelta(minutes=3)
LONG_BREAK = timedelta(minutes=10)
SNOOZE = timedelta(minutes=5)


def _one_break(rng: random.Random, due: datetime, number: int) -> list[BreakRecord]:
    """The rows of one break first due at `due`."""
    length = LONG_BREAK if number % 4 == 0 else BREAK
    roll = rng.random()
    rows: list[BreakRecord] = []
    moment = due
    if roll < 0.18:  # snoozed once or twice first
        for _ in range(1 if rng.random() < 0.7 else 2):
            rows.append(BreakRecord(due, None, moment, Outcome.SNOOZED))
            moment += SNOOZE
        roll = rng.random() * 0.9  # then mostly taken
        if rng.random() < 0.1:  # dropped: a pause or the end of the day
            return rows
    if roll < 0.66:
        started = moment + timedelta(seconds=rng.randint(0, 5))
        # Some people press Done a little early.
        done = length if rng.random() < 0.8 else length * rng.uniform(0.5, 0.95)
        rows.append(BreakRecord(due, started, started + done, Outcome.COMPLETED))
    elif roll < 0.82:
        away_from = moment - timedelta(minutes=rng.randint(3, 20))
        back = moment + timedelta(minutes=rng.randint(0, 15))
        rows.append(BreakRecord(due, away_from, back, Outcome.NATURAL))
    elif roll < 0.9:
        rows.append(BreakRecord(due, None, moment + timedelta(seconds=20), Outcome.SKIPPED))
    else:
        started = moment
        rows.append(
            BreakRecord(due, started, started + timedelta(seconds=40), Outcome.SKIPPED)
        )
    return rows


def generate_year(
    now: datetime,
    tz: tzinfo | None,
    *,
    days: int = 365,
    per_day: int = 30,
    seed: int = 7,
) -> list[BreakRecord]:
    """The rows of `days` days of use ending at `now` (rows due after `now` are left out)."""
    rng = random.Random(seed)
    rows: list[BreakRecord] = []
    today = now.astimezone(tz).date()
    holiday = today - timedelta(days=rng.randint(60, days - 30)) if days > 90 else None
    number = 0
    for offset in range(days - 1, -1, -1):
        day = today - timedelta(days=offset)
        if holiday is not None and holiday <= day < holiday + timedelta(days=14):
            continue
        if day.weekday() == 6 or (day.weekday() == 5 and rng.random() > 0.1):
            continue
        rows.extend(_working_day(rng, day, tz, now, per_day, number))
        number += per_day
    return rows


def _working_day(
    rng: random.Random, day: date, tz: tzinfo | None, now: datetime, per_day: int, number: int
) -> list[BreakRecord]:
    clock = time(8, rng.randint(0, 40))
    # tz None: the system's zone, with the offset that day really has (DST).
    start = (
        datetime.combine(day, clock).astimezone()
        if tz is None
        else datetime.combine(day, clock, tzinfo=tz)
    )
    # A 20-minute rhythm fits ~25 breaks into a long working day.
    spacing = timedelta(minutes=20)
    rows: list[BreakRecord] = []
    due = start
    for index in range(per_day - rng.randint(0, 3)):
        due += spacing + timedelta(seconds=rng.randint(0, 60))
        if due > now:
            break
        rows.extend(
            row for row in _one_break(rng, due, number + index + 1) if row.ended_at <= now
        )
    return rows


def fill_history(
    history: BreakHistory, now: datetime, tz: tzinfo | None, **options: int
) -> int:
    """Write a generated year into `history`; returns how many rows were written."""
    rows = generate_year(now, tz, **options)
    history.record_many(rows)
    return len(rows)


if __name__ == "__main__":
    import argparse
    from pathlib import Path
    from zoneinfo import ZoneInfo

    parser = argparse.ArgumentParser(description="write a generated year of break history")
    parser.add_argument("database", type=Path, help="history.sqlite3 to create or add to")
    parser.add_argument("--zone", default="Europe/Berlin")
    args = parser.parse_args()
    zone = ZoneInfo(args.zone)
    opened = BreakHistory.open(args.database)
    count = fill_history(opened, datetime.now(zone), zone)
    opened.close()
    print(f"wrote {count} rows to {args.database}")
