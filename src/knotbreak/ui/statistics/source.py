"""Where the statistics window's numbers come from (shared by the launcher and the window)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, tzinfo
from pathlib import Path

from knotbreak.core.cycle import BreakRecord, MicroRecord
from knotbreak.core.history import BreakHistory
from knotbreak.core.posture.model import DayShare
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
        posture_file: Path | None = None,
    ) -> None:
        self.history = history
        self._goal = goal
        self._now = now
        self.tz = tz
        self.posture_file = posture_file

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

    def posture_since(self, first: date) -> DayShare:
        """The posture coach's samples from `first` on, and how many were good.

        Empty when the coach was never on, or its file cannot be read (the coach itself
        reports a damaged file); the window then says nothing about posture.
        """
        if self.posture_file is None:
            return DayShare()
        from knotbreak.core.posture import store

        state = store.read_quietly(self.posture_file)
        shares = [share for day, share in state.days.items() if day >= first]
        return DayShare(sum(s.good for s in shares), sum(s.total for s in shares))
