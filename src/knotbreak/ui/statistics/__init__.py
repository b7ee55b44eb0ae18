"""Break statistics in a window: numbers for today and this week, the streak against the
daily goal, stacked bar charts per day and per week, and CSV export.

- StatisticsLauncher(source).open_window() opens the window, or raises the open one.
- StatisticsSource(history, goal, now, tz) is where the numbers come from.

This package's `__init__` and the launcher stay light: QtCharts loads with the window
module, when the window first opens.
"""

from knotbreak.ui.statistics.launcher import StatisticsLauncher
from knotbreak.ui.statistics.source import StatisticsSource

__all__ = ["StatisticsLauncher", "StatisticsSource"]
