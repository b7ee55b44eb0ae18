"""A small 3D stretch figure: joint rotations in, a projected picture out (pure data, no Qt).

Pure Python so the stretch pictures stay data and the geometry is unit-tested.

The body is built in 3D, in its own coordinates: x toward the figure's LEFT, y UP, z the
way the figure FACES; the floor at y = `FLOOR_Y`; a standing figure is about 0.9 high.
Forward kinematics walks the joint chain (pelvis -> spine -> neck -> head; shoulder ->
elbow -> wrist -> fingers; hip -> knee -> ankle), each joint a rotation of the frame
before it. A camera chosen per picture then projects every point onto the picture's
unit box (x right, y UP, the pelvis at `root`) and says how near the viewer each part is,
so near limbs are drawn over far ones.

Camera: `yaw` 0 looks at the figure's front (its left limbs on the viewer's right);
90 looks at its right side with the figure facing +x ("side"); -90 the left side, facing
-x; about 35 is a three-quarter view. `pitch` > 0 looks down from a little above.

Angles (degrees); every lateral angle is positive toward the figure's LEFT, and a
mirrored picture (the other side) negates them and swaps _l and _r:
- trunk: `pelvis`, `spine_lower`, `spine_upper`, `neck`, `head`: forward bend, each
  relative to the segment below (`pelvis` tips the whole trunk about the hips; the legs
  follow it). `*_tilt` (pelvis_tilt ... head_tilt): side bend toward the left.
  `torso_yaw`: the upper trunk turns to the left (a twist; the hips stay). `head_yaw`:
  the head turns to the left. `head_nod`: chin to the chest (the face tips down).
- arms: `shrug` lifts the shoulder toward the ear, `retract` draws it back (shoulder
  blade in), `shoulder` raises the arm forward (flexion; 180 = straight up),
  `shoulder_abd` raises it out to the side, `shoulder_across` swings a raised arm
  across the chest, `shoulder_rot` turns it outward about its own axis (with the elbow
  bent, the forearm turns out and up: a goalpost). `elbow` bends the forearm to the
  front of the arm, `pronate` turns the forearm palm-down, `wrist` bends the hand to
  the palm, `fingers` curls them at the knuckles and `curl` at the finger joints
  (`curl` alone: a hook), `tips` bends the last finger joints (a hook or a full fist
  bends them, a straight fist keeps them straight), `spread` fans them. A close-up draws
  the whole hand from these: a palm, four fingers with three joints each and a thumb
  that opens with `spread` and folds across the fist as the knuckles bend.
- legs: `hip` raises the thigh forward, `hip_abd` out to the side, `hip_across` across
  the other leg, `hip_rot` turns it outward (seated, the shank swings across: a figure 4),
  `knee` bends the shank back, `ankle` lifts the toes.

A pose may also place a hand on a point of the body (`reach`): the arm is solved so the
hand holds or presses there (a hand on the other elbow, on a knee, on the chair back).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Literal

View = Literal["side", "front", "three-quarter"]
VIEWS: tuple[View, ...] = ("side", "front", "three-quarter")
Side = Literal["l", "r"]

FLOOR_Y = 0.04
THREE_QUARTER_YAW = 35.0
FAR_SIDE = 0.13
"""How much further (summed depth of shoulder and hip) one side must be before its limbs
take the lighter far tone: a camera turned less than ~30 degrees keeps both sides dark."""

CENTRAL_JOINTS = ("pelvis", "spine_lower", "spine_upper", "neck", "head")
TILTS = tuple(f"{name}_tilt" for name in CENTRAL_JOINTS)
# Joints whose sign says "toward the figure's left": a mirrored picture negates them, and
# the stretch card reads from them which side a symmetric-looking picture shows.
LATERAL_CENTRAL = (*TILTS, "head_yaw", "torso_yaw")
LIMB_JOINTS = (
    "shrug",
    "retract",
    "shoulder",
    "shoulder_abd",
    "shoulder_across",
    "shoulder_rot",
    "elbow",
    "pronate",
    "wrist",
    "fingers",
    "curl",
    "tips",
    "spread",
    "hip",
    "hip_abd",
    "hip_across",
    "hip_rot",
    "knee",
    "ankle",
)
JOINTS: tuple[str, ...] = (
    *CENTRAL_JOINTS,
    *LATERAL_CENTRAL,
    "head_nod",
    *(f"{joint}_{side}" for joint in LIMB_JOINTS for side in ("l", "r")),
)

# Segment lengths in box units (a standing figure is ~0.9 high).
LENGTHS: Mapping[str, float] = {
    "torso_lower": 0.14,
    "torso_upper": 0.15,
    "neck": 0.045,
    "head_radius": 0.062,
    "clavicle": 0.082,
    "shoulder_drop": 0.02,
    "hip_half_width": 0.048,
    "upper_arm": 0.15,
    "forearm": 0.13,
    "hand": 0.05,
    "fingers": 0.05,
    "thigh": 0.205,
    "shank": 0.205,
    "foot": 0.065,
    "ankle_height": 0.025,
}

STANDING_PELVIS_Y = FLOOR_Y + LENGTHS["ankle_height"] + LENGTHS["shank"] + LENGTHS["thigh"]
SEATED_PELVIS_Y = FLOOR_Y + LENGTHS["ankle_height"] + LENGTHS["shank"]
SEAT_Y = SEATED_PELVIS_Y - 0.03

Vec = tuple[float, float, float]
Mat = tuple[Vec, Vec, Vec]  # rows
Point = tuple[float, float]


# --- camera and reaching hands ----------------------------------------------------


@dataclass(frozen=True)
class Camera:
    """Where the viewer stands: `yaw` around the figure (0 = in front, 90 = at its right
    side so it faces +x), `pitch` above it (degrees)."""

    yaw: float = 90.0
    pitch: float = 0.0

    @property
    def view(self) -> View:
        """The nearest named view (props choose their drawing from it)."""
        turn = abs(self.yaw) % 360.0
        turn = min(turn, 360.0 - turn)
        if turn < 20.0:
            return "front"
        if 70.0 <= turn <= 110.0:
            return "side"
        return "three-quarter"

    @property
    def facing(self) -> int:
        """Which way (+1 = +x, -1 = -x) the figure's front points in the picture."""
        return -1 if math.sin(math.radians(self.yaw)) < -1e-9 else 1


