"""Break settings proposed from the answers, and when to check the workstation again.

A laptop on its own, long sitting and discomfort now each add a risk point. More points
mean more frequent and longer breaks (HSE: 5-10 minutes after 50-60 minutes; CCOHS: no
more than about 50 minutes in one posture; McLean 2001 and Galinsky 2000/2007: short,
frequent breaks cut discomfort without costing output). A proposal never makes breaks
rarer or shorter than the user already has them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from knotbreak.core.ergonomics.answers import Answers
from knotbreak.core.ergonomics.checklist import Checklist, FocusArea, Setup
from knotbreak.core.ergonomics.scoring import prioritised_fixes
from knotbreak.core.settings_schema import BY_KEY
from knotbreak.core.text import translatable

RECHECK_DAYS = 90
RECHECK_DAYS_WHEN_MOVING = 30
MAX_FOCUS_AREAS = 3

# risk points -> (work interval in minutes, break length in seconds)
_SCHEDULE: dict[int, tuple[int, int]] = {
    0: (50, 300),
    1: (40, 300),
    2: (35, 360),
    3: (30, 420),
}
# The settings file's allowed ranges, as declared (core/settings_schema.py).
_INTERVAL_RANGE = (
    BY_KEY["work_interval_minutes"].minimum, BY_KEY["work_interval_minutes"].maximum
)
_BREAK_RANGE = (BY_KEY["break_seconds"].minimum, BY_KEY["break_seconds"].maximum)


@dataclass(frozen=True)
class BreakProposal:
    work_interval_minutes: int
    break_seconds: int
    focus_areas: tuple[FocusArea, ...]
    reasons: tuple[str, ...]
    changes_anything: bool

    def as_settings(self) -> dict[str, Any]:
        """What on_accept_settings receives: two settings keys plus the focus areas."""
        return {
            "work_interval_minutes": self.work_interval_minutes,
            "break_seconds": self.break_seconds,
            "focus_areas": [area.value for area in self.focus_areas],
        }


def risk_points(answers: Answers) -> int:
    points = 0
    if answers.setup is Setup.LAPTOP:
        points += 1
    if answers.long_sitting:
        points += 1
    if answers.discomfort:
        points += 1
    return min(points, max(_SCHEDULE))


def propose_breaks(
    checklist: Checklist,
    answers: Answers,
    current_interval_minutes: int = 45,
    current_break_seconds: int = 180,
) -> BreakProposal:
    points = risk_points(answers)
    interval, length = _SCHEDULE[points]
    interval = max(_INTERVAL_RANGE[0], min(interval, current_interval_minutes, _INTERVAL_RANGE[1]))
    length = min(_BREAK_RANGE[1], max(length, current_break_seconds, _BREAK_RANGE[0]))

    reasons: list[str] = []
    if answers.setup is Setup.LAPTOP:
        reasons.append(
            translatable(
                "Ergonomics",
                "You work on a laptop on its own, which pulls the head down and the "
                "shoulders in.",
            )
        )
    if answers.long_sitting:
        reasons.append(
            translatable(
                "Ergonomics", "You sit for long stretches; getting up more often breaks that up."
            )
        )
    if answers.discomfort:
        reasons.append(
            translatable(
                "Ergonomics",
                "You have some discomfort now, so shorter spells of work give it a rest sooner.",
            )
        )
    if not reasons:
        reasons.append(
            translatable(
                "Ergonomics",
                "Short breaks every 50 minutes or so, of about 5 minutes, suit most desk work.",
            )
        )
    return BreakProposal(
        work_interval_minutes=interval,
        break_seconds=length,
        focus_areas=focus_areas(checklist, answers),
        reasons=tuple(reasons),
        changes_anything=(interval, length) != (current_interval_minutes, current_break_seconds),
    )


def focus_areas(checklist: Checklist, answers: Answers) -> tuple[FocusArea, ...]:
    """Body areas most at risk: current discomfort first, then what the fixes point to."""
    votes: Counter[FocusArea] = Counter()
    for area in answers.discomfort:
        votes[area] += 10
    for fix in prioritised_fixes(checklist, answers):
        for area in checklist.item(fix.item_id).focus:
            votes[area] += int(fix.priority)
    if answers.setup is Setup.LAPTOP:
        votes[FocusArea.NECK_SHOULDERS] += 3
        votes[FocusArea.EYES] += 2
    if answers.long_sitting:
        votes[FocusArea.LOW_BACK_HIPS] += 3
    order = list(FocusArea)
    ranked = sorted(votes.items(), key=lambda pair: (-pair[1], order.index(pair[0])))
    return tuple(area for area, count in ranked if count > 0)[:MAX_FOCUS_AREAS]


def recheck_due(
    completed_at: datetime,
    moving_soon: bool = False,
    moved_desks_at: datetime | None = None,
    days: int = RECHECK_DAYS,
) -> datetime:
    """When to offer the checklist again: after `days`, sooner if the desk changes."""
    due = completed_at + timedelta(days=RECHECK_DAYS_WHEN_MOVING if moving_soon else days)
    if moved_desks_at is not None and moved_desks_at > completed_at:
        due = min(due, moved_desks_at)
    return due
