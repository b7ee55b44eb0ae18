"""X11 idle time without polling: alarms on the X server's IDLETIME counter (SYNC extension).

The server keeps a counter of milliseconds since the last input and can send an event
when it crosses a value, as KDE's KIdleTime does it: a positive-comparison alarm at the
away threshold ("no input for that long"), and once that fired a negative-comparison
alarm just below the counter's value then ("input again"). Each alarm is single-use
(comparison alarms with delta 0 go inactive when they trigger), so the backend re-arms
the other one on every event. Between the two events the app is not woken at all; the
readings (`idle_seconds`) are one round trip each, taken only when something happened
or just before a break.

libX11 and libXext (which holds the SYNC client) through ctypes, like the other X11
backends: nothing to install. The connection's socket sits in a QSocketNotifier.
An X server without SYNC or without an IDLETIME counter is passed over with that
reason, and the polled MIT-SCREEN-SAVER backend (x11.py) is tried next.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
from collections.abc import Callable
from typing import Any, Protocol

from knotbreak.adapters.idle import IdleUnavailable

log = logging.getLogger(__name__)

# XSyncTestType
POSITIVE_COMPARISON = 2
NEGATIVE_COMPARISON = 3
# XSyncAlarmNotify is event 1 of the extension (0 is XSyncCounterNotify).
ALARM_NOTIFY = 1
# XSyncAlarmAttributes value mask bits
_CA_COUNTER, _CA_VALUE_TYPE, _CA_VALUE, _CA_TEST_TYPE, _CA_DELTA, _CA_EVENTS = (
    1 << 0, 1 << 1, 1 << 2, 1 << 3, 1 << 4, 1 << 5,
)
_QUEUED_ALREADY = 0


class _Value(ctypes.Structure):
    _fields_ = (("hi", ctypes.c_int), ("lo", ctypes.c_uint))


class _Trigger(ctypes.Structure):
    _fields_ = (
        ("counter", ctypes.c_ulong), ("value_type", ctypes.c_int),
        ("wait_value", _Value), ("test_type", ctypes.c_int),
    )


class _AlarmAttributes(ctypes.Structure):
    _fields_ = (
        ("trigger", _Trigger), ("delta", _Value), ("events", ctypes.c_int),
        ("state", ctypes.c_int),
    )


class _SystemCounter(ctypes.Structure):
    _fields_ = (("name", ctypes.c_char_p), ("counter", ctypes.c_ulong), ("resolution", _Value))


class _AlarmNotify(ctypes.Structure):
    _fields_ = (
        ("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p), ("alarm", ctypes.c_ulong),
        ("counter_value", _Value), ("alarm_value", _Value), ("time", ctypes.c_ulong),
        ("state", ctypes.c_int),
    )


class _Event(ctypes.Union):
    _fields_ = (("type", ctypes.c_int), ("alarm", _AlarmNotify), ("pad", ctypes.c_long * 24))


def _to_int(value: _Value) -> int:
    return (int(value.hi) << 32) | int(value.lo)


def _from_int(number: int) -> _Value:
    return _Value(number >> 32, number & 0xFFFFFFFF)


def _load(name: str, fallback: str) -> ctypes.CDLL:
    path = ctypes.util.find_library(name) or fallback
    try:
        return ctypes.CDLL(path)
    except OSError as error:
        raise IdleUnavailable(f"cannot load {fallback} ({error})") from None


class SyncConnection(Protocol):
    """What the backend needs of the X server; tests give a fake one."""

    def fileno(self) -> int: ...

    def idle_ms(self) -> int | None: ...

    def set_alarm(self, alarm: int | None, test: int, value_ms: int) -> int:
        """Create (alarm None) or change an alarm on IDLETIME; returns its id."""

    def alarms_fired(self) -> list[tuple[int, int]]:
        """Read what the server sent: (alarm id, counter value) of each alarm event."""

    def close(self) -> None: ...


class XlibSyncConnection:
    """A private X connection with the SYNC extension initialised and IDLETIME found."""

    def __init__(self, display: str) -> None:
        xlib = _load("X11", "libX11.so.6")
        xext = _load("Xext", "libXext.so.6")
        xlib.XOpenDisplay.restype = ctypes.c_void_p
        xlib.XOpenDisplay.argtypes = (ctypes.c_char_p,)
        xlib.XCloseDisplay.argtypes = (ctypes.c_void_p,)
        xlib.XConnectionNumber.argtypes = (ctypes.c_void_p,)
        xlib.XFlush.argtypes = (ctypes.c_void_p,)
        xlib.XPending.argtypes = (ctypes.c_void_p,)
        xlib.XEventsQueued.argtypes = (ctypes.c_void_p, ctypes.c_int)
        xlib.XNextEvent.argtypes = (ctypes.c_void_p, ctypes.POINTER(_Event))
        int_p = ctypes.POINTER(ctypes.c_int)
        xext.XSyncQueryExtension.argtypes = (ctypes.c_void_p, int_p, int_p)
        xext.XSyncInitialize.argtypes = (ctypes.c_void_p, int_p, int_p)
        xext.XSyncListSystemCounters.restype = ctypes.POINTER(_SystemCounter)
        xext.XSyncListSystemCounters.argtypes = (ctypes.c_void_p, int_p)
        xext.XSyncFreeSystemCounterList.argtypes = (ctypes.POINTER(_SystemCounter),)
        xext.XSyncQueryCounter.argtypes = (
            ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(_Value),
        )
        xext.XSyncCreateAlarm.restype = ctypes.c_ulong
        xext.XSyncCreateAlarm.argtypes = (
            ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(_AlarmAttributes),
        )
        xext.XSyncChangeAlarm.argtypes = (
            ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.POINTER(_AlarmAttributes),
        )
        xext.XSyncDestroyAlarm.argtypes = (ctypes.c_void_p, ctypes.c_ulong)
        self._xlib, self._xext = xlib, xext
        self._display = xlib.XOpenDisplay(display.encode())
        if not self._display:
            raise IdleUnavailable(f"cannot open X display {display}")
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        major, minor = ctypes.c_int(3), ctypes.c_int(0)
        if not xext.XSyncQueryExtension(
            self._display, ctypes.byref(event_base), ctypes.byref(error_base)
        ) or not xext.XSyncInitialize(self._display, ctypes.byref(major), ctypes.byref(minor)):
            self.close()
            raise IdleUnavailable("the X server has no SYNC extension")
        self._alarm_event = event_base.value + ALARM_NOTIFY
        self._counter = self._find_counter(b"IDLETIME")
        if self._counter is None:
            self.close()
            raise IdleUnavailable("the X server's SYNC extension has no IDLETIME counter")
        self._alarms: list[int] = []

    def _find_counter(self, name: bytes) -> int | None:
        count = ctypes.c_int()
        counters = self._xext.XSyncListSystemCounters(self._display, ctypes.byref(count))
        if not counters:
            return None
        try:
            for i in range(count.value):
                if counters[i].name == name:
                    return int(counters[i].counter)
            return None
        finally:
            self._xext.XSyncFreeSystemCounterList(counters)

    def fileno(self) -> int:
        return int(self._xlib.XConnectionNumber(self._display))

    def idle_ms(self) -> int | None:
        if not self._display:
            return None
        value = _Value()
        if not self._xext.XSyncQueryCounter(self._display, self._counter, ctypes.byref(value)):
            return None
        return _to_int(value)

    def set_alarm(self, alarm: int | None, test: int, value_ms: int) -> int:
        attributes = _AlarmAttributes()
        attributes.trigger.counter = self._counter or 0
        attributes.trigger.value_type = 0  # XSyncAbsolute
        attributes.trigger.wait_value = _from_int(value_ms)
        attributes.trigger.test_type = test
        attributes.delta = _from_int(0)
        attributes.events = 1
        mask = _CA_COUNTER | _CA_VALUE_TYPE | _CA_VALUE | _CA_TEST_TYPE | _CA_DELTA | _CA_EVENTS
        if alarm is None:
            alarm = int(self._xext.XSyncCreateAlarm(
                self._display, mask, ctypes.byref(attributes)
            ))
            self._alarms.append(alarm)
        else:
            self._xext.XSyncChangeAlarm(self._display, alarm, mask, ctypes.byref(attributes))
        self._xlib.XFlush(self._display)
        return alarm

    def alarms_fired(self) -> list[tuple[int, int]]:
        fired = []
        event = _Event()
        # XPending reads the socket; a round trip may already have queued events.
        while self._display and (
            self._xlib.XEventsQueued(self._display, _QUEUED_ALREADY)
            or self._xlib.XPending(self._display)
        ):
            self._xlib.XNextEvent(self._display, ctypes.byref(event))
            if event.type == self._alarm_event:
                fired.append((int(event.alarm.alarm), _to_int(event.alarm.counter_value)))
        return fired

    def close(self) -> None:
        if self._display:
            for alarm in getattr(self, "_alarms", ()):
                self._xext.XSyncDestroyAlarm(self._display, alarm)
            self._xlib.XCloseDisplay(self._display)
            self._display = None


def _connect(display: str) -> SyncConnection:
    return XlibSyncConnection(display)


class X11SyncIdle:
    """Event-driven X11 idle time: IdleWatcher arms it (`watch`) and is called back."""

    name = "x11-sync-idletime"

    def __init__(
        self,
        display: str | None = None,
        connect: Callable[[str], SyncConnection] = _connect,
    ) -> None:
        display = display or os.environ.get("DISPLAY")
        if not display:
            raise IdleUnavailable("no X display (DISPLAY is not set)")
        if os.environ.get("WAYLAND_DISPLAY") or os.environ.get("XDG_SESSION_TYPE") == "wayland":
            # Under XWayland the counter sees only input to X programs.
            raise IdleUnavailable("this is a Wayland session")
        self._connection: SyncConnection | None = connect(display)
        self._away_alarm: int | None = None
        self._back_alarm: int | None = None
        self._threshold_ms = 0
        self._changed: Callable[[], None] | None = None
        self._notifier: Any = None
        self.lost: str | None = None
        self.events = 0
        """Alarm events handled (for tests and the wake-up figures)."""

    def watch(self, timeout_s: float, changed: Callable[[], None], parent: Any) -> None:
        """Call `changed` once no input came for `timeout_s`, and when input comes back.

        Called again with another threshold, the away alarm moves; the counter is the
        server's, so nothing starts counting afresh.
        """
        connection = self._live()
        self._changed = changed
        self._threshold_ms = max(1, round(timeout_s * 1000))
        self._away_alarm = connection.set_alarm(
            self._away_alarm, POSITIVE_COMPARISON, self._threshold_ms
        )
        if self._notifier is None:
            from PySide6.QtCore import QSocketNotifier

            self._notifier = QSocketNotifier(
                connection.fileno(), QSocketNotifier.Type.Read, parent
            )
            self._notifier.activated.connect(self.dispatch)
        # An alarm already due (the user was away when armed) may sit read but unhandled;
        # handled on the next loop turn, never from inside the caller's own poll.
        self._dispatch_soon()

    def dispatch(self, *_args: object) -> None:
        """Handle what the server sent: re-arm the other alarm, tell the watcher."""
        connection = self._connection
        if connection is None:
            return
        try:
            fired = connection.alarms_fired()
        except Exception as error:  # a dead connection must not take the app down
            self._lose(f"the X connection failed ({error})")
            return
        changed = False
        for alarm, counter_ms in fired:
            self.events += 1
            if alarm == self._away_alarm:
                # Away: wake on the next input, i.e. when the counter falls below now.
                self._back_alarm = connection.set_alarm(
                    self._back_alarm, NEGATIVE_COMPARISON, max(0, counter_ms - 1)
                )
                changed = True
            elif alarm == self._back_alarm:
                self._away_alarm = connection.set_alarm(
                    self._away_alarm, POSITIVE_COMPARISON, self._threshold_ms
                )
                changed = True
        if changed and self._changed is not None:
            self._changed()

    def _live(self) -> SyncConnection:
        if self._connection is None:
            raise IdleUnavailable(self.lost or "the X connection is closed")
        return self._connection

    def _lose(self, why: str) -> None:
        self.lost = why
        log.debug("x11 sync idle: %s", why)
        self.close()
        if self._changed is not None:
            self._changed()

    def idle_seconds(self) -> float | None:
        if self._connection is None:
            return None
        try:
            milliseconds = self._connection.idle_ms()
        except Exception as error:
            self._lose(f"the X connection failed ({error})")
            return None
        if milliseconds is None:
            return None
        # The round trip may have read alarm events into Xlib's queue, where the socket
        # notifier cannot see them: handle them on the next loop turn.
        self._dispatch_soon()
        return milliseconds / 1000.0

    def _dispatch_soon(self) -> None:
        if self._notifier is not None:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self._notifier, self.dispatch)

    def close(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        connection, self._connection = self._connection, None
        if connection is not None:
            connection.close()