def camera_for(view: View, facing: int = 1, yaw: float | None = None) -> Camera:
    if yaw is not None:
        return Camera(yaw=yaw)
    if view == "front":
        return Camera(yaw=0.0)
    if view == "three-quarter":
        return Camera(yaw=THREE_QUARTER_YAW * facing)
    return Camera(yaw=90.0 * facing)


@dataclass(frozen=True)
class Reach:
    """A hand placed on a point of the body: its palm at `target` plus `offset` (body
    coordinates: x left, y up, z forward); the elbow bends toward `pole`. `weight` 0..1
    blends from the arm's own angles to the reach (a hand on its way there)."""

    target: str
    offset: Vec = (0.0, 0.0, 0.0)
    pole: Vec | None = None
    weight: float = 1.0


@dataclass(frozen=True)
class Pose:
    """One frame of the figure: a camera, the pelvis position in the picture and joint
    angles (plus hands placed on the body)."""

    camera: Camera = field(default_factory=Camera)
    angles: Mapping[str, float] = field(default_factory=dict)
    root: tuple[float, float] = (0.5, STANDING_PELVIS_Y)
    reach: Mapping[str, Reach] = field(default_factory=dict)

    @property
    def view(self) -> View:
        return self.camera.view

    @property
    def facing(self) -> int:
        return self.camera.facing

    def angle(self, name: str) -> float:
        return float(self.angles.get(name, 0.0))

    def with_angles(self, **changes: float) -> Pose:
        merged = dict(self.angles)
        merged.update(changes)
        return replace(self, angles=merged)


STANCE_ANGLES: Mapping[str, Mapping[str, float]] = {
    "standing": {},
    # Hips and knees at 90 degrees, hands resting on the thighs.
    "seated": {
        "hip_l": 90.0,
        "hip_r": 90.0,
        "knee_l": 90.0,
        "knee_r": 90.0,
        "hip_abd_l": 4.0,
        "hip_abd_r": 4.0,
        "shoulder_l": 12.0,
        "shoulder_r": 12.0,
        "elbow_l": 48.0,
        "elbow_r": 48.0,
        "wrist_l": -25.0,
        "wrist_r": -25.0,
    },
}


def stance_pose(
    view: View, stance: str, x: float = 0.5, facing: int = 1, yaw: float | None = None
) -> Pose:
    """The neutral pose for "standing" (arms hanging) or "seated" (hips and knees at 90°,
    hands resting on the thighs): the same body whatever the camera."""
    if stance not in STANCE_ANGLES:
        raise ValueError(f"unknown stance {stance!r}; use 'standing' or 'seated'")
    y = STANDING_PELVIS_Y if stance == "standing" else SEATED_PELVIS_Y
    return Pose(
        camera=camera_for(view, facing, yaw), angles=dict(STANCE_ANGLES[stance]), root=(x, y)
    )


# --- small 3D helpers -------------------------------------------------------------------

IDENTITY: Mat = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))
UP: Vec = (0.0, 1.0, 0.0)
DOWN: Vec = (0.0, -1.0, 0.0)
FORWARD: Vec = (0.0, 0.0, 1.0)


def _mul(a: Mat, b: Mat) -> Mat:
    def cell(i: int, j: int) -> float:
        return a[i][0] * b[0][j] + a[i][1] * b[1][j] + a[i][2] * b[2][j]

    return (
        (cell(0, 0), cell(0, 1), cell(0, 2)),
        (cell(1, 0), cell(1, 1), cell(1, 2)),
        (cell(2, 0), cell(2, 1), cell(2, 2)),
    )


def _apply(m: Mat, v: Vec) -> Vec:
    return (
        m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2],
        m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2],
        m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2],
    )


def _rx(deg: float) -> Mat:
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return ((1.0, 0.0, 0.0), (0.0, c, -s), (0.0, s, c))


def _ry(deg: float) -> Mat:
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return ((c, 0.0, s), (0.0, 1.0, 0.0), (-s, 0.0, c))


def _rz(deg: float) -> Mat:
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return ((c, -s, 0.0), (s, c, 0.0), (0.0, 0.0, 1.0))


def _chain(*mats: Mat) -> Mat:
    out = IDENTITY
    for m in mats:
        out = _mul(out, m)
    return out


def _plus(p: Vec, d: Vec, k: float = 1.0) -> Vec:
    return (p[0] + d[0] * k, p[1] + d[1] * k, p[2] + d[2] * k)


def _minus(a: Vec, b: Vec) -> Vec:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def _dot(a: Vec, b: Vec) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def _cross(a: Vec, b: Vec) -> Vec:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def _norm(v: Vec) -> float:
    return math.sqrt(_dot(v, v))


def _unit(v: Vec, fallback: Vec = DOWN) -> Vec:
    n = _norm(v)
    return fallback if n < 1e-9 else (v[0] / n, v[1] / n, v[2] / n)


def _lerp3(a: Vec, b: Vec, t: float) -> Vec:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t)


def _across(v: Vec, axis: Vec) -> Vec:
    """The part of `v` at right angles to the unit vector `axis`."""
    along = _dot(v, axis)
    return (v[0] - axis[0] * along, v[1] - axis[1] * along, v[2] - axis[2] * along)


def _frame(down: Vec, front_hint: Vec) -> Mat:
    """A limb frame whose -y is `down` and whose z leans toward `front_hint`."""
    y = (-down[0], -down[1], -down[2])
    z = _unit(_across(front_hint, y), FORWARD)
    x = _cross(y, z)
    # Columns are the frame's axes.
    return ((x[0], y[0], z[0]), (x[1], y[1], z[1]), (x[2], y[2], z[2]))


def _column(m: Mat, i: int) -> Vec:
    return (m[0][i], m[1][i], m[2][i])


def _joint(flex: float, tilt: float = 0.0, yaw: float = 0.0) -> Mat:
    """A trunk joint: turn to the left, bend toward the left, bend forward (in that order)."""
    return _chain(_ry(yaw), _rz(-tilt), _rx(flex))


# --- geometry -------------------------------------------------------------------------


