"""Idle time over the session bus: GNOME (Mutter IdleMonitor) and KDE (freedesktop ScreenSaver)."""

from __future__ import annotations

from knotbreak.adapters import dbus_calls
from knotbreak.adapters.idle import IdleUnavailable


class _DBusIdle:
    name = ""
    service = ""
    path = ""
    interface = ""
    method = ""

    def __init__(self) -> None:
        try:
            dbus_calls.bus()
        except dbus_calls.DBusUnavailable as error:
            raise IdleUnavailable(str(error)) from None
        if self.idle_seconds() is None:
            raise IdleUnavailable(f"{self.service} does not answer {self.method}")

    def idle_seconds(self) -> float | None:
        try:
            (value,) = dbus_calls.call(self.service, self.path, self.interface, self.method)
        except (dbus_calls.DBusUnavailable, ValueError):
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None
        return float(value) / 1000.0

    def close(self) -> None:
        pass


class MutterIdle(_DBusIdle):
    """GNOME Shell (X11 and Wayland): milliseconds since the last input."""

    name = "gnome-mutter"
    service = "org.gnome.Mutter.IdleMonitor"
    path = "/org/gnome/Mutter/IdleMonitor/Core"
    interface = "org.gnome.Mutter.IdleMonitor"
    method = "GetIdletime"


class KdeIdle(_DBusIdle):
    """KDE Plasma (X11 and Wayland): GetSessionIdleTime answers in milliseconds."""

    name = "kde-screensaver"
    service = "org.freedesktop.ScreenSaver"
    path = "/ScreenSaver"
    interface = "org.freedesktop.ScreenSaver"
    method = "GetSessionIdleTime"
