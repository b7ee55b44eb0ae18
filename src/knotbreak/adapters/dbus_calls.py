"""Small blocking QtDBus calls that fail softly: no bus, no service or a timeout is an error.

QtDBus is imported only when a bus socket exists, so a machine without DBus never loads it
(and libdbus never tries to autolaunch a session bus on the X display).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

CALL_TIMEOUT_MS = 500
SYSTEM_BUS_SOCKETS = ("/run/dbus/system_bus_socket", "/var/run/dbus/system_bus_socket")


class DBusUnavailable(RuntimeError):
    """The call could not be made or was answered with an error; the message says why."""


# Set (to the reason) when a bus was found not to answer: no call is tried on it.
SET_ASIDE_VARIABLE = "KNOTBREAK_SESSION_BUS_SET_ASIDE"
SYSTEM_SET_ASIDE_VARIABLE = "KNOTBREAK_SYSTEM_BUS_SET_ASIDE"
# What its DBUS_*_BUS_ADDRESS becomes then: a path whose connect() fails at once, so Qt's
# own calls (tray, menus, theme) fail fast too instead of waiting 25 s each.
UNREACHABLE_ADDRESS = "unix:path=/dev/null/knotbreak-bus-set-aside"
AUTH_WAIT_S = 1.0


def session_bus_exists() -> bool:
    if os.environ.get(SET_ASIDE_VARIABLE):
        return False
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return True
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    return runtime is not None and Path(runtime, "bus").exists()


def session_bus_hangs(timeout_s: float = AUTH_WAIT_S, *, system: bool = False) -> str | None:
    """Why the session (or system) bus accepts connections but never answers, or None.

    libdbus (under Qt and QtDBus) waits up to 25 s for every step with such a bus, and Qt
    talks to it while it builds the tray and its menus: minutes with no icon. This opens
    the socket the way libdbus would and waits `timeout_s` for each of the first two
    answers (authentication, then Hello()); a bus that is missing or refuses fails fast on
    its own and is left be.
    """
    if not (system_bus_exists() if system else session_bus_exists()):
        return None
    where = bus_socket_path(os.environ, system=system)
    if where is None:
        return None  # tcp:, launchd: and the like: not probed
    import socket

    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.settimeout(timeout_s)
        sock.connect(where)
        uid = str(os.getuid()).encode().hex() if hasattr(os, "getuid") else ""
        sock.sendall(b"\0AUTH EXTERNAL " + uid.encode() + b"\r\n")
        if sock.recv(256).startswith(b"OK"):
            # Authenticated: libdbus's next step is Hello(); a bus may hang there too.
            sock.sendall(b"BEGIN\r\n" + _HELLO)
            sock.recv(256)
    except TimeoutError:
        shown = where.replace("\0", "@")
        kind = "system" if system else "session"
        return f"the {kind} bus at {shown} accepts connections but does not answer"
    except OSError:
        return None
    finally:
        sock.close()
    return None


def set_silent_buses_aside() -> list[str]:
    """Call before a QApplication is made: sets aside each bus that never answers.

    Returns one line per bus set aside, for the log or the terminal.
    """
    problems = []
    for system in (False, True):
        problem = session_bus_hangs(system=system)
        if problem:
            set_session_bus_aside(problem, system=system)
            problems.append(f"{problem}; knotbreak goes on without it")
    return problems


def _hello_message() -> bytes:
    """org.freedesktop.DBus.Hello() as a little-endian D-Bus message, serial 1, no body."""
    import struct

    def pad(data: bytes) -> bytes:
        return data + b"\0" * (-len(data) % 8)

    def field(code: int, signature: bytes, text: str) -> bytes:
        value = text.encode()
        return bytes([code, 1]) + signature + b"\0" + struct.pack("<I", len(value)) + value + b"\0"

    parts = [
        field(1, b"o", "/org/freedesktop/DBus"),
        field(6, b"s", "org.freedesktop.DBus"),
        field(2, b"s", "org.freedesktop.DBus"),
        field(3, b"s", "Hello"),
    ]
    # Each field starts on an 8-byte boundary; the array's length leaves out the padding
    # after the last one, which only aligns the (empty) body.
    fields = b"".join(pad(part) for part in parts[:-1]) + parts[-1]
    header = b"l\x01\x00\x01" + struct.pack("<III", 0, 1, len(fields)) + fields
    return pad(header)


_HELLO = _hello_message()


def set_session_bus_aside(reason: str, *, system: bool = False) -> None:
    """From now on this process (and Qt in it) behaves as if there were no such bus."""
    os.environ[SYSTEM_SET_ASIDE_VARIABLE if system else SET_ASIDE_VARIABLE] = reason
    os.environ["DBUS_SYSTEM_BUS_ADDRESS" if system else "DBUS_SESSION_BUS_ADDRESS"] = (
        UNREACHABLE_ADDRESS
    )


def bus_socket_path(environ: Mapping[str, str], *, system: bool = False) -> str | None:
    """The first unix socket in the bus address (abstract ones start with NUL), or None."""
    address = environ.get("DBUS_SYSTEM_BUS_ADDRESS" if system else "DBUS_SESSION_BUS_ADDRESS")
    if not address and system:
        return next((path for path in SYSTEM_BUS_SOCKETS if Path(path).exists()), None)
    if not address:
        runtime = environ.get("XDG_RUNTIME_DIR")
        return str(Path(runtime, "bus")) if runtime else None
    for entry in address.split(";"):
        transport, _, options = entry.partition(":")
        if transport != "unix":
            continue
        values = dict(
            option.partition("=")[::2] for option in options.split(",") if "=" in option
        )
        if values.get("path"):
            return _unescape(values["path"])
        if values.get("abstract"):
            return "\0" + _unescape(values["abstract"])
    return None


def _unescape(value: str) -> str:
    # D-Bus addresses escape bytes as %XX.
    from urllib.parse import unquote

    return unquote(value)


def system_bus_exists() -> bool:
    if os.environ.get(SYSTEM_SET_ASIDE_VARIABLE):
        return False
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