@dataclass(frozen=True)
class Segment:
    """One drawn stroke, projected: end points in the picture, how near the viewer it is
    (`depth`, larger = nearer), whether it belongs to the far side of the body, and which
    way its front faces in the picture (for glow spots in front of or behind it)."""

    name: str
    a: Point
    b: Point
    kind: str  # "torso", "neck", "limb", "hand"
    depth: float
    far: bool = False
    front: Point = (0.0, 0.0)

    @property
    def length(self) -> float:
        return math.dist(self.a, self.b)

    def point_at(self, t: float) -> Point:
        return (self.a[0] + (self.b[0] - self.a[0]) * t, self.a[1] + (self.b[1] - self.a[1]) * t)


@dataclass(frozen=True)
class Digit:
    """One finger or the thumb, projected: its joints from the knuckle to the tip."""

    name: str  # "thumb", "index", "middle", "ring", "little"
    points: tuple[Point, ...]
    depth: float
    points3d: tuple[Vec, ...] = ()


@dataclass(frozen=True)
class Hand:
    """A whole hand, projected: the palm outline and the five digits, with their depths
    so the painter can draw what is nearer the viewer last."""

    side: str
    palm: tuple[Point, ...]
    palm_depth: float
    digits: tuple[Digit, ...]
    palm3d: tuple[Vec, ...] = ()

    def digit(self, name: str) -> Digit:
        for digit in self.digits:
            if digit.name == name:
                return digit
        raise KeyError(name)


@dataclass(frozen=True)
class Figure:
    """The result of forward kinematics: segments, the head circle and named points, all
    projected into the picture; `depths` says how near the viewer each point is."""

    view: View
    facing: int
    segments: tuple[Segment, ...]
    head_center: Point
    head_radius: float
    points: Mapping[str, Point]
    nose: Point | None  # where the nose bump sits, if it shows at the outline
    eyes: tuple[Point, ...] = ()  # the eye dots that face the viewer
    head_depth: float = 0.0
    nose_behind: bool = False
    points3d: Mapping[str, Vec] = field(default_factory=dict)
    hands: Mapping[str, Hand] = field(default_factory=dict)
    """The whole hand of each side (palm, fingers, thumb), drawn in close-ups."""

    def segment(self, name: str) -> Segment:
        for segment in self.segments:
            if segment.name == name:
                return segment
        raise KeyError(name)

    def segment_names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.segments)


class _Projector:
    def __init__(self, camera: Camera, root: Point, pelvis: Vec) -> None:
        yaw = math.radians(camera.yaw)
        pitch = math.radians(camera.pitch)
        self._cy, self._sy = math.cos(yaw), math.sin(yaw)
        self._cp, self._sp = math.cos(pitch), math.sin(pitch)
        self._root = root
        self._origin = (0.0, 0.0)
        self._origin = self.point(pelvis)
        self._origin = (self._origin[0] - root[0], self._origin[1] - root[1])

    def _screen(self, v: Vec) -> tuple[float, float, float]:
        x, y, z = v
        sx = x * self._cy + z * self._sy
        toward = z * self._cy - x * self._sy
        sy = y * self._cp - toward * self._sp
        depth = toward * self._cp + y * self._sp
        return sx, sy, depth

    def point(self, v: Vec) -> Point:
        sx, sy, _ = self._screen(v)
        return (sx - self._origin[0], sy - self._origin[1])

    def depth(self, v: Vec) -> float:
        return self._screen(v)[2]

    def direction(self, d: Vec) -> Point:
        sx, sy, _ = self._screen(d)
        return (sx, sy)


def _solve_two_bone(shoulder: Vec, target: Vec, a: float, b: float, pole: Vec) -> tuple[Vec, Vec]:
    """Elbow and wrist for an arm of lengths a, b reaching from `shoulder` toward `target`
    (as close as it can), the elbow bending toward `pole`."""
    to = _minus(target, shoulder)
    reach = _norm(to)
    direction = _unit(to)
    d = min(max(reach, abs(a - b) + 1e-4), a + b - 1e-4)
    cos_angle = max(-1.0, min(1.0, (a * a + d * d - b * b) / (2 * a * d)))
    sin_angle = math.sqrt(1.0 - cos_angle * cos_angle)
    bend = _unit(_across(pole, direction), _unit(_cross(direction, (1.0, 0.0, 0.0)), FORWARD))
    elbow = _plus(_plus(shoulder, direction, a * cos_angle), bend, a * sin_angle)
    return elbow, _plus(shoulder, direction, d)


# --- the whole hand (close-ups) ------------------------------------------------------

FINGER_NAMES = ("index", "middle", "ring", "little")
PALM_HALF_WIDTH = 0.021
FINGER_WIDTH = 0.0095
"""A drawn finger's thickness (box units): a little under the knuckle spacing, so four
fingers side by side still read as four."""
_KNUCKLE_REACH = (0.050, 0.052, 0.050, 0.045)  # wrist -> knuckle, along the hand
_KNUCKLE_ACROSS = (0.75, 0.25, -0.25, -0.75)  # x PALM_HALF_WIDTH, + toward the thumb
_FINGER_LENGTH = (0.047, 0.052, 0.049, 0.038)
_PHALANX_SHARE = (0.46, 0.30, 0.24)
_FAN = (1.5, 0.5, -0.5, -1.5)  # how much of `spread` each finger fans out
_THUMB_PATHS: tuple[tuple[Vec, Vec, Vec], ...] = (  # (open, wide, fist) per joint
    ((0.013, -0.006, 0.004), (0.013, -0.006, 0.004), (0.013, -0.006, 0.006)),
    ((0.030, -0.028, 0.008), (0.036, -0.017, 0.006), (0.026, -0.028, 0.018)),
    ((0.036, -0.048, 0.010), (0.054, -0.028, 0.006), (0.014, -0.042, 0.032)),
    ((0.040, -0.066, 0.010), (0.070, -0.037, 0.006), (-0.004, -0.046, 0.034)),
)


