"""The posture coach at run time: when to take a sample, and what to do with it.

Samples are taken only while working: never in a meeting, while away, during a break or
a micro-break, nor while another app holds the camera. The camera is open only for the
few frames of one sample. Frames go to the detector and are dropped at once; only the
numbers of `knotbreak.core.posture` are kept. OpenCV is imported on the first sample or
calibration, never while the coach is off.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from knotbreak.adapters.posture.frames import (
    CameraUnavailable,
    FrameSource,
    camera_busy_elsewhere,
)
from knotbreak.core.cycle import Phase, PostureNudge
from knotbreak.core.posture import store
from knotbreak.core.posture.cues import nudge_task
from knotbreak.core.posture.model import CoachPolicy, CoachState, calibrate, observe
from knotbreak.core.text import translatable

if TYPE_CHECKING:
    from knotbreak.adapters.cycle_runner import CycleRunner
    from knotbreak.adapters.posture.detector import FaceDetector
    from knotbreak.core.settings import Settings

log = logging.getLogger(__name__)

CALIBRATION_FRAMES = 5
CALIBRATE_FIRST = translatable(
    "PostureCoach",
    "The posture coach is on. Sit the way you want to sit and calibrate it: Settings > "
    "Posture > Calibrate. Until then it measures nothing.",
)


class PostureCoach(QObject):
    changed = Signal()
    tell_user = Signal(object)
    """The coach was turned on but cannot run, or cannot measure yet; carries the words
    for the user (a core Text)."""

    def __init__(
        self,
        runner: CycleRunner,
        data_dir: Path,
        source: Callable[[], FrameSource],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._file = data_dir / store.FILE_NAME
        self._source_factory = source
        self._source: FrameSource | None = None
        self._detector: FaceDetector | None = None
        self._policy = CoachPolicy()
        self._state = self._load()
        self._on = False
        self._camera = "off"
        self._problem: str | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.sample)

    @property
    def state(self) -> CoachState:
        return self._state

    @property
    def on(self) -> bool:
        return self._on

    @property
    def problem(self) -> str | None:
        """Why the coach is not running although turned on, in words for the user."""
        return self._problem

    def apply(self, settings: Settings) -> None:
        was_on = self._on
        self._timer.stop()
        self._on = False
        if not settings.posture_coach:
            self._camera, self._problem = "off", None
            self.changed.emit()
            return
        if self._source is None:
            self._source = self._source_factory()
        problem = self._ready()
        if problem is not None:
            self._stay_off(problem)
            return
        self._on = True
        self._problem = None
        self._camera = "closed"
        scale = max(self._runner.time_scale(), 1e-3)
        self._timer.start(max(200, round(settings.posture_interval_seconds * 1000 / scale)))
        if not was_on and self._state.baseline is None:
            # Nothing is measured before a baseline exists: say how to get one.
            self.tell_user.emit(CALIBRATE_FIRST)
        self.changed.emit()

    def _ready(self) -> str | None:
        """Why the coach cannot run at all (no OpenCV, no camera), or None."""
        from knotbreak.adapters.posture.detector import DetectorUnavailable, FaceDetector

        if self._detector is None:
            try:
                self._detector = FaceDetector()
            except DetectorUnavailable as error:
                problem: str = error.args[0]  # a core Text, translated by the UI
                return problem
        source = self._source
        if source is not None and source.kind == "camera":
            import sys

            from knotbreak.adapters.meetings.camera_linux import devices

            if sys.platform.startswith("linux") and not devices("/dev/video*"):
                return translatable(
                    "PostureCoach",
                    "No camera was found, so the posture coach stays off. Connect one and "
                    "turn the coach on again.",
                )
        return None

    def _stay_off(self, problem: str) -> None:
        log.warning("posture coach stays off: %s", problem)
        if problem != self._problem:
            self.tell_user.emit(problem)
        self._on = False
        self._camera = "unavailable"
        self._problem = problem
        self.changed.emit()

    def may_sample(self) -> str | None:
        """Why no sample may be taken now, or None."""
        state = self._runner.state
        if state.phase is not Phase.WORKING:
            return "not working"
        if state.holding:
            return "meeting or away"
        if state.micro_showing:
            return "micro-break"
        if self._source is not None and self._source.kind == "camera" and camera_busy_elsewhere():
            return "camera in use by another app"
        return None

    def _frames(self, count: int) -> list[Any] | None:
        assert self._source is not None
        self._camera = "open"
        try:
            return self._source.grab(count)
        except CameraUnavailable as error:
            self._stay_off(error.args[0])
            self._timer.stop()
            return None
        finally:
            if self._camera == "open":
                self._camera = "closed"

    def calibrate(self) -> str | None:
        """Take the baseline now; None when done, else why not (words for the user)."""
        if self._source is None:
            self._source = self._source_factory()
        if self._detector is None:
            problem = self._ready()
            if problem is not None:
                return problem
        assert self._detector is not None
        frames = self._frames(CALIBRATION_FRAMES)
        if frames is None:
            return self._problem
        samples = [self._detector.detect(frame) for frame in frames]
        del frames  # never kept beyond this point
        fresh = calibrate(self._state, samples)
        if fresh is None:
            return translatable(
                "PostureCoach",
                "Calibration did not see your face clearly: sit facing the camera in good "
                "light and try again.",
            )
        self._state = fresh
        self._save()
        self.changed.emit()
        return None

    def sample(self) -> None:
        if not self._on or self._state.baseline is None or self._detector is None:
            return
        why_not = self.may_sample()
        if why_not is not None:
            log.debug("no posture sample: %s", why_not)
            return
        frames = self._frames(1)
        if not frames:
            return
        found = self._detector.detect(frames[0])
        del frames
        now: datetime = self._runner.now()
        self._state, nudge = observe(self._state, found, now, self._policy)
        self._save()
        if nudge is not None:
            task = nudge_task(nudge.reading)
            if task is not None:
                refused = self._runner.dispatch(PostureNudge(task.id))
                if refused:
                    log.info("posture nudge not shown: %s", refused)
        self.changed.emit()

    def status(self) -> dict[str, Any]:
        state = self._state
        return {
            "posture_coach": {
                "on": self._on,
                "calibrated": state.baseline is not None,
                "last_reading": None if state.last is None else str(state.last),
                "last_reading_at": None if state.last_at is None else state.last_at.isoformat(),
                "camera": self._camera,
                "source": None if self._source is None else self._source.kind,
                "problem": self._problem,
                "good_share_today": _share(state, self._runner.now()),
            }
        }

    def _load(self) -> CoachState:
        try:
            return store.loads(self._file.read_bytes())
        except FileNotFoundError:
            return CoachState()
        except OSError as error:
            log.warning("could not read %s (%s); the coach starts afresh", self._file, error)
            return CoachState()

    def _save(self) -> None:
        from knotbreak.core.atomic_file import write_atomically

        try:
            write_atomically(self._file, store.dumps(self._state))
        except OSError as error:
            log.warning("could not write %s: %s", self._file, error)


def _share(state: CoachState, now: datetime) -> float | None:
    day = state.days.get(now.date())
    return None if day is None or day.share is None else round(day.share, 3)
