"""Follows the idle backend and tells the cycle when the user leaves and comes back.

An event-driven backend (Wayland: the compositor says when the seat went idle and when
input came back) is armed with the away threshold and never polled; a fresh look before
a break only re-reads its last event. The others are polled, but not on a tight timer:
while the user is here the next reading is planned for the moment the idle time could
first reach the away threshold (so at most once a minute); while away, a few seconds
apart so the return is noticed soon. Readings are real seconds; under --time-scale they
are stretched like the rest of the app's clock.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer

from knotbreak.core import cycle

if TYPE_CHECKING:
    from knotbreak.adapters.cycle_runner import CycleRunner
    from knotbreak.adapters.idle import EventIdleBackend, IdleBackend
    from knotbreak.adapters.idle.presence import Presence

log = logging.getLogger(__name__)

ACTIVE_POLL_MAX_S = 60.0
AWAY_POLL_S = 5.0
MIN_POLL_S = 0.5
FAILURES_BEFORE_GIVING_UP = 3
RETRY_S = 60.0


def next_poll_s(idle: timedelta, away: bool, away_after: timedelta, scale: float) -> float:
    """Real seconds until the next reading is worth taking."""
    if away:
        return max(MIN_POLL_S, AWAY_POLL_S / scale)
    until_away = max(timedelta(0), away_after - idle).total_seconds() / scale
    return min(ACTIVE_POLL_MAX_S, max(MIN_POLL_S, until_away))


class IdleWatcher(QObject):
    def __init__(
        self,
        runner: CycleRunner,
        backend: IdleBackend,
        parent: QObject | None = None,
        presence: Presence | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._backend = backend
        self._presence = presence
        """Media playing, idle inhibitors and the screen lock (adapters/idle/presence.py)."""
        self._failures = 0
        self.lost: str | None = None
        """Why the backend stopped answering, if it did."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.timeout.connect(self.poll)
        self._armed_s: float | None = None
        self._lock_told = False
        runner.settings_applied.connect(self._settings_applied)
        """The presence lock signals say when the screen unlocks: no poll while locked."""
        """The threshold an event-driven backend was last armed with (real seconds)."""

    @property
    def name(self) -> str:
        return self._backend.name

    @property
    def event_driven(self) -> bool:
        return callable(getattr(self._backend, "watch", None))

    @property
    def poll_planned(self) -> bool:
        """Whether the idle time will be read again by the clock (an event-driven backend
        is not polled: it says itself when something changes)."""
        return self._timer.isActive()

    def next_poll_ms(self) -> int:
        """Milliseconds to the next planned read of the idle time; -1 when none is planned."""
        return self._timer.remainingTime() if self._timer.isActive() else -1

    def start(self) -> None:
        self.poll()
        if self.event_driven and self._presence is not None and self.lost is None:
            # The lock is then told too (D-Bus signals): no polling while locked either.
            try:
                self._lock_told = self._presence.watch_lock(self.poll, self)
            except Exception:  # a broken bus must not stop idle detection
                log.debug("lock signals cannot be watched", exc_info=True)

    def presence_signals(self) -> dict[str, str]:
        """Each presence signal and whether it is in use (for `status --json`)."""
        return self._presence.describe() if self._presence is not None else {}

    def _arm(self) -> None:
        """Tell an event-driven backend the threshold, again only when it changed."""
        runner = self._runner
        threshold = runner.policy.away_after.total_seconds() / (runner.time_scale() or 1.0)
        if self._armed_s is not None and abs(threshold - self._armed_s) < 1e-6:
            return
        backend: EventIdleBackend = self._backend  # type: ignore[assignment]
        backend.watch(threshold, self.poll, self)
        self._armed_s = threshold

    def _settings_applied(self, _settings: object) -> None:
        # A new break length moves the away threshold; an event-driven backend would
        # otherwise keep the old one until its next event.
        if self.event_driven and self.lost is None:
            try:
                self._arm()
            except Exception:
                log.debug("re-arming idle notifications failed", exc_info=True)

    def stop(self) -> None:
        self._timer.stop()
        self._backend.close()

    def poll(self) -> None:
        """Read the idle time now, tell the cycle what changed, plan the next reading."""
        if self.lost is not None:
            return
        if self.event_driven:
            try:
                self._arm()
            except Exception as error:
                log.debug("arming idle notifications failed", exc_info=True)
                self.lost = f"{self._backend.name} failed ({error})"
                log.warning("idle detection off: %s; breaks follow the clock only", self.lost)
                return
        try:
            seconds = self._backend.idle_seconds()
        except Exception as error:  # a reading must never take the app down
            log.debug("idle reading failed: %s", error)
            seconds = None
        if seconds is None and self.event_driven:
            # Its connection is gone; no later reading can come back without a new one.
            why = getattr(self._backend, "lost", None)
            self.lost = why or f"{self._backend.name} stopped answering"
            log.warning("idle detection off: %s; breaks follow the clock only", self.lost)
            return
        if seconds is None:
            self._failures += 1
            if self._failures >= FAILURES_BEFORE_GIVING_UP:
                self.lost = f"{self._backend.name} stopped answering"
                log.warning("idle detection off: %s; breaks follow the clock only", self.lost)
                return
            self._timer.start(round(RETRY_S * 1000))
            return
        self._failures = 0
        runner = self._runner
        scale = runner.time_scale() or 1.0
        idle = timedelta(seconds=seconds * scale)
        away_after = runner.policy.away_after
        away = runner.state.away_since is not None
        held_present = False
        if self._presence is not None:
            by_input = idle
            idle, locked = self._with_presence(idle, away_after)
            held_present = by_input >= away_after and idle < away_after
            if locked:
                # Away from the moment of locking: the last input was about then.
                if not away:
                    log.debug("away: the screen is locked")
                    runner.dispatch(cycle.AwayStarted(idle))
                if self.event_driven and self._lock_told:
                    return  # the unlock signal calls poll()
                self._timer.start(round(next_poll_s(idle, True, away_after, scale) * 1000))
                return
        if not away and idle >= away_after:
            log.debug("away: no input for %s", idle)
            runner.dispatch(cycle.AwayStarted(idle))
            away = True
        elif away and idle < away_after:
            log.debug("back: last input %s ago", idle)
            runner.dispatch(cycle.AwayEnded(idle))
            away = False
        if self.event_driven:
            if held_present:
                # Playing media or an inhibitor sends no event when it stops: look again.
                self._timer.start(round(ACTIVE_POLL_MAX_S * 1000))
            return  # the backend calls poll() on the next change
        self._timer.start(round(next_poll_s(idle, away, away_after, scale) * 1000))

    def _with_presence(self, idle: timedelta, away_after: timedelta) -> tuple[timedelta, bool]:
        """The idle time as presence signals see it, and whether the screen is locked."""
        assert self._presence is not None
        try:
            reading = self._presence.read(media=idle >= away_after)
        except Exception as error:  # a presence signal must never take the app down
            log.debug("presence reading failed: %s", error)
            return idle, False
        if reading.locked:
            return idle, True
        if reading.present:
            log.debug("present without input: %s", ", ".join(reading.present))
            return timedelta(0), False
        return idle, False