def _hand_3d(
    wrist: Vec, f_hand: Mat, s: float, angle: Mapping[str, float], side: str
) -> tuple[tuple[Vec, ...], list[tuple[str, tuple[Vec, ...]]]]:
    """The palm outline and every digit's joints in 3D, from the hand's frame.

    The palm faces the hand frame's +z (the way `wrist` and `fingers` bend), the thumb
    sits on the figure's outer side of it (+x for the left hand). The knuckles bend by
    `fingers`, the middle joints by `curl`, the end joints by `tips`; the thumb opens with
    `spread` and folds across the palm as the knuckles close into a fist.
    """

    def get(name: str) -> float:
        return float(angle.get(f"{name}_{side}", 0.0))

    mcp, pip, dip, spread = get("fingers"), get("curl"), get("tips"), get("spread")

    def at(frame: Mat, local: Vec, base: Vec = wrist) -> Vec:
        return _plus(base, _apply(frame, local))

    digits: list[tuple[str, tuple[Vec, ...]]] = []
    knuckles: list[Vec] = []
    for i, name in enumerate(FINGER_NAMES):
        base = at(f_hand, (s * _KNUCKLE_ACROSS[i] * PALM_HALF_WIDTH, -_KNUCKLE_REACH[i], 0.0))
        knuckles.append(base)
        frame = _chain(f_hand, _rz(s * _FAN[i] * spread / 3.0), _rx(-mcp))
        joints = [base]
        for share, bend in zip(_PHALANX_SHARE, (0.0, pip, dip), strict=True):
            frame = _mul(frame, _rx(-bend))
            joints.append(_plus(joints[-1], _apply(frame, DOWN), _FINGER_LENGTH[i] * share))
        digits.append((name, tuple(joints)))
    # The thumb's joints in the hand's own coordinates (x toward the thumb side, z to the
    # palm side): lying open beside the fingers, opened wide, and folded across the front
    # of a full fist; the pose blends them by how far the fingers spread and curl. A
    # straight fist (end joints straight) keeps the thumb up beside the flat fingers.
    fist = min(1.0, max(0.0, mcp / 90.0)) * min(1.0, max(0.0, dip / 45.0))
    wide = min(1.0, max(0.0, spread / 60.0))
    joints = []
    for open_at, wide_at, fist_at in _THUMB_PATHS:
        x, y, z = (
            o + (w - o) * wide + (f - o) * fist
            for o, w, f in zip(open_at, wide_at, fist_at, strict=True)
        )
        joints.append(at(f_hand, (s * x, y, z)))
    digits.insert(0, ("thumb", tuple(joints)))
    radial = at(f_hand, (s * 0.8 * PALM_HALF_WIDTH, -0.004, 0.0))
    ulnar = at(f_hand, (-s * 0.8 * PALM_HALF_WIDTH, -0.004, 0.0))
    palm = (radial, knuckles[0], knuckles[1], knuckles[2], knuckles[3], ulnar)
    return palm, digits


