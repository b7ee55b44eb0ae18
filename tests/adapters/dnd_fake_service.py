"""A fake notification server on a private session bus, for test_dnd_signal.py.

`serve`: offers org.freedesktop.Notifications with an Inhibited property, and turns it
on after 1 s and off after 2 s, announcing each with PropertiesChanged.
`watch`: a MeetingWatcher with only do-not-disturb on prints each change it was told,
and whether its poll timer ran, as JSON after 4 s.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import ClassInfo, Property, QCoreApplication, QObject, QTimer
from PySide6.QtDBus import QDBusAbstractAdaptor, QDBusConnection, QDBusMessage

PATH = "/org/freedesktop/Notifications"


@ClassInfo({"D-Bus Interface": "org.freedesktop.Notifications"})
class Notifications(QDBusAbstractAdaptor):
    inhibited = False

    def _inhibited(self) -> bool:
        return Notifications.inhibited

    Inhibited = Property(bool, _inhibited)


def serve() -> None:
    app = QCoreApplication([])
    server = QObject()
    Notifications(server)
    bus = QDBusConnection.sessionBus()
    ok = bus.registerService("org.freedesktop.Notifications") and bus.registerObject(
        PATH, server, QDBusConnection.RegisterOption.ExportAdaptors
    )

    def set_inhibited(value: bool) -> None:
        Notifications.inhibited = value
        signal = QDBusMessage.createSignal(
            PATH, "org.freedesktop.DBus.Properties", "PropertiesChanged"
        )
        from PySide6.QtDBus import QDBusVariant

        signal.setArguments(
            ["org.freedesktop.Notifications", {"Inhibited": QDBusVariant(value)}, []]
        )
        bus.send(signal)

    QTimer.singleShot(1000, lambda: set_inhibited(True))
    QTimer.singleShot(2000, lambda: set_inhibited(False))
    print("ready" if ok else "failed", flush=True)
    app.exec()


def watch() -> None:
    import tempfile
    from pathlib import Path

    from knotbreak.adapters.clock import AppClock
    from knotbreak.adapters.cycle_runner import CycleRunner
    from knotbreak.adapters.meetings.watcher import MeetingWatcher
    from knotbreak.core.history import BreakHistory
    from knotbreak.core.settings import Settings

    app = QCoreApplication([])
    history = BreakHistory.open(Path(tempfile.mkdtemp()) / "history.sqlite3")
    settings = Settings(meeting_fullscreen=False, meeting_camera=False,
                        meeting_microphone=False, meeting_dnd=True)
    runner = CycleRunner(AppClock(), settings, history)
    watcher = MeetingWatcher(runner, settings)
    holds: list[list[str]] = []
    runner.changed.connect(lambda: holds.append(sorted(h.source for h in runner.state.holds)))
    watcher.start()
    report = {"polled": watcher.polled(), "timer": watcher._timer.isActive(),
              "reason": watcher.describe()["dnd"]}
    QTimer.singleShot(4000, app.quit)
    app.exec()
    report["holds"] = [h for i, h in enumerate(holds) if i == 0 or holds[i - 1] != h]
    print(json.dumps(report), flush=True)
    watcher.stop()


if __name__ == "__main__":
    {"serve": serve, "watch": watch}[sys.argv[1]]()
