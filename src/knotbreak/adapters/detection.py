"""Idle, sleep and meeting detection as one unit that follows the settings while running.

The settings dialog applies changes at once, so turning idle detection or a meeting
signal on or off must not wait for a restart. The runner keeps one look-before-breaks
hook and one status source from here; behind them the idle and meeting watchers are
rebuilt whenever their settings change. None of them may stop the app.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from knotbreak.core import cycle

if TYPE_CHECKING:
    from knotbreak.adapters.cycle_runner import CycleRunner
    from knotbreak.adapters.idle import ProbeResult
    from knotbreak.adapters.idle.watcher import IdleWatcher
    from knotbreak.adapters.meetings.watcher import MeetingWatcher
    from knotbreak.core.settings import Settings

log = logging.getLogger(__name__)

IDLE_KEYS = ("idle_detection",)
MEETING_KEYS = (
    "meeting_fullscreen", "meeting_camera", "meeting_microphone", "meeting_dnd",
    "meeting_camera_devices",
)


class Stoppable(Protocol):
    def stop(self) -> None: ...


def _probe_idle(settings: Settings) -> ProbeResult:
    from knotbreak.adapters.idle import ProbeResult, probe

    if settings.idle_detection:
        return probe()
    return ProbeResult(None, [("all", "idle detection is off in settings")])


def _meeting_watcher(runner: CycleRunner, settings: Settings) -> MeetingWatcher:
    from knotbreak.adapters.meetings.watcher import MeetingWatcher

    return MeetingWatcher(runner, settings, parent=runner)


def _idle_watcher(runner: CycleRunner, found: ProbeResult) -> IdleWatcher | None:
    from knotbreak.adapters.idle.presence import Presence
    from knotbreak.adapters.idle.watcher import IdleWatcher

    if found.backend is None:
        return None
    # Reads nothing yet: the first D-Bus call comes with the first idle poll.
    return IdleWatcher(runner, found.backend, parent=runner, presence=Presence())


class Detection:
    """Owns the sleep, idle and meeting watchers; `apply` follows new settings."""

    def __init__(
        self,
        runner: CycleRunner,
        settings: Settings,
        *,
        probe_idle: Callable[[Settings], ProbeResult] = _probe_idle,
        make_meetings: Callable[[CycleRunner, Settings], MeetingWatcher] = _meeting_watcher,
        make_idle: Callable[[CycleRunner, ProbeResult], IdleWatcher | None] = _idle_watcher,
    ) -> None:
        self._runner = runner
        self._settings = settings
        self._probe_idle = probe_idle
        self._make_meetings = make_meetings
        self._make_idle = make_idle
        self._found: ProbeResult | None = None
        self._idle: IdleWatcher | None = None
        self._meetings: MeetingWatcher | None = None
        self._sleep: object | None = None

    def start(self) -> None:
        from knotbreak.adapters.sleep_watch import SleepWatch

        runner = self._runner
        sleep = SleepWatch(parent=runner)
        sleep.slept.connect(runner.on_slept)
        runner.attach_sleep_check(sleep.check)
        logind_problem = sleep.watch_logind()
        if logind_problem:
            log.info("sleep: heartbeat clock comparison only (logind: %s)", logind_problem)
        else:
            log.info("sleep: logind PrepareForSleep and heartbeat clock comparison")
        self._sleep = sleep
        clock_changes: str | None = None
        from knotbreak.adapters.sleep_watch import ClockChangeWatch, ClockUnavailable

        try:
            runner.tell_clock_changes(ClockChangeWatch(parent=runner).changed)
        except ClockUnavailable as error:
            clock_changes = str(error)
            log.info("clock changes: heartbeat every minute (%s)", error)
        runner.add_status_source(lambda: {"sleep_detection": {
            "logind": sleep.logind, "heartbeat": True,
            "clock_change": clock_changes or "timerfd",
            "heartbeat_s": runner.heartbeat_ms() // 1000,
        }})
        runner.add_status_source(self.describe)
        runner.add_look_before_breaks(self.look)
        self._start_idle()
        self._start_meetings()

    def apply(self, settings: Settings) -> None:
        """Rebuild only the watchers whose settings changed."""
        before, self._settings = self._settings, settings
        if _differs(before, settings, IDLE_KEYS):
            self._stop_idle()
            self._start_idle()
        if _differs(before, settings, MEETING_KEYS):
            self._stop_meetings()
            self._start_meetings()

    def look(self) -> None:
        """Fresh readings just before a notice or break may open."""
        if self._meetings is not None and self._meetings.any_available():
            self._meetings.poll()
        if self._idle is not None:
            self._idle.poll()

    def describe(self) -> dict[str, object]:
        described: dict[str, object] = {"name": "none", "reason": "not started"}
        if self._found is not None:
            described = self._found.describe()
        if self._idle is not None and self._idle.lost:
            described = {"name": "none", "reason": self._idle.lost}
        meetings = self._meetings.describe() if self._meetings is not None else {}
        presence = self._idle.presence_signals() if self._idle is not None else {}
        return {"idle_backend": described, "meeting_signals": meetings,
                "presence_signals": presence}

    def stop(self) -> None:
        self._stop_idle()
        self._stop_meetings()

    # Internals ---------------------------------------------------------------------------

    def _start_idle(self) -> None:
        found = self._probe_idle(self._settings)
        self._found = found
        self._idle = self._make_idle(self._runner, found)
        if self._idle is None:
            log.warning("no idle time (%s); breaks follow the clock only", found.reason)
            return
        log.info("idle time from %s", found.name)
        self._idle.start()

    def _stop_idle(self) -> None:
        idle, self._idle = self._idle, None
        if idle is None:
            return
        idle.stop()
        idle.deleteLater()
        # Without a watcher nobody would ever say the user is back.
        if self._runner.state.away_since is not None:
            self._runner.dispatch(cycle.AwayEnded())

    def _start_meetings(self) -> None:
        self._meetings = self._make_meetings(self._runner, self._settings)
        self._meetings.start()

    def _stop_meetings(self) -> None:
        meetings, self._meetings = self._meetings, None
        if meetings is None:
            return
        meetings.stop()
        # A signal switched off while on would otherwise hold breaks for good.
        for name, state in meetings.signals.items():
            if state.active:
                self._runner.dispatch(cycle.MeetingEnded(name))
        meetings.deleteLater()


def _differs(before: Settings, after: Settings, keys: tuple[str, ...]) -> bool:
    return any(getattr(before, key) != getattr(after, key) for key in keys)
