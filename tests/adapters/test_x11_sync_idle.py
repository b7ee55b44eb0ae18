"""X11 idle by IDLETIME alarms: armed once, re-armed on each event, never polled.

A fake X connection stands in for the server here; tests/e2e/test_away_and_meeting_holds.py
runs the real one on Xvfb (input from xdotool).
"""

from __future__ import annotations

import os

import pytest

from knotbreak.adapters.clock import AppClock
from knotbreak.adapters.cycle_runner import CycleRunner
from knotbreak.adapters.idle import IdleUnavailable
from knotbreak.adapters.idle.watcher import IdleWatcher
from knotbreak.adapters.idle.x11_sync import (
    NEGATIVE_COMPARISON,
    POSITIVE_COMPARISON,
    X11SyncIdle,
)
from knotbreak.core.history import BreakHistory
from knotbreak.core.settings import Settings


class FakeServer:
    """IDLETIME and alarms as the X server keeps them; `input()` and `idle_for()` move time."""

    def __init__(self) -> None:
        self.idle = 0
        self.alarms: dict[int, tuple[int, int]] = {}
        self.active: set[int] = set()
        self.queue: list[tuple[int, int]] = []
        self.requests = 0
        self.closed = False
        self.fail = False
        self._pipe = os.pipe()  # a real descriptor for the socket notifier, never written

    # SyncConnection
    def fileno(self) -> int:
        return self._pipe[0]

    def idle_ms(self) -> int | None:
        self.requests += 1
        if self.fail:
            raise OSError("connection reset")
        return self.idle

    def set_alarm(self, alarm: int | None, test: int, value_ms: int) -> int:
        self.requests += 1
        alarm = alarm if alarm is not None else len(self.alarms) + 1
        self.alarms[alarm] = (test, value_ms)
        self.active.add(alarm)
        self._check()
        return alarm

    def alarms_fired(self) -> list[tuple[int, int]]:
        if self.fail:
            raise OSError("connection reset")
        fired, self.queue = self.queue, []
        return fired

    def close(self) -> None:
        if not self.closed:
            os.close(self._pipe[0])
            os.close(self._pipe[1])
        self.closed = True

    # The world
    def idle_for(self, ms: int) -> None:
        self.idle += ms
        self._check()

    def input(self) -> None:
        self.idle = 0
        self._check()

    def _check(self) -> None:
        for alarm in sorted(self.active):
            test, value = self.alarms[alarm]
            due = self.idle >= value if test == POSITIVE_COMPARISON else self.idle <= value
            if due:  # comparison alarms with delta 0 go inactive once they trigger
                self.active.discard(alarm)
                self.queue.append((alarm, self.idle))


@pytest.fixture
def runner(qtbot, tmp_path):
    history = BreakHistory.open(tmp_path / "history.sqlite3")
    runner = CycleRunner(AppClock(), Settings(), history)
    yield runner
    history.close()


def _backend(server: FakeServer, monkeypatch) -> X11SyncIdle:
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("XDG_SESSION_TYPE", "x11")
    return X11SyncIdle(":99", connect=lambda _display: server)


def _deliver(backend: X11SyncIdle) -> None:
    """What the socket notifier does when the server's event arrives."""
    backend.dispatch()


def test_away_and_back_come_from_alarms_without_a_poll(runner, monkeypatch):
    server = FakeServer()
    backend = _backend(server, monkeypatch)
    watcher = IdleWatcher(runner, backend)
    watcher.start()
    threshold_ms = round(runner.policy.away_after.total_seconds() * 1000)
    assert watcher.event_driven
    assert server.alarms == {1: (POSITIVE_COMPARISON, threshold_ms)}
    assert not watcher.poll_planned, "nothing is polled: the server says when"

    server.idle_for(threshold_ms - 1)
    _deliver(backend)
    assert runner.state.away_since is None, "one millisecond short is still here"
    server.idle_for(1)
    _deliver(backend)
    assert runner.state.away_since is not None
    # Now an alarm for the next input: just below the counter's value when away began.
    assert server.alarms[2] == (NEGATIVE_COMPARISON, threshold_ms - 1)

    server.idle_for(600_000)
    _deliver(backend)
    assert runner.state.away_since is not None
    server.input()
    _deliver(backend)
    assert runner.state.away_since is None
    # ... and the away alarm is armed again for the next absence.
    assert 1 in server.active
    server.idle_for(threshold_ms)
    _deliver(backend)
    assert runner.state.away_since is not None
    assert backend.events == 3
    assert not watcher.poll_planned
    watcher.stop()
    assert server.closed


