"""When the coach may look through the camera, and what it says when it cannot."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import cast

import pytest

pytest.importorskip("cv2")
sys.path.insert(0, str(Path(__file__).parent))
from posture_scenes import Pose, render

from knotbreak.adapters.cycle_runner import CycleRunner
from knotbreak.adapters.posture.coach import PostureCoach
from knotbreak.adapters.posture.frames import CameraUnavailable
from knotbreak.core import cycle
from knotbreak.core.cycle import CyclePolicy, Hold, Phase, PostureNudge
from knotbreak.core.settings import Settings

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
ON = Settings(posture_coach=True, posture_interval_seconds=30)


class FakeRunner:
    def __init__(self):
        self.state = cycle.start(T0, CyclePolicy())
        self.clock = T0
        self.events = []

    def now(self):
        return self.clock

    def time_scale(self):
        return 1.0

    def dispatch(self, event):
        self.events.append(event)


class CountingSource:
    kind = "camera"

    def __init__(self, frames=None, fail=None):
        self.frames = frames or []
        self.fail = fail
        self.grabs = 0

    def grab(self, count):
        self.grabs += 1
        if self.fail:
            raise CameraUnavailable(self.fail)
        return [self.frames.pop(0) if len(self.frames) > 1 else self.frames[0]
                for _ in range(count)]


@pytest.fixture
def coach_with(qapp, tmp_path, monkeypatch):
    # The build machines have no /dev/video*: pretend one exists and nobody else holds it.
    monkeypatch.setattr("knotbreak.adapters.meetings.camera_linux.devices", lambda _: {"/dev/v"})
    monkeypatch.setattr("knotbreak.adapters.posture.coach.camera_busy_elsewhere", lambda: False)

    def build(source):
        runner = FakeRunner()
        coach = PostureCoach(cast(CycleRunner, runner), tmp_path, lambda: source)
        return coach, runner

    return build


def good_then(pose, count):
    return [render(Pose())] * 5 + [render(pose)] * count


def test_off_by_default_never_opens_the_camera(coach_with):
    source = CountingSource([render(Pose())])
    coach, _ = coach_with(source)
    coach.apply(Settings())
    coach.sample()
    assert source.grabs == 0
    assert coach.status()["posture_coach"]["on"] is False
    assert coach.status()["posture_coach"]["camera"] == "off"


def test_calibrate_then_a_held_slouch_sends_one_nudge(coach_with, tmp_path):
    source = CountingSource(good_then(Pose(drop=0.5), 4))
    coach, runner = coach_with(source)
    coach.apply(ON)
    assert coach.calibrate() is None
    for minute in range(3):
        runner.clock = T0 + timedelta(minutes=2 * minute)
        coach.sample()
    assert runner.events == [PostureNudge("coach-slouching")]
    status = coach.status()["posture_coach"]
    assert (status["last_reading"], status["camera"]) == ("slouching", "closed")
    kept = (tmp_path / "posture.json").read_text()
    assert "baseline" in kept
    assert len(kept) < 1000  # numbers only


@pytest.mark.parametrize(
    "busy",
    [
        lambda s: replace(s, holds=frozenset({Hold("camera", T0, None)})),  # a call
        lambda s: replace(s, away_since=T0),
        lambda s: replace(s, phase=Phase.ON_BREAK),
        lambda s: replace(s, micro_started=T0, micro_ends=T0 + timedelta(seconds=20)),
    ],
    ids=["meeting", "away", "break", "micro-break"],
)
def test_no_sample_while_busy(coach_with, busy):
    source = CountingSource(good_then(Pose(drop=0.5), 3))
    coach, runner = coach_with(source)
    coach.apply(ON)
    coach.calibrate()
    runner.state = busy(runner.state)
    coach.sample()
    assert source.grabs == 1  # the calibration only
    assert coach.status()["posture_coach"]["last_reading"] is None


def test_no_sample_while_another_app_holds_the_camera(coach_with, monkeypatch):
    source = CountingSource(good_then(Pose(drop=0.5), 3))
    coach, _ = coach_with(source)
    coach.apply(ON)
    coach.calibrate()
    monkeypatch.setattr("knotbreak.adapters.posture.coach.camera_busy_elsewhere", lambda: True)
    coach.sample()
    assert source.grabs == 1
    assert coach.may_sample() == "camera in use by another app"


def test_no_camera_says_so_and_stays_off(coach_with, monkeypatch):
    monkeypatch.setattr("knotbreak.adapters.meetings.camera_linux.devices", lambda _: set())
    coach, _ = coach_with(CountingSource([render(Pose())]))
    heard: list[str] = []
    coach.tell_user.connect(heard.append)
    coach.apply(ON)
    status = coach.status()["posture_coach"]
    assert status["on"] is False
    assert status["camera"] == "unavailable"
    assert "No camera was found" in status["problem"]
    assert len(heard) == 1


def test_a_camera_that_fails_turns_the_coach_off_with_the_reason(coach_with):
    coach, _ = coach_with(CountingSource(fail="The camera opened but gave no picture."))
    coach.apply(ON)
    assert coach.calibrate() == "The camera opened but gave no picture."
    assert coach.status()["posture_coach"]["on"] is False


def test_turned_on_without_a_baseline_it_says_to_calibrate(coach_with):
    coach, _ = coach_with(CountingSource([render(Pose())]))
    heard: list[str] = []
    coach.tell_user.connect(heard.append)
    coach.apply(ON)
    coach.apply(ON)  # applying the settings again does not repeat it
    assert len(heard) == 1
    assert "calibrate" in heard[0]
