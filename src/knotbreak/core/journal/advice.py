"""When the journal suggests seeing a clinician: four plain rules, per journal area,
plus the areas whose entries show the urgent warning signs at once.

- Severe: an area logged at SEVERE (9) or more within the last FRESH (2 days). Pain that
  strong gets in the way of daily life, which the sources list as a reason to be seen.
- Repeated high scores: an area logged at HIGH (7) or more at least HIGH_COUNT (3) times
  within the last RECENT (14 days).
- No improvement: within the last EPISODE (6 weeks), and after the area's last 0 ("gone")
  if there is one, the area was logged across at least RECENT (14 days) and has not eased
  by about 2 points or 30 % of its first score (`has_eased`). That is what a clinician
  means by "no improvement after 2-4 weeks": 8 -> 7 -> 7 over 20 days, 6 -> 5 over 27 days
  and 6 -> 6 over 30 days all count, because one point is within the noise of a pain
  score (a 2-point or 30 % change is the usual threshold for a change that matters).
- Recurring: the area was logged on at least RECURRING_DAYS (8) different days within
  the last RECURRING_WINDOW (30 days) at MODERATE (4) or more, even when it eased in
  between. A knot that keeps coming back is worth having looked at too.

Chest, jaw and head (URGENT_AREAS) are different: a heart problem can feel like a chest,
jaw or shoulder "knot", and a headache can be a stroke or meningitis. Logging one of
them, at any intensity, shows the urgent warning signs first (`urgent_signs_first`).

The rules name what was seen; they never say what it is. The app is for prevention and
comfort, not diagnosis, and the note says so gently.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from knotbreak.core.journal.areas import AREA_IDS, area_label
from knotbreak.core.journal.entries import JournalEntry

SEVERE = 9
FRESH = timedelta(days=2)
HIGH = 7
HIGH_COUNT = 3
RECENT = timedelta(days=14)
EPISODE = timedelta(days=42)
"""How far back the rules look (callers read entries since now - EPISODE)."""
EASED_POINTS = 2
EASED_SHARE = 0.3
MODERATE = 4
RECURRING_DAYS = 8
RECURRING_WINDOW = timedelta(days=30)
URGENT_AREAS: frozenset[str] = frozenset({"chest", "jaw", "head"})

Rule = Literal["severe", "repeated-high", "no-improvement", "recurring"]


def urgent_signs_first(area: str) -> bool:
    """Whether an entry for this journal area shows the urgent warning signs at once."""
    return area in URGENT_AREAS


def has_eased(first: int, latest: int) -> bool:
    """Eased enough to count as improvement: about 2 points, or 30 % of the first score."""
    drop = first - latest
    return drop >= EASED_POINTS or (first > 0 and drop >= EASED_SHARE * first)


@dataclass(frozen=True)
class Finding:
    area: str
    rule: Rule
    count: int
    """How many entries the rule looked at (high ones for "repeated-high")."""
    first: int
    """The first score in the span."""
    latest: int
    days: int
    """Whole days between the first and the latest entry the rule looked at."""


@dataclass(frozen=True)
class ClinicianAdvice:
    findings: tuple[Finding, ...]

    @property
    def areas(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(finding.area for finding in self.findings))

    def message(self) -> str:
        """The note in English (the window translates its own from `findings`)."""
        return "\n\n".join([*(finding_text(f) for f in self.findings), CLOSING])


CLOSING = (
    "knotbreak cannot tell what is behind a knot. A doctor or physiotherapist can, and "
    "can suggest what helps. If you notice any of the warning signs, get help sooner."
)


def finding_text(finding: Finding) -> str:
    where = area_label(finding.area)
    if finding.rule == "severe":
        return (
            f"You have logged a knot in the {where} at {finding.latest} out of 10. Pain that "
            f"strong can get in the way of daily life, and it is worth having it looked at "
            f"soon, especially if it does not ease with rest."
        )
    if finding.rule == "repeated-high":
        return (
            f"You have logged a strong knot in the {where} {finding.count} times in the "
            f"last two weeks. When a knot keeps coming back this strongly, it is worth "
            f"booking an appointment to have it looked at."
        )
    if finding.rule == "recurring":
        return (
            f"You have logged a knot in the {where} on {finding.count} different days in "
            f"the last month. When a knot keeps coming back, it is worth booking an "
            f"appointment: a doctor or physiotherapist can look for the reason."
        )
    return (
        f"The knot in the {where} has not eased over {finding.days} days of logging (from "
        f"{finding.first} to {finding.latest} out of 10). Self-care usually helps within two "
        f"to four weeks; when it does not, it is worth booking an appointment."
    )


def clinician_advice(entries: Iterable[JournalEntry], now: datetime) -> ClinicianAdvice | None:
    """A calm note when an area's scores stay high or do not improve; None otherwise."""
    by_area: dict[str, list[JournalEntry]] = defaultdict(list)
    for entry in entries:
        if now - EPISODE <= entry.logged_at <= now:
            by_area[entry.area].append(entry)
    findings: list[Finding] = []
    # Body-map order, so the same journal always gives the same note.
    for area in sorted(by_area, key=lambda a: (AREA_IDS.index(a) if a in AREA_IDS else 99, a)):
        logged = sorted(by_area[area], key=lambda entry: entry.logged_at)
        # Repeated high scores say more than one severe score, so they speak first.
        found = (
            _repeated_high(area, logged, now)
            or _severe(area, logged, now)
            or _no_improvement(area, logged)
            or _recurring(area, logged, now)
        )
        if found is not None:
            findings.append(found)
    return ClinicianAdvice(tuple(findings)) if findings else None


def _severe(area: str, logged: list[JournalEntry], now: datetime) -> Finding | None:
    fresh = [e for e in logged if e.logged_at >= now - FRESH and e.intensity >= SEVERE]
    if not fresh:
        return None
    worst = max(fresh, key=lambda entry: (entry.intensity, entry.logged_at))
    return Finding(area, "severe", len(fresh), worst.intensity, worst.intensity, 0)


def _repeated_high(area: str, logged: list[JournalEntry], now: datetime) -> Finding | None:
    high = [e for e in logged if e.logged_at >= now - RECENT and e.intensity >= HIGH]
    if len(high) < HIGH_COUNT:
        return None
    days = (high[-1].logged_at - high[0].logged_at).days
    return Finding(area, "repeated-high", len(high), high[0].intensity, high[-1].intensity, days)


def _no_improvement(area: str, logged: list[JournalEntry]) -> Finding | None:
    gone = [index for index, entry in enumerate(logged) if entry.intensity == 0]
    episode = logged[gone[-1] + 1 :] if gone else logged
    if len(episode) < 2:
        return None
    first, latest = episode[0], episode[-1]
    if latest.logged_at - first.logged_at < RECENT or has_eased(
        first.intensity, latest.intensity
    ):
        return None
    days = (latest.logged_at - first.logged_at).days
    return Finding(area, "no-improvement", len(episode), first.intensity, latest.intensity, days)


def _recurring(area: str, logged: list[JournalEntry], now: datetime) -> Finding | None:
    moderate = [
        e for e in logged if e.logged_at >= now - RECURRING_WINDOW and e.intensity >= MODERATE
    ]
    days = sorted({entry.logged_at.date() for entry in moderate})
    if len(days) < RECURRING_DAYS:
        return None
    span = (days[-1] - days[0]).days
    return Finding(area, "recurring", len(days), moderate[0].intensity,
                   moderate[-1].intensity, span)
