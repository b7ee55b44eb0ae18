"""Working hours and days: breaks are only scheduled inside them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

DAY_NAMES: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class WorkingHours:
    """When breaks may fall due. Times are local wall-clock times of the `now` passed in.

    `start > end` describes an overnight shift (22:00-06:00), owned by the day it starts on.
    """

    enabled: bool = False
    start: time = time(9, 0)
    end: time = time(17, 30)
    days: frozenset[int] = frozenset(range(5))  # 0 = Monday

    def is_working(self, now: datetime) -> bool:
        if not self.enabled:
            return True
        clock = now.timetz().replace(tzinfo=None)
        today = now.weekday()
        if self.start < self.end:
            return today in self.days and self.start <= clock < self.end
        if self.start == self.end:
            # A zero-length window would silence the app forever; read it as all day.
            return today in self.days
        yesterday = (today - 1) % 7
        return (today in self.days and clock >= self.start) or (
            yesterday in self.days and clock < self.end
        )

    def next_change(self, now: datetime) -> datetime | None:
        """The first moment after `now` when `is_working` flips, or None if it never does."""
        if not self.enabled:
            return None
        current = self.is_working(now)
        for edge in self._edges_after(now):
            if self.is_working(edge) != current:
                return edge
        return None

    def next_start(self, now: datetime) -> datetime | None:
        """When working hours next begin (now, if they already have)."""
        if self.is_working(now):
            return now
        return self.next_change(now)

    def _edges_after(self, now: datetime) -> list[datetime]:
        base: date = now.date()
        edges = []
        for offset in range(-1, 9):
            day = base + timedelta(days=offset)
            for moment in (self.start, self.end):
                edge = datetime.combine(day, moment, tzinfo=now.tzinfo)
                if edge > now:
                    edges.append(edge)
        return sorted(edges)


def next_morning(now: datetime, morning: time) -> datetime:
    """The next time the clock shows `morning`: at 02:00 that is today, at 10:00 tomorrow."""
    candidate = datetime.combine(now.date(), morning, tzinfo=now.tzinfo)
    if candidate <= now:
        candidate = datetime.combine(now.date() + timedelta(days=1), morning, tzinfo=now.tzinfo)
    return candidate
