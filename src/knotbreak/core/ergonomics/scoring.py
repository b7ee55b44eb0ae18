"""Scores per area, the fixes that matter most, and what changed since the last run."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from knotbreak.core.ergonomics.answers import Answers, is_good
from knotbreak.core.ergonomics.checklist import SETUP_PHRASES, Checklist, Item, Setup
from knotbreak.core.text import translatable

TOP_FIXES = 5
_DISCOMFORT_BOOST = 2.0
"""An item tied to an area that hurts now counts double."""
_LAPTOP_SCREEN_BOOST = 1.5
"""A laptop on its own makes its screen items (neck, eyes) weigh more."""


@dataclass(frozen=True)
class AreaScore:
    area_id: str
    title: str
    score: int | None
    """0-100, the share of weighted answered items that are good; None if none answered."""
    good: int
    to_fix: int
    skipped: int
    """Applicable items left unanswered."""


@dataclass(frozen=True)
class Fix:
    item_id: str
    area_id: str
    action: str
    question: str
    priority: float
    source: str


def area_scores(checklist: Checklist, answers: Answers) -> list[AreaScore]:
    scores = []
    for area in checklist.areas:
        earned = possible = 0
        good = bad = skipped = 0
        for item in area.items_for(answers.setup):
            answer = answers.answer(item.id)
            verdict = is_good(item, answer)
            if verdict is None:
                if answer is None:
                    skipped += 1
                continue
            possible += item.weight
            if verdict:
                earned += item.weight
                good += 1
            else:
                bad += 1
        score = None if possible == 0 else round(100 * earned / possible)
        scores.append(AreaScore(area.id, area.title, score, good, bad, skipped))
    return scores


def overall_score(scores: list[AreaScore]) -> int | None:
    known = [s.score for s in scores if s.score is not None]
    return None if not known else round(sum(known) / len(known))


def priority(item: Item, answers: Answers) -> float:
    value = float(item.weight)
    if answers.discomfort.intersection(item.focus):
        value *= _DISCOMFORT_BOOST
    if answers.setup is Setup.LAPTOP and item.area_id == "screens":
        value *= _LAPTOP_SCREEN_BOOST
    return value


def prioritised_fixes(checklist: Checklist, answers: Answers) -> list[Fix]:
    """Every item answered the wrong way, most important first (ties keep checklist order),
    one fix per fix group."""
    candidates = []
    for order, item in enumerate(checklist.items(answers.setup)):
        if is_good(item, answers.answer(item.id)) is False:
            weight = priority(item, answers)
            fix = Fix(item.id, item.area_id, item.fix, item.question, weight, item.source)
            candidates.append((-weight, order, fix))
    candidates.sort(key=lambda entry: (entry[0], entry[1]))
    # Items whose fixes are one action ("put the screen in front") are listed once, under
    # the one that matters most: a list that repeats itself hides the other fixes.
    fixes: list[Fix] = []
    groups: set[str] = set()
    for _, _, fix in candidates:
        group = checklist.fix_group(fix.item_id)
        if group not in groups:
            groups.add(group)
            fixes.append(fix)
    return fixes


def top_fixes(checklist: Checklist, answers: Answers, limit: int = TOP_FIXES) -> list[Fix]:
    return prioritised_fixes(checklist, answers)[:limit]


# Comparing with the previous run --------------------------------------------------------


@dataclass(frozen=True)
class ScoreChange:
    area_id: str
    title: str
    before: int | None
    after: int | None


@dataclass(frozen=True)
class Comparison:
    fixed: tuple[str, ...]
    """Item ids that were to fix last time and are good now."""
    new_problems: tuple[str, ...]
    """Item ids that were good (or not asked) last time and need fixing now."""
    still_to_fix: tuple[str, ...]
    score_changes: tuple[ScoreChange, ...]
    setup_changed: tuple[Setup, Setup] | None

    @property
    def anything(self) -> bool:
        return bool(
            self.fixed
            or self.new_problems
            or self.setup_changed
            or any(c.before != c.after for c in self.score_changes)
        )

    def sentences(self, checklist: Checklist) -> list[str]:
        """Plain lines for the result page and the report."""
        lines: list[str] = []
        if self.setup_changed is not None:
            before, after = self.setup_changed
            lines.append(
                translatable("Ergonomics", "Your screens changed: {before} → {after}.").format(
                    before=SETUP_PHRASES[before], after=SETUP_PHRASES[after]
                )
            )
        for change in self.score_changes:
            if change.before is None or change.after is None or change.before == change.after:
                continue
            # Two whole sentences rather than an "up"/"down" word: word order differs.
            if change.after > change.before:
                template = translatable("Ergonomics", "{area}: up from {before}% to {after}%.")
            else:
                template = translatable("Ergonomics", "{area}: down from {before}% to {after}%.")
            lines.append(
                template.format(area=change.title, before=change.before, after=change.after)
            )
        lines += [
            translatable("Ergonomics", "Done since last time: {fix}").format(
                fix=_short(checklist, item_id)
            )
            for item_id in self.fixed
        ]
        lines += [
            translatable("Ergonomics", "New to fix: {fix}").format(fix=_short(checklist, item_id))
            for item_id in self.new_problems
        ]
        if self.still_to_fix:
            lines.append(
                translatable("Ergonomics", "Still to fix from last time: {count}.").format(
                    count=len(self.still_to_fix)
                )
            )
        if not lines:
            lines.append(translatable("Ergonomics", "Nothing changed since last time."))
        return lines


def _short(checklist: Checklist, item_id: str) -> str:
    return checklist.item(item_id).fix if checklist.has_item(item_id) else item_id


def compare(checklist: Checklist, previous: Answers, current: Answers) -> Comparison:
    before_bad = {f.item_id for f in prioritised_fixes(checklist, previous)}
    now_fixes = prioritised_fixes(checklist, current)
    now_bad = {f.item_id for f in now_fixes}
    fixed = []
    for item_id in sorted(before_bad - now_bad, key=_order(checklist)):
        item = checklist.item(item_id)
        if is_good(item, current.answer(item_id)) is True:
            fixed.append(item_id)
    new = tuple(f.item_id for f in now_fixes if f.item_id not in before_bad)
    still = tuple(f.item_id for f in now_fixes if f.item_id in before_bad)
    old_scores = {s.area_id: s.score for s in area_scores(checklist, previous)}
    changes = tuple(
        ScoreChange(s.area_id, s.title, old_scores.get(s.area_id), s.score)
        for s in area_scores(checklist, current)
    )
    setup = None if previous.setup is current.setup else (previous.setup, current.setup)
    return Comparison(tuple(fixed), new, still, changes, setup)


def _order(checklist: Checklist) -> Callable[[str], int]:
    index = {item.id: number for number, item in enumerate(checklist.items())}
    return lambda item_id: index.get(item_id, len(index))
