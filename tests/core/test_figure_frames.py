"""Every stretch picture, at every point of its motion and on both sides, stays readable.

These are the checks issue 11 asks for: the figure stays inside its frame with a margin,
no arm or leg passes through the head unless the pose means it (a hand on the chin,
fingertips behind the head, a glass at the mouth), the highlight lands on a drawn part
of the body, and the new strengthening and movement entries have pictures.
"""

from __future__ import annotations

import math

import pytest

from knotbreak.core.figure.pose import (
    Figure,
    PoseEntry,
    forward_kinematics,
    frame_margin,
    glow_center,
    highlight_pieces,
    mirror_entry,
)
from knotbreak.core.figure.poses_file import load_pose_file
from knotbreak.resources_path import resource

TIMES = [i / 20 for i in range(21)]
MARGIN = 0.008  # box units: ~1 % of a standing figure's height

# Where a hand or arm is meant to be at the head: fingertips laced behind it, a finger
# guiding the chin back, a glass raised to the mouth, arms raised beside the head.
HAND_AT_HEAD = {
    "seated-chest": {"l", "r"},
    "thoracic-ext": {"l", "r"},
    "chin-tuck-hold": {"l"},
    "walk-water": {"r"},
    "pmr": {"l", "r"},
    "doorway-pec": {"l", "r"},
    "wall-slide": {"l", "r"},
    "desk-bow": {"l", "r"},  # arms stretched past the ears, seen from the side
}
NEW_ENTRIES = ("scapular-squeeze", "chin-tuck-hold", "core-brace", "sit-to-stand", "walk-water")


@pytest.fixture(scope="module")
def entries() -> dict[str, PoseEntry]:
    library = load_pose_file(resource("stretches/poses.json"))
    assert library.errors == ()
    return dict(library.entries)


def _both_sides(entry: PoseEntry) -> list[PoseEntry]:
    return [entry, mirror_entry(entry)]


def test_every_frame_of_every_picture_stays_inside_its_frame(entries):
    cut = [
        (stretch_id, side.id, t, round(frame_margin(side, t), 3))
        for stretch_id, entry in entries.items()
        for side in _both_sides(entry)
        for t in TIMES
        if frame_margin(side, t) < MARGIN
    ]
    assert cut == []


def _distance_to_segment(
    p: tuple[float, float], a: tuple[float, float], b: tuple[float, float]
) -> float:
    ax, ay = a
    bx, by = b
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy or 1e-12
    t = max(0.0, min(1.0, ((p[0] - ax) * dx + (p[1] - ay) * dy) / length2))
    return math.dist(p, (ax + dx * t, ay + dy * t))


def _limbs_through_head(figure: Figure, allowed: set[str]) -> list[str]:
    hits = []
    for segment in figure.segments:
        if segment.kind not in ("limb", "hand") or segment.name[-2:] not in ("_l", "_r"):
            continue
        if (segment.name[-1] in allowed and segment.kind == "hand") or (
            segment.name[-1] in allowed and segment.name.startswith("forearm")
        ):
            continue
        if segment.name[-1] in allowed and segment.name.startswith("upper_arm"):
            continue
        if _distance_to_segment(figure.head_center, segment.a, segment.b) < figure.head_radius:
            hits.append(segment.name)
    return hits


def test_no_arm_or_leg_passes_through_the_head_unless_the_pose_means_it(entries):
    through = [
        (stretch_id, t, hits)
        for stretch_id, entry in entries.items()
        for t in TIMES
        if (
            hits := _limbs_through_head(
                forward_kinematics(entry.at(t)), HAND_AT_HEAD.get(stretch_id, set())
            )
        )
    ]
    assert through == []


def test_the_limb_check_catches_an_arm_through_the_head(entries):
    from knotbreak.core.figure.pose import stance_pose

    pose = stance_pose("side", "standing").with_angles(shoulder_r=180.0, elbow_r=0.0)
    figure = forward_kinematics(pose)
    assert "upper_arm_r" in _limbs_through_head(
        figure, set()
    ) or "forearm_r" in _limbs_through_head(figure, set())


