"""The scheduler's wake-up timer: precise (a break window on time) and never doubled."""

from __future__ import annotations

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
        timer = scheduler._scheduler._timer
        assert timer.isActive()
        assert timer.timerType() == Qt.TimerType.PreciseTimer
        assert 25 * 60_000 - 2000 <= timer.remainingTime() <= 25 * 60_000 + 1
    finally:
        scheduler.shutdown()


def test_rearming_stops_the_earlier_timer(qtbot):
    clock = AppClock()
    scheduler = WakeupScheduler(clock, lambda name: None)
    try:
        scheduler.sync({"break": clock.now() + timedelta(minutes=25)})
        qtbot.wait(50)
        first = scheduler._scheduler._timer
        scheduler.sync({"break": clock.now() + timedelta(seconds=40)})
        qtbot.wait(50)
        second = scheduler._scheduler._timer
        assert second is not first
        assert not first.isActive(), "the old wake-up would still fire"
        assert 38_000 <= second.remainingTime() <= 40_000 + 1
    finally:
        scheduler.shutdown()
    assert not second.isActive(), "shutdown leaves no timer running"


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