def test_input_while_here_costs_nothing(runner, monkeypatch):
    server = FakeServer()
    backend = _backend(server, monkeypatch)
    watcher = IdleWatcher(runner, backend)
    watcher.start()
    before = server.requests
    for _ in range(50):
        server.idle_for(1_000)
        server.input()
        _deliver(backend)
    assert server.requests == before, "typing sends no event: no alarm is below the threshold"
    assert backend.events == 0
    watcher.stop()


def test_a_new_threshold_moves_the_same_alarm(runner, monkeypatch):
    server = FakeServer()
    backend = _backend(server, monkeypatch)
    changes: list[int] = []
    backend.watch(300.0, lambda: changes.append(1), None)
    backend.watch(120.0, lambda: changes.append(2), None)
    assert server.alarms == {1: (POSITIVE_COMPARISON, 120_000)}
    server.idle_for(120_000)
    _deliver(backend)
    assert changes == [2]


def test_a_lost_x_connection_turns_idle_detection_off_with_the_reason(runner, monkeypatch):
    server = FakeServer()
    backend = _backend(server, monkeypatch)
    watcher = IdleWatcher(runner, backend)
    watcher.start()
    server.fail = True
    _deliver(backend)
    assert watcher.lost == "the X connection failed (connection reset)"
    assert server.closed


def test_refuses_wayland_and_a_missing_display(monkeypatch):
    monkeypatch.delenv("DISPLAY", raising=False)
    with pytest.raises(IdleUnavailable, match="DISPLAY is not set"):
        X11SyncIdle(connect=lambda _display: FakeServer())
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    with pytest.raises(IdleUnavailable, match="Wayland session"):
        X11SyncIdle(":0", connect=lambda _display: FakeServer())


def test_media_that_keeps_the_user_present_is_looked_at_again(runner, monkeypatch):
    """No event says the video stopped: while presence alone holds, one look a minute."""

    class Playing:
        def read(self, media: bool = True):
            from knotbreak.adapters.idle.presence import Reading

            return Reading(present=["mpris"] if media else [])

        def describe(self) -> dict[str, str]:
            return {}

    server = FakeServer()
    backend = _backend(server, monkeypatch)
    watcher = IdleWatcher(runner, backend, presence=Playing())  # type: ignore[arg-type]
    watcher.start()
    assert not watcher.poll_planned
    server.idle_for(round(runner.policy.away_after.total_seconds() * 1000))
    _deliver(backend)
    assert runner.state.away_since is None
    assert watcher.poll_planned
    assert watcher.next_poll_ms() > 50_000
    watcher.stop()


def test_already_away_when_armed_is_reported_on_the_next_loop_turn(runner, monkeypatch, qtbot):
    """The alarm fires as it is created; handling it inside start() would re-arm forever."""
    server = FakeServer()
    server.idle_for(3_600_000)
    backend = _backend(server, monkeypatch)
    watcher = IdleWatcher(runner, backend)
    watcher.start()
    assert runner.state.away_since is not None, "the first reading already says away"
    qtbot.waitUntil(lambda: backend.events == 1)
    assert watcher.lost is None
    assert server.alarms[2] == (NEGATIVE_COMPARISON, 3_599_999)
    server.input()
    _deliver(backend)
    assert runner.state.away_since is None
    watcher.stop()


def test_a_new_break_length_moves_the_away_alarm_at_once(runner, monkeypatch):
    server = FakeServer()
    backend = _backend(server, monkeypatch)
    watcher = IdleWatcher(runner, backend)
    watcher.start()
    runner.apply_settings(Settings(break_seconds=30))
    assert server.alarms[1] == (POSITIVE_COMPARISON, 30_000)
    watcher.stop()
