"""Opens the statistics window from the tray, the control channel or `knotbreak stats`.

Nothing heavy is imported here: QtCharts and the window module load on the first
`open_window()`, so the tray app pays for statistics only when someone looks at them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from knotbreak.ui.statistics.source import StatisticsSource
from knotbreak.ui.window_slot import WindowSlot

if TYPE_CHECKING:
    from knotbreak.ui.statistics.window import StatisticsWindow


class StatisticsLauncher(QObject):
    """Keeps at most one statistics window; opening it again brings it to the front."""

    def __init__(self, source: StatisticsSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        # Breaks may have happened since it was opened: raised again, it shows today's.
        self._slot: WindowSlot[StatisticsWindow] = WindowSlot(
            self._build, on_raise=lambda window: window.refresh()
        )

    @property
    def window(self) -> StatisticsWindow | None:
        return self._slot.window

    def open_window(self) -> None:
        self._slot.open()

    def _build(self) -> StatisticsWindow:
        from knotbreak.ui.statistics.window import StatisticsWindow

        return StatisticsWindow(self.source)

    def refresh(self) -> None:
        """Show the history's new numbers in the open window (the app calls this when a
        break was recorded: `HistoryWatch.recorded`). Costs nothing while no window is
        open or it is hidden: a closed window is not built, QtCharts is not loaded, and
        opening it reads the history anyway."""
        window = self._slot.window
        if window is not None and window.isVisible():
            window.refresh()

    def close_window(self) -> None:
        self._slot.close()
