"""Counting active time and the daily limit, driven by a fake clock."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from cycle_session import MONDAY_9, POLICY, Session

from knotbreak.core import cycle
from knotbreak.core.cycle import Outcome, Phase
from knotbreak.core.settings import Settings, validate
from knotbreak.core.status import status_snapshot

ACTIVE = replace(POLICY, count_active_time=True)
LIMIT = replace(POLICY, daily_limit=timedelta(hours=4))


def at(minutes: float):
    return MONDAY_9 + timedelta(minutes=minutes)


def minutes_of_work(session: Session, minutes: int) -> None:
    """The runner's heartbeat ticks once a minute."""
    for _ in range(minutes):
        session.wait(minutes=1)


def test_time_away_shorter_than_a_break_stops_the_work_clock() -> None:
    session = Session(ACTIVE)
    session.wait(minutes=20)
    session.send(cycle.AwayStarted(timedelta(minutes=1)))  # gone since 20:00 - 1 min
    session.wait(minutes=1, seconds=30)
    session.send(cycle.AwayEnded())
    # Away 2.5 minutes (< 3 min break): not a break, but not work either.
    assert session.records == []
    assert session.state.due == at(45) + timedelta(minutes=2, seconds=30)


def test_while_away_the_break_does_not_fall_due_when_counting_active_time() -> None:
    session = Session(replace(ACTIVE, break_length=timedelta(minutes=10)))
    session.wait(minutes=43)
    session.send(cycle.AwayStarted(timedelta(seconds=60)))
    session.wait(minutes=5)  # the clock passes 45, but nobody worked to it
    assert session.state.phase is Phase.WORKING
    session.send(cycle.AwayEnded())
    assert session.state.phase is Phase.WORKING
    assert session.state.due == at(45) + timedelta(minutes=6)


def test_without_the_option_the_clock_runs_on_while_away() -> None:
    session = Session(POLICY)
    session.wait(minutes=20)
    session.send(cycle.AwayStarted(timedelta(minutes=1)))
    session.wait(minutes=1)
    session.send(cycle.AwayEnded())
    assert session.state.due == at(45)


def test_away_a_break_long_still_counts_as_the_break_taken() -> None:
    session = Session(ACTIVE)
    session.wait(minutes=20)
    session.send(cycle.AwayStarted(timedelta(minutes=1)))
    session.wait(minutes=5)
    session.send(cycle.AwayEnded())
    assert [r.outcome for r in session.records] == [Outcome.NATURAL]


def test_the_daily_limit_gives_one_calm_notice() -> None:
    session = Session(replace(LIMIT, work_interval=timedelta(minutes=60)))
    minutes_of_work(session, 4 * 60 - 1)
    limit_notes = [n for n in session.notes if "at the computer" in n]
    assert limit_notes == []
    minutes_of_work(session, 60)
    limit_notes = [n for n in session.notes if "at the computer" in n]
    # Breaks (3 min each) are not time at the computer, so the limit comes a bit later.
    assert limit_notes == [
        "You've been at the computer 4 hours today. Maybe it is a good moment to wind down."
    ]
    assert session.state.limit_noticed
    minutes_of_work(session, 60)
    assert len([n for n in session.notes if "at the computer" in n]) == 1


def test_time_away_and_on_breaks_is_not_counted() -> None:
    session = Session(LIMIT)
    minutes_of_work(session, 60)  # one 3-minute break inside
    assert session.state.active_today == timedelta(minutes=57)
    session.send(cycle.AwayStarted(timedelta(minutes=1)))
    minutes_of_work(session, 2)
    session.send(cycle.AwayEnded())
    assert session.state.active_today == timedelta(minutes=57)


def test_the_count_starts_again_overnight() -> None:
    session = Session(replace(LIMIT, daily_limit=timedelta(hours=4)))
    minutes_of_work(session, 5 * 60)
    assert session.state.limit_noticed
    session.jump(hours=24)  # the next morning
    assert not session.state.limit_noticed
    assert session.state.active_today == timedelta(0)
    assert session.state.active_day == (MONDAY_9 + timedelta(hours=29)).date()


def test_a_long_gap_or_sleep_is_not_time_at_the_computer() -> None:
    session = Session(LIMIT)
    minutes_of_work(session, 10)
    session.jump(minutes=30)
    assert session.state.active_today == timedelta(minutes=10)
    session.wait(minutes=1)
    session.now += timedelta(minutes=2)
    session.send(cycle.SleepDetected(timedelta(minutes=2)))
    assert session.state.active_today == timedelta(minutes=11)


def test_a_wakeup_is_planned_for_the_moment_the_limit_is_reached() -> None:
    session = Session(LIMIT)
    session.wait(minutes=1)
    assert cycle.wakeups(session.state, LIMIT)["daily_limit"] == at(240)
    assert "daily_limit" not in cycle.wakeups(session.state, POLICY)


def test_off_by_default_and_the_state_stays_still() -> None:
    assert Settings().policy().daily_limit is None
    assert not Settings().policy().count_active_time
    session = Session(POLICY)
    before = session.state
    session.wait(seconds=30)
    assert replace(session.state, last_seen=before.last_seen) == before


def test_the_settings_and_status() -> None:
    settings, problems = validate({"daily_limit_enabled": True, "daily_limit_hours": 11})
    assert "11 is outside the allowed 4 to 10 hours" in problems[0]
    policy = replace(settings, daily_limit_hours=6, count_active_time=True).policy()
    assert policy.daily_limit == timedelta(hours=6)
    assert policy.count_active_time
    session = Session(policy)
    minutes_of_work(session, 30)
    snapshot = status_snapshot(session.state, policy, session.now)
    assert snapshot["active_today_minutes"] == 30
    assert snapshot["daily_limit_hours"] == 6
    assert snapshot["daily_limit_reached"] is False
    assert snapshot["counting_active_time"] is True
    for hours in range(4, 11):
        assert f" {hours} hours today" in cycle.daily_limit_message(hours)