def forward_kinematics(pose: Pose) -> Figure:
    """Builds the body in 3D from the pose's angles (and reaching hands) and projects it
    through the pose's camera."""
    a = pose.angle
    L = LENGTHS
    p3: dict[str, Vec] = {}
    pelvis: Vec = (0.0, 0.0, 0.0)
    f_pelvis = _joint(a("pelvis"), a("pelvis_tilt"))
    f_lower = _mul(f_pelvis, _joint(a("spine_lower"), a("spine_lower_tilt")))
    spine_mid = _plus(pelvis, _apply(f_lower, UP), L["torso_lower"])
    f_upper = _mul(f_lower, _joint(a("spine_upper"), a("spine_upper_tilt"), a("torso_yaw")))
    neck_base = _plus(spine_mid, _apply(f_upper, UP), L["torso_upper"])
    f_neck = _mul(f_upper, _joint(a("neck"), a("neck_tilt")))
    head_base = _plus(neck_base, _apply(f_neck, UP), L["neck"])
    f_head = _mul(f_neck, _joint(a("head"), a("head_tilt"), a("head_yaw")))
    radius = L["head_radius"]
    head_center = _plus(head_base, _apply(f_head, UP), radius * 0.9)
    f_face = _mul(f_head, _rx(a("head_nod")))
    p3.update(
        pelvis=pelvis,
        spine_mid=spine_mid,
        neck_base=neck_base,
        head_base=head_base,
        head_center=head_center,
    )
    frames: dict[str, Mat] = {
        "torso_lower": f_lower,
        "torso_upper": f_upper,
        "neck": f_neck,
    }
    # (name, a, b, kind, side or "", frame)
    strokes: list[tuple[str, str, str, str, str]] = [
        ("torso_lower", "pelvis", "spine_mid", "torso", ""),
        ("torso_upper", "spine_mid", "neck_base", "torso", ""),
        ("neck", "neck_base", "head_base", "neck", ""),
    ]

    for side in ("l", "r"):
        s = 1.0 if side == "l" else -1.0
        hip = _apply(f_pelvis, (s * L["hip_half_width"], 0.0, 0.0))
        f_thigh = _chain(
            f_pelvis,
            _ry(-s * a(f"hip_across_{side}")),
            _rz(s * a(f"hip_abd_{side}")),
            _rx(-a(f"hip_{side}")),
            _ry(s * a(f"hip_rot_{side}")),
        )
        knee = _plus(hip, _apply(f_thigh, DOWN), L["thigh"])
        f_shank = _mul(f_thigh, _rx(a(f"knee_{side}")))
        ankle = _plus(knee, _apply(f_shank, DOWN), L["shank"])
        f_foot = _mul(f_shank, _rx(-a(f"ankle_{side}")))
        toe = _plus(ankle, _apply(f_foot, FORWARD), L["foot"])
        p3.update(
            {
                f"hip_{side}": hip,
                f"knee_{side}": knee,
                f"ankle_{side}": ankle,
                f"toe_{side}": toe,
                f"thigh_mid_{side}": _lerp3(hip, knee, 0.5),
                f"shank_mid_{side}": _lerp3(knee, ankle, 0.5),
            }
        )
        frames.update(
            {
                f"pelvis_{side}": f_pelvis,
                f"thigh_{side}": f_thigh,
                f"shank_{side}": f_shank,
                f"foot_{side}": _mul(f_foot, _rx(-90.0)),
            }
        )
        strokes += [
            (f"pelvis_{side}", "pelvis", f"hip_{side}", "torso", ""),
            (f"thigh_{side}", f"hip_{side}", f"knee_{side}", "limb", side),
            (f"shank_{side}", f"knee_{side}", f"ankle_{side}", "limb", side),
            (f"foot_{side}", f"ankle_{side}", f"toe_{side}", "limb", side),
        ]

    # Both shoulders first (a hand may hold the other shoulder), then the arms: the free
    # ones first, so a reaching hand can hold the other arm.
    for side in ("l", "r"):
        s = 1.0 if side == "l" else -1.0
        lift = math.sin(math.radians(a(f"shrug_{side}")))
        back = math.sin(math.radians(a(f"retract_{side}")))
        p3[f"shoulder_{side}"] = _plus(
            neck_base,
            _apply(
                f_upper,
                (s * L["clavicle"], -L["shoulder_drop"] + 0.07 * lift, -0.035 * back),
            ),
        )
    order = sorted(("l", "r"), key=lambda side: side in pose.reach)
    hands3d: dict[str, tuple[tuple[Vec, ...], list[tuple[str, tuple[Vec, ...]]]]] = {}
    for side in order:
        s = 1.0 if side == "l" else -1.0
        shoulder = p3[f"shoulder_{side}"]
        f_arm = _chain(
            f_upper,
            _ry(-s * a(f"shoulder_across_{side}")),
            _rz(s * a(f"shoulder_abd_{side}")),
            _rx(-a(f"shoulder_{side}")),
            _ry(s * a(f"shoulder_rot_{side}")),
        )
        elbow = _plus(shoulder, _apply(f_arm, DOWN), L["upper_arm"])
        f_fore = _chain(f_arm, _rx(-a(f"elbow_{side}")), _ry(-s * a(f"pronate_{side}")))
        wrist = _plus(elbow, _apply(f_fore, DOWN), L["forearm"])
        reach = pose.reach.get(side)
        if reach is not None and reach.target in p3 and reach.weight > 0.0:
            w = min(1.0, reach.weight)
            goal = _plus(p3[reach.target], reach.offset)
            default_pole: Vec = (s * 0.7, -1.0, -0.2)
            own_pole = _minus(elbow, _lerp3(shoulder, wrist, 0.5))
            if _norm(own_pole) < 1e-6:
                own_pole = default_pole
            pole = _lerp3(_unit(own_pole), _unit(reach.pole or default_pole), w)
            # The palm, not the wrist, lands on the target: solve once for the wrist, then
            # again for the wrist moved back along the hand as it then points.
            reached = _lerp3(wrist, goal, w)  # on the way there while w < 1
            target = reached
            front_arm, front_fore = _column(f_arm, 2), _column(f_fore, 2)
            for _ in range(3):
                elbow, wrist = _solve_two_bone(shoulder, target, L["upper_arm"], L["forearm"], pole)
                f_arm = _frame(_unit(_minus(elbow, shoulder)), front_arm)
                f_fore = _frame(_unit(_minus(wrist, elbow)), front_fore)
                hand_dir = _apply(_mul(f_fore, _rx(-a(f"wrist_{side}"))), DOWN)
                target = _plus(reached, hand_dir, -L["hand"] * 0.6 * w)
        f_hand = _mul(f_fore, _rx(-a(f"wrist_{side}")))
        hands3d[side] = _hand_3d(wrist, f_hand, s, pose.angles, side)
        knuckles = _plus(wrist, _apply(f_hand, DOWN), L["hand"])
        f_fingers = _mul(f_hand, _rx(-a(f"fingers_{side}")))
        middle = _plus(knuckles, _apply(f_fingers, DOWN), L["fingers"] * 0.55)
        f_tips = _mul(f_fingers, _rx(-a(f"curl_{side}")))
        tip = _plus(middle, _apply(f_tips, DOWN), L["fingers"] * 0.45)
        p3.update(
            {
                f"shoulder_{side}": shoulder,
                f"elbow_{side}": elbow,
                f"wrist_{side}": wrist,
                f"knuckles_{side}": knuckles,
                f"finger_joint_{side}": middle,
                f"fingertip_{side}": tip,
                f"forearm_mid_{side}": _lerp3(elbow, wrist, 0.5),
                f"upper_arm_mid_{side}": _lerp3(shoulder, elbow, 0.5),
            }
        )
        frames.update(
            {
                f"clavicle_{side}": f_upper,
                f"upper_arm_{side}": f_arm,
                f"forearm_{side}": f_fore,
                f"hand_{side}": f_hand,
                f"fingers_{side}": f_fingers,
                f"fingertips_{side}": f_tips,
            }
        )
        strokes += [
            (f"clavicle_{side}", "neck_base", f"shoulder_{side}", "torso", ""),
            (f"upper_arm_{side}", f"shoulder_{side}", f"elbow_{side}", "limb", side),
            (f"forearm_{side}", f"elbow_{side}", f"wrist_{side}", "limb", side),
            (f"hand_{side}", f"wrist_{side}", f"knuckles_{side}", "hand", side),
            (f"fingers_{side}", f"knuckles_{side}", f"finger_joint_{side}", "hand", side),
            (f"fingertips_{side}", f"finger_joint_{side}", f"fingertip_{side}", "hand", side),
        ]
        spread = a(f"spread_{side}")
        if spread > 0:
            for i, offset in ((0, -1.5), (2, 0.5), (3, 1.5)):
                fan = _mul(f_fingers, _rz(s * offset * spread / 3.0))
                name = f"finger{i}_{side}"
                p3[name] = _plus(knuckles, _apply(fan, DOWN), L["fingers"])
                frames[name] = fan
                strokes.append((name, f"knuckles_{side}", name, "hand", side))
            thumb = _mul(f_hand, _rz(-s * (20.0 + min(spread * 0.8, 55.0))))
            p3[f"thumb_{side}"] = _plus(wrist, _apply(thumb, DOWN), L["hand"] * 0.95)
            frames[f"thumb_{side}"] = thumb
            strokes.append((f"thumb_{side}", f"wrist_{side}", f"thumb_{side}", "hand", side))

    # Face: eyes and nose, so a turn or a nod shows which way the face points.
    project = _Projector(pose.camera, pose.root, pelvis)
    center_depth = project.depth(head_center)
    center_2d = project.point(head_center)
    eyes: list[Point] = []
    eye_points: list[tuple[float, Vec]] = []
    for across in (-1.0, 1.0):
        eye3 = _plus(head_center, _apply(f_face, (across * 0.36, 0.16, 0.78)), radius)
        eye_points.append((project.depth(eye3), eye3))
        if project.depth(eye3) - center_depth > radius * 0.3:
            eyes.append(project.point(eye3))
    p3["eye"] = max(eye_points)[1]
    nose3 = _plus(head_center, _apply(f_face, (0.0, -0.08, 1.12)), radius)
    nose2 = project.point(nose3)
    nose = nose2 if math.dist(nose2, center_2d) > radius * 0.3 else None
    nose_behind = project.depth(nose3) < center_depth

    points = {name: project.point(v) for name, v in p3.items()}
    root_depth = {
        side: project.depth(p3[f"shoulder_{side}"]) + project.depth(p3[f"hip_{side}"])
        for side in ("l", "r")
    }
    segments: list[Segment] = []
    for name, start, end, kind, side in strokes:
        mid = _lerp3(p3[start], p3[end], 0.5)
        other = "r" if side == "l" else "l"
        far = bool(side) and root_depth[side] < root_depth[other] - FAR_SIDE
        front = project.direction(_apply(frames[name], FORWARD))
        segments.append(
            Segment(name, points[start], points[end], kind, project.depth(mid), far, front)
        )
    hands = {
        side: Hand(
            side=side,
            palm=tuple(project.point(v) for v in palm3),
            palm_depth=sum(project.depth(v) for v in palm3) / len(palm3),
            digits=tuple(
                Digit(
                    name,
                    tuple(project.point(v) for v in joints),
                    sum(project.depth(v) for v in joints[1:]) / (len(joints) - 1),
                    joints,
                )
                for name, joints in digits3
            ),
            palm3d=palm3,
        )
        for side, (palm3, digits3) in hands3d.items()
    }
    return Figure(
        view=pose.camera.view,
        facing=pose.camera.facing,
        segments=tuple(segments),
        head_center=center_2d,
        head_radius=radius,
        points=points,
        nose=nose,
        eyes=tuple(eyes),
        head_depth=center_depth,
        nose_behind=nose_behind,
        points3d=p3,
        hands=hands,
    )


