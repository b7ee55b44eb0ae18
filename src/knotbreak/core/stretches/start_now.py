"""Stretch now: one stretch, or a short routine for one body area, when the user asks.

The routine comes from the same builder as a scheduled break's (so the same dose, order
and variety rules hold), only over the entries that serve the chosen area, or over the
one chosen entry. The control channel carries a request as one short argument:
``"AREA [MINUTES]"`` for an area, ``"stretch:ID"`` for one entry.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from knotbreak.core.stretches.catalog import FOCUS_ORDER, Catalog, StretchEntry
from knotbreak.core.stretches.routine import (
    READY,
    RELAX,
    Routine,
    RoutinePrefs,
    block_duration,
    build_routine,
    doses,
    routine_stretch_ids,
)
from knotbreak.core.text import translatable

AREAS: tuple[str, ...] = FOCUS_ORDER
"""The areas a user can ask for: the same focus areas the settings offer."""
DEFAULT_MINUTES = 3
MINUTES_RANGE = (1, 15)
STRETCH_PREFIX = "stretch:"


class StartNowError(ValueError):
    """A request that cannot be met; the message is a sentence for the user."""


@dataclass(frozen=True)
class StartNowRequest:
    area: str | None = None
    """One of AREAS; None with no stretch_id means any area."""
    stretch_id: str | None = None
    minutes: int = DEFAULT_MINUTES

    def __post_init__(self) -> None:
        if self.area is not None and self.area not in AREAS:
            raise StartNowError(unknown_area_message(self.area))
        low, high = MINUTES_RANGE
        if not low <= self.minutes <= high:
            raise StartNowError(
                translatable(
                    "StartNow", "{minutes} minutes is outside {low} to {high}."
                ).format(minutes=self.minutes, low=low, high=high)
            )

    def to_argument(self) -> str:
        if self.stretch_id is not None:
            return STRETCH_PREFIX + self.stretch_id
        return f"{self.area or 'any'} {self.minutes}"


def unknown_area_message(area: str) -> str:
    return translatable(
        "StartNow", "There is no area called '{area}'; use one of: {areas}."
    ).format(
        area=area, areas=", ".join(AREAS)
    )


def parse_argument(argument: str | None) -> StartNowRequest:
    """The request a control-channel argument stands for; raises StartNowError."""
    text = (argument or "").strip()
    if text.startswith(STRETCH_PREFIX):
        stretch_id = text[len(STRETCH_PREFIX):].strip()
        if not stretch_id:
            raise StartNowError(translatable("StartNow", "Name the stretch to start."))
        return StartNowRequest(stretch_id=stretch_id)
    words = text.split()
    if len(words) > 2:
        raise StartNowError(
            translatable("StartNow", "Give an area and, if you like, a number of minutes.")
        )
    area = words[0].lower() if words else "any"
    minutes = DEFAULT_MINUTES
    if len(words) == 2:
        if not words[1].isdigit() or len(words[1]) > 3:
            raise StartNowError(
                translatable("StartNow", "'{text}' is not a whole number of minutes.").format(
                    text=words[1]
                )
            )
        minutes = int(words[1])
    return StartNowRequest(area=None if area == "any" else area, minutes=minutes)


def single_length(entry: StretchEntry, prefer_long_holds: bool = False) -> timedelta:
    """The break one entry needs at its full dose, with the "Get ready" before it."""
    return block_duration(entry, doses(entry, prefer_long_holds)[0]) - RELAX + READY


def start_now_routine(
    catalog: Catalog,
    request: StartNowRequest,
    *,
    sitting_only: bool,
    prefer_long_holds: bool,
    recently_used: Mapping[str, datetime],
    now: datetime,
    rng: random.Random,
    area_weights: Mapping[str, float] | None = None,
    favourites: frozenset[str] = frozenset(),
) -> Routine:
    """The routine for `request`; raises StartNowError when nothing fits."""
    if request.stretch_id is not None:
        entry = next((e for e in catalog.entries if e.id == request.stretch_id), None)
        if entry is None:
            raise StartNowError(
                translatable("StartNow", "There is no stretch called '{id}'.").format(
                    id=request.stretch_id
                )
            )
        if not entry.in_routines:
            raise StartNowError(
                translatable(
                    "StartNow",
                    "{name} is not a guided stretch; follow its steps at your own pace.",
                ).format(name=entry.name)
            )
        # The user chose it: sitting-only does not veto it.
        only = replace(catalog, entries=(entry,))
        prefs = RoutinePrefs(
            prefer_long_holds=prefer_long_holds,
            break_length=single_length(entry, prefer_long_holds),
        )
        routine = build_routine(only, prefs, recently_used={}, now=now, rng=rng)
    else:
        focus = frozenset({request.area}) if request.area else frozenset(AREAS)
        serving = tuple(e for e in catalog.entries if e.focus_areas & focus)
        prefs = RoutinePrefs(
            focus_areas=focus,
            sitting_only=sitting_only,
            prefer_long_holds=prefer_long_holds,
            break_length=timedelta(minutes=request.minutes),
        )
        state = rng.getstate()
        routine = build_routine(
            replace(catalog, entries=serving),
            prefs,
            recently_used=recently_used,
            now=now,
            rng=rng,
            area_weights=area_weights,
            favourites=favourites,
        )
        if len(routine_stretch_ids(routine)) < 2:
            # One area's routine filled by a single entry's full dose is hardly a
            # routine: one set each of several serves the area better, when that fits
            # more of them. Static stretches keep their 2 x 30 s (the reference dose,
            # as in every break); only repetitions and self-care are cut to one set.
            rng.setstate(state)
            single = tuple(
                e if (e.kind == "stretch" and e.style == "hold") else replace(e, sets=1)
                for e in serving
            )
            varied = build_routine(
                replace(catalog, entries=single),
                prefs,
                recently_used=recently_used,
                now=now,
                rng=rng,
                area_weights=area_weights,
                favourites=favourites,
            )
            if len(routine_stretch_ids(varied)) > len(routine_stretch_ids(routine)):
                routine = varied
    if not routine:
        raise StartNowError(
            translatable(
                "StartNow",
                "No stretch fits that choice; try more minutes or another area.",
            )
        )
    return routine
