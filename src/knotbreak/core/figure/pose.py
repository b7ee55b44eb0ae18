"""A small articulated 2D figure: joint angles in, named segments and points out.

Pure Python (no Qt) so the stretch pictures stay data and the geometry is unit-tested.

Coordinates: a unit box, x to the right, y UP, the floor at `FLOOR_Y`. A standing figure
is about 0.9 high. The renderer flips y and fits the box (or an entry's `view_box`) into
its rectangle.

Views:
- "side": the figure in profile, facing +x when `facing` is 1 (so we see its right side:
  the right limbs are near, the left limbs far) and -x when `facing` is -1.
- "front": the figure faces the viewer; its left limbs are on the viewer's right (+x).

Angles (degrees) and their zero/positive directions:
- `pelvis`: tilt of the whole body about the hip joint; positive leans forward (side) or
  toward +x (front). `spine_lower`, `spine_upper`, `neck`, `head`: each relative to the
  segment below it, same sign.
- `head_nod`: chin toward the chest (positive), in either view: the face (eyes, nose)
  moves down; a side view also tips the face forward.
- `head_yaw`: head turned away from the view direction (front: toward +x shows the nose
  on the +x side; side: turning toward the viewer).
- `torso_yaw`: front view: the shoulder line narrows with cos(yaw) and shifts toward +x;
  side view: the right shoulder comes forward (positive) or goes back (negative).
- `shrug_l/r`: shoulder raised toward the ear.
- `shoulder_l/r`: 0 = arm hanging along the torso; positive = forward flexion (side) or
  abduction away from the body (front). `elbow`, `wrist`, `fingers`: 0 = straight;
  positive bends the same way as raising the arm further. `spread_l/r` > 0 fans the
  fingers (degrees).
- `hip_l/r`: 0 = leg along the torso axis; positive = flexion (side) / abduction (front).
  `knee_l/r` positive bends the shank back (side) / inward (front). `ankle_l/r`
  positive lifts the toes.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Literal

View = Literal["side", "front"]
VIEWS: tuple[View, ...] = ("side", "front")
Side = Literal["l", "r"]

FLOOR_Y = 0.04

CENTRAL_JOINTS = ("pelvis", "spine_lower", "spine_upper", "neck", "head")
LATERAL_CENTRAL = (*CENTRAL_JOINTS, "head_yaw", "torso_yaw")
LIMB_JOINTS = (
    "shrug",
    "shoulder",
    "elbow",
    "wrist",
    "fingers",
    "spread",
    "hip",
    "knee",
    "ankle",
)
JOINTS: tuple[str, ...] = (
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
    "clavicle": 0.085,  # front view: neck base to shoulder joint
    "clavicle_side": 0.02,  # side view: shoulder joint just behind/below the neck base
    "hip_half_width": 0.045,
    "upper_arm": 0.15,
    "forearm": 0.13,
    "hand": 0.045,
    "fingers": 0.042,
    "thigh": 0.205,
    "shank": 0.205,
    "foot": 0.065,
    "ankle_height": 0.025,
}

FORESHORTENABLE = (
    "torso_lower",
    "torso_upper",
    "neck",
    "upper_arm_l",
    "upper_arm_r",
    "forearm_l",
    "forearm_r",
    "hand_l",
    "hand_r",
    "fingers_l",
    "fingers_r",
    "thigh_l",
    "thigh_r",
    "shank_l",
    "shank_r",
    "foot_l",
    "foot_r",
)

STANDING_PELVIS_Y = FLOOR_Y + LENGTHS["ankle_height"] + LENGTHS["shank"] + LENGTHS["thigh"]
SEATED_PELVIS_Y = FLOOR_Y + LENGTHS["ankle_height"] + LENGTHS["shank"]
SEAT_Y = SEATED_PELVIS_Y - 0.03


@dataclass(frozen=True)
class Pose:
    """One frame of the figure: a view, a root (pelvis) position and joint angles."""

    view: View = "side"
    angles: Mapping[str, float] = field(default_factory=dict)
    root: tuple[float, float] = (0.5, STANDING_PELVIS_Y)
    facing: int = 1
    foreshorten: Mapping[str, float] = field(default_factory=dict)

    def angle(self, name: str) -> float:
        return float(self.angles.get(name, 0.0))

    def with_angles(self, **changes: float) -> Pose:
        merged = dict(self.angles)
        merged.update(changes)
        return replace(self, angles=merged)


def stance_pose(view: View, stance: str, x: float = 0.5, facing: int = 1) -> Pose:
    """The neutral pose for "standing" (arms hanging) or "seated" (hips and knees at 90°,
    hands resting on the thighs)."""
    if stance == "standing":
        return Pose(view=view, angles={}, root=(x, STANDING_PELVIS_Y), facing=facing)
    if stance != "seated":
        raise ValueError(f"unknown stance {stance!r}; use 'standing' or 'seated'")
    if view == "front":
        # Thighs point at the viewer: short, a little apart, shanks straight down.
        angles = {
            "hip_l": 80.0,
            "hip_r": 80.0,
            "knee_l": 80.0,
            "knee_r": 80.0,
            "shoulder_l": 8.0,
            "shoulder_r": 8.0,
            "elbow_l": -30.0,
            "elbow_r": -30.0,
        }
        foreshorten = {"thigh_l": 0.45, "thigh_r": 0.45, "foot_l": 0.4, "foot_r": 0.4}
        return Pose(
            view=view,
            angles=angles,
            root=(x, SEATED_PELVIS_Y),
            facing=facing,
            foreshorten=foreshorten,
        )
    angles = {
        "hip_l": 90.0,
        "hip_r": 90.0,
        "knee_l": 90.0,
        "knee_r": 90.0,
        "shoulder_l": 10.0,
        "shoulder_r": 10.0,
        "elbow_l": 35.0,
        "elbow_r": 35.0,
        "wrist_l": -20.0,
        "wrist_r": -20.0,
    }
    return Pose(view=view, angles=angles, root=(x, SEATED_PELVIS_Y), facing=facing)


# --- geometry -----------------------------------------------------------------------

Point = tuple[float, float]


@dataclass(frozen=True)
class Segment:
    name: str
    a: Point
    b: Point
    kind: str  # "torso", "neck", "limb", "hand"
    depth: int  # 0 = far side, 1 = body, 2 = near side

    @property
    def length(self) -> float:
        return math.dist(self.a, self.b)

    def point_at(self, t: float) -> Point:
        return (self.a[0] + (self.b[0] - self.a[0]) * t, self.a[1] + (self.b[1] - self.a[1]) * t)


@dataclass(frozen=True)
class Figure:
    """The result of forward kinematics: segments, the head circle and named points."""

    view: View
    facing: int
    segments: tuple[Segment, ...]
    head_center: Point
    head_radius: float
    points: Mapping[str, Point]
    nose: Point | None  # where the nose bump sits, if it shows
    eyes: tuple[Point, ...] = ()  # the eye dots that face the viewer

    def segment(self, name: str) -> Segment:
        for segment in self.segments:
            if segment.name == name:
                return segment
        raise KeyError(name)

    def segment_names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.segments)


def _direction(angle_deg: float, sign: float) -> Point:
    rad = math.radians(angle_deg)
    return (sign * math.sin(rad), math.cos(rad))


def _add(p: Point, d: Point, length: float) -> Point:
    return (p[0] + d[0] * length, p[1] + d[1] * length)


def forward_kinematics(pose: Pose) -> Figure:
    a = pose.angle
    lengths = LENGTHS

    def seg_len(name: str, base: str | None = None) -> float:
        return lengths[base or name] * pose.foreshorten.get(name, 1.0)

    front = pose.view == "front"
    sign = 1.0 if front else float(pose.facing)

    pelvis: Point = pose.root
    c_pelvis = a("pelvis")
    c_lower = c_pelvis + a("spine_lower")
    c_upper = c_lower + a("spine_upper")
    c_neck = c_upper + a("neck")
    c_head = c_neck + a("head")

    spine_mid = _add(pelvis, _direction(c_lower, sign), seg_len("torso_lower"))
    neck_base = _add(spine_mid, _direction(c_upper, sign), seg_len("torso_upper"))
    head_base = _add(neck_base, _direction(c_neck, sign), seg_len("neck"))
    radius = lengths["head_radius"]
    head_center = _add(head_base, _direction(c_head, sign), radius * 0.9)

    segments: list[Segment] = [
        Segment("torso_lower", pelvis, spine_mid, "torso", 1),
        Segment("torso_upper", spine_mid, neck_base, "torso", 1),
        Segment("neck", neck_base, head_base, "neck", 1),
    ]
    points: dict[str, Point] = {
        "pelvis": pelvis,
        "spine_mid": spine_mid,
        "neck_base": neck_base,
        "head_base": head_base,
        "head_center": head_center,
    }

    # Face: the eyes and the nose bump, so a turn or a nod shows which way the face points.
    yaw = a("head_yaw")
    nod = math.radians(a("head_nod"))
    eyes: list[Point] = []
    if front:
        face_shift = math.sin(math.radians(yaw))
        across = _direction(c_head + 90.0, 1.0)
        up = _direction(c_head, 1.0)
        lift = radius * (0.15 - 0.75 * math.sin(nod))
        eye = _add(_add(head_center, across, radius * 0.55 * face_shift), up, lift)
        spread = radius * 0.36 * math.cos(math.radians(yaw))
        for offset in (-spread, spread):
            eye_shift = offset + radius * 0.6 * face_shift
            # An eye turned past the outline is on the far side of the head: not drawn.
            if abs(eye_shift) < radius * 0.78:
                eyes.append(_add(_add(head_center, across, eye_shift), up, lift))
        nose: Point | None = None
        if abs(face_shift) > 0.2:
            nose = _add(
                _add(head_center, across, radius * math.copysign(1.0, face_shift)),
                up,
                lift - radius * 0.2,
            )
    else:
        c_face = c_head + math.degrees(nod)
        forward = _direction(c_face + 90.0, sign)
        up = _direction(c_face, sign)
        along = math.cos(math.radians(yaw))
        eye = _add(_add(head_center, forward, radius * 0.55 * along), up, radius * 0.2)
        nose = _add(_add(head_center, forward, radius * along), up, -radius * 0.05)
        eyes.append(eye)
    points["eye"] = eye

    # Limbs.
    for side in ("l", "r"):
        s = 1.0 if side == "l" else -1.0
        if front:
            limb_sign = s
            near_depth = 2
        else:
            limb_sign = sign
            # Facing +x we see the right side: right limbs are near.
            near = (side == "r") == (pose.facing == 1)
            near_depth = 2 if near else 0
        depth = near_depth

        def local(c: float, s: float = s) -> float:
            """A central angle in this limb's own (mirrored) convention."""
            return s * c if front else c

        # Shoulder joint.
        shrug = a(f"shrug_{side}")
        if front:
            yaw_t = math.radians(a("torso_yaw"))
            clav = lengths["clavicle"] * math.cos(yaw_t)
            shift = _direction(c_upper + 90.0, 1.0)
            clav_dir = _direction(local(c_upper) + 90.0 - shrug, limb_sign)
            base = _add(neck_base, shift, lengths["clavicle"] * 0.55 * math.sin(yaw_t))
            shoulder = _add(base, clav_dir, clav)
            segments.append(Segment(f"clavicle_{side}", base, shoulder, "torso", 1))
        else:
            down = _direction(c_upper + 180.0, sign)
            shoulder = _add(neck_base, down, lengths["clavicle_side"])
            shoulder = _add(
                shoulder, _direction(c_upper, sign), 0.05 * math.sin(math.radians(shrug))
            )
            # A turned trunk brings one shoulder forward: the right one for positive yaw.
            turn = math.sin(math.radians(a("torso_yaw"))) * (1.0 if side == "r" else -1.0)
            shoulder = _add(shoulder, _direction(c_upper + 90.0, sign), 0.05 * turn)
            segments.append(Segment(f"clavicle_{side}", neck_base, shoulder, "torso", 1))
        upper_abs = local(c_upper) + 180.0 - a(f"shoulder_{side}")
        elbow = _add(
            shoulder, _direction(upper_abs, limb_sign), seg_len(f"upper_arm_{side}", "upper_arm")
        )
        fore_abs = upper_abs - a(f"elbow_{side}")
        wrist = _add(elbow, _direction(fore_abs, limb_sign), seg_len(f"forearm_{side}", "forearm"))
        hand_abs = fore_abs - a(f"wrist_{side}")
        knuckles = _add(wrist, _direction(hand_abs, limb_sign), seg_len(f"hand_{side}", "hand"))
        fingers_abs = hand_abs - a(f"fingers_{side}")
        tip = _add(
            knuckles, _direction(fingers_abs, limb_sign), seg_len(f"fingers_{side}", "fingers")
        )
        segments += [
            Segment(f"upper_arm_{side}", shoulder, elbow, "limb", depth),
            Segment(f"forearm_{side}", elbow, wrist, "limb", depth),
            Segment(f"hand_{side}", wrist, knuckles, "hand", depth),
            Segment(f"fingers_{side}", knuckles, tip, "hand", depth),
        ]
        spread = a(f"spread_{side}")
        if spread > 0:
            for i, offset in enumerate((-1.5, -0.5, 0.5, 1.5)):
                if offset == -0.5:
                    continue  # the middle finger is fingers_{side} itself
                fan_dir = _direction(fingers_abs + offset * spread / 3.0, limb_sign)
                segments.append(
                    Segment(
                        f"finger{i}_{side}",
                        knuckles,
                        _add(knuckles, fan_dir, seg_len(f"fingers_{side}", "fingers")),
                        "hand",
                        depth,
                    )
                )
            thumb_dir = _direction(hand_abs - min(spread * 0.8, 55.0) - 10.0, limb_sign)
            segments.append(
                Segment(
                    f"thumb_{side}",
                    wrist,
                    _add(wrist, thumb_dir, lengths["hand"] * 0.95),
                    "hand",
                    depth,
                )
            )

        # Hip joint.
        if front:
            hip = _add(
                pelvis, _direction(local(c_pelvis) + 90.0, limb_sign), lengths["hip_half_width"]
            )
            segments.append(Segment(f"pelvis_{side}", pelvis, hip, "torso", 1))
        else:
            hip = pelvis
        thigh_abs = local(c_pelvis) + 180.0 - a(f"hip_{side}")
        knee = _add(hip, _direction(thigh_abs, limb_sign), seg_len(f"thigh_{side}", "thigh"))
        shank_abs = thigh_abs + a(f"knee_{side}")
        ankle = _add(knee, _direction(shank_abs, limb_sign), seg_len(f"shank_{side}", "shank"))
        foot_abs = shank_abs - 90.0 - a(f"ankle_{side}")
        toe = _add(ankle, _direction(foot_abs, limb_sign), seg_len(f"foot_{side}", "foot"))
        segments += [
            Segment(f"thigh_{side}", hip, knee, "limb", depth),
            Segment(f"shank_{side}", knee, ankle, "limb", depth),
            Segment(f"foot_{side}", ankle, toe, "limb", depth),
        ]
        points.update(
            {
                f"shoulder_{side}": shoulder,
                f"elbow_{side}": elbow,
                f"wrist_{side}": wrist,
                f"knuckles_{side}": knuckles,
                f"fingertip_{side}": tip,
                f"hip_{side}": hip,
                f"knee_{side}": knee,
                f"ankle_{side}": ankle,
                f"toe_{side}": toe,
            }
        )

    return Figure(
        view=pose.view,
        facing=pose.facing,
        segments=tuple(segments),
        head_center=head_center,
        head_radius=radius,
        points=points,
        nose=nose,
        eyes=tuple(eyes),
    )


