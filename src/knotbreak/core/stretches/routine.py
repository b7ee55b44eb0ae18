"""The routine builder: fills one break with stretches, as timed segments.

Rules (property-tested in tests/core/test_routine_builder.py):
- the routine never lasts longer than the break;
- the focus areas are served round-robin: first one stretch per focus area (its smallest
  dose, so that as many areas as possible get a turn), then those get their full dose
  (or a 2-minute hold when the user prefers long holds) as far as time allows, then more
  stretches for the focus areas, then anything else that still fits;
- within a focus area a stretch not yet done today (local date of `now`) always comes
  before one already done today; among those done today, the longest ago comes first;
  among the fresh ones, those taking at most half the break come first (a 2-minute item
  would crowd a 3-minute break), in a random order weighted by `area_weights`;
- sitting_only leaves out standing-only entries; entries with `in_routines: false` never
  appear, nor do those the user hid (`hidden`, the `hidden_stretches` setting); no entry
  appears twice in one routine;
- a static stretch (kind "stretch", style "hold") always gets its full dose (2 x 30 s, per
  side where one-sided), as the reference gives it: when time is short the builder picks
  fewer stretches rather than cutting them to single holds;
- at most one strengthening item and one movement item per routine: the rest of a break
  is stretching;
- one-sided entries do both sides, alternating (left first), with a "switch" segment
  between; a "relax" segment comes before every stretch ("Get ready" before the first).

Every segment names the stretch it belongs to. "relax" and "switch" segments describe the
work segment that follows them (its stretch, side and set), so a window can show what is
coming. `side` names the side the cue speaks of: the arm or leg that does the work, or for
the head and trunk the way you tilt or turn.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Literal

from knotbreak.core.stretches.catalog import FOCUS_AREAS, FOCUS_ORDER, Catalog, StretchEntry
from knotbreak.core.text import translatable

READY = timedelta(seconds=8)
"""Before the first stretch: time to read what comes."""
RELAX = timedelta(seconds=8)
"""Between stretches."""
SWITCH = timedelta(seconds=5)
"""Between the sides of a one-sided stretch."""
SET_REST = timedelta(seconds=5)
"""Between two sets of a stretch done on both sides at once."""
LONG_HOLD_SECONDS = 120
ONE_PER_ROUTINE = frozenset({"strengthening", "movement"})
"""Kinds of which a routine holds at most one item."""
FAVOURITE_WEIGHT = 3.0
"""A favourite's pull in the random order: it tends to come first, never crowds others out."""

Side = Literal["left", "right"]


class SegmentKind(StrEnum):
    HOLD = "hold"
    REPS = "reps"
    SWITCH = "switch"
    RELAX = "relax"


@dataclass(frozen=True)
class Segment:
    kind: SegmentKind
    stretch_id: str
    side: Side | None
    set_number: int
    sets_total: int
    duration: timedelta
    cue: str

    @property
    def is_work(self) -> bool:
        return self.kind in (SegmentKind.HOLD, SegmentKind.REPS)


Routine = tuple[Segment, ...]


@dataclass(frozen=True)
class RoutinePrefs:
    focus_areas: frozenset[str] = field(default_factory=lambda: frozenset(FOCUS_ORDER))
    """Names from FOCUS_AREAS; empty means all of them."""
    sitting_only: bool = False
    prefer_long_holds: bool = False
    break_length: timedelta = timedelta(minutes=3)
    hidden: frozenset[str] = frozenset()
    """Stretch ids the user turned off for good: never picked."""

    def __post_init__(self) -> None:
        unknown = sorted(set(self.focus_areas) - set(FOCUS_AREAS))
        if unknown:
            raise ValueError(f"unknown focus area {unknown[0]!r}; use {', '.join(FOCUS_ORDER)}")


def routine_duration(routine: Routine) -> timedelta:
    return sum((segment.duration for segment in routine), timedelta(0))


def routine_stretch_ids(routine: Routine) -> tuple[str, ...]:
    """The entries done in the routine, in order, each once (for the history)."""
    return tuple(dict.fromkeys(s.stretch_id for s in routine if s.is_work))


def is_eligible(entry: StretchEntry, prefs: RoutinePrefs) -> bool:
    if not entry.in_routines or entry.id in prefs.hidden:
        return False
    return not (prefs.sitting_only and entry.position == "standing")


@dataclass(frozen=True)
class Dose:
    """How much of an entry to do: `sets` blocks of `hold_seconds` (per side)."""

    sets: int
    hold_seconds: int


