"""Opens the statistics window from the tray, the control channel or `knotbreak stats`.

Nothing heavy is imported here: QtCharts and the window module load on the first
`open_window()`, so the tray app pays for statistics only when someone looks at them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from knotbreak.core.cycle import BreakRecord, MicroRecord
from knotbreak.core.history import BreakHistory
from knotbreak.core.statistics import DAYS_SHOWN, WEEKS_SHOWN, Report, build_report

if TYPE_CHECKING:
    from knotbreak.ui.statistics.window import StatisticsWindow


class StatisticsSource:
    """Where the window's numbers come from: the history, the goal and the clock.

    `now` is the app's clock (it may run faster under --time-scale, and the history is
    written with it); `tz` None is the system's local time zone.
    """

    def __init__(
        self,
        history: BreakHistory,
        goal: Callable[[], int],
        now: Callable[[], datetime],
        tz: tzinfo | None = None,
    ) -> None:
        self.history = history
        self._goal = goal
        self._now = now
        self.tz = tz

    def report(self, days: int = DAYS_SHOWN, weeks: int = WEEKS_SHOWN) -> Report:
        # The whole history in one indexed query: the best streak and the totals need
        # every day, and a year (~9,000 rows) reads and adds up in about 40 ms.
        return build_report(
            self.history.rows_between(),
            now=self._now(),
            tz=self.tz,
            goal=self._goal(),
            days=days,
            weeks=weeks,
            micro_rows=self.history.micro_rows_between(),
        )

    def rows(self) -> list[BreakRecord]:
        return self.history.rows_between()

    def micro_rows(self) -> list[MicroRecord]:
        return self.history.micro_rows_between()


class StatisticsLauncher(QObject):
    """Keeps at most one statistics window; opening it again brings it to the front."""

    def __init__(self, source: StatisticsSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.window: StatisticsWindow | None = None

    def open_window(self) -> None:
        if self.window is not None:
            # Breaks may have happened since it was opened: show today's numbers.
            self.window.refresh()
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()
            return
        from knotbreak.ui.statistics.window import StatisticsWindow

        self.window = StatisticsWindow(self.source)
        # Not `destroyed`: when the app ends, this launcher's Python object goes first and
        # takes the window with it, and a `destroyed` slot on it would then be called on
        # an object already half gone (a crash at exit). `closed` comes only from a close.
        self.window.closed.connect(self._closed)
        self.window.show()

    def refresh(self) -> None:
        """Show the history's new numbers in the open window (the app calls this when a
        break was recorded: `HistoryWatch.recorded`). Costs nothing while no window is
        open or it is hidden: a closed window is not built, QtCharts is not loaded, and
        opening it reads the history anyway."""
        if self.window is not None and self.window.isVisible():
            self.window.refresh()

    def close_window(self) -> None:
        if self.window is not None:
            self.window.close()

    def _closed(self) -> None:
        self.window = None
