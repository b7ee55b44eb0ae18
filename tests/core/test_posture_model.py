"""The posture coach's pure logic, driven by a fake clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from knotbreak.core.posture.cues import nudge_task
from knotbreak.core.posture.model import (
    Baseline,
    CoachPolicy,
    CoachState,
    FaceSample,
    Reading,
    Thresholds,
    baseline_from,
    calibrate,
    classify,
    next_nudge_allowed,
    observe,
)

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
GOOD = FaceSample(320, 200, 100, 0.0)
LEAN = FaceSample(320, 210, 130, 0.0)
SLOUCH = FaceSample(320, 240, 100, 0.0)
TILT = FaceSample(320, 200, 100, 15.0)
POLICY = CoachPolicy()


def calibrated() -> CoachState:
    state = calibrate(CoachState(), [GOOD, FaceSample(322, 198, 102, 1.0), None, GOOD])
    assert state is not None
    return state


def test_baseline_is_the_median_and_ignores_one_slipped_frame():
    base = baseline_from([GOOD, GOOD, FaceSample(10, 400, 300, 40.0), GOOD])
    assert base == Baseline(320, 200, 100, 0.0)


def test_calibration_with_too_few_faces_gives_no_baseline():
    assert baseline_from([GOOD, None, None, GOOD]) is None
    assert calibrate(CoachState(), [None] * 5) is None


def test_eye_line_is_judged_only_when_most_calibration_frames_found_it():
    no_eyes = FaceSample(320, 200, 100, None)
    base = baseline_from([no_eyes, no_eyes, GOOD])
    assert base is not None
    assert base.eye_angle is None
    assert classify(TILT, base, Thresholds()) is Reading.GOOD


@pytest.mark.parametrize(
    ("sample", "reading"),
    [
        (GOOD, Reading.GOOD),
        (FaceSample(330, 210, 110, 5.0), Reading.GOOD),  # small moves are fine
        (LEAN, Reading.LEANING_IN),
        (SLOUCH, Reading.SLOUCHING),
        (TILT, Reading.TILTED),
        (FaceSample(320, 200, 100, -12.0), Reading.TILTED),
        (FaceSample(320, 200, 100, 355.0), Reading.GOOD),  # angles wrap around
        (None, Reading.NO_FACE),
    ],
)
def test_classification_against_the_baseline(sample, reading):
    assert classify(sample, Baseline(320, 200, 100, 0.0), Thresholds()) is reading


def test_the_measures_do_not_depend_on_camera_resolution():
    base = Baseline(640, 400, 200, 0.0)
    assert classify(FaceSample(640, 480, 200, 0.0), base, Thresholds()) is Reading.SLOUCHING
    assert classify(FaceSample(640, 440, 200, 0.0), base, Thresholds()) is Reading.GOOD


def test_no_reading_before_calibration():
    state, nudge = observe(CoachState(), SLOUCH, T0, POLICY)
    assert nudge is None
    assert state.last is None


def test_a_deviation_nudges_only_after_the_streak():
    state = calibrated()
    now = T0
    for _ in range(POLICY.streak_needed - 1):
        state, nudge = observe(state, LEAN, now, POLICY)
        assert nudge is None
        now += timedelta(minutes=2)
    state, nudge = observe(state, LEAN, now, POLICY)
    assert nudge is not None
    assert nudge.reading is Reading.LEANING_IN
    assert state.last is Reading.LEANING_IN
    assert state.streak == 0


def test_a_good_or_different_sample_breaks_the_streak():
    state = calibrated()
    for i, sample in enumerate([LEAN, LEAN, GOOD, LEAN, LEAN, SLOUCH, LEAN, None, LEAN]):
        state, nudge = observe(state, sample, T0 + timedelta(minutes=2 * i), POLICY)
        assert nudge is None


def test_nudges_are_limited_per_hour():
    state = calibrated()
    nudges = []
    for i in range(30):  # an hour of slouching, a sample every 2 minutes
        now = T0 + timedelta(minutes=2 * i)
        state, nudge = observe(state, SLOUCH, now, POLICY)
        if nudge:
            nudges.append(nudge.at)
    assert len(nudges) == POLICY.nudges_per_hour
    assert next_nudge_allowed(state, T0 + timedelta(minutes=59), POLICY) == nudges[0] + timedelta(
        hours=1
    )
    # Once the first falls out of the hour, the next may come.
    later = nudges[0] + timedelta(hours=1)
    state, nudge = observe(state, SLOUCH, later, POLICY)
    assert nudge is not None
    assert nudge.reading is Reading.SLOUCHING


def test_share_of_good_samples_per_day_leaves_out_no_face():
    state = calibrated()
    day2 = T0 + timedelta(days=1)
    for i, sample in enumerate([GOOD, GOOD, GOOD, SLOUCH, None]):
        state, _ = observe(state, sample, T0 + timedelta(minutes=i), POLICY)
    state, _ = observe(state, LEAN, day2, POLICY)
    assert state.days[T0.date()].good == 3
    assert state.days[T0.date()].share == pytest.approx(0.75)
    assert state.days[day2.date()].share == 0.0


def test_recalibrating_resets_the_streak():
    state = calibrated()
    state, _ = observe(state, LEAN, T0, POLICY)
    state, _ = observe(state, LEAN, T0 + timedelta(minutes=2), POLICY)
    # The user moved the monitor closer and calibrates again at the new distance.
    recalibrated = calibrate(state, [LEAN, LEAN, LEAN])
    assert recalibrated is not None
    state, nudge = observe(recalibrated, LEAN, T0 + timedelta(minutes=4), POLICY)
    assert nudge is None
    assert state.last is Reading.GOOD


def test_each_deviation_has_its_own_cue():
    tasks = [nudge_task(r) for r in (Reading.LEANING_IN, Reading.SLOUCHING, Reading.TILTED)]
    assert len({task.cue for task in tasks if task is not None}) == 3
    assert tasks[0] is not None and "sit back, ears over shoulders" in tasks[0].cue
    assert nudge_task(Reading.GOOD) is None


def test_the_store_keeps_numbers_and_survives_damage():
    from knotbreak.core.posture import store

    state = calibrated()
    state, _ = observe(state, GOOD, T0, POLICY)
    state, _ = observe(state, SLOUCH, T0, POLICY)
    back = store.loads(store.dumps(state))
    assert back.baseline == state.baseline
    assert back.days == state.days
    assert store.loads(b"{not json") == CoachState()
    assert store.loads(b'{"schema_version": 99}') == CoachState()
    assert store.loads(b'{"schema_version": 1, "baseline": {"cx": "x"}}') == CoachState()


def test_the_baseline_median_matches_the_statistics_module():
    import statistics

    for values in ([4.0, 1.0, 9.0], [2.5, 2.5, 7.0, 1.0], [3.0, 8.0, 1.0, 6.0, 2.0]):
        baseline = baseline_from([FaceSample(cx, 200, 100, 0.0) for cx in values])
        assert baseline is not None
        assert baseline.cx == statistics.median(values)
