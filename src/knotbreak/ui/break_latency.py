"""How late a scheduled break's window appears: one log line per break (target 150 ms).

Measured inside the app, from the app clock: when the break window paints for the first
time (Qt paints a window only once the window system has exposed it), the time past the
break's due moment, divided by --time-scale, is the real delay the user saw. It covers
everything between the two: the scheduler's timer, the idle and meeting looks, the
reducer, building the window and the first paint. `make bench` reads these lines; a delay
over the target is logged as a warning so that it shows in an ordinary log too.

Breaks that were not due (break now from the tray or the command line), or that opened
late on purpose (held by a meeting, away, asleep) are not measured.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Protocol

import shiboken6
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from knotbreak.core.cycle import Phase

if TYPE_CHECKING:
    from datetime import datetime

    from knotbreak.adapters.cycle_runner import CycleRunner

log = logging.getLogger(__name__)

TARGET_MS = 150.0
LINE = "break window shown %.0f ms after due"
"""The log line's format; benchmarks/bench.py parses it."""


class WindowSource(Protocol):
    """What the probe needs from the presenter: the break window, once there is one."""

    @property
    def break_window(self) -> QWidget | None: ...


class BreakLatencyProbe(QObject):
    measured = Signal(float)
    """Real milliseconds from due to the window's first paint."""

    def __init__(
        self, runner: CycleRunner, windows: WindowSource, parent: QObject | None = None
    ) -> None:
        """Connects to `runner.changed`: make it after the presenter that opens the windows,
        so the break window exists by the time this probe hears of the break."""
        super().__init__(parent)
        self._runner = runner
        self._windows = windows
        self._watched: QWidget | None = None
        self._due: datetime | None = None
        self._phase = runner.state.phase
        runner.changed.connect(self._on_changed)

    @property
    def watching(self) -> bool:
        """Whether a break window is waiting for its first paint to be measured."""
        return self._watched is not None

    def _on_changed(self) -> None:
        before, state = self._phase, self._runner.state
        self._phase = state.phase
        window = self._windows.break_window
        if window is None or window is self._watched or state.phase is not Phase.ON_BREAK:
            return
        started = state.break_started
        if (
            before not in (Phase.WORKING, Phase.NOTICE)
            or state.due is None
            or started is None
            or started < state.due
        ):
            return  # not opened by the clock reaching its due time
        self._forget()
        self._watched, self._due = window, state.due
        window.installEventFilter(self)
        # A break that ends before it is ever painted (--time-scale in the thousands).
        window.destroyed.connect(self._on_destroyed)

    def _forget(self) -> None:
        watched, self._watched, self._due = self._watched, None, None
        if watched is not None and shiboken6.isValid(watched):
            watched.removeEventFilter(self)
            watched.destroyed.disconnect(self._on_destroyed)

    def _on_destroyed(self) -> None:
        # Mid-destruction: the window must not be touched; its filters go with it.
        self._watched, self._due = None, None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Paint:
            due = self._due
            self._forget()
            if due is not None:
                late = (self._runner.now() - due).total_seconds() / self._runner.time_scale()
                late_ms = late * 1000
                level = logging.WARNING if late_ms > TARGET_MS else logging.DEBUG
                log.log(level, LINE, late_ms)
                self.measured.emit(late_ms)
        return False
