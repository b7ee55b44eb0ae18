"""Turning what the user asked for ("45m", "until-tomorrow", "indefinitely") into an end time."""

from __future__ import annotations

from datetime import datetime, time

from knotbreak.core.durations import parse_duration
from knotbreak.core.working_hours import next_morning

UNTIL_TOMORROW = "until-tomorrow"
INDEFINITELY = "indefinitely"
PAUSE_SPEC_HELP = "a duration like 30m, 1h or 2h, or until-tomorrow, or indefinitely"


def pause_end(spec: str, now: datetime, morning: time) -> datetime | None:
    """The end of the pause, or None for one that lasts until the user resumes.

    Raises DurationError (a ValueError) with a message for the user on bad input.
    """
    cleaned = spec.strip().lower()
    if cleaned == INDEFINITELY:
        return None
    if cleaned == UNTIL_TOMORROW:
        return next_morning(now, morning)
    return now + parse_duration(cleaned)