# A limb (arm or leg bone) and the spine, in 3D: closer than this, the limb is inside the
# trunk (drawn, it would pass through the body instead of in front of or behind it).
TRUNK_CLEARANCE = 0.03
LIMB_BONES = {
    f"{bone}_{side}": (f"{a}_{side}", f"{b}_{side}", t0)
    for bone, a, b, t0 in (
        # Where the arm and thigh join the trunk they meet it anyway: check the far part.
        ("upper_arm", "shoulder", "elbow", 0.45),
        ("forearm", "elbow", "wrist", 0.0),
        ("thigh", "hip", "knee", 0.45),
        ("shank", "knee", "ankle", 0.0),
    )
    for side in "lr"
}
# A hand resting on the belly or the chest brings the forearm close, on purpose.
FOREARM_ON_TRUNK = {"breathing": {"l", "r"}, "core-brace": {"l", "r"}, "sit-to-stand": {"l", "r"}}


def _distance_3d(p, a, b) -> float:
    d = [b[i] - a[i] for i in range(3)]
    length2 = sum(x * x for x in d) or 1e-12
    t = max(0.0, min(1.0, sum((p[i] - a[i]) * d[i] for i in range(3)) / length2))
    return math.dist(p, [a[i] + d[i] * t for i in range(3)])


def _limbs_through_trunk(figure: Figure, allowed: set[str]) -> list[str]:
    spine = [figure.points3d[n] for n in ("pelvis", "spine_mid", "neck_base")]
    hits = []
    for bone, (a, b, t0) in LIMB_BONES.items():
        if bone.startswith("forearm") and bone[-1] in allowed:
            continue
        ends = [figure.points3d[a], figure.points3d[b]]
        # Sample the bone; any sample inside the trunk's core counts.
        samples = [
            [ends[0][i] + (ends[1][i] - ends[0][i]) * (t0 + (1 - t0) * k / 8) for i in range(3)]
            for k in range(9)
        ]
        if any(
            _distance_3d(p, spine[j], spine[j + 1]) < TRUNK_CLEARANCE
            for p in samples
            for j in range(2)
        ):
            hits.append(bone)
    return hits


def test_no_arm_or_leg_passes_through_the_trunk_at_any_moment(entries):
    through = [
        (stretch_id, t, hits)
        for stretch_id, entry in entries.items()
        for t in entry.motion_times()
        if (
            hits := _limbs_through_trunk(
                forward_kinematics(entry.at(t)), FOREARM_ON_TRUNK.get(stretch_id, set())
            )
        )
    ]
    assert through == []


def test_the_trunk_check_catches_an_arm_through_the_chest():
    from knotbreak.core.figure.pose import stance_pose

    pose = stance_pose("side", "standing").with_angles(
        shoulder_r=90.0, shoulder_across_r=90.0, elbow_r=0.0
    )
    assert "forearm_r" in _limbs_through_trunk(forward_kinematics(pose), set()) or (
        "upper_arm_r" in _limbs_through_trunk(forward_kinematics(pose), set())
    )


def test_every_highlight_lands_on_a_drawn_part_of_the_body(entries):
    for stretch_id, entry in entries.items():
        for t in (0.0, 1.0):
            figure = forward_kinematics(entry.at(t))
            pieces, _spots, eyes = highlight_pieces(figure, entry.highlight)
            assert pieces or eyes, stretch_id


def test_new_strengthening_and_movement_entries_have_pictures(entries):
    for stretch_id in NEW_ENTRIES:
        assert stretch_id in entries, stretch_id
    # sit-to-stand really stands up, walk-water carries a glass.
    sit, stand = (forward_kinematics(entries["sit-to-stand"].at(t)) for t in (0.0, 1.0))
    assert stand.head_center[1] - sit.head_center[1] > 0.15
    assert any(p.kind == "glass" for p in entries["walk-water"].props)


