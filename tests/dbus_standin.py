"""Stand-in desktop services on a private session bus, for tests (run as a subprocess).

    python tests/dbus_standin.py gnome-idle --idle-ms 90000
    python tests/dbus_standin.py kde-idle --idle-ms 90000
    python tests/dbus_standin.py sni-watcher

Each owns the real service's name on $DBUS_SESSION_BUS_ADDRESS and answers the calls
knotbreak (or Qt) makes, with the real types: Mutter's IdleMonitor.GetIdletime (t, ms),
freedesktop ScreenSaver.GetSessionIdleTime (u, ms), and a minimal
org.kde.StatusNotifierWatcher that records the items registering with it and says a
host is present (the test itself plays the host, reading the items). It prints
"ready" once its name is owned, and "registered <service> <sender>" per item.
Uses jeepney (pure Python) so it does not depend on Qt's D-Bus, which it checks.
Tests import `start_bus` and `start_standin` from here.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jeepney import HeaderFields, MessageType, new_error, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection
from jeepney.wrappers import DBusAddress

PROPERTIES = "org.freedesktop.DBus.Properties"
WATCHER = "org.kde.StatusNotifierWatcher"


class StandIn:
    name = ""
    path = ""
    interface = ""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args

    def call(self, member: str, body: tuple[Any, ...], sender: str) -> tuple[str, tuple[Any, ...]]:
        raise LookupError(member)

    def properties(self) -> dict[str, tuple[str, Any]]:
        return {}


class GnomeIdle(StandIn):
    name = "org.gnome.Mutter.IdleMonitor"
    path = "/org/gnome/Mutter/IdleMonitor/Core"
    interface = "org.gnome.Mutter.IdleMonitor"

    def call(self, member: str, body: tuple[Any, ...], sender: str) -> tuple[str, tuple[Any, ...]]:
        if member == "GetIdletime":
            return "t", (self.args.idle_ms,)
        raise LookupError(member)


class KdeIdle(StandIn):
    name = "org.freedesktop.ScreenSaver"
    path = "/ScreenSaver"
    interface = "org.freedesktop.ScreenSaver"

    def call(self, member: str, body: tuple[Any, ...], sender: str) -> tuple[str, tuple[Any, ...]]:
        if member == "GetSessionIdleTime":
            return "u", (self.args.idle_ms,)
        raise LookupError(member)


class SniWatcher(StandIn):
    name = WATCHER
    path = "/StatusNotifierWatcher"
    interface = WATCHER

    def __init__(self, args: argparse.Namespace) -> None:
        super().__init__(args)
        self.items: list[str] = []
        self.emit: list[tuple[str, str, tuple[Any, ...]]] = []

    def call(self, member: str, body: tuple[Any, ...], sender: str) -> tuple[str, tuple[Any, ...]]:
        if member == "RegisterStatusNotifierItem":
            (service,) = body
            # An item may name its bus name or only its object path (then: the sender).
            item = service if not service.startswith("/") else f"{sender}{service}"
            if item not in self.items:
                self.items.append(item)
            print(f"registered {item} {sender}", flush=True)
            self.emit.append(("StatusNotifierItemRegistered", "s", (item,)))
            return "", ()
        if member == "RegisterStatusNotifierHost":
            return "", ()
        raise LookupError(member)

    def properties(self) -> dict[str, tuple[str, Any]]:
        return {
            "RegisteredStatusNotifierItems": ("as", self.items),
            "IsStatusNotifierHostRegistered": ("b", True),
            "ProtocolVersion": ("i", 0),
        }


KINDS = {"gnome-idle": GnomeIdle, "kde-idle": KdeIdle, "sni-watcher": SniWatcher}


def serve(service: StandIn) -> None:
    connection = open_dbus_connection(bus="SESSION")
    reply = connection.send_and_get_reply(message_bus.RequestName(service.name, 4))
    if reply.body[0] != 1:
        sys.exit(f"could not own {service.name}: {reply.body}")
    print("ready", flush=True)
    emitter = DBusAddress(service.path, interface=service.interface)
    while True:
        message = connection.receive()
        header = message.header
        if header.message_type != MessageType.method_call:
            continue
        fields = header.fields
        member = fields.get(HeaderFields.member, "")
        interface = fields.get(HeaderFields.interface, "")
        sender = fields.get(HeaderFields.sender, "")
        body: tuple[Any, ...]
        try:
            if fields.get(HeaderFields.path) != service.path:
                raise LookupError(fields.get(HeaderFields.path))
            if interface == PROPERTIES:
                props = service.properties()
                if member == "GetAll":
                    signature, body = "a{sv}", (props,)
                elif member == "Get":
                    signature, body = "v", (props[message.body[1]],)
                else:
                    raise LookupError(member)
            else:
                signature, body = service.call(member, message.body, sender)
        except (LookupError, ValueError) as error:
            connection.send(new_error(message, "org.freedesktop.DBus.Error.UnknownMethod",
                                      "s", (f"stand-in has no {error}",)))
            continue
        connection.send(new_method_return(message, signature or None, body))
        for signal, signal_signature, signal_body in getattr(service, "emit", []):
            connection.send(new_signal(emitter, signal, signal_signature, signal_body))
        getattr(service, "emit", []).clear()


# For the tests ---------------------------------------------------------------------------


class BusUnavailable(RuntimeError):
    """No private bus can be started here; the message says what is missing."""


@dataclass
class PrivateBus:
    """A session bus of its own (dbus-daemon --session), so the stand-ins are the only ones."""

    proc: subprocess.Popen[str]
    address: str
    standins: list[subprocess.Popen[str]] = field(default_factory=list)
    folder: Path | None = None

    def env(self, base: dict[str, str] | None = None) -> dict[str, str]:
        env = dict(os.environ if base is None else base)
        env["DBUS_SESSION_BUS_ADDRESS"] = self.address
        return env

    def close(self) -> None:
        for proc in [*self.standins, self.proc]:
            if proc.poll() is None:
                proc.terminate()
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(timeout=5)
            if proc.stdout is not None:
                proc.stdout.close()
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)


# A session bus that other users may join too: sway runs as the unprivileged test user,
# and its swaybar must meet the app (root in CI) on the same bus.
_ANY_USER_CONFIG = """<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def start_bus(any_user: bool = False) -> PrivateBus:
    if shutil.which("dbus-daemon") is None:
        raise BusUnavailable("needs dbus-daemon (Debian package dbus-daemon)")
    args = ["dbus-daemon", "--session", "--nofork", "--print-address=1"]
    folder = None
    if any_user:
        folder = Path(tempfile.mkdtemp(prefix="kb-bus-"))
        folder.chmod(0o755)
        config = folder / "bus.conf"
        config.write_text(_ANY_USER_CONFIG.format(socket=folder / "bus"))
        args = ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1"]
    proc = subprocess.Popen(
        args, stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True,
        start_new_session=True,
    )
    assert proc.stdout is not None
    address = proc.stdout.readline().strip()
    if not address:
        proc.terminate()
        raise BusUnavailable("dbus-daemon --session printed no address")
    if folder is not None:
        (folder / "bus").chmod(0o777)
    return PrivateBus(proc, address, folder=folder)


def start_standin(bus: PrivateBus, kind: str, *args: str, timeout: float = 10) -> \
        subprocess.Popen[str]:
    """Start a stand-in service on `bus`; returns once it owns its name."""
    proc = subprocess.Popen(
        [sys.executable, __file__, kind, *args], env=bus.env(),
        stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True, start_new_session=True,
    )
    bus.standins.append(proc)
    assert proc.stdout is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if line.strip() == "ready":
            return proc
        if not line and proc.poll() is not None:
            break
    raise AssertionError(f"the {kind} stand-in did not start (exit {proc.poll()})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=sorted(KINDS))
    parser.add_argument("--idle-ms", type=int, default=0)
    args = parser.parse_args()
    serve(KINDS[args.kind](args))


if __name__ == "__main__":
    main()
