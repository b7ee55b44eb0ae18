"""The app's clock: real local time, or time running N times faster under --time-scale."""

from __future__ import annotations

import time
from datetime import datetime, timedelta


class AppClock:
    def __init__(self, scale: float = 1.0) -> None:
        if scale <= 0:
            raise ValueError("the time scale must be greater than zero")
        self._scale = scale
        self._origin_wall = datetime.now().astimezone()
        self._origin_mono = time.monotonic()

    @property
    def scale(self) -> float:
        return self._scale

    def now(self) -> datetime:
        if self._scale == 1.0:
            return datetime.now().astimezone()
        # Scaled time runs off the monotonic clock so wall-clock changes don't disturb demos.
        elapsed = (time.monotonic() - self._origin_mono) * self._scale
        return self._origin_wall + timedelta(seconds=elapsed)

    def real_seconds_until(self, moment: datetime) -> float:
        """Real seconds until the app clock shows `moment` (negative if it already passed)."""
        return (moment - self.now()).total_seconds() / self._scale

    def real_datetime(self, moment: datetime) -> datetime:
        """The real wall-clock time at which the app clock will show `moment`."""
        return datetime.now().astimezone() + timedelta(seconds=self.real_seconds_until(moment))
