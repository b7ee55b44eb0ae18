"""Where the posture coach's frames come from: the camera, or files for development.

Capture uses OpenCV's VideoCapture (V4L2 on Linux) rather than QtMultimedia: the coach
needs one still frame now and then, synchronously, as a NumPy array for the detector.
QtMultimedia delivers frames asynchronously as QVideoFrame (a copy and conversion away
from NumPy), needs libpulse at import on Linux, and would load the multimedia stack for
a picture nobody sees. OpenCV is already loaded for detection; its capture adds nothing.

The camera is opened for one sample and closed again at once.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from knotbreak.core.text import translatable

if TYPE_CHECKING:
    from knotbreak.adapters.posture.detector import Frame

log = logging.getLogger(__name__)

FRAMES_VARIABLE = "KNOTBREAK_POSTURE_FRAMES"
"""Development: a folder of images (or a video file) fed to the coach instead of the camera."""
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp")
WARM_UP_FRAMES = 4
"""Frames dropped after opening a camera: the first are dark while exposure settles."""


class CameraUnavailable(RuntimeError):
    """No camera, no permission, or another app holds it; the message says which."""


class FrameSource(Protocol):
    kind: str
    """"camera" or "files"."""

    def grab(self, count: int) -> list[Frame]:
        """`count` frames, the device open only meanwhile; raises CameraUnavailable."""
        ...


class FileFrames:
    """Images of a folder in name order (or a video's frames), one per grab, the last
    one repeated once they run out: enough to drive calibration and sampling in tests."""

    kind = "files"

    def __init__(self, path: Path) -> None:
        self.path = path
        self._next = 0

    def _files(self) -> list[Path]:
        if self.path.is_dir():
            return sorted(p for p in self.path.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
        return [self.path]

    def grab(self, count: int) -> list[Frame]:
        import cv2

        frames: list[Frame] = []
        files = self._files()
        if not files:
            raise CameraUnavailable(
                translatable("PostureCoach", "No image files in {path}.").format(path=self.path)
            )
        for _ in range(count):
            index = min(self._next, len(files) - 1)
            self._next += 1
            frame: Any = cv2.imread(str(files[index]))
            if frame is None:
                frame = self._from_video(files[index], index)
            if frame is None:
                raise CameraUnavailable(
                    translatable("PostureCoach", "{path} is not an image or video OpenCV reads.")
                    .format(path=files[index])
                )
            frames.append(frame)
        return frames

    def _from_video(self, path: Path, _index: int) -> Frame | None:
        import cv2

        capture: Any = cv2.VideoCapture(str(path))
        try:
            capture.set(cv2.CAP_PROP_POS_FRAMES, self._next - 1)
            ok, frame = capture.read()
            return frame if ok else None
        finally:
            capture.release()


class CameraFrames:
    kind = "camera"

    def __init__(self, index: int = 0) -> None:
        self.index = index

    def grab(self, count: int) -> list[Frame]:
        import cv2

        backend = cv2.CAP_V4L2 if sys.platform.startswith("linux") else cv2.CAP_ANY
        capture: Any = cv2.VideoCapture(self.index, backend)
        try:
            if not capture.isOpened():
                raise CameraUnavailable(translatable(
                    "PostureCoach",
                    "No camera could be opened, so the posture coach stays off. Check that "
                    "one is connected and that knotbreak may use it (on Linux: membership "
                    "of the 'video' group).",
                ))
            frames: list[Frame] = []
            for number in range(WARM_UP_FRAMES + count):
                ok, frame = capture.read()
                if not ok:
                    raise CameraUnavailable(translatable(
                        "PostureCoach",
                        "The camera opened but gave no picture: another app may hold it. "
                        "Close it and turn the posture coach on again.",
                    ))
                if number >= WARM_UP_FRAMES:
                    frames.append(frame)
            return frames
        finally:
            capture.release()


def camera_busy_elsewhere(pattern: str = "/dev/video*") -> bool:
    """True when another process of ours holds a video device open (Linux only)."""
    if not sys.platform.startswith("linux"):
        return False
    from knotbreak.adapters.meetings.camera_linux import devices, holders

    return bool(holders(devices(pattern), exclude=(os.getpid(),)))


def source_from(override: str | None) -> FrameSource:
    if override:
        return FileFrames(Path(override).expanduser())
    return CameraFrames()
