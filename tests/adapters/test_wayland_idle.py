"""Event-driven idle (Wayland): the watcher arms the backend and never polls it.

The real protocols against a real compositor are proven in tests/e2e/test_wayland.py.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knotbreak.adapters.clock import AppClock
from knotbreak.adapters.cycle_runner import CycleRunner
from knotbreak.adapters.idle import IdleUnavailable, default_candidates
from knotbreak.adapters.idle.watcher import IdleWatcher
from knotbreak.core.history import BreakHistory
from knotbreak.core.settings import Settings


class FakeEventIdle:
    """Behaves like WaylandIdle: told of changes, answers from the last event."""

    name = "wayland-fake"

    def __init__(self) -> None:
        self.idle: float = 0.0
        self.armed: list[float] = []
        self.changed: Callable[[], None] | None = None
        self.readings = 0
        self.gone = False
        self.lost: str | None = None

    def watch(self, timeout_s: float, changed: Callable[[], None], parent: object) -> None:
        self.armed.append(timeout_s)
        self.changed = changed

    def idle_seconds(self) -> float | None:
        self.readings += 1
        return None if self.gone else self.idle

    def close(self) -> None:
        pass

    def tell(self, idle: float) -> None:
        self.idle = idle
        assert self.changed is not None
        self.changed()


@pytest.fixture
def runner(qtbot, tmp_path):
    history = BreakHistory.open(tmp_path / "history.sqlite3")
    runner = CycleRunner(AppClock(), Settings(), history)
    yield runner
    history.close()


def test_event_driven_backend_is_armed_with_the_away_threshold_and_not_polled(runner):
    backend = FakeEventIdle()
    watcher = IdleWatcher(runner, backend)
    watcher.start()
    assert watcher.event_driven
    assert backend.armed == [runner.policy.away_after.total_seconds()]
    assert not watcher.poll_planned, "no timer: the compositor says when things change"
    backend.tell(runner.policy.away_after.total_seconds())
    assert runner.state.away_since is not None
    backend.tell(0.0)
    assert runner.state.away_since is None
    # A fresh look before a break re-reads, but arms only once per threshold.
    watcher.poll()
    assert len(backend.armed) == 1
    watcher.stop()


def test_event_driven_backend_whose_connection_is_gone_turns_idle_off(runner):
    backend = FakeEventIdle()
    watcher = IdleWatcher(runner, backend)
    watcher.start()
    backend.gone = True
    backend.lost = "the Wayland compositor closed the connection"
    assert backend.changed is not None
    backend.changed()
    assert watcher.lost == "the Wayland compositor closed the connection"
    watcher.stop()


def test_wayland_session_tries_the_compositor_before_dbus(monkeypatch):
    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-kb-test")
    names = [name for name, _ in default_candidates()]
    assert names == ["wayland", "gnome-mutter", "kde-screensaver"]
    monkeypatch.delenv("WAYLAND_DISPLAY")
    monkeypatch.setenv("XDG_SESSION_TYPE", "x11")
    names = [name for name, _ in default_candidates()]
    assert names[:2] == ["x11-sync-idletime", "x11-screensaver"]


def test_wayland_idle_without_a_compositor_says_why(monkeypatch, tmp_path):
    from knotbreak.adapters.idle.wayland import WaylandIdle

    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    with pytest.raises(IdleUnavailable, match="WAYLAND_DISPLAY is not set"):
        WaylandIdle()
    with pytest.raises(IdleUnavailable, match="cannot connect to Wayland display"):
        WaylandIdle(str(tmp_path / "no-such-socket"))


def test_pywayland_is_loaded_only_in_a_wayland_session():
    """The idle app on X11 keeps its footprint: the probe never imports pywayland there."""
    import json
    import os
    import subprocess
    import sys

    code = (
        "import json, sys\n"
        "from knotbreak.adapters.idle import probe\n"
        "from knotbreak.adapters.meetings.watcher import platform_factories\n"
        "from knotbreak.core.settings import Settings\n"
        "probe(); platform_factories(Settings())\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('pywayland'))))\n"
    )
    env = {k: v for k, v in os.environ.items()
           if k not in ("WAYLAND_DISPLAY", "XDG_SESSION_TYPE", "DISPLAY")}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                            text=True, timeout=60, check=True)
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []
