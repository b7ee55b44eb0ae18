"""Named wall-clock wake-ups on APScheduler's QtScheduler, run on the Qt main thread.

APScheduler is imported when this module is. It is imported lean (without asyncio,
importlib.metadata and multiprocessing, see adapters/footprint.py), which still costs
~1.5 MB and ~40 ms: the app imports it only after the tray icon is up (see app.py).
Because the lean import has no plugin lookup, executor, job store and triggers are
always passed as objects, never by alias ("date", "debug", ...).
"""

from __future__ import annotations

import contextlib
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
    """QtScheduler with a wake-up timer that is precise and can be stopped.

    QtScheduler arms `QTimer.singleShot(ms)`. Qt makes any timer of 20 s or more "very
    coarse" (whole seconds): measured here, such a timer fired up to 0.8 s late, and a
    break window would open that late (target: 150 ms). A precise timer costs no extra
    wake-up, there is still one per job. singleShot also returns nothing to stop, so
    every re-arm left the earlier timer running as an extra wake-up; this one is stopped.
    """

    def _start_timer(self, wait_seconds: float | None) -> None:
        self._stop_timer()
        if wait_seconds is not None:
            timer = QTimer()
            timer.setSingleShot(True)
            timer.setTimerType(Qt.TimerType.PreciseTimer)
            timer.timeout.connect(self._process_jobs)
            # Rounded up: a timer a millisecond early only finds nothing due and re-arms.
            timer.start(min(math.ceil(wait_seconds * 1000), 2_147_483_647))
            self._timer = timer


class WakeupScheduler:
    """Keeps exactly one date job per wake-up name, matching what the core asks for."""

    def __init__(self, clock: AppClock, on_wakeup: Callable[[str], None]) -> None:
        self._clock = clock
        self._on_wakeup = on_wakeup
        self._planned: dict[str, datetime] = {}
        self._one_off: dict[str, Callable[[], None]] = {}
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
                self._remove(name)
        for name, moment in wakeups.items():
            if self._planned.get(name) == moment:
                continue
            self._planned[name] = moment
            self._scheduler.add_job(
                self._fire,
                self._trigger(moment),
                id=name,
                args=[name],
                replace_existing=True,
            )
            log.debug("wake-up %s at %s", name, moment.isoformat(timespec="seconds"))

    def schedule_once(self, name: str, moment: datetime, callback: Callable[[], None]) -> None:
        """A job outside the break cycle (e.g. the ergonomics re-check), kept apart from sync."""
        self._one_off[name] = callback
        self._scheduler.add_job(
            self._fire_one_off,
            self._trigger(moment),
            id=f"one-off:{name}",
            args=[name],
            replace_existing=True,
        )

    def _trigger(self, moment: datetime) -> Any:
        return DateTrigger(run_date=self._clock.real_datetime(moment), timezone=UTC)

    def planned(self) -> dict[str, datetime]:
        return dict(self._planned)

    def shutdown(self) -> None:
        self._scheduler.shutdown(wait=False)

    def _remove(self, name: str) -> None:
        self._planned.pop(name, None)
        # The job may have just run, which removes it.
        with contextlib.suppress(JobLookupError):
            self._scheduler.remove_job(name)

    def _fire_one_off(self, name: str) -> None:
        callback = self._one_off.pop(name, None)
        if callback is not None:
            callback()

    def _fire(self, name: str) -> None:
        self._planned.pop(name, None)
        self._on_wakeup(name)
