"""How long since the user last touched the keyboard or mouse, from whatever the desktop offers.

`probe()` tries the backends in order and keeps the first that answers; each one that
does not fit this machine says why, and `status --json` shows the choice.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

log = logging.getLogger(__name__)


class IdleUnavailable(RuntimeError):
    """This backend cannot work here; the message says why, for the log and the status."""


class IdleBackend(Protocol):
    name: str

    def idle_seconds(self) -> float | None:
        """Seconds since the last input, or None when this one reading failed."""

    def close(self) -> None: ...


class EventIdleBackend(IdleBackend, Protocol):
    """A backend the desktop tells of each change (Wayland, X11 SYNC), instead of one to poll."""

    def watch(self, timeout_s: float, changed: Callable[[], None], parent: Any) -> None:
        """Call `changed` when no input came for `timeout_s` real seconds, and on return."""


Factory = Callable[[], IdleBackend]


@dataclass
class ProbeResult:
    backend: IdleBackend | None
    tried: list[tuple[str, str]] = field(default_factory=list)
    """(backend name, why it was not used) for each one passed over."""

    @property
    def name(self) -> str:
        return self.backend.name if self.backend is not None else "none"

    @property
    def reason(self) -> str | None:
        if self.backend is not None:
            return None
        if not self.tried:
            return "no idle-time backend exists for this platform"
        return "; ".join(f"{name}: {why}" for name, why in self.tried)

    def describe(self) -> dict[str, object]:
        return {"name": self.name, "reason": self.reason}


def default_candidates() -> list[tuple[str, Factory]]:
    """Backends worth trying on this platform, most specific first."""
    if sys.platform == "win32":
        from knotbreak.adapters.idle.windows import WindowsIdle

        return [(WindowsIdle.name, WindowsIdle)]
    if sys.platform == "darwin":
        from knotbreak.adapters.idle.macos import MacIdle

        return [(MacIdle.name, MacIdle)]
    from knotbreak.adapters.idle.dbus_idle import KdeIdle, MutterIdle
    from knotbreak.adapters.wayland_client import wayland_session

    dbus: list[tuple[str, Factory]] = [(MutterIdle.name, MutterIdle), (KdeIdle.name, KdeIdle)]
    if wayland_session():
        # The compositor's own protocol first (event-driven; KWin and wlroots); GNOME has
        # none, so Mutter's IdleMonitor answers there. pywayland loads only here.
        from knotbreak.adapters.idle.wayland import WaylandIdle

        return [(WaylandIdle.name, WaylandIdle), *dbus]
    from knotbreak.adapters.idle.x11 import X11Idle
    from knotbreak.adapters.idle.x11_sync import X11SyncIdle

    # IDLETIME alarms first (event-driven, as KIdleTime); the screensaver query is polled.
    return [(X11SyncIdle.name, X11SyncIdle), (X11Idle.name, X11Idle), *dbus]


def probe(candidates: Sequence[tuple[str, Factory]] | None = None) -> ProbeResult:
    """The first backend that can be built and gives a reading."""
    result = ProbeResult(None)
    for name, factory in default_candidates() if candidates is None else candidates:
        try:
            backend = factory()
        except IdleUnavailable as error:
            result.tried.append((name, str(error)))
            continue
        except Exception as error:  # a broken library must not stop the app
            log.debug("idle backend %s failed", name, exc_info=True)
            result.tried.append((name, f"failed: {error}"))
            continue
        try:
            reading = backend.idle_seconds()
        except Exception as error:
            reading = None
            log.debug("idle backend %s failed its first reading: %s", name, error)
        if reading is None:
            backend.close()
            result.tried.append((name, "gave no reading"))
            continue
        result.backend = backend
        return result
    return result
