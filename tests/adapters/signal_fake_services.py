"""Fake desktop services that announce changes, on a private session bus (test_dbus_signals.py).

`serve`: offers org.freedesktop.Notifications with an Inhibited property, and turns it
on after 1 s and off after 2 s, announcing each with PropertiesChanged.
`watch`: a MeetingWatcher with only do-not-disturb on prints each change it was told,
and whether its poll timer ran, as JSON after 4 s.
`saver`: org.freedesktop.ScreenSaver, locked after 1 s and unlocked after 2 s
(GetActive, and ActiveChanged for each).
`away`: an IdleWatcher on an event-driven backend (input just now) with Presence prints
each away/back it saw and whether it polled while locked, as JSON after 4 s.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import ClassInfo, Property, QCoreApplication, QObject, QTimer, Slot
from PySide6.QtDBus import QDBusAbstractAdaptor, QDBusConnection, QDBusMessage

PATH = "/org/freedesktop/Notifications"


@ClassInfo({"D-Bus Interface": "org.freedesktop.Notifications"})  # type: ignore[call-arg]
class Notifications(QDBusAbstractAdaptor):  # type: ignore[operator]
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
    report = {"polled": watcher.polled(), "timer": watcher.poll_planned,
              "reason": watcher.describe()["dnd"]}
    QTimer.singleShot(4000, app.quit)
    app.exec()
    report["holds"] = [h for i, h in enumerate(holds) if i == 0 or holds[i - 1] != h]
    print(json.dumps(report), flush=True)
    watcher.stop()


@ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})  # type: ignore[call-arg]
class ScreenSaver(QDBusAbstractAdaptor):  # type: ignore[operator]
    active = False

    @Slot(result=bool)
    def GetActive(self) -> bool:
        return ScreenSaver.active


def saver() -> None:
    app = QCoreApplication([])
    server = QObject()
    ScreenSaver(server)
    bus = QDBusConnection.sessionBus()
    ok = bus.registerService("org.freedesktop.ScreenSaver") and bus.registerObject(
        "/org/freedesktop/ScreenSaver", server, QDBusConnection.RegisterOption.ExportAdaptors
    )

    def set_active(value: bool) -> None:
        ScreenSaver.active = value
        signal = QDBusMessage.createSignal(
            "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"
        )
        signal.setArguments([value])
        bus.send(signal)

    QTimer.singleShot(1000, lambda: set_active(True))
    QTimer.singleShot(2000, lambda: set_active(False))
    print("ready" if ok else "failed", flush=True)
    app.exec()


class QuietBackend:
    """Event-driven and here: the last input was just now, and no event comes."""

    name = "quiet"

    def watch(self, timeout_s: float, changed: object, parent: object) -> None:
        pass

    def idle_seconds(self) -> float:
        return 0.0

    def close(self) -> None:
        pass


def away() -> None:
    import tempfile
    from pathlib import Path

    from knotbreak.adapters.clock import AppClock
    from knotbreak.adapters.cycle_runner import CycleRunner
    from knotbreak.adapters.idle.presence import Presence
    from knotbreak.adapters.idle.watcher import IdleWatcher
    from knotbreak.core.history import BreakHistory
    from knotbreak.core.settings import Settings

    app = QCoreApplication([])
    history = BreakHistory.open(Path(tempfile.mkdtemp()) / "history.sqlite3")
    runner = CycleRunner(AppClock(), Settings(), history)
    watcher = IdleWatcher(runner, QuietBackend(), presence=Presence())
    seen: list[str] = []
    timers: list[bool] = []

    def changed() -> None:
        seen.append("away" if runner.state.away_since is not None else "here")
        timers.append(watcher.poll_planned)

    runner.changed.connect(changed)
    watcher.start()
    QTimer.singleShot(4000, app.quit)
    app.exec()
    print(json.dumps({
        "seen": [s for i, s in enumerate(seen) if i == 0 or seen[i - 1] != s],
        "polled_while_locked": any(timers),
        "signals": watcher.presence_signals(),
    }), flush=True)
    watcher.stop()


if __name__ == "__main__":
    {"serve": serve, "watch": watch, "saver": saver, "away": away}[sys.argv[1]]()
