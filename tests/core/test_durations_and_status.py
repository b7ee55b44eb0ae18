from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from knotbreak.core import cycle
from knotbreak.core.cycle import CyclePolicy
from knotbreak.core.durations import DurationError, format_duration, parse_duration
from knotbreak.core.status import status_line, status_snapshot
from knotbreak.core.working_hours import WorkingHours

ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 23, 13, 45, tzinfo=ZONE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("45m", timedelta(minutes=45)),
        ("2h", timedelta(hours=2)),
        ("1h30m", timedelta(minutes=90)),
        ("90s", timedelta(seconds=90)),
        (" 30M ", timedelta(minutes=30)),
        ("20min", timedelta(minutes=20)),
    ],
)
def test_durations_people_type(text, expected):
    assert parse_duration(text) == expected


@pytest.mark.parametrize(("text", "words"), [
    ("banana", "not a duration"), ("", "not a duration"), ("0m", "zero"), ("45", "not a duration"),
    ("200h", "longer than"), ("-5m", "not a duration"),
])
def test_bad_durations_say_how_to_write_one(text, words):
    with pytest.raises(DurationError, match=words):
        parse_duration(text)


def test_format_duration():
    assert format_duration(timedelta(minutes=90)) == "1 h 30 min"
    assert format_duration(timedelta(seconds=40)) == "40 s"
    assert format_duration(timedelta(days=7)) == "7 days"


def test_tooltips():
    policy = CyclePolicy()
    state = cycle.start(NOW, policy)
    assert status_line(state, policy, NOW) == "Next break at 14:30 (in 45 min)"
    paused = cycle.handle(state, cycle.Pause(NOW + timedelta(minutes=45)), NOW, policy).state
    assert status_line(paused, policy, NOW) == "Paused until 14:30"
    forever = cycle.handle(state, cycle.Pause(None), NOW, policy).state
    assert status_line(forever, policy, NOW) == "Paused until you resume"
    tomorrow = cycle.handle(state, cycle.Pause(NOW + timedelta(hours=20)), NOW, policy).state
    assert status_line(tomorrow, policy, NOW) == "Paused until tomorrow 09:45"
    office = replace(policy, working_hours=WorkingHours(enabled=True, start=time(9), end=time(13)))
    off = cycle.start(NOW, office)
    assert status_line(off, office, NOW) == "Outside working hours; breaks resume tomorrow 09:00"


def test_snapshot_for_scripts():
    policy = CyclePolicy()
    state = cycle.start(NOW, policy)
    snapshot = status_snapshot(state, policy, NOW + timedelta(minutes=15))
    assert snapshot["state"] == "working"
    assert snapshot["next_break"] == "2026-11-23T14:30:00+01:00"
    assert snapshot["seconds_to_next_break"] == 30 * 60
    assert snapshot["snoozes_left"] == 2
    assert snapshot["interval_progress"] == pytest.approx(1 / 3, abs=0.001)
    on_break = cycle.handle(state, cycle.TakeBreakNow(), NOW, policy).state
    snapshot = status_snapshot(on_break, policy, NOW)
    assert snapshot["state"] == "on_break" and snapshot["next_break"] is None
    assert snapshot["break_ends"] == "2026-11-23T13:48:00+01:00"
