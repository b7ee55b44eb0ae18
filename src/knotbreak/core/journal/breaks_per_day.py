"""Breaks completed per day, read from the break history for the journal's chart."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, tzinfo
from pathlib import Path

from knotbreak.core.cycle import Outcome
from knotbreak.core.history import BreakHistory, HistoryError
from knotbreak.core.journal.store import JournalError


def breaks_per_day(
    history_path: Path, since: datetime, tz: tzinfo | None = None
) -> dict[date, int]:
    """Completed breaks per local date from `since` on; {} without a history.

    Dates are in `tz`; None means the system's local time, daylight saving included.
    Read-only, like `knotbreak stats`: WAL lets it read while the app writes.
    """
    try:
        history = BreakHistory.open_read_only(history_path)
        try:
            rows = history.rows_between(since)
        finally:
            history.close()
    except HistoryError as error:
        raise JournalError(f"the break history could not be read ({error})") from error
    return dict(
        Counter(
            row.ended_at.astimezone(tz).date()
            for row in rows
            if row.outcome is Outcome.COMPLETED
        )
    )
