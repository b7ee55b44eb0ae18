"""Face (and eye line) detection with OpenCV's Haar cascades, shipped in the 4.x wheel.

`FaceDetector` turns one frame into a `FaceSample` of plain numbers; the frame itself is
not kept. Where several faces show, the largest is taken: the user sits closest to the
camera. Eyes are looked for in the upper half of that face; the line through the two
found eye centres gives the tilt.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from knotbreak.core.posture.model import FaceSample
from knotbreak.core.text import translatable

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Frame = npt.NDArray[np.uint8]

MIN_FACE_SHARE = 0.12
"""Faces narrower than this share of the frame width are ignored (people in the back)."""


TURNS = (-18.0, 18.0)
"""Degrees the frame is turned by for a second look when no upright face is found."""


RECHECK_TILT = 8.0
"""An eye line turned this far is measured again on the face turned upright."""


class DetectorUnavailable(RuntimeError):
    """OpenCV is missing or ships no cascades: the coach cannot run."""


class FaceDetector:
    def __init__(self) -> None:
        try:
            import cv2
        except ImportError as error:  # pragma: no cover - depends on the install
            raise DetectorUnavailable(translatable(
                "PostureCoach",
                "The posture coach needs OpenCV, which is not installed, so it stays off. "
                "Install knotbreak with its 'coach' extra: pip install 'knotbreak[coach]'.",
            )) from error
        self._cv2: Any = cv2
        folder: str = self._cv2.data.haarcascades
        self._faces = cv2.CascadeClassifier(folder + "haarcascade_frontalface_default.xml")
        self._eyes = cv2.CascadeClassifier(folder + "haarcascade_eye.xml")
        if self._faces.empty() or self._eyes.empty():
            raise DetectorUnavailable(translatable(
                "PostureCoach",
                "OpenCV's face models were not found in {folder}, so the posture coach stays "
                "off. Reinstall opencv-python-headless version 4 (version 5 ships none).",
            ).format(folder=folder))

    def detect(self, frame: Frame) -> FaceSample | None:
        cv2 = self._cv2
        gray = frame if frame.ndim == 2 else cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
        gray = cv2.equalizeHist(gray)
        found = self._upright(gray)
        if found is not None:
            angle = found.eye_angle
            if angle is None or abs(angle) < RECHECK_TILT:
                return found
            # The box around a tilted face is wider than the face: measure it again
            # with the head turned upright, so a tilt does not read as leaning in.
            again = self._turned(gray, angle)
            if again is None:
                return found
            return FaceSample(again.cx, again.cy, again.width, angle)
        # The frontal cascade misses heads tilted by more than about 15 degrees; a tilted
        # head is exactly what the coach looks for, so look again with the frame turned.
        for turn in TURNS:
            sample = self._turned(gray, turn)
            if sample is not None:
                return sample
        return None

    def _turned(self, gray: Frame, turn: float) -> FaceSample | None:
        """A face found with the frame turned by `turn` degrees, in unturned coordinates."""
        cv2 = self._cv2
        height, width = gray.shape[:2]
        matrix = cv2.getRotationMatrix2D((width / 2, height / 2), turn, 1.0)
        turned = cv2.warpAffine(gray, matrix, (width, height), borderValue=0)
        sample = self._upright(turned)
        if sample is None:
            return None
        back = cv2.invertAffineTransform(matrix)
        cx = back[0, 0] * sample.cx + back[0, 1] * sample.cy + back[0, 2]
        cy = back[1, 0] * sample.cx + back[1, 1] * sample.cy + back[1, 2]
        # Turning the picture anticlockwise by `turn` lowers an image-space angle by it.
        angle = (sample.eye_angle or 0.0) + turn
        return FaceSample(float(cx), float(cy), sample.width, angle)

    def _upright(self, gray: Frame) -> FaceSample | None:
        width = gray.shape[1]
        smallest = max(24, int(width * MIN_FACE_SHARE))
        faces, _levels, weights = self._faces.detectMultiScale3(
            gray, scaleFactor=1.1, minNeighbors=5, minSize=(smallest, smallest),
            outputRejectLevels=True,
        )
        if len(faces) == 0:
            return None
        # The surest face, not the largest: a patterned shirt or poster can give a
        # larger, weaker hit than the real face.
        best = max(range(len(faces)), key=lambda i: float(weights[i]))
        x, y, w, h = (int(v) for v in faces[best])
        return FaceSample(
            cx=x + w / 2, cy=y + h / 2, width=float(w),
            eye_angle=self._eye_angle(gray[y : y + h // 2 + h // 8, x : x + w], w),
        )

    def _eye_angle(self, upper_face: Frame, face_width: int) -> float | None:
        eyes = self._eyes.detectMultiScale(
            upper_face, scaleFactor=1.1, minNeighbors=6,
            minSize=(max(8, face_width // 8), max(8, face_width // 8)),
            maxSize=(face_width // 2, face_width // 2),
        )
        if len(eyes) < 2:
            return None
        # The two largest are the eyes; eyebrows and nostrils give smaller hits.
        first, second = sorted(eyes, key=lambda e: int(e[2]) * int(e[3]), reverse=True)[:2]
        centres = sorted(
            ((ex + ew / 2, ey + eh / 2) for ex, ey, ew, eh in (first, second)),
        )
        (lx, ly), (rx, ry) = centres
        if rx - lx < face_width * 0.2:
            return None  # two hits on the same eye
        return math.degrees(math.atan2(ry - ly, rx - lx))
