"""The stretch figure model: kinematics, mirroring, interpolation and poses.json."""

from __future__ import annotations

import json
import math
from dataclasses import replace

import pytest

from knotbreak.core.figure.pose import (
    JOINTS,
    LENGTHS,
    Pose,
    camera_for,
    forward_kinematics,
    interpolate,
    mirror,
    mirror_entry,
    mirror_x,
    stance_pose,
)
from knotbreak.core.figure.poses_file import load_pose_file, parse_pose_data
from knotbreak.resources_path import resource

STRETCH_IDS = [
    "chin-tuck",
    "upper-trap",
    "levator",
    "neck-rotation",
    "shrug-roll",
    "cross-body",
    "doorway-pec",
    "seated-chest",
    "reach-round",
    "thoracic-ext",
    "seated-twist",
    "wall-slide",
    "desk-bow",
    "knee-chest",
    "figure-4",
    "hip-flexor",
    "hamstring",
    "back-ext",
    "wrist-flexor",
    "wrist-extensor",
    "finger-glides",
    "ball-compression",
    "breathing",
    "pmr",
    "eye-break",
    "heat",
]

# Segment -> (its end points, its length): bones keep their length in 3D whatever the angles.
LIMB_LENGTHS = {
    "torso_lower": ("pelvis", "spine_mid", "torso_lower"),
    "torso_upper": ("spine_mid", "neck_base", "torso_upper"),
    "neck": ("neck_base", "head_base", "neck"),
    **{
        f"{part}_{side}": (f"{a}_{side}", f"{b}_{side}", part)
        for part, a, b in (
            ("upper_arm", "shoulder", "elbow"),
            ("forearm", "elbow", "wrist"),
            ("hand", "wrist", "knuckles"),
            ("thigh", "hip", "knee"),
            ("shank", "knee", "ankle"),
            ("foot", "ankle", "toe"),
        )
        for side in "lr"
    },
}


def _busy_pose(view: str, facing: int = 1) -> Pose:
    angles = {name: (17.0 * (i + 1)) % 170 - 60 for i, name in enumerate(JOINTS)}
    angles["spread_l"] = angles["spread_r"] = 30.0
    return Pose(camera=camera_for(view, facing), angles=angles, root=(0.43, 0.4))  # type: ignore[arg-type]


