"""Notices that the machine slept or the wall clock was set: told where the system tells.

Portable part: on each check compare how far the clock that counts suspended time
moved against the monotonic clock, which does not (Linux: CLOCK_BOOTTIME; elsewhere the
wall clock). The check runs on the runner's heartbeat, on logind's PrepareForSleep
(where a system bus exists) and on ClockChangeWatch (Linux): a timerfd on the wall clock
with TFD_TIMER_CANCEL_ON_SET, which the kernel cancels whenever the wall clock is set and
on every resume from suspend, so both are known at once without a timer. Each check
reports only the sleep since the last one, so one sleep is never reported twice.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import logging
import os
import sys
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal, Slot

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


CLOCK_REALTIME = 0
TFD_TIMER_ABSTIME = 1
TFD_TIMER_CANCEL_ON_SET = 2
# Armed this far ahead: it is never meant to expire, only to be cancelled.
FAR_AHEAD_S = 10 * 365 * 86400


class _Timespec(ctypes.Structure):
    _fields_ = (("tv_sec", ctypes.c_long), ("tv_nsec", ctypes.c_long))


class _Itimerspec(ctypes.Structure):
    _fields_ = (("it_interval", _Timespec), ("it_value", _Timespec))


class ClockUnavailable(RuntimeError):
    """No clock-change notification here; the message says why."""


class ClockChangeWatch(QObject):
    """Emits `changed` when the wall clock is set (by hand, NTP step) or the machine resumes.

    Linux only: a CLOCK_REALTIME timerfd armed far ahead with TFD_TIMER_CANCEL_ON_SET;
    its read fails with ECANCELED after each discontinuous change of the wall clock, and
    the kernel treats resume from suspend as one. The descriptor sits in a
    QSocketNotifier, so nothing runs in between.
    """

    changed = Signal()

    def __init__(
        self, parent: QObject | None = None, libc: Any = None,
        read: Callable[[int, int], bytes] = os.read,
    ) -> None:
        super().__init__(parent)
        self._read = read
        if libc is None:
            if not sys.platform.startswith("linux"):
                raise ClockUnavailable("clock-change notification is Linux-only (timerfd)")
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        try:
            create, self._settime = libc.timerfd_create, libc.timerfd_settime
        except AttributeError:
            raise ClockUnavailable("this C library has no timerfd") from None
        self._settime.argtypes = (
            ctypes.c_int, ctypes.c_int, ctypes.POINTER(_Itimerspec), ctypes.c_void_p,
        )
        self._fd = int(create(CLOCK_REALTIME, os.O_NONBLOCK | os.O_CLOEXEC))
        if self._fd < 0:
            raise ClockUnavailable(f"timerfd_create: {os.strerror(ctypes.get_errno())}")
        try:
            self._arm()
        except OSError as error:
            os.close(self._fd)
            raise ClockUnavailable(f"timerfd_settime: {error.strerror}") from None
        self._notifier: QSocketNotifier | None = QSocketNotifier(
            self._fd, QSocketNotifier.Type.Read, self
        )
        self._notifier.activated.connect(self._readable)
        self.changes = 0

    def _arm(self) -> None:
        spec = _Itimerspec()
        spec.it_value.tv_sec = int(time.time()) + FAR_AHEAD_S
        flags = TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET
        if self._settime(self._fd, flags, ctypes.byref(spec), None) != 0:
            code = ctypes.get_errno()
            raise OSError(code, os.strerror(code))

    def _readable(self, *_args: object) -> None:
        try:
            self._read(self._fd, 8)
        except BlockingIOError:
            return
        except OSError as error:
            if error.errno != errno.ECANCELED:
                log.debug("clock-change timer: %s", error)
                return
            # The wall clock jumped (or the machine woke): arm again, then tell.
            self._arm()
            self.changes += 1
            log.info("the wall clock was set, or the machine woke up")
            self.changed.emit()
            return
        self._arm()  # ten years without a change: it simply expired

    def close(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier = None
            os.close(self._fd)