def test_a_prop_shown_only_in_one_half_of_the_motion(entries):
    eye = entries["eye-break"]
    start = [p.points[-1] for p in eye.props_at(0.0) if p.kind == "sight"]
    hold = [p.points[-1] for p in eye.props_at(1.0) if p.kind == "sight"]
    assert len(start) == len(hold) == 1
    # First the screen, close by; then far away.
    assert hold[0][0] > start[0][0] + 0.1


def test_a_movement_with_phases_passes_through_every_key_pose(entries):
    shrug = entries["shrug-roll"]
    assert shrug.keys, "shrug-roll shows up, hold, then roll back and down"
    up = shrug.keys[0][1]
    assert shrug.at(shrug.keys[0][0]).angle("shrug_l") == pytest.approx(up.angle("shrug_l"))
    assert shrug.at(1.0).angle("shrug_l") < 0 < up.angle("shrug_l")
    glides = entries["finger-glides"]
    shapes = [
        (
            glides.at(t).angle("spread_r"),
            glides.at(t).angle("fingers_r"),
            # How far the fingers curl past the knuckles: middle plus end joints.
            glides.at(t).angle("curl_r") + glides.at(t).angle("tips_r"),
            glides.at(t).angle("tips_r"),
        )
        for t in (0.0, 0.25, 0.5, 0.75, 1.0)
    ]
    # straight, spread, hook (knuckles straight, fingers curled), fist, straight fist
    straight, spread, hook, fist, flat_fist = shapes
    assert straight == (0, 0, 0, 0) and spread[0] > 40
    assert hook[1] < 20 and hook[2] > 100
    assert fist[1] > 60 and fist[2] > 130
    # A straight fist keeps the fingers flat: the end joints straight.
    assert flat_fist[1] > 60 and flat_fist[2] < 100 and flat_fist[3] == 0


def test_sit_to_stand_keeps_the_feet_planted_while_rising(entries):
    entry = entries["sit-to-stand"]
    ankles = [forward_kinematics(entry.at(t)).points["ankle_r"] for t in TIMES]
    # Exactly planted at every key; between keys the blend lets them drift by less than
    # half a foot's length (0.065), which does not read as a step.
    assert max(math.dist(a, ankles[0]) for a in ankles) < 0.025


def test_keys_out_of_order_are_reported_with_their_field():
    from knotbreak.core.figure.poses_file import parse_pose_data

    data = {
        "schema_version": 1,
        "poses": {
            "x": {
                "view": "side",
                "start": {"angles": {}},
                "keys": [{"at": 0.6, "angles": {}}, {"at": 0.4, "angles": {}}],
                "highlight": ["neck"],
            }
        },
    }
    library = parse_pose_data(data)
    assert library.entries == {}
    assert library.errors[0].field == "keys[1].at"
    assert "after the previous key" in library.errors[0].message


def _phase_order(entry: PoseEntry, name: str, steps: int = 200) -> list[float]:
    """The value of one joint angle over a whole rep, sampled evenly."""
    return [entry.rep_pose(i / steps).angle(name) for i in range(steps)]


def test_a_rep_plays_every_phase_in_order_and_ends_where_it_began(entries):
    shrug = entries["shrug-roll"]
    lift = _phase_order(shrug, "shrug_r")
    back = _phase_order(shrug, "retract_r")
    top = lift.index(max(lift))
    most_back = back.index(max(back))
    lowest_after = min(range(most_back, len(lift)), key=lambda i: lift[i])
    # Up first, then back, then down (never the reverse order within one rep).
    assert top < most_back < lowest_after
    assert lift[lowest_after] < 0.0  # down: below where the shoulders started
    start, end = shrug.rep_pose(0.0), shrug.rep_pose(0.999)
    for name in ("shrug_r", "retract_r"):
        assert end.angle(name) == pytest.approx(start.angle(name), abs=1.0)


