"""Readings of a face against the user's own calibrated posture, and when to nudge.

A sample is the face box (and, where found, the line of the eyes) in frame pixels. The
baseline is the median of a few calibration samples taken while the user sits the way
they want to sit. Measures are relative to the baseline face width, so they do not depend
on the camera's resolution or on how far the user sits:

- leaning in: the face is wider than the baseline by `lean_ratio` or more;
- slouching: the face centre has dropped by `slouch_drop` baseline face widths or more;
- head tilt: the eye line is turned by `tilt_degrees` or more from the baseline's.

One reading off is nothing: only `streak_needed` equal readings in a row bring a nudge,
and at most `nudges_per_hour` nudges come in any hour.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum

CALIBRATION_MIN_FACES = 3
"""Calibration needs this many frames with a face; fewer means no baseline."""

NUDGE_WINDOW = timedelta(hours=1)


def _median(values: Iterable[float]) -> float:
    """The median, without the statistics module: it imports decimal and fractions, about
    a megabyte the idle app (which builds this module's types at start) has no use for."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("the median of nothing")
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


@dataclass(frozen=True)
class FaceSample:
    """One face found in a frame, in that frame's pixels (y grows downwards)."""

    cx: float
    cy: float
    width: float
    eye_angle: float | None = None
    """Degrees of the line from the left eye to the right eye; None when not found."""


@dataclass(frozen=True)
class Baseline:
    cx: float
    cy: float
    width: float
    eye_angle: float | None


class Reading(StrEnum):
    GOOD = "good"
    LEANING_IN = "leaning_in"
    SLOUCHING = "slouching"
    TILTED = "tilted"
    NO_FACE = "no_face"
    """No single face found: the user looked away, left, or several faces showed."""


@dataclass(frozen=True)
class Thresholds:
    lean_ratio: float = 1.15
    slouch_drop: float = 0.25
    tilt_degrees: float = 10.0


@dataclass(frozen=True)
class CoachPolicy:
    thresholds: Thresholds = Thresholds()
    streak_needed: int = 3
    nudges_per_hour: int = 2


def baseline_from(samples: Sequence[FaceSample | None]) -> Baseline | None:
    """The median posture of the calibration frames; None with too few faces in them.

    The median, not the mean, so one frame where the detector slipped does not move it.
    """
    faces = [s for s in samples if s is not None]
    if len(faces) < CALIBRATION_MIN_FACES:
        return None
    angles = [s.eye_angle for s in faces if s.eye_angle is not None]
    return Baseline(
        cx=_median(s.cx for s in faces),
        cy=_median(s.cy for s in faces),
        width=_median(s.width for s in faces),
        # The eye line only counts when most frames found it; else tilt is not judged.
        eye_angle=_median(angles) if len(angles) * 2 > len(faces) else None,
    )


def _angle_difference(a: float, b: float) -> float:
    return abs((a - b + 180.0) % 360.0 - 180.0)


def classify(sample: FaceSample | None, baseline: Baseline, thresholds: Thresholds) -> Reading:
    """What a sample says about posture. Leaning in wins over slouching (leaning in also
    moves the face), slouching over tilt (the larger change is the one to fix first)."""
    if sample is None or baseline.width <= 0:
        return Reading.NO_FACE
    if sample.width >= baseline.width * thresholds.lean_ratio:
        return Reading.LEANING_IN
    if (sample.cy - baseline.cy) / baseline.width >= thresholds.slouch_drop:
        return Reading.SLOUCHING
    if (
        sample.eye_angle is not None
        and baseline.eye_angle is not None
        and _angle_difference(sample.eye_angle, baseline.eye_angle) >= thresholds.tilt_degrees
    ):
        return Reading.TILTED
    return Reading.GOOD


@dataclass(frozen=True)
class DayShare:
    good: int = 0
    total: int = 0

    @property
    def share(self) -> float | None:
        return self.good / self.total if self.total else None


@dataclass(frozen=True)
class CoachState:
    baseline: Baseline | None = None
    last: Reading | None = None
    last_at: datetime | None = None
    streak_reading: Reading | None = None
    streak: int = 0
    nudges: tuple[datetime, ...] = ()
    """Nudges given within the last hour, oldest first."""
    days: Mapping[date, DayShare] = field(default_factory=dict)
    """Posture samples (a face found) per local day, and how many were good."""


@dataclass(frozen=True)
class Nudge:
    reading: Reading
    at: datetime


def calibrate(state: CoachState, samples: Sequence[FaceSample | None]) -> CoachState | None:
    """A fresh start from a new baseline; None when calibration saw too few faces."""
    baseline = baseline_from(samples)
    if baseline is None:
        return None
    return replace(state, baseline=baseline, streak_reading=None, streak=0, last=None)


def observe(
    state: CoachState, sample: FaceSample | None, now: datetime, policy: CoachPolicy
) -> tuple[CoachState, Nudge | None]:
    """Take one sample into account; a nudge when a deviation has held long enough."""
    if state.baseline is None:
        return state, None
    reading = classify(sample, state.baseline, policy.thresholds)
    days = dict(state.days)
    if reading is not Reading.NO_FACE:
        today = now.date()
        day = days.get(today, DayShare())
        days[today] = DayShare(day.good + (reading is Reading.GOOD), day.total + 1)
    recent = tuple(t for t in state.nudges if now - t < NUDGE_WINDOW)
    if reading in (Reading.GOOD, Reading.NO_FACE):
        # Looking away is not a deviation; it also says nothing about the one before.
        return replace(
            state, last=reading, last_at=now, streak_reading=None, streak=0,
            nudges=recent, days=days,
        ), None
    streak = state.streak + 1 if state.streak_reading is reading else 1
    held = replace(
        state, last=reading, last_at=now, streak_reading=reading, streak=streak,
        nudges=recent, days=days,
    )
    if streak < policy.streak_needed or len(recent) >= policy.nudges_per_hour:
        return held, None
    # After a nudge the count starts again: the next comes only if it holds again.
    nudged = replace(held, streak_reading=None, streak=0, nudges=(*recent, now))
    return nudged, Nudge(reading, now)


def next_nudge_allowed(state: CoachState, now: datetime, policy: CoachPolicy) -> datetime:
    """The earliest moment the hourly limit lets another nudge through."""
    recent = [t for t in state.nudges if now - t < NUDGE_WINDOW]
    if len(recent) < policy.nudges_per_hour:
        return now
    return recent[len(recent) - policy.nudges_per_hour] + NUDGE_WINDOW
