"""One client connection to the Wayland compositor, read from Qt's event loop.

The idle and fullscreen watchers each open their own (the compositor answers both on
the same socket path; two small connections keep them independent). Its file descriptor
goes into a QSocketNotifier, so the compositor's events wake the app and nothing polls.
pywayland is imported only here, and only when a Wayland display is named.
"""

from __future__ import annotations

import logging
import os
import select
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger(__name__)


class WaylandUnavailable(RuntimeError):
    """No usable Wayland connection; the message says why."""


def wayland_session() -> bool:
    """Whether this session is a Wayland one (where X11 sees only X programs)."""
    return bool(os.environ.get("WAYLAND_DISPLAY")) or (
        os.environ.get("XDG_SESSION_TYPE") == "wayland"
    )


class WaylandConnection:
    """A connected display with the compositor's globals read once."""

    def __init__(self, display_name: str | None = None) -> None:
        name = display_name or os.environ.get("WAYLAND_DISPLAY")
        if not name:
            raise WaylandUnavailable("no Wayland display (WAYLAND_DISPLAY is not set)")
        try:
            from pywayland.client.display import Display
        except ImportError as error:  # pywayland is a Linux-only dependency
            raise WaylandUnavailable(f"pywayland cannot be loaded ({error})") from None
        self._display: Any = Display(name)
        try:
            self._display.connect()
        except Exception as error:  # pywayland raises ValueError with the reason
            raise WaylandUnavailable(f"cannot connect to Wayland display {name}: {error}") \
                from None
        self.globals: dict[str, tuple[int, int]] = {}
        """interface name -> (registry name, highest version offered)"""
        self._registry: Any = self._display.get_registry()
        self._registry.dispatcher["global"] = self._global
        self._registry.dispatcher["global_remove"] = self._global_remove
        self._display.roundtrip()
        self._notifier: QSocketNotifier | None = None
        self._on_lost: Callable[[str], None] | None = None
        self._proxies: list[Any] = []
        self.lost: str | None = None
        self._dispatching = False

    def _global(self, _registry: Any, name: int, interface: str, version: int) -> None:
        self.globals[interface] = (name, version)

    def _global_remove(self, _registry: Any, name: int) -> None:
        for interface, (known, _version) in list(self.globals.items()):
            if known == name:
                del self.globals[interface]

    def bind(self, interface: Any, max_version: int) -> Any | None:
        """A proxy for the compositor's global `interface`, or None when it has none."""
        offered = self.globals.get(interface.name)
        if offered is None:
            return None
        name, version = offered
        proxy = self._registry.bind(name, interface, min(version, max_version))
        self._proxies.append(proxy)
        return proxy

    def roundtrip(self) -> None:
        self._display.roundtrip()

    def listen(self, parent: QObject | None, on_lost: Callable[[str], None]) -> None:
        """From now on the compositor's events are handled as they arrive."""
        self._on_lost = on_lost
        if self._notifier is None:
            notifier = QSocketNotifier(
                self._display.get_fd(), QSocketNotifier.Type.Read, parent
            )
            notifier.activated.connect(self._readable)
            self._notifier = notifier
        self._display.flush()

    def pump(self) -> bool:
        """Handle whatever has arrived, without blocking; False once the connection is gone."""
        if self.lost is not None:
            return False
        if self._dispatching:  # asked from inside an event handler: all is read already
            return True
        try:
            self._display.flush()
            readable, _, _ = select.select([self._display.get_fd()], [], [], 0)
        except (OSError, ValueError) as error:
            self._lose(f"the Wayland connection failed ({error})")
            return False
        if readable:
            self._readable()
        else:
            self._dispatch(block=False)
        return self.lost is None

    def _readable(self, *_args: object) -> None:
        # The socket is readable, so a blocking dispatch reads without waiting.
        self._dispatch(block=True)

    def _dispatch(self, block: bool) -> None:
        if self.lost is not None or self._dispatching:
            return
        self._dispatching = True
        try:
            self._display.dispatch(block=block)
            self._display.flush()
        except Exception as error:  # pywayland: RuntimeError with the display error
            self._dispatching = False
            self._lose(f"the Wayland compositor closed the connection ({error})")
        finally:
            self._dispatching = False

    def _lose(self, why: str) -> None:
        self.lost = why
        log.warning("%s", why)
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        if self._on_lost is not None:
            self._on_lost(why)

    def close(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._display is None:
            return
        # Proxies first, then the display: freeing a proxy after its display is gone
        # (as the garbage collector would at exit) crashes libwayland.
        for proxy in reversed(self._proxies):
            # Only knotbreak's own declarations know their destructor; a wl_seat bound
            # at version 1 must not be sent wl_seat.release (version 5).
            ours = type(proxy).__module__ == "knotbreak.adapters.wayland_protocols"
            try:
                if ours and self.lost is None:
                    proxy.release()
                else:
                    proxy._destroy()
            except Exception:
                log.debug("releasing %r failed", proxy, exc_info=True)
        self._proxies.clear()
        try:
            if self.lost is None:
                self._display.flush()
        finally:
            self._display.disconnect()
            self._display = None

    def keep(self, proxy: Any) -> Any:
        """Release `proxy` (an object created from a bound global) before disconnecting."""
        self._proxies.append(proxy)
        return proxy

    def forget(self, proxy: Any) -> None:
        if proxy in self._proxies:
            self._proxies.remove(proxy)