def test_finger_glides_go_straight_spread_hook_fist_straight_fist_open(entries):
    glides = entries["finger-glides"]

    def shape(phase: float) -> str:
        pose = glides.rep_pose(phase)
        spread, mcp = pose.angle("spread_r"), pose.angle("fingers_r")
        ip = pose.angle("curl_r") + pose.angle("tips_r")
        if spread > 40:
            return "spread"
        if mcp < 20 and ip > 110:
            return "hook"
        if mcp > 60 and ip > 135:
            return "fist"
        if mcp > 60 and 60 < ip < 100:
            return "straight fist"
        if mcp < 10 and ip < 10:
            return "open"
        return "moving"

    seen: list[str] = []
    for i in range(400):
        now = shape(i / 400)
        if now != "moving" and (not seen or seen[-1] != now):
            seen.append(now)
    assert seen == ["open", "spread", "hook", "fist", "straight fist", "open"]


def test_a_single_movement_goes_out_stays_and_comes_back(entries):
    chin = entries["chin-tuck"]
    assert chin.rep_pose(0.0) == chin.start
    assert chin.rep_pose(0.5) == chin.at(1.0)
    assert chin.rep_pose(0.999).angle("neck") == pytest.approx(chin.start.angle("neck"), abs=0.5)


# Each named target area and the body points it lies between: its highlight (solid pieces
# and glow spots) must be drawn there, at every moment of the motion, from every camera.
AREA_ANCHORS = {
    "neck": ("neck_base", "head_base"),
    "chest": ("spine_mid", "neck_base"),
    "upper_back": ("spine_mid", "neck_base"),
    "low_back": ("pelvis", "spine_mid"),
    "belly": ("pelvis", "spine_mid"),
    "torso": ("pelvis", "neck_base"),
    **{
        f"{area}_{side}": (f"{a}_{side}" if a != "neck_base" else a, f"{b}_{side}")
        for side in "lr"
        for area, a, b in (
            ("trap", "neck_base", "shoulder"),
            ("shoulder", "shoulder", "shoulder"),
            ("arm", "shoulder", "wrist"),
            ("hand", "wrist", "fingertip"),
            ("glute", "hip", "hip"),
            ("hip_front", "hip", "hip"),
            ("hamstring", "hip", "knee"),
        )
    },
}
ON_TARGET = 0.11  # box units: about a forearm's length


def test_the_highlight_lies_on_the_named_target_area(entries):
    off = []
    for stretch_id, entry in entries.items():
        for side in _both_sides(entry):
            for t in (0.0, 0.5, 1.0):
                figure = forward_kinematics(side.at(t))
                for name in side.highlight:
                    if name not in AREA_ANCHORS:
                        continue
                    a, b = (figure.points[p] for p in AREA_ANCHORS[name])
                    pieces, spots, _eyes = highlight_pieces(figure, [name])
                    drawn = [figure.segment(p.segment).point_at((p.t0 + p.t1) / 2) for p in pieces]
                    drawn += [glow_center(figure, s) for s in spots]
                    for point in drawn:
                        if _distance_to_segment(point, a, b) > ON_TARGET:
                            off.append((stretch_id, side.highlight, t, name))
    assert off == []


# Props that belong to the picture's message (arrows, the sight line, a ball, a heat pad,
# a glass) must show whole; floor, walls, doors and furniture may run to the edge.
SMALL_PROPS = ("arrow", "sight", "ball", "heatpad", "glass")


def _prop_extent(prop, figure: Figure) -> list[tuple[float, float]]:
    x, y = prop.origin(figure)
    if prop.kind in ("arrow", "sight"):
        return [(x + px, y + py) for px, py in prop.points]
    half_w = (prop.w or 0.04) / 2 if prop.kind != "ball" else (prop.w or 0.034)
    half_h = (prop.h or 0.04) / 2 if prop.kind != "ball" else (prop.w or 0.034)
    return [(x - half_w, y - half_h), (x + half_w, y + half_h)]


