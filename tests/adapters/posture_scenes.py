"""Synthetic webcam frames from scikit-image's astronaut photo (a real frontal face).

The photo is placed on a 640x480 "webcam" frame the way a sitting user's face would be;
leaning in scales it up, slouching moves it down, a head tilt rotates it. Each frame also
gets a small random jitter (the user is never perfectly still) and sensor noise.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import cv2
import numpy as np
from skimage import data

from knotbreak.core.posture.model import Reading

FRAME_W, FRAME_H = 640, 480
FACE_IN_PHOTO = (223.5, 113.5)  # where OpenCV finds the face centre in astronaut.png
HOME = (320.0, 190.0)
HOME_SCALE = 1.25  # the face about 115 px wide, as at arm's length from a laptop camera


@dataclass(frozen=True)
class Pose:
    scale: float = 1.0
    drop: float = 0.0
    """Downwards move of the face, in face widths."""
    angle: float = 0.0
    shift: float = 0.0
    """Sideways move of the face, in face widths."""


def photo() -> np.ndarray:
    return cv2.cvtColor(data.astronaut(), cv2.COLOR_RGB2BGR)


def render(pose: Pose, rng: random.Random | None = None, source: np.ndarray | None = None):
    source = photo() if source is None else source
    scale = HOME_SCALE * pose.scale
    face_w = 93 * HOME_SCALE
    matrix = cv2.getRotationMatrix2D(FACE_IN_PHOTO, pose.angle, scale)
    matrix[0, 2] += HOME[0] + pose.shift * face_w - FACE_IN_PHOTO[0]
    matrix[1, 2] += HOME[1] + pose.drop * face_w - FACE_IN_PHOTO[1]
    frame = cv2.warpAffine(
        source, matrix, (FRAME_W, FRAME_H), borderMode=cv2.BORDER_CONSTANT,
        borderValue=(70, 70, 70),
    )
    if rng is not None:
        noise = np.random.default_rng(rng.randrange(1 << 30)).normal(0, 4, frame.shape)
        frame = np.clip(frame.astype(np.float32) + noise, 0, 255).astype(np.uint8)
    return frame


def jittered(kind: Reading, rng: random.Random) -> Pose:
    """A pose of `kind` with the variation a real sitting person shows."""
    base = Pose(
        scale=rng.uniform(0.97, 1.03), drop=rng.uniform(-0.05, 0.05),
        angle=rng.uniform(-3, 3), shift=rng.uniform(-0.2, 0.2),
    )
    if kind is Reading.LEANING_IN:
        return Pose(rng.uniform(1.25, 1.45), base.drop + 0.1, base.angle, base.shift)
    if kind is Reading.SLOUCHING:
        return Pose(base.scale, rng.uniform(0.35, 0.6), base.angle, base.shift)
    if kind is Reading.TILTED:
        side = rng.choice((-1, 1))
        return Pose(base.scale, base.drop, side * rng.uniform(14, 20), base.shift)
    return base


def sequence(kind: Reading, count: int, seed: int):
    rng = random.Random(seed)
    return [render(jittered(kind, rng), rng) for _ in range(count)]
