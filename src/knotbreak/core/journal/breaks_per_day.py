"""Breaks completed per day, read from the break history for the journal's chart.

A separate read-only connection with one plain query, rather than a method on
BreakHistory: the journal only ever reads the history, and a read-only connection can
never lock out the app's writer for long (WAL lets readers and a writer run together).
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path

from knotbreak.core.journal.store import JournalError


def breaks_per_day(
    history_path: Path, since: datetime, tz: tzinfo | None = None
) -> dict[date, int]:
    """Completed breaks per local date from `since` on; {} without a history.

    Dates are in `tz`; None means the system's local time, daylight saving included.
    """
    if not history_path.exists():
        return {}
    try:
        db = sqlite3.connect(f"{history_path.resolve().as_uri()}?mode=ro", uri=True, timeout=2.0)
        try:
            rows = db.execute(
                "SELECT ended_at FROM breaks WHERE outcome = 'completed' AND ended_at >= ?",
                (since.astimezone(UTC).isoformat(timespec="milliseconds"),),
            ).fetchall()
        finally:
            db.close()
    except sqlite3.Error as error:
        raise JournalError(f"the break history could not be read ({error})") from error
    days: Counter[date] = Counter()
    for (ended,) in rows:
        try:
            days[datetime.fromisoformat(ended).astimezone(tz).date()] += 1
        except (TypeError, ValueError):
            continue  # one odd row must not hide the whole chart
    return dict(days)
