"""Do-not-disturb: the `Inhibited` property of org.freedesktop.Notifications (spec 1.2).

KDE Plasma and other servers that follow the spec expose it; where the notification
server does not, the detector reports itself unavailable. The server announces each
change with org.freedesktop.DBus.Properties.PropertiesChanged, so once watched the
property is read only when that signal comes, never on a timer.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from knotbreak.adapters import dbus_calls
from knotbreak.adapters.meetings import DetectorUnavailable

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
PROPERTIES = "org.freedesktop.DBus.Properties"


def _relay(changed: Callable[[], None], parent: Any) -> Any:
    """A QObject with a slot for QtDBus to call on the signal (QtDBus is loaded by now)."""
    from PySide6.QtCore import QObject, Slot
    from PySide6.QtDBus import QDBusMessage

    class Relay(QObject):
        @Slot(QDBusMessage)
        def on_signal(self, _message: QDBusMessage) -> None:
            changed()

    return Relay(parent)


class DndDetector:
    source = "dnd"

    def __init__(self) -> None:
        try:
            dbus_calls.bus()
        except dbus_calls.DBusUnavailable as error:
            raise DetectorUnavailable(str(error)) from None
        if self.active() is None:
            raise DetectorUnavailable("the notification server has no Inhibited property")
        self._relay: Any = None

    def active(self) -> bool | None:
        try:
            value = dbus_calls.get_property(SERVICE, PATH, SERVICE, "Inhibited")
        except (dbus_calls.DBusUnavailable, ValueError):
            return None
        return value if isinstance(value, bool) else None

    def watch(self, changed: Callable[[], None], parent: Any) -> None:
        """Call `changed` on each PropertiesChanged of the notification server."""
        from PySide6.QtCore import SLOT

        try:
            connection = dbus_calls.bus()
        except dbus_calls.DBusUnavailable as error:
            raise DetectorUnavailable(str(error)) from None
        relay = _relay(changed, parent)
        if not connection.connect(
            SERVICE, PATH, PROPERTIES, "PropertiesChanged", relay, SLOT("on_signal(QDBusMessage)")
        ):
            relay.deleteLater()
            raise DetectorUnavailable("cannot subscribe to the notification server's changes")
        self._relay = relay

    def close(self) -> None:
        if self._relay is not None:
            from PySide6.QtCore import SLOT

            with contextlib.suppress(dbus_calls.DBusUnavailable):
                dbus_calls.bus().disconnect(
                    SERVICE, PATH, PROPERTIES, "PropertiesChanged", self._relay,
                    SLOT("on_signal(QDBusMessage)"),
                )
            self._relay.deleteLater()
            self._relay = None
