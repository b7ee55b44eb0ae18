"""Tells open windows that the break history may have a new row, so the statistics and
journal windows follow breaks while they are open.

It watches the cycle's state, not the database: the runner writes a row exactly when a
break ends (taken, skipped or cut short), a notice is snoozed or skipped, or an absence
counts as a break, and each of those either leaves a break or starts a new interval or
uses a snooze. The check is a few comparisons on `CycleRunner.changed`, which also fires
for every heartbeat; nothing is read here, and the windows decide whether they are open.

Starting a break writes nothing, so it emits nothing: the break window opens on the same
signal and should not wait for a chart to be redrawn.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance

from knotbreak.core.cycle import CycleState, Phase


class Runner(Protocol):
    @property
    def changed(self) -> SignalInstance: ...

    @property
    def state(self) -> CycleState: ...


def may_have_recorded(before: CycleState, after: CycleState) -> bool:
    """Whether going from `before` to `after` may have written a row to the history."""
    if before.phase is Phase.ON_BREAK and after.phase is not Phase.ON_BREAK:
        return True
    return (
        after.interval_start != before.interval_start
        or after.snoozes_used != before.snoozes_used
    )


class HistoryWatch(QObject):
    recorded = Signal()
    """The history may have a new row. Emitted after the runner's own work is done (on the
    next turn of the event loop), at most once however many changes came together."""

    def __init__(self, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._last = runner.state
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.recorded)
        runner.changed.connect(self._changed)

    def _changed(self) -> None:
        before, self._last = self._last, self._runner.state
        if may_have_recorded(before, self._last):
            self._soon.start()
