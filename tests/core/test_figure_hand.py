"""The whole hand a close-up draws: palm, four fingers with three joints each, a thumb."""

from __future__ import annotations

import itertools
import math

import pytest

from knotbreak.core.figure.pose import (
    FINGER_NAMES,
    FINGER_WIDTH,
    Vec,
    forward_kinematics,
    frame_margin,
    mirror_entry,
    stance_pose,
)
from knotbreak.core.figure.poses_file import load_pose_file
from knotbreak.resources_path import resource

ARM = {"shoulder_r": 40.0, "elbow_r": 120.0}
SHAPES = {
    "straight": {},
    "spread": {"spread_r": 60.0},
    "hook": {"curl_r": 105.0, "tips_r": 70.0},
    "fist": {"fingers_r": 90.0, "curl_r": 100.0, "tips_r": 65.0},
    "straight fist": {"fingers_r": 90.0, "curl_r": 95.0, "tips_r": 0.0},
}


def _hand(shape: str, side: str = "r"):
    pose = stance_pose("three-quarter", "seated", yaw=125.0).with_angles(**ARM, **SHAPES[shape])
    return forward_kinematics(pose).hands[side]


def _bend(a: Vec, b: Vec, c: Vec) -> float:
    """The angle (degrees) a joint at `b` bends between bones a-b and b-c (0 = straight)."""
    u = tuple(q - p for p, q in zip(a, b, strict=True))
    v = tuple(q - p for p, q in zip(b, c, strict=True))
    cos = sum(x * y for x, y in zip(u, v, strict=True)) / (math.hypot(*u) * math.hypot(*v))
    return math.degrees(math.acos(max(-1.0, min(1.0, cos))))


def test_each_hand_has_a_palm_a_thumb_and_four_fingers_with_three_joints():
    figure = forward_kinematics(stance_pose("side", "seated"))
    for side in "lr":
        hand = figure.hands[side]
        assert len(hand.palm) >= 4
        assert [d.name for d in hand.digits] == ["thumb", *FINGER_NAMES]
        for digit in hand.digits:
            assert len(digit.points) == 4, digit.name  # base, two joints, tip


@pytest.mark.parametrize("shape", list(SHAPES))
def test_finger_bones_keep_their_length_in_every_shape(shape):
    straight = _hand("straight")
    hand = _hand(shape)
    for before, after in zip(straight.digits, hand.digits, strict=True):
        if before.name == "thumb":
            continue  # the thumb is placed by blending, not by bones
        for (a0, b0), (a1, b1) in zip(
            itertools.pairwise(before.points3d), itertools.pairwise(after.points3d), strict=True
        ):
            assert math.dist(a1, b1) == pytest.approx(math.dist(a0, b0)), (shape, before.name)


def test_hook_bends_the_finger_joints_with_the_knuckles_straight():
    hand = _hand("hook")
    wrist_side = hand.palm3d[0]
    for name in FINGER_NAMES:
        base, pip, dip, tip = hand.digit(name).points3d
        straight = _hand("straight").digit(name).points3d
        # The knuckle stays straight: the first bone lies where the straight finger's did.
        assert math.dist(straight[1], pip) == pytest.approx(0.0, abs=1e-9)
        assert _bend(base, pip, dip) > 90.0 and _bend(pip, dip, tip) > 60.0
        assert math.dist(tip, wrist_side) < math.dist(dip, wrist_side)


def test_full_fist_curls_every_joint_and_the_straight_fist_keeps_the_fingers_flat():
    fist, flat = _hand("fist"), _hand("straight fist")
    for name in FINGER_NAMES:
        _base, pip, dip, tip = fist.digit(name).points3d
        assert _bend(pip, dip, tip) > 50.0
        _, fpip, fdip, ftip = flat.digit(name).points3d
        assert _bend(fpip, fdip, ftip) == pytest.approx(0.0, abs=1e-6)
    # The full fist folds the thumb across the fingers; the straight fist keeps it beside.
    fist_thumb = fist.digit("thumb").points3d[-1]
    flat_thumb = flat.digit("thumb").points3d[-1]
    index_tip_fist = fist.digit("index").points3d[-1]
    assert math.dist(fist_thumb, index_tip_fist) < math.dist(flat_thumb, index_tip_fist)


def test_spreading_fans_the_fingertips_and_opens_the_thumb():
    def fan(shape: str) -> float:
        hand = _hand(shape)
        return math.dist(hand.digit("index").points3d[-1], hand.digit("little").points3d[-1])

    assert fan("spread") > 1.8 * fan("straight")
    straight, spread = _hand("straight"), _hand("spread")
    index = straight.digit("index").points3d[-1]
    assert math.dist(spread.digit("thumb").points3d[-1], index) > math.dist(
        straight.digit("thumb").points3d[-1], index
    )


def _drawn(hand) -> list[tuple[float, float]]:
    return [p for digit in hand.digits for p in digit.points]


def test_the_five_finger_glide_shapes_look_different_in_the_picture():
    shapes = {name: _drawn(_hand(name)) for name in SHAPES}
    for a, b in itertools.combinations(shapes, 2):
        moved = max(math.dist(p, q) for p, q in zip(shapes[a], shapes[b], strict=True))
        # Some joint or tip sits at least two fingers' thickness elsewhere.
        assert moved > 2 * FINGER_WIDTH, (a, b)


def test_the_mirrored_hand_is_the_picture_flipped():
    pose = stance_pose("three-quarter", "seated", yaw=125.0).with_angles(**ARM, **SHAPES["fist"])
    from knotbreak.core.figure.pose import mirror

    right = forward_kinematics(pose).hands["r"]
    left = forward_kinematics(mirror(pose)).hands["l"]
    for d_r, d_l in zip(right.digits, left.digits, strict=True):
        for (xr, yr), (xl, yl) in zip(d_r.points, d_l.points, strict=True):
            assert xl == pytest.approx(1.0 - xr, abs=1e-9) and yl == pytest.approx(yr, abs=1e-9)


def test_the_finger_glides_close_up_keeps_the_whole_hand_in_frame_on_both_sides():
    entry = load_pose_file(resource("stretches/poses.json")).entries["finger-glides"]
    for candidate in (entry, mirror_entry(entry)):
        for t in candidate.motion_times():
            assert frame_margin(candidate, t) > 0.0, t
