"""The stretch figure model: kinematics, mirroring, interpolation and poses.json."""

from __future__ import annotations

import json
import math

import pytest

from knotbreak.core.figure.pose import (
    JOINTS,
    LENGTHS,
    Pose,
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

LIMB_LENGTHS = {
    "torso_lower": "torso_lower",
    "torso_upper": "torso_upper",
    "neck": "neck",
    **{
        f"{part}_{side}": part
        for part in ("upper_arm", "forearm", "hand", "fingers", "thigh", "shank", "foot")
        for side in "lr"
    },
}


def _busy_pose(view: str, facing: int = 1) -> Pose:
    angles = {name: (17.0 * (i + 1)) % 170 - 60 for i, name in enumerate(JOINTS)}
    angles["spread_l"] = angles["spread_r"] = 30.0
    return Pose(view=view, angles=angles, root=(0.43, 0.4), facing=facing)  # type: ignore[arg-type]


def _close(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return math.isclose(a[0], b[0], abs_tol=1e-9) and math.isclose(a[1], b[1], abs_tol=1e-9)


@pytest.mark.parametrize("view", ["side", "front"])
def test_segment_lengths_are_preserved_whatever_the_angles(view):
    figure = forward_kinematics(_busy_pose(view))
    for segment, length_name in LIMB_LENGTHS.items():
        assert figure.segment(segment).length == pytest.approx(LENGTHS[length_name]), segment


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
    start = stance_pose("side", "seated")
    hold = start.with_angles(neck=30.0, shoulder_r=90.0)
    assert interpolate(start, hold, 0.0).angles["neck"] == pytest.approx(0.0)
    assert interpolate(start, hold, 1.0).angles["neck"] == pytest.approx(30.0)
    assert interpolate(start, hold, 0.5).angles["shoulder_r"] == pytest.approx(50.0)
    assert interpolate(start, hold, 7.0).angles["neck"] == pytest.approx(30.0)
    assert interpolate(start, hold, -1.0).angles["neck"] == pytest.approx(0.0)
    with pytest.raises(ValueError, match="view"):
        interpolate(start, stance_pose("front", "seated"), 0.5)


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
