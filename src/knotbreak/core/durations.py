"""Parsing the short durations people type: 45m, 2h, 1h30m, 90s."""

from __future__ import annotations

import re
from datetime import timedelta

from knotbreak.core.text import Text, translatable

_DURATION = re.compile(r"^(?:(?P<h>\d+)h)?(?:(?P<m>\d+)m(?:in)?)?(?:(?P<s>\d+)s)?$")


class DurationError(ValueError):
    """A duration the user typed could not be understood; the message says how to fix it."""


def parse_duration(text: str, *, longest: timedelta = timedelta(days=7)) -> timedelta:
    cleaned = text.strip().lower().replace(" ", "")
    negated = _DURATION.match(cleaned[1:]) if cleaned.startswith("-") else None
    if negated is not None and any(negated.groupdict().values()):
        raise DurationError(
            translatable(
                "Durations", "'{text}' is negative; give a duration like 45m, 2h or 1h30m"
            ).format(text=text)
        )
    match = _DURATION.match(cleaned)
    if not cleaned or match is None or not any(match.groupdict().values()):
        raise DurationError(
            translatable(
                "Durations", "'{text}' is not a duration; write it like 45m, 2h or 1h30m"
            ).format(text=text)
        )
    try:
        parts = {key: int(value) if value else 0 for key, value in match.groupdict().items()}
        duration = timedelta(hours=parts["h"], minutes=parts["m"], seconds=parts["s"])
    except (ValueError, OverflowError):
        # Too many digits for int() or for timedelta: far beyond any limit anyway.
        duration = timedelta.max
    if duration <= timedelta(0):
        raise DurationError(
            translatable("Durations", "'{text}' is zero; give a duration longer than that").format(
                text=text
            )
        )
    if duration > longest:
        raise DurationError(
            translatable("Durations", "'{text}' is longer than {longest}").format(
                text=text, longest=format_duration(longest)
            )
        )
    return duration


def format_duration(duration: timedelta) -> Text:
    """A short human form: 45 min, 2 h, 1 h 30 min, 40 s, 7 days."""
    total = round(duration.total_seconds())
    if total < 60:
        return translatable("Durations", "{seconds} s").format(seconds=total)
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days and not hours and not minutes:
        return translatable("Durations", "%n day(s)", None, 1).counted(days)
    hours += days * 24
    if hours and minutes:
        return translatable("Durations", "{hours} h {minutes} min").format(
            hours=hours, minutes=minutes
        )
    if hours:
        return translatable("Durations", "{hours} h").format(hours=hours)
    return translatable("Durations", "{minutes} min").format(minutes=minutes)
