"""The three Wayland protocols knotbreak speaks, declared for pywayland's client side.

pywayland ships generated modules for the core protocol and the upstream
wayland-protocols, but not for KDE's idle protocol nor wlroots' foreign-toplevel
management, and which upstream ones it ships changes between releases. So the few
interfaces used here are declared once by hand, after their XML:

- ext-idle-notify-v1 (wayland-protocols, staging): ext_idle_notifier_v1,
  ext_idle_notification_v1: KWin 5.27+ and wlroots 0.17+ (sway 1.8+). GNOME's Mutter
  speaks neither idle protocol; it answers on D-Bus (IdleMonitor).
- org_kde_kwin_idle (plasma-wayland-protocols, idle.xml): KWin and wlroots up to 0.17
  (sway 1.7 in Debian 12).
- wlr-foreign-toplevel-management-unstable-v1 (wlr-protocols): sway and other wlroots
  compositors; its state array says which toplevel is activated and fullscreen.

Every event and request must be listed in protocol order: the index is the opcode.
Requests knotbreak never sends are still declared so the later opcodes are right.
Imported only on Wayland (pywayland loads libwayland-client through cffi).
"""

from __future__ import annotations

from typing import Any

from pywayland.protocol.wayland import WlOutput, WlSeat, WlSurface
from pywayland.protocol_core.argument import Argument
from pywayland.protocol_core.globals import Global
from pywayland.protocol_core.interface import Interface
from pywayland.protocol_core.proxy import Proxy
from pywayland.protocol_core.resource import Resource
from pywayland.scanner.argument import ArgumentType


def _finish(interface: type[Interface], proxy: type[Proxy[Any]]) -> None:
    """What pywayland's generated modules do at their end, for one interface."""
    interface._gen_c()
    interface.proxy_class = proxy
    interface.resource_class = type(
        f"{interface.__name__}Resource", (Resource,), {"interface": interface}
    )
    interface.global_class = type(
        f"{interface.__name__}Global", (Global,), {"interface": interface}
    )


def _declare_event(interface: type[Interface], name: str, *arguments: Argument,
                   version: int | None = None) -> None:
    """An event (compositor to client); its handler is set on the proxy's dispatcher."""

    def event(*_args: Any) -> None:  # the name is what the dispatcher is keyed by
        return None

    event.__name__ = name
    interface.event(*arguments, version=version)(event)


def _declare_request(interface: type[Interface], name: str, *arguments: Argument,
                     version: int | None = None) -> None:
    def request(*_args: Any) -> None:
        return None

    request.__name__ = name
    interface.request(*arguments, version=version)(request)


# ext-idle-notify-v1 ------------------------------------------------------------------------


class ExtIdleNotificationV1(Interface):
    name = "ext_idle_notification_v1"
    version = 1


class ExtIdleNotifierV1(Interface):
    name = "ext_idle_notifier_v1"
    version = 1


class ExtIdleNotificationV1Proxy(Proxy[ExtIdleNotificationV1]):
    interface = ExtIdleNotificationV1

    def release(self) -> None:
        self._marshal(0)  # destroy
        self._destroy()


class ExtIdleNotifierV1Proxy(Proxy[ExtIdleNotifierV1]):
    interface = ExtIdleNotifierV1

    def watch(self, timeout_ms: int, seat: Any) -> ExtIdleNotificationV1Proxy:
        """get_idle_notification: idle inhibitors (a playing video) count as presence."""
        proxy: ExtIdleNotificationV1Proxy = self._marshal_constructor(
            1, ExtIdleNotificationV1, timeout_ms, seat
        )
        return proxy

    def release(self) -> None:
        self._marshal(0)  # destroy
        self._destroy()


_declare_request(ExtIdleNotificationV1, "destroy")
_declare_event(ExtIdleNotificationV1, "idled")
_declare_event(ExtIdleNotificationV1, "resumed")
_declare_request(ExtIdleNotifierV1, "destroy")
_declare_request(
    ExtIdleNotifierV1, "get_idle_notification",
    Argument(ArgumentType.NewId, interface=ExtIdleNotificationV1),
    Argument(ArgumentType.Uint),
    Argument(ArgumentType.Object, interface=WlSeat),
)
_finish(ExtIdleNotificationV1, ExtIdleNotificationV1Proxy)
_finish(ExtIdleNotifierV1, ExtIdleNotifierV1Proxy)


# org_kde_kwin_idle -------------------------------------------------------------------------


class OrgKdeKwinIdleTimeout(Interface):
    name = "org_kde_kwin_idle_timeout"
    version = 1


class OrgKdeKwinIdle(Interface):
    name = "org_kde_kwin_idle"
    version = 1


class OrgKdeKwinIdleTimeoutProxy(Proxy[OrgKdeKwinIdleTimeout]):
    interface = OrgKdeKwinIdleTimeout

    def release(self) -> None:
        self._marshal(0)  # release (a destructor)
        self._destroy()


