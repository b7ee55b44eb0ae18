"""Runs the pure break cycle: feeds it events with the time, carries out its effects."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance

from knotbreak.adapters.clock import AppClock
from knotbreak.core import cycle
from knotbreak.core.cycle import CyclePolicy, CycleState, Event
from knotbreak.core.durations import DurationError, parse_duration
from knotbreak.core.history import BreakHistory, HistoryError
from knotbreak.core.pause import pause_end
from knotbreak.core.settings import Settings
from knotbreak.core.status import status_line, status_snapshot

log = logging.getLogger(__name__)

# Catches what no scheduled job can: a machine waking from sleep (QTimers count only
# awake time) and the wall clock being set back. Once a minute, unless the system says
# when either happens (adapters/sleep_watch.py ClockChangeWatch): then only every
# SAFETY_HEARTBEAT_MS for what nothing tells of (a new time zone), and once a minute
# again while breaks wait in memory to be written (a full disk, a locked file).
HEARTBEAT_MS = 60_000
SAFETY_HEARTBEAT_MS = 15 * 60_000
# Wake-ups after which a break or its notice may open: look at idle and meeting signals
# right before, so nothing opens over a call or at an empty desk between two polls.
LOOK_BEFORE = frozenset({"notice", "break", "micro"})


class Wakeups(Protocol):
    def sync(self, wakeups: dict[str, datetime]) -> None: ...


class CycleRunner(QObject):
    changed = Signal()
    notification = Signal(str)
    settings_applied = Signal(object)
    """The new Settings, after the cycle has taken them in."""

    def __init__(
        self,
        clock: AppClock,
        settings: Settings,
        history: BreakHistory,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._settings = settings
        self._policy = settings.policy()
        self._history = history
        self._state = cycle.start(clock.now(), self._policy)
        self._wakeups: Wakeups | None = None
        self._looks: list[Callable[[], None]] = []
        self._status_sources: list[Callable[[], dict[str, Any]]] = []
        self._sleep_check: Callable[[], float] | None = None
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self._on_heartbeat)
        self._heartbeat.start()
        self._clock_changes_told = False

    # What the UI and the control channel read ---------------------------------------------

    @property
    def state(self) -> CycleState:
        return self._state

    @property
    def policy(self) -> CyclePolicy:
        return self._policy

    @property
    def settings(self) -> Settings:
        return self._settings

    def now(self) -> datetime:
        return self._clock.now()

    def time_scale(self) -> float:
        return self._clock.scale

    def status_line(self) -> str:
        return status_line(self._state, self._policy, self.now())

    def status(self) -> dict[str, Any]:
        snapshot = status_snapshot(self._state, self._policy, self.now())
        for source in self._status_sources:
            snapshot.update(source())
        return snapshot

    # Wiring ------------------------------------------------------------------------------

    def attach_wakeups(self, wakeups: Wakeups) -> None:
        """Hand over the scheduler once it exists; until then nothing can fall due."""
        self._wakeups = wakeups
        self.tick()

    def on_wakeup(self, name: str) -> None:
        log.debug("wake-up %s", name)
        if name in LOOK_BEFORE:
            for look in self._looks:
                look()
        self.tick()

    def add_look_before_breaks(self, look: Callable[[], None]) -> None:
        """`look` (an idle or meeting poll) runs just before a notice or break may open."""
        self._looks.append(look)

    def add_status_source(self, source: Callable[[], dict[str, Any]]) -> None:
        """Keys that `source` returns are added to `status()`."""
        self._status_sources.append(source)

    def attach_sleep_check(self, check: Callable[[], float]) -> None:
        """`check` returns the real seconds slept since it was last called (0: none)."""
        self._sleep_check = check

    def on_slept(self, seconds: float) -> None:
        if self._clock.scale != 1.0:
            # The scaled clock runs off the monotonic clock, which stands still in sleep.
            return
        self.dispatch(cycle.SleepDetected(timedelta(seconds=seconds)))

    def tell_clock_changes(self, changed: SignalInstance) -> None:
        """`changed` fires when the wall clock is set or the machine resumes: the
        heartbeat then runs only as a slow safety net."""
        changed.connect(self.on_clock_changed)
        self._clock_changes_told = True
        self._plan_heartbeat()

    def on_clock_changed(self) -> None:
        if self._sleep_check is not None:
            self._sleep_check()  # reports through on_slept
        replan = getattr(self._wakeups, "replan", None)
        if callable(replan):
            replan()  # its timer waits real time, planned on the old wall clock
        self.tick()

    def heartbeat_ms(self) -> int:
        return self._heartbeat.interval()

    def _plan_heartbeat(self) -> None:
        interval = HEARTBEAT_MS
        if self._clock_changes_told and not self._history.waiting:
            interval = SAFETY_HEARTBEAT_MS
        if self._heartbeat.interval() != interval:
            self._heartbeat.start(interval)

    def _on_heartbeat(self) -> None:
        if self._sleep_check is not None:
            self._sleep_check()  # reports through on_slept
        # Breaks that met a full disk or a lock: saved within a minute of there being room.
        self._history.retry_waiting()
        self.tick()
        self._plan_heartbeat()

    # Intents: each returns None when done, or a sentence saying why not ------------------

    def tick(self) -> None:
        self.dispatch(cycle.Tick())

    def take_break_now(self) -> str | None:
        return self.dispatch(cycle.TakeBreakNow())

    def stretch_now(self, length: timedelta) -> str | None:
        """A break of `length` right away, for the routine the user chose."""
        return self.dispatch(cycle.StretchNow(length))

    def snooze(self) -> str | None:
        return self.dispatch(cycle.Snooze())

    def skip(self) -> str | None:
        return self.dispatch(cycle.Skip())

    def skip_micro_break(self) -> str | None:
        return self.dispatch(cycle.SkipMicroBreak())

    def snooze_micro_break(self) -> str | None:
        return self.dispatch(cycle.SnoozeMicroBreak())

    def finish_break(self) -> str | None:
        return self.dispatch(cycle.FinishBreak())

    def set_break_end(self, moment: datetime | None) -> str | None:
        """A guided routine moved; None holds the break open while it is paused."""
        return self.dispatch(cycle.SetBreakEnd(moment))

    def resume(self) -> str | None:
        return self.dispatch(cycle.Resume())

    def pause(self, spec: str) -> str | None:
        try:
            until = pause_end(spec, self.now(), self._policy.working_hours.start)
        except DurationError as error:
            return str(error)
        return self.dispatch(cycle.Pause(until))

    def meeting_start(self, spec: str | None = None) -> str | None:
        """A meeting until the user ends it, or for `spec` (e.g. "45m")."""
        until = None
        if spec:
            try:
                until = self.now() + parse_duration(spec)
            except DurationError as error:
                return str(error)
        return self.dispatch(cycle.MeetingStarted(cycle.MANUAL_MEETING, until))

    def meeting_end(self) -> str | None:
        return self.dispatch(cycle.MeetingEnded(cycle.MANUAL_MEETING))

    def postpone(self) -> str | None:
        """The waiting break, in 5 minutes."""
        return self.dispatch(cycle.Postpone())

    def apply_settings(self, settings: Settings) -> None:
        self._settings = settings
        self._policy = settings.policy()
        self.dispatch(cycle.SettingsChanged())
        self.settings_applied.emit(settings)

    def dispatch(self, event: Event) -> str | None:
        before = self._state
        step = cycle.handle(self._state, event, self.now(), self._policy)
        self._state = step.state
        for effect in step.effects:
            self._carry_out(effect)
        if self._wakeups is not None:
            self._wakeups.sync(cycle.wakeups(self._state, self._policy))
        if step.state != before:
            if step.state.phase != before.phase:
                log.info("%s -> %s (%s)", before.phase.value, step.state.phase.value,
                         type(event).__name__)
            self.changed.emit()
        return step.rejected

    def _carry_out(self, effect: cycle.Effect) -> None:
        if isinstance(effect, cycle.Notify):
            self.notification.emit(effect.message)
            return
        if isinstance(effect, cycle.RecordMicro):
            log.info("micro-break %s: %s", effect.entry.task, effect.entry.outcome.value)
            try:
                self._history.record_micro(effect.entry)
            except HistoryError as error:
                # A lost micro-break row is not worth a message in the user's face.
                log.error("%s", error)
            return
        try:
            note = self._history.record(effect.entry)
        except HistoryError as error:
            log.error("%s", error)
            self.notification.emit(
                f"The break was not saved to your history: {error}. knotbreak keeps running."
            )
            return
        self._plan_heartbeat()  # once a minute while it waits in memory
        if note:
            # Said once: a full disk (the break waits in memory) or a damaged file replaced.
            log.warning("%s", note)
            self.notification.emit(note)

