"""Starts a guided session when a break begins and records what was done when it ends."""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Protocol

from knotbreak.adapters.break_session import (
    BreakSession,
    RoutineChoices,
    StretchLibrary,
    start_session,
)
from knotbreak.core.cycle import CycleState
from knotbreak.core.history import BreakHistory, HistoryError
from knotbreak.core.settings import Settings
from knotbreak.core.stretches.routine import Routine, routine_duration, routine_stretch_ids
from knotbreak.core.stretches.start_now import (
    StartNowError,
    StartNowRequest,
    parse_argument,
    start_now_routine,
)

log = logging.getLogger(__name__)

AreaWeights = Callable[[datetime], Mapping[str, float]]
"""Catalog body area -> weight at a moment (the knot journal's pull on routines)."""


class BreakRunner(Protocol):
    @property
    def state(self) -> CycleState: ...
    @property
    def settings(self) -> Settings: ...
    def now(self) -> datetime: ...
    def finish_break(self) -> str | None: ...
    def set_break_end(self, moment: datetime | None) -> str | None: ...
    def stretch_now(self, length: timedelta) -> str | None: ...


def choices_from(settings: Settings) -> RoutineChoices:
    return RoutineChoices(
        focus_areas=frozenset(settings.focus_areas),
        sitting_only=settings.sitting_only,
        prefer_long_holds=settings.prefer_long_holds,
        strict=settings.strict_mode,
        sound_enabled=settings.sounds,
        sound_volume=settings.sound_volume,
        hidden=frozenset(settings.hidden_stretches),
        favourites=frozenset(settings.favourite_stretches),
    )


class GuidedBreaks:
    def __init__(
        self,
        library: StretchLibrary,
        history: BreakHistory,
        runner: BreakRunner,
        area_weights: AreaWeights | None = None,
    ) -> None:
        self._library = library
        self._history = history
        self._runner = runner
        self._area_weights = area_weights
        self.session: BreakSession | None = None
        self.save_settings: Callable[[dict[str, object]], str | None] | None = None
        """Saves and applies changed settings (set by composition.py: the settings
        launcher's apply)."""
        self._chosen: Routine | None = None
        """The routine the user asked for with Stretch now, until its break begins."""

    def begin(self) -> BreakSession | None:
        """A session for the break that just started, or None to show a plain break."""
        state = self._runner.state
        if state.break_started is None or state.break_ends is None:
            return None
        now = self._runner.now()
        midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
        chosen, self._chosen = self._chosen, None
        try:
            self.session = start_session(
                self._library,
                choices_from(self._runner.settings),
                started_at=now,
                break_length=max(timedelta(0), state.break_ends - now),
                recently_used=self._history.stretches_since(midnight),
                area_weights=self._weights(now),
                on_break_end_changed=self._move_break_end,
                on_finished=self._finished,
                on_hide=self.hide_stretch,
                chosen=chosen,
            )
        except Exception:
            # A broken catalog must never cost the user their break: show a plain one.
            log.exception("could not build a guided routine; showing a plain break")
            self.session = None
            return None
        if not self.session.routine:
            self.session = None
            return None
        log.info("routine for this break: %s", ", ".join(self.stretch_ids()))
        return self.session

    def start_now(self, request: StartNowRequest) -> str | None:
        """Stretch now: build the routine, then start a break exactly as long.

        Returns None when the break started, or a sentence saying why not.
        """
        now = self._runner.now()
        midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
        settings = self._runner.settings
        try:
            routine = start_now_routine(
                self._library.catalog,
                request,
                sitting_only=settings.sitting_only,
                prefer_long_holds=settings.prefer_long_holds,
                recently_used=self._history.stretches_since(midnight),
                now=now,
                rng=random.Random(),
                area_weights=self._weights(now),
                favourites=frozenset(settings.favourite_stretches),
            )
        except StartNowError as error:
            return str(error)
        self._chosen = routine
        refused = self._runner.stretch_now(routine_duration(routine))
        if refused is not None:
            self._chosen = None
        return refused

    def start_now_argument(self, argument: str | None) -> str | None:
        """`start_now` for a control-channel argument ("neck-shoulders 3")."""
        try:
            request = parse_argument(argument)
        except StartNowError as error:
            return str(error)
        return self.start_now(request)

    def stretch_ids(self) -> list[str]:
        """The current routine's stretches in order, each once (empty between breaks)."""
        if self.session is None:
            return []
        return list(routine_stretch_ids(self.session.routine))

    def describe(self) -> dict[str, object]:
        """For `knotbreak status --json`: what the break in progress guides through."""
        return {"routine": self.stretch_ids()}

    def _weights(self, now: datetime) -> Mapping[str, float] | None:
        if self._area_weights is None:
            return None
        try:
            return self._area_weights(now)
        except Exception:
            # An unreadable journal only costs the leaning, never the guided break.
            log.exception("could not read the knot journal; routines do not lean this time")
            return None

    def _move_break_end(self, moment: datetime | None) -> None:
        refused = self._runner.set_break_end(moment)
        if refused:
            log.info("break end not moved: %s", refused)

    def hide_stretch(self, stretch_id: str) -> str | None:
        """Add a stretch to `hidden_stretches`; None, or why it could not be saved."""
        hidden = self._runner.settings.hidden_stretches
        if stretch_id in hidden:
            return None
        if self.save_settings is None:
            return "the settings cannot be saved from here"
        log.info("stretch %s hidden by the user", stretch_id)
        return self.save_settings({"hidden_stretches": [*hidden, stretch_id]})

    def _finished(self, _when: datetime) -> None:
        self._runner.finish_break()

    def end(self) -> None:
        """The break is over (done, skipped, snoozed or timed out): note what was done."""
        session, self.session = self.session, None
        if session is None:
            return
        now = self._runner.now()
        try:
            self._history.record_stretches(session.stretches_reached(now), now)
        except HistoryError as error:
            log.error("%s", error)
