"""Where the statistics window's numbers come from (shared by the launcher and the window)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from knotbreak.core.cycle import BreakRecord, MicroRecord
from knotbreak.core.history import BreakHistory
from knotbreak.core.statistics import DAYS_SHOWN, WEEKS_SHOWN, Report, build_report


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
