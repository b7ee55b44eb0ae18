"""Present but not typing, and away when locked: the D-Bus readings and the idle watcher."""

from __future__ import annotations

from typing import Any, cast

import pytest

from knotbreak.adapters import dbus_calls
from knotbreak.adapters.clock import AppClock
from knotbreak.adapters.cycle_runner import CycleRunner
from knotbreak.adapters.idle.presence import CALL_TIMEOUT_MS, RETRY_AFTER_S, Presence, Reading
from knotbreak.adapters.idle.watcher import IdleWatcher
from knotbreak.core.history import BreakHistory
from knotbreak.core.settings import Settings


class FakeBus:
    """Answers like a desktop session would; `None` for a service that is not there."""

    def __init__(self, **answers: Any) -> None:
        self.answers = {
            "LockedHint": False, "GetActive": False, "ListNames": ["org.mpris.MediaPlayer2.vlc"],
            "PlaybackStatus": "Paused", "InhibitedActions": 0, "HasInhibit": False,
        }
        self.answers.update(answers)
        self.calls: list[tuple[str, int, bool]] = []

    def __call__(self, service: str, path: str, interface: str, method: str, *args: Any,
                 system: bool = False, timeout_ms: int = 0) -> list[Any]:
        key = args[1] if method == "Get" else method
        self.calls.append((key, timeout_ms, system))
        answer = self.answers[key]
        if answer is None:
            raise dbus_calls.DBusUnavailable(f"{service} {method}: ServiceUnknown")
        return [answer]


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def presence(bus: FakeBus, clock: Clock | None = None) -> Presence:
    return Presence(bus, lambda: True, lambda: True, clock or Clock())


def test_nothing_playing_nothing_inhibiting_is_nobody_there():
    bus = FakeBus()
    assert presence(bus).read() == Reading([], False)
    # Every call is short.
    assert {timeout for _, timeout, _ in bus.calls} == {CALL_TIMEOUT_MS}
    assert ("LockedHint", CALL_TIMEOUT_MS, True) in bus.calls  # logind is on the system bus


@pytest.mark.parametrize(
    ("answers", "signal"),
    [
        ({"PlaybackStatus": "Playing"}, "mpris"),
        ({"InhibitedActions": 8 | 1}, "gnome-inhibitor"),
        ({"HasInhibit": True}, "power-inhibitor"),
    ],
)
def test_media_playing_or_an_idle_inhibitor_counts_as_present(answers, signal):
    assert presence(FakeBus(**answers)).read().present == [signal]


def test_a_logout_inhibitor_alone_is_not_presence():
    assert presence(FakeBus(InhibitedActions=1)).read().present == []


@pytest.mark.parametrize("answers", [{"LockedHint": True},
                                     {"LockedHint": None, "GetActive": True}])
def test_a_locked_screen_is_away_whatever_plays(answers):
    reading = presence(FakeBus(PlaybackStatus="Playing", **answers)).read()
    assert reading.locked
    assert reading.present == []


def test_only_the_lock_is_read_while_the_user_types():
    bus = FakeBus()
    presence(bus).read(media=False)
    assert [key for key, _, _ in bus.calls] == ["LockedHint", "GetActive"]


def test_a_missing_service_is_left_alone_for_a_while_and_named_in_the_status():
    clock = Clock()
    bus = FakeBus(HasInhibit=None, GetActive=None)
    signals = presence(bus, clock)
    signals.read()
    described = signals.describe()
    assert described["mpris"] == "in use"
    assert described["power-inhibitor"].startswith("not available: ")
    bus.calls.clear()
    signals.read()
    assert "HasInhibit" not in [key for key, _, _ in bus.calls]
    clock.now += RETRY_AFTER_S
    signals.read()
    assert "HasInhibit" in [key for key, _, _ in bus.calls]


def test_without_a_bus_nothing_is_called():
    def no_call(*args, **kwargs):
        raise AssertionError("called D-Bus without a bus")

    signals = Presence(no_call, lambda: False, lambda: False)
    assert signals.read() == Reading([], False)
    assert set(signals.describe().values()) == {
        "there is no session bus", "there is no system bus"
    }


# The idle watcher with presence ------------------------------------------------------------


class FakeIdle:
    name = "fake"

    def __init__(self, readings: list[float]) -> None:
        self.readings = readings

    def idle_seconds(self) -> float | None:
        return self.readings.pop(0)

    def close(self) -> None:
        pass


class FakePresence:
    def __init__(self, readings: list[Reading]) -> None:
        self.readings = readings

    def read(self, media: bool = True) -> Reading:
        return self.readings.pop(0)

    def describe(self) -> dict[str, str]:
        return {"mpris": "in use"}


@pytest.fixture
def runner(qtbot, tmp_path):
    history = BreakHistory.open(tmp_path / "history.sqlite3")
    runner = CycleRunner(AppClock(), Settings(), history)
    yield runner
    history.close()


def test_a_video_playing_keeps_the_user_present(runner):
    watcher = IdleWatcher(runner, FakeIdle([300.0]), presence=cast(Presence, FakePresence(
        [Reading(["mpris"], False)])))
    watcher.poll()
    assert runner.state.away_since is None
    assert watcher.presence_signals() == {"mpris": "in use"}
    watcher.stop()


def test_locking_the_screen_is_away_at_once_and_stays_away_while_locked(runner):
    watcher = IdleWatcher(runner, FakeIdle([3.0, 0.5, 1.0]), presence=cast(Presence, FakePresence(
        [Reading([], True), Reading([], True), Reading([], False)])))
    watcher.poll()  # 3 s after the last input, but locked
    assert runner.state.away_since is not None
    watcher.poll()  # a key pressed on the lock screen is not coming back
    assert runner.state.away_since is not None
    watcher.poll()  # unlocked
    assert runner.state.away_since is None
    watcher.stop()


def test_status_names_the_presence_signals(runner):
    from knotbreak.adapters.detection import Detection
    from knotbreak.adapters.idle import ProbeResult

    detection = Detection(
        runner, runner.settings,
        probe_idle=lambda _s: ProbeResult(FakeIdle([1.0] * 10)),
    )
    detection.start()
    signals = runner.status()["presence_signals"]
    assert set(signals) == set(Presence.SIGNALS)
    detection.stop()
