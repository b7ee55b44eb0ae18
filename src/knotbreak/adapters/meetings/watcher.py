"""Follows the enabled meeting signals and tells the cycle when one changes.

A signal the system tells of changes (fullscreen by X11 property events or Wayland's
toplevel list, the camera by inotify, do-not-disturb by a D-Bus signal) is looked at only
when told; the others on one single-shot coarse timer every 20 s, which does not run
when nothing needs it. A due break also gets a fresh look at all of them just before it
would open (see CycleRunner). Signals the user did not enable are never read.
"""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer

from knotbreak.adapters.meetings import SIGNALS, Detector, DetectorUnavailable
from knotbreak.core import cycle
from knotbreak.core.settings import Settings

if TYPE_CHECKING:
    from knotbreak.adapters.cycle_runner import CycleRunner

log = logging.getLogger(__name__)

POLL_S = 20.0
MIN_POLL_S = 0.5


@dataclass
class SignalState:
    enabled: bool
    detector: Detector | None = None
    unavailable: str | None = None
    active: bool = False

    def describe(self) -> dict[str, object]:
        return {
            "enabled": self.enabled,
            "available": self.detector is not None,
            "active": self.active,
            "reason": self.unavailable,
        }


def enabled_signals(settings: Settings) -> dict[str, bool]:
    return {
        "fullscreen": settings.meeting_fullscreen,
        "camera": settings.meeting_camera,
        "microphone": settings.meeting_microphone,
        "dnd": settings.meeting_dnd,
    }


def platform_factories(settings: Settings) -> dict[str, Callable[[], Detector]]:
    """How to build each signal's detector on this platform."""
    if sys.platform == "win32":
        from knotbreak.adapters.meetings import windows

        return {
            "fullscreen": windows.NotificationStateDetector,
            "camera": lambda: windows.ConsentStoreDetector("camera"),
            "microphone": lambda: windows.ConsentStoreDetector("microphone"),
        }
    if sys.platform == "darwin":
        from knotbreak.adapters.meetings import macos

        return {"camera": macos.MacCameraDetector, "microphone": macos.MacMicrophoneDetector}
    from knotbreak.adapters.meetings.camera_linux import CameraDetector
    from knotbreak.adapters.meetings.dnd_dbus import DndDetector
    from knotbreak.adapters.meetings.fullscreen_x11 import FullscreenX11Detector
    from knotbreak.adapters.meetings.microphone_pactl import MicrophoneDetector
    from knotbreak.adapters.wayland_client import wayland_session

    fullscreen: Callable[[], Detector] = FullscreenX11Detector
    if wayland_session():
        from knotbreak.adapters.meetings.fullscreen_wayland import FullscreenWaylandDetector

        fullscreen = FullscreenWaylandDetector
    return {
        "fullscreen": fullscreen,
        "camera": lambda: CameraDetector(settings.meeting_camera_devices),
        "microphone": MicrophoneDetector,
        "dnd": DndDetector,
    }


class MeetingWatcher(QObject):
    def __init__(
        self,
        runner: CycleRunner,
        settings: Settings,
        factories: dict[str, Callable[[], Detector]] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self.signals: dict[str, SignalState] = {}
        enabled = enabled_signals(settings)
        if any(enabled.values()) and factories is None:
            factories = platform_factories(settings)
        for name in SIGNALS:
            state = SignalState(enabled[name])
            self.signals[name] = state
            if not state.enabled:
                continue
            factory = (factories or {}).get(name)
            if factory is None:
                state.unavailable = "not available on this platform"
                continue
            try:
                state.detector = factory()
            except DetectorUnavailable as error:
                state.unavailable = str(error)
            except Exception as error:  # a broken library must not stop the app
                log.debug("meeting signal %s failed", name, exc_info=True)
                state.unavailable = f"failed: {error}"
            if state.unavailable:
                log.info("meeting signal %s is off: %s", name, state.unavailable)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.timeout.connect(self._poll_polled)
        self._told: set[str] = set()
        """Signals whose detector says when they change: never on the timer."""

    def any_available(self) -> bool:
        return any(state.detector is not None for state in self.signals.values())

    def describe(self) -> dict[str, object]:
        return {name: state.describe() for name, state in self.signals.items()}

    @property
    def poll_planned(self) -> bool:
        """Whether a look at the polled signals is planned (none is when every signal on
        says itself when it changes)."""
        return self._timer.isActive()

    def polled(self) -> list[str]:
        """The available signals that have no event and so are looked at every POLL_S."""
        return [
            name for name, state in self.signals.items()
            if state.detector is not None and name not in self._told
        ]

    def start(self) -> None:
        for name, state in self.signals.items():
            watch = getattr(state.detector, "watch", None)
            if not callable(watch):
                continue
            try:
                watch(functools.partial(self._look, name), self)
            except DetectorUnavailable as error:
                log.info("meeting signal %s is looked at every %.0f s: %s", name, POLL_S, error)
                continue
            except Exception:  # a broken watch: polling still works
                log.debug("meeting signal %s cannot be watched", name, exc_info=True)
                continue
            self._told.add(name)
        if self.any_available():
            self.poll()

    def stop(self) -> None:
        self._timer.stop()
        for state in self.signals.values():
            if state.detector is not None:
                state.detector.close()

    def poll(self) -> None:
        """Look at every enabled signal now; report the ones that changed."""
        for name in self.signals:
            self._look(name)
        self._plan()

    def _poll_polled(self) -> None:
        for name in self.polled():
            self._look(name)
        self._plan()

    def _plan(self) -> None:
        if not self.polled():
            self._timer.stop()  # every signal says when it changes
            return
        scale = self._runner.time_scale() or 1.0
        self._timer.start(round(max(MIN_POLL_S, POLL_S / scale) * 1000))

    def _look(self, name: str) -> None:
        state = self.signals[name]
        if state.detector is None:
            return
        try:
            active = state.detector.active()
        except Exception as error:  # one failed look is not a reason to stop
            log.debug("meeting signal %s failed: %s", name, error)
            active = None
        if active is None or active == state.active:
            return
        state.active = active
        log.info("meeting signal %s %s", name, "on" if active else "off")
        if active:
            self._runner.dispatch(cycle.MeetingStarted(name))
        else:
            self._runner.dispatch(cycle.MeetingEnded(name))
