"""Named wall-clock wake-ups on APScheduler's QtScheduler, run on the Qt main thread.

APScheduler is imported when this module is. It is imported lean (without asyncio,
importlib.metadata and multiprocessing, see adapters/footprint.py), which still costs
~1.5 MB and ~40 ms: the app imports it only after the tray icon is up (see composition.py).
Because the lean import has no plugin lookup, executor, job store and triggers are
always passed as objects, never by alias ("date", "debug", ...).
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import math
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer

from knotbreak.adapters.clock import AppClock
from knotbreak.adapters.footprint import import_without_unused_modules

log = logging.getLogger(__name__)


def _import_apscheduler() -> tuple[Any, ...]:
    from apscheduler.executors.debug import DebugExecutor
    from apscheduler.jobstores.base import JobLookupError
    from apscheduler.jobstores.memory import MemoryJobStore
    from apscheduler.schedulers.qt import QtScheduler
    from apscheduler.triggers.date import DateTrigger

    return DebugExecutor, JobLookupError, MemoryJobStore, QtScheduler, DateTrigger


DebugExecutor, JobLookupError, MemoryJobStore, QtScheduler, DateTrigger = (
    import_without_unused_modules(_import_apscheduler)
)


class _PreciseQtScheduler(QtScheduler):  # type: ignore[misc, valid-type]
    """QtScheduler with one precise wake-up timer that is restarted, never piled up.

    QtScheduler arms `QTimer.singleShot(ms)`. Qt makes any timer of 20 s or more "very
    coarse" (whole seconds): measured here, such a timer fired up to 0.8 s late, and a
    break window would open that late (target: 150 ms). A precise timer costs no extra
    wake-up, there is still one per job. singleShot also returns nothing to stop, so
    every re-arm left the earlier timer running as an extra wake-up; this one timer is
    restarted instead (and never deleted while it is firing).
    """

    _precise: QTimer | None = None

    def _start_timer(self, wait_seconds: float | None) -> None:
        if self._precise is None:
            self._precise = QTimer()
            self._precise.setSingleShot(True)
            self._precise.setTimerType(Qt.TimerType.PreciseTimer)
            self._precise.timeout.connect(self._process_jobs)
        self._precise.stop()
        if wait_seconds is not None:
            # Rounded up: a timer a millisecond early only finds nothing due and re-arms.
            self._precise.start(min(math.ceil(wait_seconds * 1000), 2_147_483_647))

    def _stop_timer(self) -> None:
        if self._precise is not None:
            self._precise.stop()


class WakeupScheduler:
    """Keeps exactly one live date job per wake-up name, matching what the core asks for.

    Each job gets an id of its own ("break#12"), never the bare name: a wake-up handler
    that plans the same name again (a late break that starts a new interval) would
    otherwise replace the very job APScheduler is running, and APScheduler, once the job
    returns, removes by id, so the new job, and the app's next break, was lost. For the
    same reason nothing is removed from APScheduler while one of its jobs runs: it may
    still be working through a list of due jobs; that waits for the event loop.
    """

    def __init__(self, clock: AppClock, on_wakeup: Callable[[str], None]) -> None:
        self._clock = clock
        self._on_wakeup = on_wakeup
        self._planned: dict[str, datetime] = {}
        self._job_ids: dict[str, str] = {}
        """Wake-up name (or "one-off:" name) -> the id of its live job."""
        self._one_off: dict[str, Callable[[], None]] = {}
        self._serial = itertools.count(1)
        self._running = 0
        self._stale: list[str] = []
        self._scheduler = _PreciseQtScheduler(
            # Every run date is an aware datetime; a fixed zone spares asking tzlocal.
            timezone=UTC,
            jobstores={"default": MemoryJobStore()},
            # The default thread pool would run jobs off the GUI thread; DebugExecutor
            # runs them inline, and QtScheduler processes jobs from a QTimer on the main thread.
            executors={"default": DebugExecutor()},
            job_defaults={
                # A job delayed by a busy event loop or a suspended machine must still run:
                # the core decides what lateness means. Never drop it as "missed".
                "misfire_grace_time": None,
                "coalesce": True,
                "max_instances": 1,
            },
        )
        self._scheduler.start()

    def sync(self, wakeups: dict[str, datetime]) -> None:
        for name in list(self._planned):
            if name not in wakeups:
                self._planned.pop(name)
                self._drop(name)
        for name, moment in wakeups.items():
            if self._planned.get(name) == moment:
                continue
            self._planned[name] = moment
            self._add(name, moment, self._fire)
            log.debug("wake-up %s at %s", name, moment.isoformat(timespec="seconds"))

    def schedule_once(self, name: str, moment: datetime, callback: Callable[[], None]) -> None:
        """A job outside the break cycle (e.g. the ergonomics re-check), kept apart from sync."""
        self._one_off[name] = callback
        self._add(f"one-off:{name}", moment, self._fire_one_off)

    def replan(self) -> None:
        """Work out the wait again: the wall clock was set, and the timer counts real time."""
        self._scheduler.wakeup()

    def planned(self) -> dict[str, datetime]:
        return dict(self._planned)

    @property
    def wakeup_timer(self) -> QTimer | None:
        """The one timer that wakes the scheduler for its next job (none before the first)."""
        timer: QTimer | None = self._scheduler._precise
        return timer

    def job_count(self) -> int:
        """The jobs APScheduler holds: planned wake-ups and one-offs not yet run."""
        return len(self._scheduler.get_jobs())

    def shutdown(self) -> None:
        self._scheduler.shutdown(wait=False)

    def _add(self, key: str, moment: datetime, fire: Callable[[str, str], None]) -> None:
        self._drop(key)
        job_id = f"{key}#{next(self._serial)}"
        self._job_ids[key] = job_id
        trigger = DateTrigger(run_date=self._clock.real_datetime(moment), timezone=UTC)
        self._scheduler.add_job(fire, trigger, id=job_id, args=[key, job_id])

    def _drop(self, key: str) -> None:
        job_id = self._job_ids.pop(key, None)
        if job_id is None:
            return
        if self._running:
            if not self._stale:
                QTimer.singleShot(0, self._drop_stale)
            self._stale.append(job_id)
        else:
            # The job may have just run, which removes it.
            with contextlib.suppress(JobLookupError):
                self._scheduler.remove_job(job_id)

    def _drop_stale(self) -> None:
        stale, self._stale = self._stale, []
        for job_id in stale:
            with contextlib.suppress(JobLookupError):
                self._scheduler.remove_job(job_id)

    def _is_live(self, key: str, job_id: str) -> bool:
        """Forget the job that is firing; False for one already replaced or dropped."""
        if self._job_ids.get(key) != job_id:
            return False
        del self._job_ids[key]
        return True

    def _fire_one_off(self, key: str, job_id: str) -> None:
        if not self._is_live(key, job_id):
            return
        callback = self._one_off.pop(key.removeprefix("one-off:"), None)
        if callback is not None:
            self._running += 1
            try:
                callback()
            finally:
                self._running -= 1

    def _fire(self, name: str, job_id: str) -> None:
        if not self._is_live(name, job_id):
            return
        self._planned.pop(name, None)
        self._running += 1
        try:
            self._on_wakeup(name)
        finally:
            self._running -= 1
