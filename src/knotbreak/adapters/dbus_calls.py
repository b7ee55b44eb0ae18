"""Small blocking QtDBus calls that fail softly: no bus, no service or a timeout is an error.

QtDBus is imported only when a bus socket exists, so a machine without DBus never loads it
(and libdbus never tries to autolaunch a session bus on the X display).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

CALL_TIMEOUT_MS = 500
SYSTEM_BUS_SOCKETS = ("/run/dbus/system_bus_socket", "/var/run/dbus/system_bus_socket")


class DBusUnavailable(RuntimeError):
    """The call could not be made or was answered with an error; the message says why."""


def session_bus_exists() -> bool:
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return True
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    return runtime is not None and Path(runtime, "bus").exists()


def system_bus_exists() -> bool:
    if os.environ.get("DBUS_SYSTEM_BUS_ADDRESS"):
        return True
    return any(Path(path).exists() for path in SYSTEM_BUS_SOCKETS)


def bus(system: bool = False) -> Any:
    """The connected QDBusConnection, or DBusUnavailable."""
    if not (system_bus_exists() if system else session_bus_exists()):
        raise DBusUnavailable(f"there is no {'system' if system else 'session'} bus")
    from PySide6.QtDBus import QDBusConnection

    connection = QDBusConnection.systemBus() if system else QDBusConnection.sessionBus()
    if not connection.isConnected():
        error = connection.lastError().message() or "not connected"
        raise DBusUnavailable(f"the {'system' if system else 'session'} bus: {error}")
    return connection


def call(
    service: str,
    path: str,
    interface: str,
    method: str,
    *args: Any,
    system: bool = False,
    timeout_ms: int = CALL_TIMEOUT_MS,
) -> list[Any]:
    """Call a method and return the reply's arguments."""
    from PySide6.QtDBus import QDBus, QDBusMessage

    connection = bus(system)
    message = QDBusMessage.createMethodCall(service, path, interface, method)
    if args:
        message.setArguments(list(args))
    reply = connection.call(message, QDBus.CallMode.Block, timeout_ms)
    if reply.type() != QDBusMessage.MessageType.ReplyMessage:
        raise DBusUnavailable(f"{service} {method}: {reply.errorMessage() or 'no reply'}")
    return [_plain(value) for value in reply.arguments()]


def get_property(service: str, path: str, interface: str, name: str, **kw: Any) -> Any:
    (value,) = call(service, path, "org.freedesktop.DBus.Properties", "Get", interface, name, **kw)
    return value


def _plain(value: Any) -> Any:
    variant = getattr(value, "variant", None)
    return variant() if callable(variant) else value
