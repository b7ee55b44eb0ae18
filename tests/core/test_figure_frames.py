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
    entry = entries["doorway-pec"]
    figure = forward_kinematics(entry.start.with_angles(shoulder_r=180.0, elbow_r=0.0))
    assert "upper_arm_r" in _limbs_through_head(
        figure, set()
    ) or "forearm_r" in _limbs_through_head(figure, set())


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
    curls = [glides.at(t).angle("fingers_r") for t in (0.0, 0.25, 0.5, 0.75, 1.0)]
    # straight, spread, hook, fist, straight fist
    assert curls[0] == curls[1] == 0 and 0 < curls[2] < curls[3] and curls[4] < curls[3]


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