# --- animation and mirroring --------------------------------------------------------


def _lerp(a: float, b: float, t: float) -> float:
    return a + (b - a) * t


def interpolate(start: Pose, hold: Pose, t: float) -> Pose:
    """The pose a fraction `t` (0..1, clamped) of the way from `start` to `hold`."""
    if start.view != hold.view or start.facing != hold.facing:
        raise ValueError("start and hold poses must share the view and facing direction")
    t = min(1.0, max(0.0, t))
    names = set(start.angles) | set(hold.angles)
    angles = {n: _lerp(start.angle(n), hold.angle(n), t) for n in sorted(names)}
    shorts = set(start.foreshorten) | set(hold.foreshorten)
    foreshorten = {
        n: _lerp(start.foreshorten.get(n, 1.0), hold.foreshorten.get(n, 1.0), t)
        for n in sorted(shorts)
    }
    root = (_lerp(start.root[0], hold.root[0], t), _lerp(start.root[1], hold.root[1], t))
    return Pose(
        view=start.view, angles=angles, root=root, facing=start.facing, foreshorten=foreshorten
    )


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
        if name in ("head_yaw", "torso_yaw") or (pose.view == "front" and name in LATERAL_CENTRAL):
            angles[name] = -value
        else:
            angles[swap_side(name)] = value
    foreshorten = {swap_side(n): v for n, v in pose.foreshorten.items()}
    return Pose(
        view=pose.view,
        angles=angles,
        root=(mirror_x(pose.root[0]), pose.root[1]),
        facing=pose.facing if pose.view == "front" else -pose.facing,
        foreshorten=foreshorten,
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
    seg = figure.segment(spot.segment)
    px, py = seg.point_at(spot.t)
    if figure.view == "front" or spot.offset == 0.0:
        return (px, py)
    # Perpendicular to the segment, toward the figure's front.
    dx, dy = seg.b[0] - seg.a[0], seg.b[1] - seg.a[1]
    norm = math.hypot(dx, dy) or 1.0
    if seg.kind == "limb":
        # Limbs point away from the trunk: their front is a quarter turn anticlockwise.
        nx, ny = -dy / norm, dx / norm
    else:
        # The trunk points up: its front is a quarter turn clockwise.
        nx, ny = dy / norm, -dx / norm
    if figure.facing == -1:
        nx, ny = -nx, -ny
    return (px + nx * spot.offset, py + ny * spot.offset)


# --- a complete picture ---------------------------------------------------------------


@dataclass(frozen=True)
class PoseEntry:
    """Everything needed to draw one stretch: view, props, start/hold poses, target area."""

    id: str
    view: View
    start: Pose
    hold: Pose
    props: tuple[Prop, ...] = ()
    highlight: tuple[str, ...] = ()
    view_box: tuple[float, float, float, float] = (0.0, 0.0, 1.0, 1.0)
    close_up: bool = False
    """A close-up of the hands: only the hands and forearms must stay in frame."""
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


def figure_bounds(
    figure: Figure, stroke: float, close_up: bool = False
) -> tuple[float, float, float, float]:
    """The box (x0, y0, x1, y1) the drawn body covers: every stroke's round cap and the head.

    For a close-up only the hands and forearms count (the rest is cut off on purpose).
    """
    xs: list[float] = []
    ys: list[float] = []
    for segment in figure.segments:
        if close_up and not (segment.kind == "hand" or segment.name.startswith("forearm")):
            continue
        half = stroke_width(segment.kind, stroke) / 2
        for x, y in (segment.a, segment.b):
            xs += [x - half, x + half]
            ys += [y - half, y + half]
    if close_up:
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
    x0, y0, x1, y1 = figure_bounds(figure, stroke_for(entry.view_box), entry.close_up)
    bx0, by0, bx1, by1 = entry.view_box
    return min(x0 - bx0, y0 - by0, bx1 - x1, by1 - y1)