class OrgKdeKwinIdleProxy(Proxy[OrgKdeKwinIdle]):
    interface = OrgKdeKwinIdle

    def watch(self, timeout_ms: int, seat: Any) -> OrgKdeKwinIdleTimeoutProxy:
        """get_idle_timeout; note the argument order differs from ext-idle-notify."""
        proxy: OrgKdeKwinIdleTimeoutProxy = self._marshal_constructor(
            0, OrgKdeKwinIdleTimeout, seat, timeout_ms
        )
        return proxy

    def release(self) -> None:
        # org_kde_kwin_idle has no destructor request: dropping the proxy is all there is.
        self._destroy()


_declare_request(OrgKdeKwinIdleTimeout, "release")
_declare_request(OrgKdeKwinIdleTimeout, "simulate_user_activity")
_declare_event(OrgKdeKwinIdleTimeout, "idle")
_declare_event(OrgKdeKwinIdleTimeout, "resumed")
_declare_request(
    OrgKdeKwinIdle, "get_idle_timeout",
    Argument(ArgumentType.NewId, interface=OrgKdeKwinIdleTimeout),
    Argument(ArgumentType.Object, interface=WlSeat),
    Argument(ArgumentType.Uint),
)
_finish(OrgKdeKwinIdleTimeout, OrgKdeKwinIdleTimeoutProxy)
_finish(OrgKdeKwinIdle, OrgKdeKwinIdleProxy)


# wlr-foreign-toplevel-management-unstable-v1 -------------------------------------------------

TOPLEVEL_STATE_MAXIMIZED = 0
TOPLEVEL_STATE_MINIMIZED = 1
TOPLEVEL_STATE_ACTIVATED = 2
TOPLEVEL_STATE_FULLSCREEN = 3  # since version 2


class ZwlrForeignToplevelHandleV1(Interface):
    name = "zwlr_foreign_toplevel_handle_v1"
    version = 3


class ZwlrForeignToplevelManagerV1(Interface):
    name = "zwlr_foreign_toplevel_manager_v1"
    version = 3


class ZwlrForeignToplevelHandleV1Proxy(Proxy[ZwlrForeignToplevelHandleV1]):
    interface = ZwlrForeignToplevelHandleV1

    def release(self) -> None:
        self._marshal(7)  # destroy
        self._destroy()


class ZwlrForeignToplevelManagerV1Proxy(Proxy[ZwlrForeignToplevelManagerV1]):
    interface = ZwlrForeignToplevelManagerV1

    def release(self) -> None:
        self._marshal(0)  # stop; the protocol has no destructor request of its own
        self._destroy()


_handle = ZwlrForeignToplevelHandleV1
_declare_request(_handle, "set_maximized")
_declare_request(_handle, "unset_maximized")
_declare_request(_handle, "set_minimized")
_declare_request(_handle, "unset_minimized")
_declare_request(_handle, "activate", Argument(ArgumentType.Object, interface=WlSeat))
_declare_request(_handle, "close")
_declare_request(
    _handle, "set_rectangle",
    Argument(ArgumentType.Object, interface=WlSurface),
    Argument(ArgumentType.Int), Argument(ArgumentType.Int),
    Argument(ArgumentType.Int), Argument(ArgumentType.Int),
)
_declare_request(_handle, "destroy")
_declare_request(
    _handle, "set_fullscreen",
    Argument(ArgumentType.Object, nullable=True, interface=WlOutput), version=2,
)
_declare_request(_handle, "unset_fullscreen", version=2)
_declare_event(_handle, "title", Argument(ArgumentType.String))
_declare_event(_handle, "app_id", Argument(ArgumentType.String))
_declare_event(_handle, "output_enter", Argument(ArgumentType.Object, interface=WlOutput))
_declare_event(_handle, "output_leave", Argument(ArgumentType.Object, interface=WlOutput))
_declare_event(_handle, "state", Argument(ArgumentType.Array))
_declare_event(_handle, "done")
_declare_event(_handle, "closed")
_declare_event(
    _handle, "parent",
    Argument(ArgumentType.Object, nullable=True, interface=ZwlrForeignToplevelHandleV1),
    version=3,
)
_declare_request(ZwlrForeignToplevelManagerV1, "stop")
_declare_event(
    ZwlrForeignToplevelManagerV1, "toplevel",
    Argument(ArgumentType.NewId, interface=ZwlrForeignToplevelHandleV1),
)
_declare_event(ZwlrForeignToplevelManagerV1, "finished")
_finish(ZwlrForeignToplevelHandleV1, ZwlrForeignToplevelHandleV1Proxy)
_finish(ZwlrForeignToplevelManagerV1, ZwlrForeignToplevelManagerV1Proxy)
