"""Idle and meeting detection follow the settings dialog without a restart."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from knotbreak.adapters.clock import AppClock
from knotbreak.adapters.cycle_runner import CycleRunner
from knotbreak.adapters.detection import Detection
from knotbreak.adapters.idle import ProbeResult
from knotbreak.adapters.idle.watcher import IdleWatcher
from knotbreak.adapters.meetings import Detector
from knotbreak.adapters.meetings.watcher import MeetingWatcher
from knotbreak.core.history import BreakHistory
from knotbreak.core.settings import Settings


class FakeIdle:
    name = "fake-idle"

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.closed = False

    def idle_seconds(self) -> float:
        return self.seconds

    def close(self) -> None:
        self.closed = True


class FakeCamera:
    source = "camera"

    def __init__(self) -> None:
        self.on = True

    def active(self) -> bool:
        return self.on

    def close(self) -> None:
        pass


@pytest.fixture
def runner(qtbot, tmp_path):
    history = BreakHistory.open(tmp_path / "history.sqlite3")
    runner = CycleRunner(AppClock(), Settings(), history)
    yield runner
    history.close()


def _detection(runner: CycleRunner, idle: FakeIdle, camera: FakeCamera) -> Detection:
    def probe(settings: Settings) -> ProbeResult:
        if settings.idle_detection:
            return ProbeResult(idle)
        return ProbeResult(None, [("all", "idle detection is off in settings")])

    def meetings(run: CycleRunner, settings: Settings) -> MeetingWatcher:
        factories: dict[str, Callable[[], Detector]] = {"camera": lambda: camera}
        return MeetingWatcher(run, settings, factories, parent=run)

    def idle_watcher(run: CycleRunner, found: ProbeResult) -> IdleWatcher | None:
        return None if found.backend is None else IdleWatcher(run, found.backend)

    return Detection(runner, runner.settings, probe_idle=probe, make_meetings=meetings,
                     make_idle=idle_watcher)


def test_turning_idle_detection_off_ends_the_absence_and_stops_reading(runner):
    idle = FakeIdle(seconds=3600)
    detection = _detection(runner, idle, FakeCamera())
    detection.start()
    assert runner.state.away_since is not None, "an hour without input is an absence"
    assert runner.status()["idle_backend"]["name"] == "fake-idle"

    runner.apply_settings(replace(runner.settings, idle_detection=False))
    detection.apply(runner.settings)
    assert runner.state.away_since is None, "with nobody watching, nobody is away"
    assert idle.closed
    assert runner.status()["idle_backend"]["reason"] == "all: idle detection is off in settings"
    detection.stop()


def test_turning_idle_detection_back_on_reads_again(runner):
    runner.apply_settings(replace(runner.settings, idle_detection=False))
    idle = FakeIdle(seconds=3600)
    detection = _detection(runner, idle, FakeCamera())
    detection.start()
    assert runner.state.away_since is None
    detection.apply(replace(runner.settings, idle_detection=True))
    assert runner.state.away_since is not None
    detection.stop()


def test_switching_off_an_active_meeting_signal_releases_the_hold(runner):
    camera = FakeCamera()
    detection = _detection(runner, FakeIdle(seconds=0), camera)
    detection.start()
    assert {hold.source for hold in runner.state.holds} == {"camera"}

    detection.apply(replace(runner.settings, meeting_camera=False))
    assert not runner.state.holds, "a signal turned off must not hold breaks for good"
    assert runner.status()["meeting_signals"]["camera"]["enabled"] is False
    detection.stop()


def test_unrelated_changes_leave_the_watchers_alone(runner):
    idle = FakeIdle(seconds=0)
    detection = _detection(runner, idle, FakeCamera())
    detection.start()
    detection.apply(replace(runner.settings, work_interval_minutes=30))
    assert not idle.closed
    detection.stop()
