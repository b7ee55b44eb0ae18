"""Notices that the machine slept: clocks compared on the heartbeat, and logind if present.

Portable part: on each heartbeat compare how far the clock that counts suspended time
moved against the monotonic clock, which does not (Linux: CLOCK_BOOTTIME; elsewhere the
wall clock). logind's PrepareForSleep, where a system bus exists, only triggers the same
check at the moment of waking, so one sleep is never reported twice. Without any DBus
this works the same, a heartbeat later.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

# Below this a gap is timer jitter or an NTP step, not sleep.
SLEEP_TOLERANCE_S = 30.0

Sample = tuple[float, float]
"""(a clock that counts suspended time, time.monotonic())"""


def _suspend_counting_clock() -> Callable[[], float]:
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:
        try:
            time.clock_gettime(boottime)
        except OSError:
            boottime = None
    if boottime is not None:
        return lambda: time.clock_gettime(boottime)
    return time.time


def slept_between(before: Sample, after: Sample, tolerance_s: float = SLEEP_TOLERANCE_S) -> float:
    """Seconds spent asleep between two samples (0 when below the tolerance)."""
    gap = (after[0] - before[0]) - (after[1] - before[1])
    return gap if gap >= tolerance_s else 0.0


class SleepWatch(QObject):
    slept = Signal(float)
    """Real seconds the machine was asleep; emitted once per sleep, on waking."""

    def __init__(
        self,
        counting_clock: Callable[[], float] | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._counting = counting_clock or _suspend_counting_clock()
        self._monotonic = monotonic
        self._last = self._sample()
        self.logind = False
        """True while subscribed to logind's PrepareForSleep."""

    def _sample(self) -> Sample:
        return (self._counting(), self._monotonic())

    def check(self) -> float:
        """Seconds asleep since the last check (0 if none); emits `slept` when > 0."""
        now = self._sample()
        slept = slept_between(self._last, now)
        self._last = now
        if slept:
            log.info("the machine slept for about %.0f s", slept)
            self.slept.emit(slept)
        return slept

    def watch_logind(self) -> str | None:
        """Subscribe to logind; returns why not when there is no system bus or no logind."""
        from knotbreak.adapters import dbus_calls

        try:
            connection = dbus_calls.bus(system=True)
        except dbus_calls.DBusUnavailable as error:
            return str(error)
        from PySide6.QtCore import SLOT

        ok = connection.connect(
            "org.freedesktop.login1",
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            self,
            SLOT("on_prepare_for_sleep(bool)"),
        )
        self.logind = bool(ok)
        return None if ok else "could not subscribe to logind's PrepareForSleep"

    @Slot(bool)
    def on_prepare_for_sleep(self, going: bool) -> None:
        # Going: take a fresh sample so the sleep starts there. Waking: report it now.
        self.check()
