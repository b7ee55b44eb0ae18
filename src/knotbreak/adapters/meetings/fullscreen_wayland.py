"""A fullscreen window on Wayland: wlr-foreign-toplevel-management (sway, other wlroots).

Wayland keeps other programs' windows private. wlroots compositors publish them through
wlr-foreign-toplevel-management, whose state array (version 2 and later) says which one
is activated and which are fullscreen. The compositor sends every change as it happens;
the events are read as they arrive (QSocketNotifier, so a busy window title cannot fill
the socket) and `active()` answers from what they said. knotbreak's own windows (app id
`knotbreak`) never count.

GNOME Shell and KWin do not offer this protocol to ordinary clients, and weston has no
equivalent: there the detector is unavailable and `status --json` says so.
"""

from __future__ import annotations

import array
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from knotbreak.adapters.meetings import DetectorUnavailable
from knotbreak.adapters.wayland_client import WaylandConnection, WaylandUnavailable

log = logging.getLogger(__name__)

MANAGER = "zwlr_foreign_toplevel_manager_v1"
OWN_APP_IDS = frozenset({"knotbreak", "org.knotbreak.knotbreak"})


def states_from(data: bytes) -> set[int]:
    """The toplevel state array: native-endian 32-bit values."""
    values = array.array("I")
    values.frombytes(data[: len(data) - len(data) % values.itemsize])
    return set(values)


@dataclass
class _Toplevel:
    app_id: str = ""
    states: set[int] = field(default_factory=set)
    pending: set[int] = field(default_factory=set)


class FullscreenWaylandDetector:
    source = "fullscreen"

    def __init__(self, display_name: str | None = None,
                 own_app_ids: frozenset[str] = OWN_APP_IDS) -> None:
        try:
            connection = WaylandConnection(display_name)
        except WaylandUnavailable as error:
            raise DetectorUnavailable(str(error)) from None
        from knotbreak.adapters import wayland_protocols as protocols

        offered = connection.globals.get(MANAGER)
        if offered is None:
            connection.close()
            raise DetectorUnavailable(
                "the compositor offers no wlr-foreign-toplevel-management (GNOME Shell, "
                "KWin and weston keep other windows' states to themselves)"
            )
        if offered[1] < 2:
            connection.close()
            raise DetectorUnavailable(
                "the compositor's wlr-foreign-toplevel-management is version 1, "
                "which has no fullscreen state"
            )
        self._protocols = protocols
        self._connection = connection
        self._own = own_app_ids
        self._toplevels: dict[int, _Toplevel] = {}
        manager: Any = connection.bind(protocols.ZwlrForeignToplevelManagerV1, 3)
        self._manager = manager
        manager.dispatcher["toplevel"] = self._new_toplevel
        manager.dispatcher["finished"] = self._finished
        self._finished_why: str | None = None
        self._changed: Callable[[], None] | None = None
        connection.roundtrip()  # the toplevels that exist now
        connection.roundtrip()  # and their first states
        connection.listen(None, lambda _why: None)

    def _new_toplevel(self, _manager: Any, handle: Any) -> None:
        self._connection.keep(handle)
        key = id(handle)
        self._toplevels[key] = _Toplevel()
        handle.dispatcher["app_id"] = lambda _h, app_id: self._set_app_id(key, app_id)
        handle.dispatcher["state"] = lambda _h, data: self._set_pending(key, data)
        handle.dispatcher["done"] = lambda _h: self._done(key)
        handle.dispatcher["closed"] = lambda _h: self._closed(key, handle)

    def _set_app_id(self, key: int, app_id: str) -> None:
        if key in self._toplevels:
            self._toplevels[key].app_id = app_id

    def _set_pending(self, key: int, data: bytes) -> None:
        if key in self._toplevels:
            self._toplevels[key].pending = states_from(data)

    def _done(self, key: int) -> None:
        # The protocol's changes are atomic: they count from `done` on.
        if key in self._toplevels:
            toplevel = self._toplevels[key]
            toplevel.states = set(toplevel.pending)
            self._tell()

    def _closed(self, key: int, handle: Any) -> None:
        self._toplevels.pop(key, None)
        self._connection.forget(handle)
        handle.release()
        self._tell()

    def _finished(self, _manager: Any) -> None:
        self._finished_why = "the compositor stopped listing windows"
        self._tell()

    def watch(self, changed: Callable[[], None], parent: Any) -> None:
        """Call `changed` after each window's state change: the events arrive anyway."""
        self._changed = changed

    def _tell(self) -> None:
        if self._changed is not None:
            self._changed()

    def active(self) -> bool | None:
        if not self._connection.pump() or self._finished_why:
            return None
        protocols = self._protocols
        wanted = {protocols.TOPLEVEL_STATE_ACTIVATED, protocols.TOPLEVEL_STATE_FULLSCREEN}
        return any(
            wanted <= toplevel.states and toplevel.app_id not in self._own
            for toplevel in self._toplevels.values()
        )

    def close(self) -> None:
        self._connection.close()