def test_every_arrow_ball_pad_and_glass_stays_inside_the_picture(entries):
    out = []
    for stretch_id, entry in entries.items():
        for side in _both_sides(entry):
            x0, y0, x1, y1 = side.view_box
            for t in entry.motion_times():
                figure = forward_kinematics(side.at(t))
                for prop in side.props_at(t):
                    if prop.kind not in SMALL_PROPS:
                        continue
                    for px, py in _prop_extent(prop, figure):
                        if not (x0 + 0.005 <= px <= x1 - 0.005 and y0 + 0.005 <= py <= y1 - 0.005):
                            out.append((stretch_id, t, prop.kind, round(px, 3), round(py, 3)))
    assert out == []


def test_seated_twist_turns_the_shoulders_against_hips_that_stay_put(entries):
    # Seen from the side, the hips stay in profile while the shoulder line, a dot at the
    # start, opens to most of its width: the turn shows in the trunk itself.
    entry = entries["seated-twist"]
    start, hold = forward_kinematics(entry.at(0.0)), forward_kinematics(entry.at(1.0))

    def width(figure, a: str, b: str) -> float:
        return abs(figure.points[a][0] - figure.points[b][0])

    assert width(start, "shoulder_l", "shoulder_r") < 0.02
    assert width(hold, "shoulder_l", "shoulder_r") > 0.1
    assert width(hold, "hip_l", "hip_r") < 0.02
    # One hand on the opposite knee, the other back at the chair's backrest.
    assert math.dist(hold.points3d["wrist_r"], hold.points3d["knee_l"]) < 0.08
    chair = next(p for p in entry.props if p.kind == "chair")
    backrest_x = chair.x - chair.facing * 0.11
    assert abs(hold.points["wrist_l"][0] - backrest_x) < 0.06


def test_levator_shows_the_face_turned_away_from_the_holding_hand_and_nodding(entries):
    # The right hand holds the seat; the face turns to the other side (the picture's
    # right, seen from the right front) and tips down, and the nose shows in front.
    hold = forward_kinematics(entries["levator"].at(1.0))
    assert hold.nose is not None and not hold.nose_behind
    cx, cy = hold.head_center
    nx, ny = hold.nose
    assert nx > cx + hold.head_radius * 0.5  # turned well round
    assert ny < cy - hold.head_radius * 0.35  # nodding
    assert len(hold.eyes) >= 1


def test_wrist_stretches_show_the_bent_hand_and_the_helping_hand_close_up(entries):
    flexor, extensor = entries["wrist-flexor"], entries["wrist-extensor"]
    for entry in (flexor, extensor):
        # Framed on the arm and hands: a hand spans a tenth of the picture or more.
        x0, _, x1, _ = entry.view_box
        assert entry.close_up and (x1 - x0) < 0.5
        hold = forward_kinematics(entry.at(1.0))
        assert math.dist(hold.points["wrist_r"], hold.points["knuckles_r"]) / (x1 - x0) > 0.1
    f_hold = forward_kinematics(flexor.at(1.0))
    e_hold = forward_kinematics(extensor.at(1.0))
    # Flexor: fingers pulled up and back, the other hand on them; extensor: the hand
    # dropped, fingers to the floor, the other hand on its back.
    assert f_hold.points["fingertip_r"][1] > f_hold.points["wrist_r"][1] + 0.04
    assert e_hold.points["fingertip_r"][1] < e_hold.points["wrist_r"][1] - 0.04
    assert math.dist(f_hold.points3d["knuckles_l"], f_hold.points3d["fingertip_r"]) < 0.05
    assert math.dist(e_hold.points3d["knuckles_l"], e_hold.points3d["knuckles_r"]) < 0.07


def test_doorway_stretch_has_a_whole_doorway_with_a_forearm_on_each_post(entries):
    entry = entries["doorway-pec"]
    door = next(p for p in entry.props if p.kind == "door")
    assert door.w > 0.2  # two posts a doorway's width apart, not one post
    posts = sorted((door.x, door.x + door.facing * door.w))
    start = forward_kinematics(entry.at(0.0))
    wrists = sorted(start.points[f"wrist_{side}"][0] for side in "lr")
    for post, wrist in zip(posts, wrists, strict=True):
        assert abs(post - wrist) < 0.04
