"""The scheduler adapter and the cycle runner on a real Qt event loop (offscreen)."""

from __future__ import annotations

import threading
import time
from datetime import timedelta

import pytest

from knotbreak.adapters.clock import AppClock
from knotbreak.adapters.cycle_runner import CycleRunner
from knotbreak.adapters.scheduler import WakeupScheduler
from knotbreak.core.cycle import Outcome, Phase
from knotbreak.core.history import BreakHistory
from knotbreak.core.settings import Settings


@pytest.fixture
def fired(qtbot):
    calls: list[tuple[str, str]] = []
    return calls


def test_jobs_run_on_the_main_thread_at_their_time(qtbot, fired):
    clock = AppClock()
    scheduler = WakeupScheduler(
        clock, lambda name: fired.append((name, threading.current_thread().name))
    )
    try:
        scheduler.sync({"break": clock.now() + timedelta(milliseconds=300)})
        assert "break" in scheduler.planned()
        qtbot.waitUntil(lambda: bool(fired), timeout=3000)
        assert fired == [("break", threading.main_thread().name)]
        assert scheduler.planned() == {}
    finally:
        scheduler.shutdown()


def test_a_late_job_still_runs(qtbot, fired):
    """A busy event loop must not make APScheduler drop the job as missed."""
    clock = AppClock()
    scheduler = WakeupScheduler(clock, lambda name: fired.append((name, "")))
    try:
        scheduler.sync({"notice": clock.now() + timedelta(milliseconds=50)})
        time.sleep(2.0)  # blocks the event loop well past the old 1 s grace time
        qtbot.waitUntil(lambda: bool(fired), timeout=3000)
        assert [name for name, _ in fired] == ["notice"]
    finally:
        scheduler.shutdown()


def test_sync_replaces_moved_and_drops_unwanted_jobs(qtbot, fired):
    clock = AppClock()
    scheduler = WakeupScheduler(clock, lambda name: fired.append((name, "")))
    try:
        far = clock.now() + timedelta(hours=1)
        scheduler.sync({"break": far, "notice": far - timedelta(minutes=1)})
        scheduler.sync({"pause_end": clock.now() + timedelta(milliseconds=200)})
        qtbot.waitUntil(lambda: bool(fired), timeout=3000)
        qtbot.wait(300)
        assert [name for name, _ in fired] == ["pause_end"]
    finally:
        scheduler.shutdown()


def test_time_scale_runs_the_app_clock_faster():
    clock = AppClock(scale=600)
    start = clock.now()
    time.sleep(0.1)
    assert clock.now() - start >= timedelta(seconds=55)
    ten_minutes = clock.now() + timedelta(minutes=10)
    assert clock.real_seconds_until(ten_minutes) == pytest.approx(1, abs=0.05)


def test_runner_completes_a_break_under_time_scale_and_records_it(qtbot, tmp_path):
    # 30 min of work in 6 s; the 5 min notice lasts 1 s and the break 0.2 s, long enough
    # that a loaded machine still sees each phase.
    clock = AppClock(scale=300)
    history = BreakHistory.open(tmp_path / "history.sqlite3")
    settings = Settings(work_interval_minutes=30, break_seconds=60, notice_seconds=300)
    runner = CycleRunner(clock, settings, history)
    scheduler = WakeupScheduler(clock, runner.on_wakeup)
    phases: list[Phase] = []
    runner.changed.connect(lambda: phases.append(runner.state.phase))
    try:
        runner.attach_wakeups(scheduler)
        qtbot.waitUntil(lambda: bool(history.recent()), timeout=12000)
        assert history.recent()[0].outcome is Outcome.COMPLETED
        assert Phase.NOTICE in phases and Phase.ON_BREAK in phases
        assert runner.state.phase is Phase.WORKING
    finally:
        scheduler.shutdown()
        history.close()


def test_runner_intents_report_refusals_and_pause_specs(qtbot, tmp_path):
    history = BreakHistory.open(tmp_path / "history.sqlite3")
    runner = CycleRunner(AppClock(), Settings(), history)
    assert runner.resume() == "Breaks are not paused."
    assert "not a duration" in (runner.pause("soon") or "")
    assert runner.pause("45m") is None
    assert runner.state.phase is Phase.PAUSED
    assert runner.state.paused_until is not None
    assert runner.state.paused_until - runner.now() <= timedelta(minutes=45)
    assert runner.status()["state"] == "paused"
    assert runner.resume() is None
    assert runner.skip() is None
    assert history.recent()[0].outcome is Outcome.SKIPPED
    history.close()


def test_runner_tells_the_user_when_history_cannot_be_saved(qtbot, tmp_path):
    history = BreakHistory.open(tmp_path / "history.sqlite3")
    runner = CycleRunner(AppClock(), Settings(), history)
    history.close()  # every write now fails, like a vanished disk
    with qtbot.waitSignal(runner.notification) as blocker:
        assert runner.skip() is None
    assert "not saved" in blocker.args[0]
    assert runner.state.phase is Phase.WORKING