# --- animation and mirroring --------------------------------------------------------


def _lerp(a: float, b: float, t: float) -> float:
    return a + (b - a) * t


def _blend_reach(start: Reach | None, end: Reach | None, t: float) -> Reach | None:
    if start is None and end is None:
        return None
    if start is None:
        assert end is not None
        return replace(end, weight=end.weight * t)
    if end is None:
        return replace(start, weight=start.weight * (1.0 - t))
    if start.target != end.target:
        return end if t >= 0.5 else start
    return Reach(
        target=end.target,
        offset=_lerp3(start.offset, end.offset, t),
        pole=end.pole if end.pole is not None else start.pole,
        weight=_lerp(start.weight, end.weight, t),
    )


def interpolate(start: Pose, hold: Pose, t: float) -> Pose:
    """The pose a fraction `t` (0..1, clamped) of the way from `start` to `hold`."""
    t = min(1.0, max(0.0, t))
    names = set(start.angles) | set(hold.angles)
    angles = {n: _lerp(start.angle(n), hold.angle(n), t) for n in sorted(names)}
    root = (_lerp(start.root[0], hold.root[0], t), _lerp(start.root[1], hold.root[1], t))
    camera = Camera(
        yaw=_lerp(start.camera.yaw, hold.camera.yaw, t),
        pitch=_lerp(start.camera.pitch, hold.camera.pitch, t),
    )
    reach: dict[str, Reach] = {}
    for side in sorted(set(start.reach) | set(hold.reach)):
        blended = _blend_reach(start.reach.get(side), hold.reach.get(side), t)
        if blended is not None:
            reach[side] = blended
    return Pose(camera=camera, angles=angles, root=root, reach=reach)


def swap_side(name: str) -> str:
    """`elbow_l` <-> `elbow_r`; names without a side come back unchanged."""
    if name.endswith("_l"):
        return name[:-2] + "_r"
    if name.endswith("_r"):
        return name[:-2] + "_l"
    return name


def mirror_x(x: float) -> float:
    return 1.0 - x


def mirror(pose: Pose) -> Pose:
    """The same stretch done on the other side: the picture flipped left to right."""
    angles: dict[str, float] = {}
    for name, value in pose.angles.items():
        if name in LATERAL_CENTRAL:
            angles[name] = -value
        else:
            angles[swap_side(name)] = value
    reach = {
        ("r" if side == "l" else "l"): replace(
            r,
            target=swap_side(r.target),
            offset=(-r.offset[0], r.offset[1], r.offset[2]),
            pole=None if r.pole is None else (-r.pole[0], r.pole[1], r.pole[2]),
        )
        for side, r in pose.reach.items()
    }
    return Pose(
        camera=Camera(yaw=-pose.camera.yaw, pitch=pose.camera.pitch),
        angles=angles,
        root=(mirror_x(pose.root[0]), pose.root[1]),
        reach=reach,
    )


# --- props ---------------------------------------------------------------------------

PROP_KINDS = (
    "floor",
    "chair",
    "desk",
    "screen",
    "wall",
    "door",
    "step",
    "ball",
    "heatpad",
    "far",
    "sight",
    "arrow",
    "glass",
)
PROP_SHOW = ("always", "start", "hold")


@dataclass(frozen=True)
class Prop:
    """A simple shape placed in the box, or relative to a named figure point (`at`).

    x, y: position (box units); w, h: size; facing: which way a chair's back or a
    door frame's header points; at/dx/dy: anchor on the figure; points: an arrow's or a
    sight line's end points (relative to the anchor); bend: an arrow's curvature.
    """

    kind: str
    x: float = 0.5
    y: float = FLOOR_Y
    w: float = 0.0
    h: float = 0.0
    facing: int = 1
    at: str | None = None
    dx: float = 0.0
    dy: float = 0.0
    points: tuple[Point, ...] = ()
    bend: float = 0.0
    show: str = "always"  # "start": only in the first half of the motion, "hold": the second

    def shows_at(self, t: float) -> bool:
        if self.show == "start":
            return t < 0.5
        if self.show == "hold":
            return t >= 0.5
        return True

    def origin(self, figure: Figure) -> Point:
        """Where the prop sits for this figure (its anchor point plus offset)."""
        if self.at is None:
            return (self.x + self.dx, self.y + self.dy)
        px, py = figure.points[self.at]
        return (px + self.dx, py + self.dy)


