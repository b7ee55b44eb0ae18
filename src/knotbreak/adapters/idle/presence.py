"""Present but not typing, and away the moment the screen locks: what input idle time misses.

Someone watching a video or following a talk touches nothing for minutes, yet is there:
a media player that is playing (MPRIS) or an application that holds off the screensaver
(GNOME SessionManager's idle inhibitor, freedesktop PowerManagement's inhibitors) counts
as present. A locked screen (logind's LockedHint, or the screensaver's GetActive) counts
as away at once, without waiting for the idle threshold.

Every reading is a short D-Bus call (CALL_TIMEOUT_MS) made only when the idle watcher
reads the idle time anyway, never at start-up. A signal whose service does not answer is
left alone for RETRY_AFTER_S, so a hung service costs one short wait, not one per poll.
Without a bus nothing here loads QtDBus.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from knotbreak.adapters import dbus_calls

log = logging.getLogger(__name__)

CALL_TIMEOUT_MS = 250
RETRY_AFTER_S = 600.0
MPRIS_PREFIX = "org.mpris.MediaPlayer2."
# GNOME SessionManager inhibit flag: "idle" (the session would otherwise go idle).
GNOME_INHIBIT_IDLE = 8

Call = Callable[..., list[Any]]


@dataclass
class _Signal:
    name: str
    state: str = "not read yet"
    """`in use`, `not read yet`, or why it cannot be used here."""
    retry_at: float = 0.0


@dataclass
class Reading:
    present: list[str] = field(default_factory=list)
    """The signals that say someone is there although nothing was typed."""
    locked: bool = False


class Presence:
    """Reads the presence signals; `read()` is cheap to call at every idle poll."""

    SIGNALS = ("mpris", "gnome-inhibitor", "power-inhibitor", "logind-lock", "screensaver-lock")

    def __init__(
        self,
        call: Call = dbus_calls.call,
        session_bus: Callable[[], bool] = dbus_calls.session_bus_exists,
        system_bus: Callable[[], bool] = dbus_calls.system_bus_exists,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._call = call
        self._clock = clock
        self._signals = {name: _Signal(name) for name in self.SIGNALS}
        self._relays: list[Any] = []
        if not session_bus():
            for name in ("mpris", "gnome-inhibitor", "power-inhibitor", "screensaver-lock"):
                self._signals[name].state = "there is no session bus"
        if not system_bus():
            self._signals["logind-lock"].state = "there is no system bus"

    def watch_lock(self, changed: Callable[[], None], parent: Any) -> bool:
        """Subscribe to the lock signals that answered: logind's PropertiesChanged on this
        session (LockedHint) and the screensaver's ActiveChanged. True when every lock
        signal in use is now told, so a locked screen needs no polling; `changed` is
        called on each of those signals."""
        told = True
        for name, subscribe in (
            ("logind-lock", self._subscribe_logind), ("screensaver-lock", self._subscribe_saver),
        ):
            if self._signals[name].state != "in use":
                continue  # not here: nothing to wait for
            try:
                ok = subscribe(changed, parent)
            except (dbus_calls.DBusUnavailable, ValueError, TypeError) as error:
                log.debug("presence signal %s cannot be watched: %s", name, error)
                ok = False
            told = told and ok
        return told

    def _subscribe_logind(self, changed: Callable[[], None], parent: Any) -> bool:
        (path,) = self._call(
            "org.freedesktop.login1", "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager", "GetSession", "auto",
            system=True, timeout_ms=CALL_TIMEOUT_MS,
        )
        if not isinstance(path, str) or not path.startswith("/"):
            raise ValueError(f"GetSession gave {path!r}")
        return self._subscribe(
            True, "org.freedesktop.login1", path, "org.freedesktop.DBus.Properties",
            "PropertiesChanged", changed, parent,
        )

    def _subscribe_saver(self, changed: Callable[[], None], parent: Any) -> bool:
        return self._subscribe(
            False, "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver", "ActiveChanged", changed, parent,
        )

    def _subscribe(self, system: bool, service: str, path: str, interface: str, name: str,
                   changed: Callable[[], None], parent: Any) -> bool:
        from PySide6.QtCore import SLOT, QObject, Slot
        from PySide6.QtDBus import QDBusMessage

        class Relay(QObject):
            @Slot(QDBusMessage)
            def on_signal(self, _message: QDBusMessage) -> None:
                changed()

        relay = Relay(parent)
        ok = bool(dbus_calls.bus(system).connect(
            service, path, interface, name, relay, SLOT("on_signal(QDBusMessage)")
        ))
        if ok:
            self._relays.append(relay)
        else:
            relay.deleteLater()
        return ok

    def describe(self) -> dict[str, str]:
        """Each signal and whether it is in use, for `status --json`."""
        return {name: signal.state for name, signal in self._signals.items()}

    def read(self, media: bool = True) -> Reading:
        """The lock always; the signals of presence only if `media` (the idle time alone
        would say away): a user who is typing costs the two lock calls once a minute."""
        reading = Reading()
        reading.locked = self._ask("logind-lock", self._logind_locked) or self._ask(
            "screensaver-lock", self._screensaver_active
        )
        if reading.locked or not media:
            return reading  # a locked screen is away, whatever plays behind it
        for name, check in (
            ("mpris", self._media_playing),
            ("gnome-inhibitor", self._gnome_inhibited),
            ("power-inhibitor", self._power_inhibited),
        ):
            if self._ask(name, check):
                reading.present.append(name)
        return reading

    # Internals ---------------------------------------------------------------------------

    def _ask(self, name: str, check: Callable[[], bool]) -> bool:
        signal = self._signals[name]
        if signal.state.startswith("there is no"):
            return False
        now = self._clock()
        if now < signal.retry_at:
            return False
        try:
            answer = check()
        except (dbus_calls.DBusUnavailable, ValueError, TypeError) as error:
            if signal.state != f"not available: {error}":
                log.debug("presence signal %s: %s", name, error)
            signal.state = f"not available: {error}"
            signal.retry_at = now + RETRY_AFTER_S
            return False
        signal.state = "in use"
        return answer

    def _get(self, service: str, path: str, interface: str, prop: str, system: bool = False) -> Any:
        (value,) = self._call(
            service, path, "org.freedesktop.DBus.Properties", "Get", interface, prop,
            system=system, timeout_ms=CALL_TIMEOUT_MS,
        )
        return value

    def _logind_locked(self) -> bool:
        value = self._get(
            "org.freedesktop.login1", "/org/freedesktop/login1/session/auto",
            "org.freedesktop.login1.Session", "LockedHint", system=True,
        )
        return value is True

    def _screensaver_active(self) -> bool:
        (value,) = self._call(
            "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver", "GetActive", timeout_ms=CALL_TIMEOUT_MS,
        )
        return value is True

    def _media_playing(self) -> bool:
        (names,) = self._call(
            "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
            "ListNames", timeout_ms=CALL_TIMEOUT_MS,
        )
        for player in (n for n in names if isinstance(n, str) and n.startswith(MPRIS_PREFIX)):
            try:
                status = self._get(
                    player, "/org/mpris/MediaPlayer2", "org.mpris.MediaPlayer2.Player",
                    "PlaybackStatus",
                )
            except dbus_calls.DBusUnavailable:
                continue  # one player that does not answer does not make MPRIS unusable
            if status == "Playing":
                return True
        return False

    def _gnome_inhibited(self) -> bool:
        flags = self._get(
            "org.gnome.SessionManager", "/org/gnome/SessionManager",
            "org.gnome.SessionManager", "InhibitedActions",
        )
        if isinstance(flags, bool) or not isinstance(flags, int):
            raise ValueError(f"InhibitedActions is {flags!r}")
        return bool(flags & GNOME_INHIBIT_IDLE)

    def _power_inhibited(self) -> bool:
        (value,) = self._call(
            "org.freedesktop.PowerManagement", "/org/freedesktop/PowerManagement/Inhibit",
            "org.freedesktop.PowerManagement.Inhibit", "HasInhibit",
            timeout_ms=CALL_TIMEOUT_MS,
        )
        return value is True