def doses(entry: StretchEntry, prefer_long_holds: bool) -> tuple[Dose, ...]:
    """The doses the builder may use for an entry, most wanted first, smallest last."""
    options: list[Dose] = []
    if (
        prefer_long_holds
        and entry.long_hold_ok
        and entry.style == "hold"
        and entry.hold_seconds < LONG_HOLD_SECONDS
    ):
        options.append(Dose(1, LONG_HOLD_SECONDS))
    options.append(Dose(entry.sets, entry.hold_seconds))
    # A static stretch is held 30 s and repeated (the reference dose); only other items
    # (repetitions, self-care) may be cut to one block when time is short.
    if entry.sets > 1 and not (entry.kind == "stretch" and entry.style == "hold"):
        options.append(Dose(1, entry.hold_seconds))
    return tuple(options)


def block_duration(entry: StretchEntry, dose: Dose) -> timedelta:
    """One entry in a routine: the relax before it, its work and the gaps between."""
    holds = dose.sets * (2 if entry.one_sided else 1)
    gap = SWITCH if entry.one_sided else SET_REST
    return RELAX + holds * timedelta(seconds=dose.hold_seconds) + (holds - 1) * gap


def shortest_block(entry: StretchEntry) -> timedelta:
    return block_duration(entry, doses(entry, False)[-1])


# Building -------------------------------------------------------------------------------


@dataclass
class _Pick:
    entry: StretchEntry
    dose: Dose


def build_routine(
    catalog: Catalog,
    prefs: RoutinePrefs,
    *,
    recently_used: Mapping[str, datetime],
    now: datetime,
    rng: random.Random,
    area_weights: Mapping[str, float] | None = None,
    favourites: frozenset[str] = frozenset(),
) -> Routine:
    """A routine for one break; empty when not even the shortest entry fits.

    `favourites` (stretch ids) weigh FAVOURITE_WEIGHT times as much in the random order.
    """
    weights = _clean_weights(area_weights or {})
    pool = [entry for entry in catalog.entries if is_eligible(entry, prefs)]
    last_done = {
        entry.id: _like_now(recently_used[entry.id], now)
        for entry in pool
        if entry.id in recently_used
    }
    today = now.date()
    lottery = {
        entry.id: _lottery_key(
            rng,
            _entry_weight(entry, weights) * (FAVOURITE_WEIGHT if entry.id in favourites else 1.0),
        )
        for entry in pool
    }

    def rank(entry: StretchEntry) -> tuple[int, float, float]:
        done = last_done.get(entry.id)
        if done is None or done.date() != today:
            # A 2-minute item would crowd a short break: it comes after the shorter ones.
            bulky = shortest_block(entry) * 2 > prefs.break_length
            return (1 if bulky else 0, -lottery[entry.id], 0.0)
        return (2, (done - now).total_seconds(), -lottery[entry.id])

    ranked = sorted(pool, key=rank)
    focus = _focus_order(prefs, catalog.entries, last_done, weights)
    picks: list[_Pick] = []
    taken: set[str] = set()
    kinds_taken: set[str] = set()
    left = prefs.break_length

    def best(focus_area: str | None) -> StretchEntry | None:
        for entry in ranked:
            if entry.id in taken or shortest_block(entry) > left:
                continue
            if entry.kind in ONE_PER_ROUTINE and entry.kind in kinds_taken:
                continue
            if focus_area is None or focus_area in entry.focus_areas:
                return entry
        return None

    def add(entry: StretchEntry, *, smallest: bool) -> None:
        nonlocal left
        options = doses(entry, prefs.prefer_long_holds)
        fitting = [d for d in options if block_duration(entry, d) <= left]
        # "Smallest" by time, not by place in the list: with long holds preferred, one
        # 2-minute hold can be shorter than the full 3 x 60 s, and taking the longer one
        # here left no room for a fresh entry that step 2 would have made room for.
        dose = min(fitting, key=lambda d: block_duration(entry, d)) if smallest else fitting[0]
        picks.append(_Pick(entry, dose))
        taken.add(entry.id)
        kinds_taken.add(entry.kind)
        left -= block_duration(entry, dose)

    # 1. one stretch per focus area, smallest dose, so that as many areas as possible fit
    for focus_area in focus:
        entry = best(focus_area)
        if entry is not None:
            add(entry, smallest=True)
    # 2. give those their full (or long) dose while time allows, in order
    for pick in picks:
        current = block_duration(pick.entry, pick.dose)
        for dose in doses(pick.entry, prefs.prefer_long_holds):
            extra = block_duration(pick.entry, dose) - current
            if extra <= left:
                pick.dose = dose
                left -= extra
                break
    # 3. more stretches for the focus areas, round-robin, then 4. anything that fits
    progress = True
    while progress:
        progress = False
        for focus_area in focus:
            entry = best(focus_area)
            if entry is not None:
                add(entry, smallest=False)
                progress = True
    while (entry := best(None)) is not None:
        add(entry, smallest=False)
    return _segments(picks)


