"""Opens the statistics window from the tray, the control channel or `knotbreak stats`.

Nothing heavy is imported here: QtCharts and the window module load on the first
`open_window()`, so the tray app pays for statistics only when someone looks at them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from knotbreak.ui.statistics.source import StatisticsSource

if TYPE_CHECKING:
    from knotbreak.ui.statistics.window import StatisticsWindow


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
