"""Idle time on Wayland, told by the compositor: ext-idle-notify-v1 or org_kde_kwin_idle.

Wayland has no "how long since the last input" question. Instead a client asks to be told
when the seat has had no input for a given time (`idled`/`idle`) and when input comes
back (`resumed`). So this backend is event-driven: IdleWatcher arms it with the away
threshold and is called back on each change; nothing polls. `idle_seconds()` answers
from the last event: 0 while the user is here (below the threshold is all that is
known), the time since going idle plus the threshold while away.

ext-idle-notify-v1 is the standard (KWin 5.27+, wlroots 0.17+ / sway 1.8+);
org_kde_kwin_idle is the older one (KWin, wlroots up to 0.17 / sway 1.7). A compositor
with neither (weston, GNOME's Mutter) is passed over with that reason.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from knotbreak.adapters.idle import IdleUnavailable
from knotbreak.adapters.wayland_client import WaylandConnection, WaylandUnavailable

log = logging.getLogger(__name__)

EXT_IDLE = "ext_idle_notifier_v1"
KDE_IDLE = "org_kde_kwin_idle"


class WaylandIdle:
    """One seat's idle notifications; `name` says which protocol the compositor spoke."""

    name = "wayland"

    def __init__(self, display_name: str | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        try:
            connection = WaylandConnection(display_name)
        except WaylandUnavailable as error:
            raise IdleUnavailable(str(error)) from None
        from pywayland.protocol.wayland import WlSeat

        from knotbreak.adapters import wayland_protocols as protocols

        self._connection = connection
        self._clock = clock
        offered = connection.globals
        if EXT_IDLE in offered:
            self.name = "wayland-ext-idle-notify"
            notifier = connection.bind(protocols.ExtIdleNotifierV1, 1)
            idled, resumed = "idled", "resumed"
        elif KDE_IDLE in offered:
            self.name = "wayland-kde-idle"
            notifier = connection.bind(protocols.OrgKdeKwinIdle, 1)
            idled, resumed = "idle", "resumed"
        else:
            connection.close()
            raise IdleUnavailable(
                "the compositor offers neither ext-idle-notify-v1 nor org_kde_kwin_idle"
            )
        seat = connection.bind(WlSeat, 1)
        if seat is None:
            connection.close()
            raise IdleUnavailable("the compositor offers no seat (wl_seat)")
        self._notifier: Any = notifier
        self._seat: Any = seat
        self._events = (idled, resumed)
        self._notification: Any = None
        self._idle_since: float | None = None
        self._changed: Callable[[], None] | None = None
        self.timeout_s: float | None = None

    def watch(self, timeout_s: float, changed: Callable[[], None], parent: QObject) -> None:
        """Be told (through `changed`) when no input came for `timeout_s`, and when it does.

        Calling it again with another threshold replaces the notification; the
        compositor starts counting afresh from now.
        """
        self._changed = changed
        if self._notification is not None:
            self._connection.forget(self._notification)
            self._notification.release()
            self._notification = None
        self._idle_since = None
        self.timeout_s = timeout_s
        notification = self._notifier.watch(max(1, round(timeout_s * 1000)), self._seat)
        idled, resumed = self._events
        notification.dispatcher[idled] = self._went_idle
        notification.dispatcher[resumed] = self._came_back
        self._notification = self._connection.keep(notification)
        self._connection.listen(parent, self._lost)

    def _went_idle(self, *_args: object) -> None:
        # The compositor says so when the threshold has just passed.
        self._idle_since = self._clock() - (self.timeout_s or 0.0)
        log.debug("wayland idle: no input for %.1f s", self.timeout_s or 0.0)
        if self._changed is not None:
            self._changed()

    def _came_back(self, *_args: object) -> None:
        self._idle_since = None
        log.debug("wayland idle: input again")
        if self._changed is not None:
            self._changed()

    def _lost(self, _why: str) -> None:
        if self._changed is not None:
            self._changed()

    @property
    def lost(self) -> str | None:
        return self._connection.lost

    def idle_seconds(self) -> float | None:
        if not self._connection.pump():
            return None
        if self._idle_since is None:
            return 0.0
        return max(0.0, self._clock() - self._idle_since)

    def close(self) -> None:
        self._notification = None
        self._connection.close()