def mirror_prop(prop: Prop) -> Prop:
    return replace(
        prop,
        x=mirror_x(prop.x),
        dx=-prop.dx,
        facing=-prop.facing,
        at=swap_side(prop.at) if prop.at else None,
        points=tuple((-px if prop.at else mirror_x(px), py) for px, py in prop.points),
        bend=-prop.bend,
    )


# --- highlight areas ------------------------------------------------------------------


@dataclass(frozen=True)
class HighlightPiece:
    """A stretch of one segment (t0..t1) drawn in the highlight colour."""

    segment: str
    t0: float = 0.0
    t1: float = 1.0


@dataclass(frozen=True)
class GlowSpot:
    """A round glow at a point along a segment, pushed toward the front/back (side view)."""

    segment: str
    t: float
    offset: float  # box units; + is toward the figure's front in side view
    radius: float


def _area(*pieces: tuple[str, float, float]) -> tuple[HighlightPiece, ...]:
    return tuple(HighlightPiece(s, t0, t1) for s, t0, t1 in pieces)


# Named target areas. Any segment name works as a highlight too.
AREAS: Mapping[str, tuple[tuple[HighlightPiece, ...], tuple[GlowSpot, ...]]] = {
    "neck": (_area(("neck", 0, 1)), ()),
    "chest": (_area(("torso_upper", 0.35, 1)), (GlowSpot("torso_upper", 0.65, 0.035, 0.07),)),
    "upper_back": (_area(("torso_upper", 0.2, 1)), (GlowSpot("torso_upper", 0.6, -0.035, 0.075),)),
    "low_back": (_area(("torso_lower", 0, 1)), (GlowSpot("torso_lower", 0.5, -0.03, 0.065),)),
    "belly": (_area(("torso_lower", 0.15, 0.9)), (GlowSpot("torso_lower", 0.5, 0.04, 0.07),)),
    "torso": (_area(("torso_lower", 0, 1), ("torso_upper", 0, 1)), ()),
    "eyes": ((), ()),  # drawn as a dot at the eye point
    **{
        f"{name}_{side}": spec
        for side in ("l", "r")
        for name, spec in {
            "trap": (_area((f"clavicle_{side}", 0, 1), ("neck", 0, 0.5)), ()),
            "shoulder": (
                _area((f"upper_arm_{side}", 0, 0.45), (f"clavicle_{side}", 0.5, 1)),
                (GlowSpot(f"upper_arm_{side}", 0.05, 0.0, 0.06),),
            ),
            "arm": (_area((f"upper_arm_{side}", 0, 1), (f"forearm_{side}", 0, 1)), ()),
            "hand": (
                _area(
                    (f"hand_{side}", 0, 1),
                    (f"fingers_{side}", 0, 1),
                    (f"fingertips_{side}", 0, 1),
                    *((f"finger{i}_{side}", 0, 1) for i in (0, 2, 3)),
                    (f"thumb_{side}", 0, 1),
                ),
                (),
            ),
            "glute": (
                _area((f"thigh_{side}", 0, 0.3), ("torso_lower", 0, 0.2)),
                (GlowSpot(f"thigh_{side}", 0.05, -0.045, 0.07),),
            ),
            "hip_front": (
                _area((f"thigh_{side}", 0, 0.55), ("torso_lower", 0, 0.25)),
                (GlowSpot(f"thigh_{side}", 0.05, 0.03, 0.06),),
            ),
            "hamstring": (_area((f"thigh_{side}", 0, 1)), ()),
        }.items()
    },
}


def area_names() -> tuple[str, ...]:
    return tuple(AREAS)


def highlight_pieces(
    figure: Figure, names: Iterable[str]
) -> tuple[list[HighlightPiece], list[GlowSpot], bool]:
    """Pieces to draw solid, glow spots, and whether the eyes are marked."""
    present = set(figure.segment_names())
    pieces: list[HighlightPiece] = []
    spots: list[GlowSpot] = []
    eyes = False
    for name in names:
        if name == "eyes":
            eyes = True
            continue
        if name in AREAS:
            area_pieces, area_spots = AREAS[name]
            pieces += [p for p in area_pieces if p.segment in present]
            spots += [s for s in area_spots if s.segment in present]
        elif name in present:
            pieces.append(HighlightPiece(name))
    return pieces, spots, eyes


def glow_center(figure: Figure, spot: GlowSpot) -> Point:
    """The spot's centre: a point along its segment, pushed toward the segment's front
    (negative: its back) as the camera sees it; seen face-on it sits on the segment."""
    seg = figure.segment(spot.segment)
    px, py = seg.point_at(spot.t)
    fx, fy = seg.front
    return (px + fx * spot.offset, py + fy * spot.offset)


# --- a complete picture ---------------------------------------------------------------


REP_OUT = 0.3
"""A single movement reaches its pose in the first 30 % of a rep ..."""
REP_BACK = 0.65
"""... stays until 65 % and comes back over the rest."""
LOOP_FORWARD = 0.8
"""A movement with phases spends 80 % of a rep going through them, 20 % gliding back."""


def _ease(x: float) -> float:
    x = min(1.0, max(0.0, x))
    return x * x * (3 - 2 * x)


