"""What the settings dialog checks while the user edits, before anything is saved.

Each key goes through the same validator as the settings file (core/settings.py), so the
dialog and the file can never disagree about what is allowed. On top of that come the
rules that involve two keys: working hours with no days would silence the app, and a long
break shorter than a normal one is allowed by the file but surprising, so it is explained.

Issues carry a `code` and `params` so the dialog can show a translated sentence; `message`
is the English sentence for everything else.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from knotbreak.core.settings_schema import VALIDATORS

Severity = Literal["error", "note"]


@dataclass(frozen=True)
class Issue:
    key: str
    """The setting the message belongs beside."""
    severity: Severity
    """error: the settings cannot be saved like this. note: allowed, but worth knowing."""
    code: str
    message: str
    params: Mapping[str, Any] = field(default_factory=dict)


def check_form(values: Mapping[str, Any]) -> list[Issue]:
    """Every problem with `values` (settings keys -> JSON values), errors first."""
    issues: list[Issue] = []
    for key, value in values.items():
        check = VALIDATORS.get(key)
        if check is None:
            continue
        try:
            check(value)
        except ValueError as error:
            # The validator's own message: a core Text (core/text.py), which the dialog can
            # say in the user's language; `message` is its English sentence.
            said = error.args[0] if error.args else str(error)
            message = as_sentence(str(said))
            issues.append(Issue(key, "error", "invalid", message, {"error": said}))
    bad = {issue.key for issue in issues}

    if (
        values.get("working_hours_enabled") is True
        and "working_days" not in bad
        and not values.get("working_days")
    ):
        issues.append(
            Issue(
                "working_days",
                "error",
                "no_working_days",
                "Choose at least one working day, or turn working hours off: with no days, "
                "breaks would never come.",
            )
        )

    every = values.get("long_break_every")
    normal = values.get("break_seconds")
    long = values.get("long_break_seconds")
    if (
        {"long_break_every", "break_seconds", "long_break_seconds"}.isdisjoint(bad)
        and isinstance(every, int)
        and every > 0
        and isinstance(normal, int)
        and isinstance(long, int)
        and long < normal
    ):
        issues.append(
            Issue(
                "long_break_seconds",
                "note",
                "long_shorter_than_normal",
                f"This is shorter than a normal break, so long breaks will last as long as a "
                f"normal one ({normal} s). Make it longer, or set long breaks to never.",
                {"normal_seconds": normal},
            )
        )

    start, end = values.get("working_hours_start"), values.get("working_hours_end")
    if (
        values.get("working_hours_enabled") is True
        and {"working_hours_start", "working_hours_end"}.isdisjoint(bad)
        and isinstance(start, str)
        and isinstance(end, str)
    ):
        if start == end:
            issues.append(
                Issue(
                    "working_hours_end",
                    "note",
                    "same_start_end",
                    "Start and end are the same time, so breaks come all day on working days.",
                )
            )
        elif end < start:
            # "HH:MM" strings compare like the times they stand for.
            issues.append(
                Issue(
                    "working_hours_end",
                    "note",
                    "overnight",
                    f"Ends the next morning at {end}: an overnight shift, counted on the day "
                    "it starts.",
                    {"end": end},
                )
            )
    issues.sort(key=lambda issue: issue.severity != "error")
    return issues


def has_errors(issues: list[Issue]) -> bool:
    return any(issue.severity == "error" for issue in issues)


def as_sentence(text: str) -> str:
    """A validator's phrase ("must be ...") as a sentence: capital first, full stop."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else f"{text}."


# Durations as typed into the dialog --------------------------------------------------------

_LONGEST_DURATION_TEXT = 40
_MOST_SECONDS = 2**31 - 1  # what a Qt spin box can hold
_PART = re.compile(r"(\d+)\s*([a-zA-Z\u00c0-\u024f]*)\.?")
_CLOCK_LIKE = re.compile(r"^\s*(\d+)\s*:\s*(\d{1,2})\s*$")


def parse_duration_text(text: str, bare_unit_seconds: int) -> int | None:
    """Seconds from what a person typed: "3 min 30 s", "3:30", "3m", "90 s", "4".

    A number without a unit counts in `bare_unit_seconds` (60 where the field shows
    minutes). Units are recognised by their first letter (h, m, s), so "3 Min." and
    "30 Sek." work as well. Returns None when the text is not a duration.
    """
    if len(text) > _LONGEST_DURATION_TEXT:
        # A paste of thousands of digits: int() refuses over 4300, Qt's int over 2**31.
        return None
    clock = _CLOCK_LIKE.match(text)
    if clock:
        minutes, seconds = int(clock.group(1)), int(clock.group(2))
        total = minutes * 60 + seconds
        return total if seconds < 60 and total <= _MOST_SECONDS else None
    stripped = text.strip()
    if not stripped:
        return None
    total = 0
    position = 0
    found = False
    for match in _PART.finditer(stripped):
        if stripped[position : match.start()].strip():
            return None
        number, unit = int(match.group(1)), match.group(2).lower()
        if not unit:
            total += number * bare_unit_seconds
        elif unit[0] == "h":
            total += number * 3600
        elif unit[0] == "m":
            total += number * 60
        elif unit[0] == "s":
            total += number
        else:
            return None
        position = match.end()
        found = True
    if not found or stripped[position:].strip() or total > _MOST_SECONDS:
        return None
    return total