def _close(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return math.isclose(a[0], b[0], abs_tol=1e-9) and math.isclose(a[1], b[1], abs_tol=1e-9)


@pytest.mark.parametrize("view", ["side", "front", "three-quarter"])
def test_bones_keep_their_length_whatever_the_angles(view):
    figure = forward_kinematics(_busy_pose(view))
    for segment, (a, b, length_name) in LIMB_LENGTHS.items():
        length = math.dist(figure.points3d[a], figure.points3d[b])
        assert length == pytest.approx(LENGTHS[length_name]), segment


def test_a_side_camera_shows_the_bones_full_length_when_they_move_in_its_plane():
    pose = stance_pose("side", "standing").with_angles(shoulder_r=70.0, elbow_r=40.0, hip_l=30.0)
    figure = forward_kinematics(pose)
    for name in ("upper_arm_r", "forearm_r", "thigh_l", "shank_l"):
        assert figure.segment(name).length == pytest.approx(LENGTHS[LIMB_LENGTHS[name][2]])


def test_a_front_camera_foreshortens_an_arm_raised_toward_the_viewer():
    pose = stance_pose("front", "standing").with_angles(shoulder_r=90.0)
    figure = forward_kinematics(pose)
    assert figure.segment("upper_arm_r").length < 0.01
    assert figure.segment("upper_arm_l").length == pytest.approx(LENGTHS["upper_arm"])


def test_near_limbs_are_nearer_than_far_ones_and_a_three_quarter_view_shades_the_far_side():
    side = forward_kinematics(stance_pose("side", "standing"))  # facing +x: we see the right
    assert side.segment("upper_arm_r").depth > side.segment("torso_upper").depth
    assert side.segment("upper_arm_l").depth < side.segment("torso_upper").depth
    assert side.segment("upper_arm_l").far and not side.segment("upper_arm_r").far
    front = forward_kinematics(stance_pose("front", "standing"))
    assert not front.segment("upper_arm_l").far and not front.segment("upper_arm_r").far


def test_the_face_shows_where_the_head_turns_and_nods():
    front = stance_pose("front", "seated")
    ahead = forward_kinematics(front)
    assert len(ahead.eyes) == 2 and ahead.nose is None
    turned = forward_kinematics(front.with_angles(head_yaw=70.0))
    # Turned to the figure's left = the viewer's right (+x): the nose shows on that side.
    assert turned.nose is not None and turned.nose[0] > turned.head_center[0]
    nodded = forward_kinematics(front.with_angles(head_nod=35.0))
    assert max(y for _, y in nodded.eyes) < min(y for _, y in ahead.eyes)


def test_a_trunk_twist_turns_the_shoulders_but_not_the_hips():
    seated = stance_pose("front", "seated")
    twisted = forward_kinematics(seated.with_angles(torso_yaw=45.0))
    straight = forward_kinematics(seated)

    def width(figure, a, b):
        return abs(figure.points[a][0] - figure.points[b][0])

    assert width(twisted, "shoulder_l", "shoulder_r") < 0.8 * width(
        straight, "shoulder_l", "shoulder_r"
    )
    assert width(twisted, "hip_l", "hip_r") == pytest.approx(width(straight, "hip_l", "hip_r"))


def test_a_reaching_hand_lands_its_palm_on_the_target():
    from knotbreak.core.figure.pose import Reach

    seated = stance_pose("three-quarter", "seated")
    pose = replace(seated, reach={"l": Reach(target="knee_l", offset=(0.0, 0.03, 0.0))})
    figure = forward_kinematics(pose)
    wrist, knuckles = figure.points3d["wrist_l"], figure.points3d["knuckles_l"]
    palm = tuple(w + (k - w) * 0.6 for w, k in zip(wrist, knuckles, strict=True))
    knee = figure.points3d["knee_l"]
    assert math.dist(palm, (knee[0], knee[1] + 0.03, knee[2])) < 0.03
    assert math.dist(figure.points3d["shoulder_l"], figure.points3d["elbow_l"]) == pytest.approx(
        LENGTHS["upper_arm"]
    )


def test_standing_pose_is_upright_with_feet_on_the_floor():
    figure = forward_kinematics(stance_pose("side", "standing"))
    pelvis = figure.points["pelvis"]
    assert figure.head_center[1] > figure.points["neck_base"][1] > pelvis[1]
    assert figure.points["ankle_r"][1] == pytest.approx(0.04 + LENGTHS["ankle_height"])
    assert figure.head_center[1] + figure.head_radius < 1.0


def test_seated_side_pose_has_horizontal_thighs_and_hands_near_the_lap():
    figure = forward_kinematics(stance_pose("side", "seated"))
    hip, knee = figure.points["hip_r"], figure.points["knee_r"]
    assert knee[1] == pytest.approx(hip[1])
    assert knee[0] - hip[0] == pytest.approx(LENGTHS["thigh"])


@pytest.mark.parametrize("view", ["side", "front"])
def test_mirror_twice_is_identity(view):
    pose = _busy_pose(view)
    twice = mirror(mirror(pose))
    assert twice.view == pose.view and twice.facing == pose.facing
    assert twice.root == pytest.approx(pose.root)
    assert set(twice.angles) == set(pose.angles)
    for name, value in pose.angles.items():
        assert twice.angles[name] == pytest.approx(value)


@pytest.mark.parametrize("view", ["side", "front"])
def test_mirror_flips_the_picture_left_to_right(view):
    pose = _busy_pose(view)
    original = forward_kinematics(pose)
    flipped = forward_kinematics(mirror(pose))
    for name, (x, y) in original.points.items():
        # The left elbow's mirror image is where the right elbow is drawn, and so on.
        other = (
            name[:-2] + ("_r" if name.endswith("_l") else "_l")
            if name[-2:] in ("_l", "_r")
            else name
        )
        assert _close(flipped.points[other], (mirror_x(x), y)), name


def test_interpolate_hits_both_ends_and_clamps():
    start = stance_pose("side", "seated").with_angles(shoulder_r=10.0)
    hold = start.with_angles(neck=30.0, shoulder_r=90.0)
    assert interpolate(start, hold, 0.0).angles["neck"] == pytest.approx(0.0)
    assert interpolate(start, hold, 1.0).angles["neck"] == pytest.approx(30.0)
    assert interpolate(start, hold, 0.5).angles["shoulder_r"] == pytest.approx(50.0)
    assert interpolate(start, hold, 7.0).angles["neck"] == pytest.approx(30.0)
    assert interpolate(start, hold, -1.0).angles["neck"] == pytest.approx(0.0)
    # A camera may move during the motion: it is blended like the angles.
    assert interpolate(start, stance_pose("front", "seated"), 0.5).camera.yaw == pytest.approx(45)


def test_poses_file_is_valid_and_covers_every_stretch():
    library = load_pose_file(resource("stretches/poses.json"))
    assert library.errors == ()
    assert set(STRETCH_IDS) <= set(library.entries)
    for entry in library.entries.values():
        assert entry.highlight
        forward_kinematics(entry.start)
        forward_kinematics(entry.hold)
        mirrored = mirror_entry(entry)
        assert mirror_entry(mirrored).start.root == pytest.approx(entry.start.root)


def _data_with(entry_id: str, change) -> dict:
    data = json.loads(resource("stretches/poses.json").read_text(encoding="utf-8"))
    change(data["poses"][entry_id])
    return data


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        (lambda e: e.__setitem__("view", "top"), "view", "side, front"),
        (
            lambda e: e["hold"]["angles"].__setitem__("elbw_r", 10),
            "hold.angles.elbw_r",
            "unknown joint",
        ),
        (
            lambda e: e["start"]["angles"].__setitem__("neck", "a lot"),
            "start.angles.neck",
            "number",
        ),
        (lambda e: e.__setitem__("highlight", ["nose"]), "highlight[0]", "unknown body area"),
        (lambda e: e.__setitem__("highlight", []), "highlight", "non-empty"),
        (lambda e: e.__setitem__("props", [{"kind": "sofa"}]), "props[0].kind", "chair"),
        (
            lambda e: e.__setitem__("props", [{"kind": "ball", "at": "elbow"}]),
            "props[0].at",
            "unknown point",
        ),
        (lambda e: e.__setitem__("view_box", [0, 0, 1]), "view_box", "four numbers"),
        (lambda e: e.pop("start"), "start", "missing"),
        (lambda e: e.__setitem__("colour", "red"), "colour", "unknown field"),
        (lambda e: e.__setitem__("yaw", 400), "yaw", "at most 180"),
        (
            lambda e: e["hold"].__setitem__("reach", {"l": {"to": "elbow"}}),
            "hold.reach.l.to",
            "unknown point",
        ),
        (
            lambda e: e["hold"].__setitem__("reach", {"x": {"to": "knee_r"}}),
            "hold.reach.x",
            '"l" or "r"',
        ),
        (
            lambda e: e["hold"].__setitem__("reach", {"l": {"to": "knee_r", "offset": [0, 1]}}),
            "hold.reach.l.offset",
            "three numbers",
        ),
    ],
)
def test_broken_entry_is_reported_with_its_field_and_skipped(change, field, words):
    library = parse_pose_data(_data_with("figure-4", change))
    assert "figure-4" not in library.entries
    assert "chin-tuck" in library.entries  # the others still load
    (error,) = library.errors
    assert error.entry == "figure-4"
    assert error.field == field
    assert words in error.message
    assert "figure-4" in str(error) and field in str(error)


