"""Do-not-disturb: the `Inhibited` property of org.freedesktop.Notifications (spec 1.2).

KDE Plasma and other servers that follow the spec expose it; where the notification
server does not, the detector reports itself unavailable.
"""

from __future__ import annotations

from knotbreak.adapters import dbus_calls
from knotbreak.adapters.meetings import DetectorUnavailable

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


class DndDetector:
    source = "dnd"

    def __init__(self) -> None:
        try:
            dbus_calls.bus()
        except dbus_calls.DBusUnavailable as error:
            raise DetectorUnavailable(str(error)) from None
        if self.active() is None:
            raise DetectorUnavailable("the notification server has no Inhibited property")

    def active(self) -> bool | None:
        try:
            value = dbus_calls.get_property(SERVICE, PATH, SERVICE, "Inhibited")
        except (dbus_calls.DBusUnavailable, ValueError):
            return None
        return value if isinstance(value, bool) else None

    def close(self) -> None:
        pass
