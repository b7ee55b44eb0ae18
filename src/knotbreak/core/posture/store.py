"""What the posture coach keeps on disk: numbers only, never a picture.

The baseline (face centre, width, eye-line angle) and per day the number of samples and
of good ones. Written atomically by the adapter; read back leniently: a damaged or newer
file gives a fresh start (the user calibrates again), never a crash.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from knotbreak.core.posture.model import Baseline, CoachState, DayShare

SCHEMA_VERSION = 1
FILE_NAME = "posture.json"
KEEP_DAYS = 400
"""Days of shares kept; older ones are dropped when the file is written."""


def dumps(state: CoachState) -> bytes:
    base = state.baseline
    days = sorted(state.days.items())[-KEEP_DAYS:]
    data: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "baseline": None if base is None else {
            "cx": base.cx, "cy": base.cy, "width": base.width, "eye_angle": base.eye_angle,
        },
        "days": {day.isoformat(): [share.good, share.total] for day, share in days},
    }
    return json.dumps(data, indent=1).encode()


def read_quietly(path: Path) -> CoachState:
    """The state in `path` for a reader that only shows it (statistics, `knotbreak stats`):
    a missing, unreadable or damaged file is a fresh state; the coach itself reports it."""
    try:
        return loads(path.read_bytes())
    except OSError:
        return CoachState()


def loads(raw: bytes) -> CoachState:
    try:
        data = json.loads(raw)
        if not isinstance(data, dict) or data.get("schema_version") != SCHEMA_VERSION:
            return CoachState()
        found = data.get("baseline")
        baseline = None
        if isinstance(found, dict):
            angle = found.get("eye_angle")
            baseline = Baseline(
                float(found["cx"]), float(found["cy"]), float(found["width"]),
                None if angle is None else float(angle),
            )
        days = {
            date.fromisoformat(day): DayShare(int(pair[0]), int(pair[1]))
            for day, pair in dict(data.get("days", {})).items()
        }
    except (ValueError, TypeError, KeyError, IndexError, RecursionError):
        return CoachState()
    return CoachState(baseline=baseline, days=days)