def _segments(picks: Iterable[_Pick]) -> Routine:
    segments: list[Segment] = []
    for number, pick in enumerate(picks):
        entry, dose = pick.entry, pick.dose
        work = list(_work(entry, dose))
        first = work[0]
        lead_cue = (
            translatable("Routine", "Get ready")
            if number == 0
            else translatable("Routine", "Relax and breathe")
        )
        segments.append(
            Segment(
                SegmentKind.RELAX,
                entry.id,
                first.side,
                first.set_number,
                first.sets_total,
                READY if number == 0 else RELAX,
                lead_cue,
            )
        )
        for index, segment in enumerate(work):
            if index > 0:
                between = (
                    Segment(
                        SegmentKind.SWITCH,
                        entry.id,
                        segment.side,
                        segment.set_number,
                        segment.sets_total,
                        SWITCH,
                        translatable("Routine", "Switch sides"),
                    )
                    if entry.one_sided
                    else Segment(
                        SegmentKind.RELAX,
                        entry.id,
                        None,
                        segment.set_number,
                        segment.sets_total,
                        SET_REST,
                        translatable("Routine", "Let go, then again"),
                    )
                )
                segments.append(between)
            segments.append(segment)
    return tuple(segments)


def _work(entry: StretchEntry, dose: Dose) -> Iterable[Segment]:
    kind = SegmentKind.REPS if entry.style == "reps" else SegmentKind.HOLD
    sides: tuple[Side | None, ...] = ("left", "right") if entry.one_sided else (None,)
    for set_number in range(1, dose.sets + 1):
        for side in sides:
            yield Segment(
                kind,
                entry.id,
                side,
                set_number,
                dose.sets,
                timedelta(seconds=dose.hold_seconds),
                _cue(entry, side, set_number, dose.sets),
            )


def _cue(entry: StretchEntry, side: Side | None, set_number: int, sets: int) -> str:
    head: str
    if side == "left":
        head = translatable("Routine", "Left side")
    elif side == "right":
        head = translatable("Routine", "Right side")
    elif entry.hold_cue:
        head = entry.hold_cue
    elif entry.style == "reps":
        head = translatable("Routine", "%n slow rep(s)", None, 1).counted(entry.reps)
    else:
        head = translatable("Routine", "Hold")
    if sets > 1:
        return translatable("Routine", "{cue}, {set} of {sets}").format(
            cue=head, set=set_number, sets=sets
        )
    return head


# Ordering helpers ---------------------------------------------------------------------


def _clean_weights(weights: Mapping[str, float]) -> dict[str, float]:
    return {
        area: float(value)
        for area, value in weights.items()
        if isinstance(value, int | float) and math.isfinite(value) and value > 0
    }


def _entry_weight(entry: StretchEntry, weights: Mapping[str, float]) -> float:
    return 1.0 + sum(weights.get(area, 0.0) for area in entry.body_areas)


def _lottery_key(rng: random.Random, weight: float) -> float:
    """Weighted random order (Efraimidis-Spirakis): larger keys come first."""
    return float(rng.random() ** (1.0 / weight))


def _like_now(when: datetime, now: datetime) -> datetime:
    """`when` in the same kind of time as `now`, so dates and order compare correctly."""
    if now.tzinfo is None:
        return when if when.tzinfo is None else when.astimezone().replace(tzinfo=None)
    if when.tzinfo is None:
        return when.replace(tzinfo=now.tzinfo)
    return when.astimezone(now.tzinfo)


def _focus_order(
    prefs: RoutinePrefs,
    entries: Iterable[StretchEntry],
    last_done: Mapping[str, datetime],
    weights: Mapping[str, float],
) -> list[str]:
    """Heavier (knot journal) areas first, then the area served longest ago."""
    chosen = [f for f in FOCUS_ORDER if not prefs.focus_areas or f in prefs.focus_areas]
    served: dict[str, datetime] = {}
    for entry in entries:
        done = last_done.get(entry.id)
        if done is None:
            continue
        for focus_area in entry.focus_areas:
            if focus_area not in served or served[focus_area] < done:
                served[focus_area] = done

    def key(focus_area: str) -> tuple[float, int, float, int]:
        weight = sum(weights.get(area, 0.0) for area in FOCUS_AREAS[focus_area])
        done = served.get(focus_area)
        when = 0.0 if done is None else done.timestamp()
        return (-weight, 0 if done is None else 1, when, FOCUS_ORDER.index(focus_area))

    return sorted(chosen, key=key)
