"""The scheduler adapter: one precise wake-up timer (a break window on time), and jobs
that stay planned when a wake-up plans again from inside its own run."""

from __future__ import annotations

import time
from datetime import timedelta

from PySide6.QtCore import Qt

from knotbreak.adapters.clock import AppClock
from knotbreak.adapters.scheduler import WakeupScheduler


def test_a_long_wait_gets_one_precise_timer(qtbot):
    # Qt would make a plain 25-minute timer "very coarse": up to ~0.8 s late, measured.
    clock = AppClock()
    scheduler = WakeupScheduler(clock, lambda name: None)
    try:
        scheduler.sync({"break": clock.now() + timedelta(minutes=25)})
        qtbot.wait(50)  # adding a job wakes the scheduler at once; it then arms the wait
        timer = scheduler.wakeup_timer
        assert timer is not None and timer.isActive()
        assert timer.timerType() == Qt.TimerType.PreciseTimer
        assert 25 * 60_000 - 2000 <= timer.remainingTime() <= 25 * 60_000 + 1
    finally:
        scheduler.shutdown()
    assert not timer.isActive(), "shutdown leaves no timer running"


def test_rearming_restarts_the_one_timer(qtbot):
    clock = AppClock()
    scheduler = WakeupScheduler(clock, lambda name: None)
    try:
        scheduler.sync({"break": clock.now() + timedelta(minutes=25)})
        qtbot.wait(50)
        first = scheduler.wakeup_timer
        scheduler.sync({"break": clock.now() + timedelta(seconds=40)})
        qtbot.wait(50)
        assert first is not None and scheduler.wakeup_timer is first
        assert 38_000 <= first.remainingTime() <= 40_000 + 1
        assert scheduler.job_count() == 1
    finally:
        scheduler.shutdown()


def test_a_job_fires_within_a_few_ms_of_its_time(qtbot):
    fired: list[float] = []
    clock = AppClock()
    scheduler = WakeupScheduler(
        clock, lambda name: fired.append((clock.now() - due).total_seconds())
    )
    try:
        due = clock.now() + timedelta(milliseconds=1300)
        scheduler.sync({"break": due})
        qtbot.waitUntil(lambda: bool(fired), timeout=5000)
        # Precise timers are ~1 ms late; a loaded test machine gets some slack.
        assert 0 <= fired[0] < 0.1
    finally:
        scheduler.shutdown()


def test_a_wakeup_that_plans_its_own_name_again_keeps_the_new_job(qtbot):
    """As a late break does: it records a natural break and starts a new interval."""
    clock = AppClock()
    fired: list[str] = []

    def on_wakeup(name: str) -> None:
        fired.append(name)
        if len(fired) == 1:
            scheduler.sync({"break": clock.now() + timedelta(milliseconds=150)})

    scheduler = WakeupScheduler(clock, on_wakeup)
    try:
        scheduler.sync({"break": clock.now() + timedelta(milliseconds=50)})
        qtbot.waitUntil(lambda: len(fired) == 2, timeout=3000)
        assert scheduler.planned() == {}
    finally:
        scheduler.shutdown()


def test_a_wakeup_that_drops_another_due_job_leaves_the_scheduler_working(qtbot):
    clock = AppClock()
    fired: list[str] = []

    def on_wakeup(name: str) -> None:
        fired.append(name)
        if name == "notice":
            scheduler.sync({})  # the break is no longer wanted, though due too

    scheduler = WakeupScheduler(clock, on_wakeup)
    try:
        soon = clock.now() + timedelta(milliseconds=50)
        scheduler.sync({"notice": soon, "break": soon + timedelta(milliseconds=30)})
        time.sleep(0.2)  # a busy event loop: both are due by the time it looks
        qtbot.waitUntil(lambda: bool(fired), timeout=3000)
        qtbot.wait(100)
        assert fired == ["notice"], "a dropped job still woke the app"
        scheduler.sync({"pause_end": clock.now() + timedelta(milliseconds=100)})
        qtbot.waitUntil(lambda: fired[-1] == "pause_end", timeout=3000)
        assert scheduler.job_count() == 0
    finally:
        scheduler.shutdown()


def test_one_off_jobs_run_once_and_can_plan_themselves_again(qtbot):
    clock = AppClock()
    ran: list[int] = []

    def remind() -> None:
        ran.append(1)
        if len(ran) == 1:
            scheduler.schedule_once("recheck", clock.now() + timedelta(milliseconds=100), remind)

    scheduler = WakeupScheduler(clock, lambda name: None)
    try:
        scheduler.schedule_once("recheck", clock.now() + timedelta(milliseconds=50), remind)
        qtbot.waitUntil(lambda: len(ran) == 2, timeout=3000)
    finally:
        scheduler.shutdown()
