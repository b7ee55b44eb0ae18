"""The break-window latency probe: logs real ms from due to the window's first paint."""

from __future__ import annotations

import logging
from datetime import timedelta

from PySide6.QtWidgets import QWidget

from knotbreak.core.cycle import Phase
from knotbreak.ui.break_latency import BreakLatencyProbe


class Windows:
    """Stands in for the WindowPresenter: opens a plain widget when the break starts."""

    def __init__(self, runner) -> None:
        self.break_window: QWidget | None = None
        self._runner = runner
        runner.changed.connect(self.sync)

    def sync(self) -> None:
        if self._runner.state.phase is Phase.ON_BREAK and self.break_window is None:
            self.break_window = QWidget()
            self.break_window.show()
        elif self._runner.state.phase is not Phase.ON_BREAK and self.break_window is not None:
            self.break_window.close()
            self.break_window = None

    def close_break_window(self) -> None:
        assert self.break_window is not None
        self.break_window.close()


def _open_due_break(runner, late_s: float) -> None:
    """NOTICE, then the break opening `late_s` app-seconds after it was due."""
    runner.go_notice(seconds_left=1)
    due = runner.state.due
    runner.clock = due + timedelta(seconds=late_s)
    runner.set_state(
        phase=Phase.ON_BREAK, break_started=runner.clock,
        break_ends=runner.clock + timedelta(minutes=5),
    )


def test_a_due_break_is_measured_in_real_ms_at_its_first_paint(qtbot, runner, caplog):
    windows = Windows(runner)
    probe = BreakLatencyProbe(runner, windows)
    runner.scale = 60.0  # --time-scale 60: 3 app-seconds are 50 real ms
    with (
        caplog.at_level(logging.DEBUG, logger="knotbreak.ui.break_latency"),
        qtbot.waitSignal(probe.measured, timeout=3000) as blocker,
    ):
        _open_due_break(runner, late_s=3.0)
    assert blocker.args[0] == 50.0
    assert "break window shown 50 ms after due" in caplog.text
    assert all(record.levelno == logging.DEBUG for record in caplog.records)
    windows.close_break_window()


def test_a_late_window_is_a_warning(qtbot, runner, caplog):
    windows = Windows(runner)
    probe = BreakLatencyProbe(runner, windows)
    with (
        caplog.at_level(logging.DEBUG, logger="knotbreak.ui.break_latency"),
        qtbot.waitSignal(probe.measured, timeout=3000),
    ):
        _open_due_break(runner, late_s=0.4)
    assert [r.levelno for r in caplog.records] == [logging.WARNING]
    assert "400 ms after due" in caplog.text
    windows.close_break_window()


def test_break_now_is_not_measured(qtbot, runner):
    windows = Windows(runner)
    probe = BreakLatencyProbe(runner, windows)
    seen: list[float] = []
    probe.measured.connect(seen.append)
    runner.go_working()  # due 30 minutes ahead
    runner.set_state(
        phase=Phase.ON_BREAK, break_started=runner.clock,
        break_ends=runner.clock + timedelta(minutes=5),
    )
    qtbot.waitExposed(windows.break_window)
    qtbot.wait(50)
    assert seen == []
    windows.close_break_window()


def test_a_break_that_waited_for_a_meeting_is_not_measured(qtbot, runner):
    windows = Windows(runner)
    probe = BreakLatencyProbe(runner, windows)
    seen: list[float] = []
    probe.measured.connect(seen.append)
    runner.go_notice(seconds_left=1)
    due = runner.state.due
    runner.set_state(phase=Phase.OFFERED, held_since=due)
    runner.clock = due + timedelta(minutes=40)
    runner.set_state(
        phase=Phase.ON_BREAK, break_started=runner.clock,
        break_ends=runner.clock + timedelta(minutes=5),
    )
    qtbot.waitExposed(windows.break_window)
    qtbot.wait(50)
    assert seen == []
    windows.close_break_window()


def test_a_window_gone_before_it_painted_is_forgotten_quietly(qtbot, runner):
    """At --time-scale 20000 a break can end before its window ever paints."""
    windows = Windows(runner)
    probe = BreakLatencyProbe(runner, windows)
    seen: list[float] = []
    probe.measured.connect(seen.append)
    _open_due_break(runner, late_s=0.01)
    gone = windows.break_window
    assert gone is not None
    windows.break_window = None
    gone.deleteLater()
    qtbot.waitUntil(lambda: not probe.watching, timeout=2000)
    _open_due_break(runner, late_s=0.02)  # the next break is measured as usual
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    windows.close_break_window()
