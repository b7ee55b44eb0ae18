"""Playing a routine against a clock: pure and deadline-based (no Qt, time passed in).

The player keeps one anchor: the moment a given segment started (or would have started,
once pauses are taken out). Every later segment's deadline follows from the anchor and
the segment lengths, and what is left of a segment is always `deadline - now`, computed
fresh: nothing is counted down, so late or irregular polling never drifts. Pausing
freezes the clock at the pause; resuming moves the anchor on by the time spent paused.
Segments run on into one another by themselves; next and back move the anchor.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import datetime, timedelta
from typing import NamedTuple

from knotbreak.core.stretches.routine import Routine, Segment

BACK_RESTARTS_AFTER = timedelta(seconds=2)
"""Back within this much of a segment's start goes to the one before; later, it restarts."""


class Position(NamedTuple):
    segment_index: int
    """Index of the current segment; len(routine) once the routine is over."""
    segment: Segment | None
    """None once the routine is over."""
    remaining: timedelta
    """What is left of the current segment: exactly its deadline minus now."""
    fraction_done: float
    """How far through the whole routine, 0.0 to 1.0 (skipped parts count as done)."""


class RoutinePlayer:
    def __init__(self, routine: Routine, started_at: datetime) -> None:
        self._routine = routine
        self._offsets = [timedelta(0)]
        for segment in routine:
            self._offsets.append(self._offsets[-1] + segment.duration)
        self._anchor_index = 0
        self._anchor_at = started_at
        self._paused_at: datetime | None = None

    @property
    def routine(self) -> Routine:
        return self._routine

    @property
    def total(self) -> timedelta:
        return self._offsets[-1]

    @property
    def is_paused(self) -> bool:
        return self._paused_at is not None

    def position(self, now: datetime) -> Position:
        at = self._clock(now)
        base = self._offsets[self._anchor_index]
        # Before the anchor (a clock set back) counts as the anchor itself.
        along = base + max(at - self._anchor_at, timedelta(0))
        index = bisect_right(self._offsets, along) - 1
        if index >= len(self._routine):
            return Position(len(self._routine), None, timedelta(0), 1.0)
        deadline = self._anchor_at + (self._offsets[index + 1] - base)
        remaining = min(deadline - at, self._routine[index].duration)
        fraction = along / self.total if self.total else 1.0
        return Position(index, self._routine[index], remaining, min(fraction, 1.0))

    def segment_deadline(self, now: datetime) -> datetime | None:
        """When the current segment ends, for a timer; None while paused or when over."""
        position = self.position(now)
        if self.is_paused or position.segment is None:
            return None
        return now + position.remaining

    def ends_at(self, now: datetime) -> datetime:
        """When the routine will be over if nothing else is paused or skipped."""
        position = self.position(now)
        after = self.total - self._offsets[min(position.segment_index + 1, len(self._routine))]
        return now + position.remaining + after

    def is_finished(self, now: datetime) -> bool:
        return self.position(now).segment is None

    def pause(self, now: datetime) -> None:
        if self._paused_at is None and not self.is_finished(now):
            self._paused_at = now

    def resume(self, now: datetime) -> None:
        if self._paused_at is not None:
            self._anchor_at += now - self._paused_at
            self._paused_at = None

    def next(self, now: datetime) -> None:
        """Skip to the start of the next segment (ends the routine after the last)."""
        position = self.position(now)
        if position.segment is not None:
            self._jump(position.segment_index + 1, now)

    def back(self, now: datetime) -> None:
        """Restart the current segment, or go to the previous one near its start."""
        position = self.position(now)
        if position.segment is None:
            target = len(self._routine) - 1
        elif position.segment.duration - position.remaining > BACK_RESTARTS_AFTER:
            target = position.segment_index
        else:
            target = position.segment_index - 1
        self._jump(max(target, 0), now)

    def _jump(self, index: int, now: datetime) -> None:
        self._anchor_index = min(index, len(self._routine))
        self._anchor_at = self._clock(now)

    def _clock(self, now: datetime) -> datetime:
        return self._paused_at if self._paused_at is not None else now