@dataclass(frozen=True)
class PoseEntry:
    """Everything needed to draw one stretch: camera, props, start/hold poses, target area."""

    id: str
    view: View
    start: Pose
    hold: Pose
    props: tuple[Prop, ...] = ()
    highlight: tuple[str, ...] = ()
    view_box: tuple[float, float, float, float] = (0.0, 0.0, 1.0, 1.0)
    close_up: bool = False
    """A close-up of the hands: only the hands must stay in frame."""
    keys: tuple[tuple[float, Pose], ...] = ()
    """Key poses between start (t = 0) and hold (t = 1), by time, in order: a movement
    with several phases (shrug up, then roll back and down; spread, hook, fist)."""

    def at(self, t: float) -> Pose:
        """The pose `t` of the way along start -> keys -> hold, eased within each leg."""
        t = min(1.0, max(0.0, t))
        path = [(0.0, self.start), *self.keys, (1.0, self.hold)]
        for (t0, a), (t1, b) in itertools.pairwise(path):
            if t <= t1 or t1 >= 1.0:
                span = t1 - t0
                local = 1.0 if span <= 0 else (t - t0) / span
                if self.keys:
                    # Each phase starts and ends gently, so the figure pauses at every key.
                    local = local * local * (3 - 2 * local)
                return interpolate(a, b, local)
        return self.hold

    def props_at(self, t: float) -> tuple[Prop, ...]:
        return tuple(p for p in self.props if p.shows_at(t))

    def rep_time(self, phase: float) -> float:
        """Where along start -> hold one repetition is at `phase` (0..1 of the rep),
        on the way out; `rep_pose` adds the way back."""
        phase = phase % 1.0
        if self.keys:
            return min(1.0, phase / LOOP_FORWARD)
        if phase < REP_OUT:
            return _ease(phase / REP_OUT)
        if phase < REP_BACK:
            return 1.0
        return _ease((1.0 - phase) / (1.0 - REP_BACK))

    def rep_pose(self, phase: float) -> Pose:
        """The pose at `phase` of one repetition.

        A movement with phases (key poses) runs through every phase IN ORDER and then
        glides back to the start, so the next rep begins where this one did (shrug: up,
        back, down; finger glides: spread, hook, fist, straight fist, open). A single
        movement goes out, stays, and comes back.
        """
        phase = phase % 1.0
        if self.keys and phase >= LOOP_FORWARD:
            back = _ease((phase - LOOP_FORWARD) / (1.0 - LOOP_FORWARD))
            return interpolate(self.hold, self.start, back)
        return self.at(self.rep_time(phase))

    def motion_times(self, steps: int = 20) -> tuple[float, ...]:
        """Sample times of the whole motion (for checks): every step and every key."""
        times = {i / steps for i in range(steps + 1)} | {t for t, _ in self.keys}
        return tuple(sorted(times))


def mirror_entry(entry: PoseEntry) -> PoseEntry:
    x0, y0, x1, y1 = entry.view_box
    return replace(
        entry,
        start=mirror(entry.start),
        hold=mirror(entry.hold),
        keys=tuple((t, mirror(pose)) for t, pose in entry.keys),
        props=tuple(mirror_prop(p) for p in entry.props),
        highlight=tuple(swap_side(h) for h in entry.highlight),
        view_box=(mirror_x(x1), y0, mirror_x(x0), y1),
    )


# --- checks the tests and the painter share -------------------------------------------

STROKE = 0.052  # box units: the limb stroke, ~6 % of a standing figure's height
TRUNK_FACTOR = 1.45
HAND_FACTOR = 0.72
HAND_OUTLINE = 1.5
"""A close-up's finger is drawn over a rim this many times its width, in the panel's
tone, so a finger in front of another stays a separate finger."""


def stroke_for(view_box: tuple[float, float, float, float]) -> float:
    """Stroke width in box units; close-ups thin it so small parts stay readable."""
    size = max(view_box[2] - view_box[0], view_box[3] - view_box[1])
    return float(STROKE * min(1.0, size) ** 0.5)


def stroke_width(kind: str, stroke: float) -> float:
    if kind == "torso":
        return stroke * TRUNK_FACTOR
    if kind == "hand":
        return stroke * HAND_FACTOR
    return stroke


def finger_width(stroke: float) -> float:
    """A close-up finger's drawn thickness: `FINGER_WIDTH`, or thicker in a wider frame
    where the limbs are drawn thick too, so the hand stays in proportion to the arm (the
    fingers then close up into one hand shape, their rims still showing each finger)."""
    return max(FINGER_WIDTH, stroke * 0.42)


def figure_bounds(
    figure: Figure, stroke: float, close_up: bool = False, hands: str = "lr"
) -> tuple[float, float, float, float]:
    """The box (x0, y0, x1, y1) the drawn body covers: every stroke's round cap and the head.

    For a close-up only the hands on `hands` sides count (the rest is cut off on purpose).
    """
    xs: list[float] = []
    ys: list[float] = []
    for segment in figure.segments:
        if close_up and (segment.kind != "hand" or segment.name[-1] not in hands):
            continue
        half = stroke_width(segment.kind, stroke) / 2
        for x, y in (segment.a, segment.b):
            xs += [x - half, x + half]
            ys += [y - half, y + half]
    if close_up:
        # The close-up draws the whole hand (palm, fingers, thumb) over these strokes.
        half = finger_width(stroke) * HAND_OUTLINE / 2
        for side, hand in figure.hands.items():
            if side not in hands:
                continue
            for x, y in itertools.chain(hand.palm, *(d.points for d in hand.digits)):
                xs += [x - half, x + half]
                ys += [y - half, y + half]
        return (min(xs), min(ys), max(xs), max(ys))
    hx, hy = figure.head_center
    r = figure.head_radius
    xs += [hx - r, hx + r]
    ys += [hy - r, hy + r]
    if figure.nose is not None:
        nx, ny = figure.nose
        xs += [nx - r * 0.28, nx + r * 0.28]
        ys += [ny - r * 0.28, ny + r * 0.28]
    return (min(xs), min(ys), max(xs), max(ys))


def frame_margin(entry: PoseEntry, t: float) -> float:
    """How far (box units) the figure at `t` stays inside the entry's view box; < 0 = cut off."""
    figure = forward_kinematics(entry.at(t))
    # A close-up frames the hands it highlights (one hand can show the movement).
    hands = "".join(side for side in "lr" if f"hand_{side}" in entry.highlight) or "lr"
    x0, y0, x1, y1 = figure_bounds(figure, stroke_for(entry.view_box), entry.close_up, hands)
    bx0, by0, bx1, by1 = entry.view_box
    return min(x0 - bx0, y0 - by0, bx1 - x1, by1 - y1)
