"""Fake desktop services on a private session bus, for tests/adapters/test_presence_dbus.py.

`python presence_fake_services.py serve STATUS INHIBIT` offers an MPRIS player whose
PlaybackStatus is STATUS and a PowerManagement inhibitor answering INHIBIT ("yes", "no"
or "hang": it answers only after 3 s). `python presence_fake_services.py read` prints
what Presence reads, as JSON, with the time it took.
"""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import ClassInfo, Property, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusAbstractAdaptor, QDBusConnection


@ClassInfo({"D-Bus Interface": "org.mpris.MediaPlayer2.Player"})  # type: ignore[call-arg]
class Player(QDBusAbstractAdaptor):  # type: ignore[operator]
    def _status(self) -> str:
        return sys.argv[2]

    PlaybackStatus = Property(str, _status)


@ClassInfo({"D-Bus Interface": "org.freedesktop.PowerManagement.Inhibit"})  # type: ignore[call-arg]
class Inhibit(QDBusAbstractAdaptor):  # type: ignore[operator]
    @Slot(result=bool)
    def HasInhibit(self) -> bool:
        if sys.argv[3] == "hang":
            time.sleep(3)
        return sys.argv[3] == "yes"


def serve() -> None:
    app = QCoreApplication([])
    player, inhibit = QObject(), QObject()
    Player(player)
    Inhibit(inhibit)
    bus = QDBusConnection.sessionBus()
    export = QDBusConnection.RegisterOption.ExportAdaptors
    ok = (
        bus.registerService("org.mpris.MediaPlayer2.fake")
        and bus.registerObject("/org/mpris/MediaPlayer2", player, export)
        and bus.registerService("org.freedesktop.PowerManagement")
        and bus.registerObject("/org/freedesktop/PowerManagement/Inhibit", inhibit, export)
    )
    print("ready" if ok else "failed", flush=True)
    app.exec()


def read() -> None:
    QCoreApplication([])
    from knotbreak.adapters.idle.presence import Presence

    presence = Presence()
    started = time.monotonic()
    reading = presence.read()
    print(json.dumps({
        "present": reading.present, "locked": reading.locked,
        "ms": (time.monotonic() - started) * 1000, "signals": presence.describe(),
    }))


if __name__ == "__main__":
    serve() if sys.argv[1] == "serve" else read()