def test_wrong_schema_version_and_bad_json_say_what_to_do(tmp_path):
    library = parse_pose_data({"schema_version": 2, "poses": {}})
    assert library.entries == {}
    assert "version 1" in library.errors[0].message
    path = tmp_path / "poses.json"
    path.write_text("{nope", encoding="utf-8")
    (error,) = load_pose_file(path).errors
    assert "not valid JSON" in error.message and "line 1" in error.message
    (missing,) = load_pose_file(tmp_path / "absent.json").errors
    assert "could not read" in missing.message


def test_the_worked_pose_example_in_the_docs_is_the_real_picture():
    docs = (resource("stretches/poses.json").parents[2] / "docs" / "stretches.md").read_text(
        encoding="utf-8"
    )
    section = docs.split("### Worked example: figure-4", 1)[1]
    example = section.split("```json\n", 1)[1].split("```", 1)[0]
    parsed = parse_pose_data(json.loads('{"schema_version": 1, "poses": {' + example + "}}"))
    assert parsed.errors == ()
    real = load_pose_file(resource("stretches/poses.json")).entries["figure-4"]
    documented = parsed.entries["figure-4"]
    for t in (0.0, 0.5, 1.0):
        drawn, meant = forward_kinematics(documented.at(t)), forward_kinematics(real.at(t))
        for name, point in meant.points.items():
            assert drawn.points[name] == pytest.approx(point), (t, name)
