"""Clock set and resume from suspend are told by a timerfd: the minute heartbeat goes."""

from __future__ import annotations

import errno
import os
import sys

import pytest

from knotbreak.adapters.clock import AppClock
from knotbreak.adapters.cycle_runner import HEARTBEAT_MS, SAFETY_HEARTBEAT_MS, CycleRunner
from knotbreak.adapters.sleep_watch import ClockChangeWatch, ClockUnavailable
from knotbreak.core.history import BreakHistory
from knotbreak.core.settings import Settings


class FakeLibc:
    """timerfd_* on a pipe: the test writes a byte where the kernel would cancel."""

    def __init__(self) -> None:
        self.pipe = os.pipe()
        self.armed: list[int] = []

        def create(_clock: int, _flags: int) -> int:
            return self.pipe[0]

        def settime(_fd: int, flags: int, spec, _old) -> int:
            self.armed.append(flags)
            return 0

        self.timerfd_create = create
        self.timerfd_settime = settime


def test_a_cancelled_timer_means_the_clock_changed_and_is_armed_again(qtbot):
    libc = FakeLibc()
    cancelled: list[int] = []

    def read(fd: int, size: int) -> bytes:
        os.read(fd, 1)
        if cancelled:
            raise OSError(errno.ECANCELED, os.strerror(errno.ECANCELED))
        return b"\0" * 8  # expired after ten years: armed again, not a change

    watch = ClockChangeWatch(libc=libc, read=read)
    seen: list[int] = []
    watch.changed.connect(lambda: seen.append(1))
    assert libc.armed == [3], "absolute time, cancelled when the clock is set"
    os.write(libc.pipe[1], b"x")
    qtbot.waitUntil(lambda: len(libc.armed) == 2)
    assert seen == []
    cancelled.append(True)
    os.write(libc.pipe[1], b"x")
    qtbot.waitUntil(lambda: seen == [1])
    assert len(libc.armed) == 3
    assert watch.changes == 1
    watch.close()
    os.close(libc.pipe[1])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="timerfd is Linux-only")
def test_the_real_timerfd_can_be_armed(qtbot):
    watch = ClockChangeWatch()
    assert watch.changes == 0
    watch.close()


def test_without_timerfd_it_says_why(qtbot):
    with pytest.raises(ClockUnavailable, match="no timerfd"):
        ClockChangeWatch(libc=object())


@pytest.fixture
def runner(qtbot, tmp_path):
    history = BreakHistory.open(tmp_path / "history.sqlite3")
    runner = CycleRunner(AppClock(), Settings(), history)
    yield runner
    history.close()


def test_told_of_clock_changes_the_heartbeat_slows_and_a_change_ticks_at_once(runner, qtbot):
    assert runner.heartbeat_ms() == HEARTBEAT_MS
    libc = FakeLibc()
    reads: list[int] = []

    def read(fd: int, size: int) -> bytes:
        os.read(fd, 1)
        reads.append(1)
        raise OSError(errno.ECANCELED, "cancelled")

    class Wakeups:
        replanned = 0

        def sync(self, wakeups) -> None:
            pass

        def replan(self) -> None:
            self.replanned += 1

    wakeups = Wakeups()
    runner.attach_wakeups(wakeups)
    slept: list[float] = []
    def sleep_check() -> float:
        slept.append(1)
        return 0.0

    runner.attach_sleep_check(sleep_check)
    watch = ClockChangeWatch(libc=libc, read=read)
    runner.tell_clock_changes(watch.changed)
    assert runner.heartbeat_ms() == SAFETY_HEARTBEAT_MS
    os.write(libc.pipe[1], b"x")
    qtbot.waitUntil(lambda: wakeups.replanned == 1)
    assert slept == [1], "a resume is a clock change too: the sleep check runs"
    watch.close()
    os.close(libc.pipe[1])
