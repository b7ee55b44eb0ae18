"""The break cycle, driven by a fake clock: every transition a user can cause or wait for."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta

import pytest
from cycle_session import MONDAY_9, POLICY, ZONE, Session

from knotbreak.core import cycle
from knotbreak.core.cycle import Outcome, Phase
from knotbreak.core.pause import pause_end
from knotbreak.core.working_hours import WorkingHours

OFFICE = replace(
    POLICY,
    working_hours=WorkingHours(enabled=True, start=time(9), end=time(17, 30)),
)




# The table: (description, steps, expected phase, expected outcomes recorded).
# A step is ("wait", minutes) or ("jump", minutes) or an event.
TRANSITIONS = [
    ("fresh start is working", [], Phase.WORKING, []),
    ("notice a minute before", [("wait", 44)], Phase.NOTICE, []),
    ("break opens when due", [("wait", 45)], Phase.ON_BREAK, []),
    ("break ends by itself", [("wait", 48)], Phase.WORKING, [Outcome.COMPLETED]),
    ("done ends the break early", [("wait", 46), cycle.FinishBreak()], Phase.WORKING,
     [Outcome.COMPLETED]),
    ("skip from the notice", [("wait", 44.5), cycle.Skip()], Phase.WORKING, [Outcome.SKIPPED]),
    ("skip during the break", [("wait", 46), cycle.Skip()], Phase.WORKING, [Outcome.SKIPPED]),
    ("snooze from the notice", [("wait", 44.5), cycle.Snooze()], Phase.WORKING,
     [Outcome.SNOOZED]),
    ("snooze during the break", [("wait", 46), cycle.Snooze()], Phase.WORKING,
     [Outcome.SNOOZED]),
    ("break now while working", [("wait", 10), cycle.TakeBreakNow()], Phase.ON_BREAK, []),
    ("break now from the notice", [("wait", 44.5), cycle.TakeBreakNow()], Phase.ON_BREAK, []),
    ("pause holds breaks", [cycle.Pause(MONDAY_9 + timedelta(hours=2)), ("wait", 100)],
     Phase.PAUSED, []),
    ("pause ends by itself", [cycle.Pause(MONDAY_9 + timedelta(hours=2)), ("wait", 121)],
     Phase.WORKING, []),
    ("pause until resumed holds", [cycle.Pause(None), ("wait", 600)], Phase.PAUSED, []),
    ("resume ends a pause", [cycle.Pause(None), ("wait", 30), cycle.Resume()], Phase.WORKING,
     []),
    ("pause during a break skips it", [("wait", 46), cycle.Pause(None)], Phase.PAUSED,
     [Outcome.SKIPPED]),
    ("break now from a pause", [cycle.Pause(None), cycle.TakeBreakNow()], Phase.ON_BREAK, []),
]


def break_length(session: Session) -> timedelta:
    assert session.state.break_ends is not None and session.state.break_started is not None
    return session.state.break_ends - session.state.break_started


@pytest.mark.parametrize(
    ("steps", "phase", "outcomes"),
    [pytest.param(steps, phase, outcomes, id=name) for name, steps, phase, outcomes in TRANSITIONS],
)
def test_transition(steps, phase, outcomes):
    session = Session()
    for step in steps:
        if isinstance(step, tuple):
            kind, minutes = step
            getattr(session, kind)(minutes=minutes)
        else:
            assert session.send(step) is None
    assert session.state.phase is phase
    assert session.outcomes == outcomes


def test_completed_break_records_due_start_and_end():
    session = Session()
    session.wait(minutes=50)
    (record,) = session.records
    assert record.due_at == MONDAY_9 + timedelta(minutes=45)
    assert record.started_at == MONDAY_9 + timedelta(minutes=45)
    assert record.ended_at == MONDAY_9 + timedelta(minutes=48)
    # The next interval starts when the break ends.
    assert session.state.due == MONDAY_9 + timedelta(minutes=48 + 45)


def test_snooze_from_notice_gives_five_minutes_from_now_then_notices_again():
    session = Session()
    session.wait(minutes=44, seconds=30)
    session.send(cycle.Snooze())
    assert session.state.due == session.now + timedelta(minutes=5)
    session.wait(minutes=4, seconds=1)
    assert session.state.phase is Phase.NOTICE
    session.wait(minutes=1)
    assert session.state.phase is Phase.ON_BREAK
    assert session.records[0].due_at == MONDAY_9 + timedelta(minutes=45)


def test_snooze_while_working_pushes_the_break_back():
    session = Session()
    session.wait(minutes=10)
    session.send(cycle.Snooze())
    assert session.state.due == MONDAY_9 + timedelta(minutes=50)


def test_snooze_limit_is_per_cycle():
    session = Session()
    session.wait(minutes=44, seconds=30)
    assert session.send(cycle.Snooze()) is None
    session.wait(minutes=5)
    assert session.send(cycle.Snooze()) is None
    session.wait(minutes=5)
    refusal = session.send(cycle.Snooze())
    assert refusal is not None and "limit is 2" in refusal
    assert session.state.phase is Phase.ON_BREAK
    session.send(cycle.FinishBreak())
    session.wait(minutes=44, seconds=30)
    assert session.send(cycle.Snooze()) is None, "a new cycle gets its snoozes back"


@pytest.mark.parametrize(
    ("setup", "event", "words"),
    [
        ([], cycle.Resume(), "not paused"),
        ([], cycle.FinishBreak(), "No break"),
        ([cycle.TakeBreakNow()], cycle.TakeBreakNow(), "already"),
        ([cycle.Pause(None)], cycle.Snooze(), "paused"),
        ([cycle.Pause(None)], cycle.Skip(), "paused"),
        ([], cycle.Pause(MONDAY_9 - timedelta(minutes=1)), "already be over"),
    ],
)
def test_refusals_leave_the_state_alone(setup, event, words):
    session = Session()
    for earlier in setup:
        session.send(earlier)
    before = session.state
    refusal = session.send(event)
    assert refusal is not None and words in refusal
    assert session.state == before


def test_clock_jump_of_hours_gives_one_natural_break_not_a_burst():
    session = Session()
    session.wait(minutes=20)
    session.jump(hours=5)
    assert session.outcomes == [Outcome.NATURAL]
    assert session.state.phase is Phase.WORKING
    assert session.state.due == session.now + timedelta(minutes=45)
    session.wait(minutes=1)
    assert session.outcomes == [Outcome.NATURAL]


def test_late_wakeup_of_a_few_seconds_still_opens_the_break():
    session = Session()
    session.wait(minutes=44)
    session.jump(minutes=1, seconds=20)
    assert session.state.phase is Phase.ON_BREAK
    assert session.records == []


def test_clock_set_back_keeps_the_work_already_done():
    session = Session()
    session.wait(minutes=30)
    session.jump(hours=-3)
    assert session.state.phase is Phase.WORKING
    assert session.state.due is not None
    remaining = session.state.due - session.now
    assert remaining == timedelta(minutes=15)
    assert session.records == []


def test_pause_that_spans_midnight_resumes_after_it():
    session = Session(now=datetime(2026, 11, 23, 23, 30, tzinfo=ZONE))
    session.send(cycle.Pause(session.now + timedelta(hours=2)))
    session.wait(minutes=60)
    assert session.state.phase is Phase.PAUSED
    session.wait(minutes=61)
    assert session.state.phase is Phase.WORKING
    assert session.state.interval_start == datetime(2026, 11, 24, 1, 30, tzinfo=ZONE)
    assert "resumed" in session.notes[-1]


def test_pause_spanning_midnight_with_office_hours_waits_for_the_morning():
    session = Session(policy=OFFICE, now=datetime(2026, 11, 23, 17, 0, tzinfo=ZONE))
    session.send(cycle.Pause(datetime(2026, 11, 24, 1, 0, tzinfo=ZONE)))
    session.wait(hours=9)
    assert session.state.phase is Phase.OFF_HOURS
    session.wait(hours=7)  # Tuesday 09:00 has passed
    assert session.state.phase is Phase.WORKING
    assert session.state.interval_start == datetime(2026, 11, 24, 9, 0, tzinfo=ZONE)


def test_until_tomorrow_morning():
    late = datetime(2026, 11, 23, 22, 15, tzinfo=ZONE)
    assert pause_end("until-tomorrow", late, time(9)) == datetime(2026, 11, 24, 9, tzinfo=ZONE)
    small_hours = datetime(2026, 11, 24, 2, 0, tzinfo=ZONE)
    assert pause_end("until-tomorrow", small_hours, time(9)) == datetime(
        2026, 11, 24, 9, tzinfo=ZONE
    )
    assert pause_end("indefinitely", late, time(9)) is None
    assert pause_end("45m", late, time(9)) == late + timedelta(minutes=45)


def test_no_breaks_outside_working_hours():
    session = Session(policy=OFFICE, now=datetime(2026, 11, 23, 17, 0, tzinfo=ZONE))
    session.wait(minutes=29)
    assert session.state.phase is Phase.WORKING
    session.wait(minutes=2)  # 17:31
    assert session.state.phase is Phase.OFF_HOURS
    session.wait(hours=15)  # 08:31 on Tuesday
    assert session.state.phase is Phase.OFF_HOURS
    session.wait(minutes=30)
    assert session.records == []
    assert session.state.phase is Phase.WORKING


def test_weekend_is_off():
    saturday = datetime(2026, 11, 28, 10, 0, tzinfo=ZONE)
    session = Session(policy=OFFICE, now=saturday)
    assert session.state.phase is Phase.OFF_HOURS
    jobs = cycle.wakeups(session.state, session.policy)
    assert jobs == {"working_hours": datetime(2026, 11, 30, 9, 0, tzinfo=ZONE)}


def test_break_now_outside_hours_returns_to_off_hours():
    session = Session(policy=OFFICE, now=datetime(2026, 11, 23, 20, 0, tzinfo=ZONE))
    assert session.send(cycle.TakeBreakNow()) is None
    session.wait(minutes=4)
    assert session.state.phase is Phase.OFF_HOURS
    assert session.outcomes == [Outcome.COMPLETED]


def test_shorter_interval_setting_gives_a_notice_before_the_overdue_break():
    session = Session()
    session.wait(minutes=40)
    shorter = replace(POLICY, work_interval=timedelta(minutes=30))
    session.policy = shorter
    session.send(cycle.SettingsChanged())
    assert session.state.phase is Phase.NOTICE
    assert session.state.due == session.now + shorter.notice_lead


def test_wakeups_name_every_deadline():
    session = Session(policy=OFFICE)
    jobs = cycle.wakeups(session.state, session.policy)
    assert jobs["notice"] == MONDAY_9 + timedelta(minutes=44)
    assert jobs["break"] == MONDAY_9 + timedelta(minutes=45)
    assert jobs["working_hours"] == datetime(2026, 11, 23, 17, 30, tzinfo=ZONE)
    session.send(cycle.TakeBreakNow())
    assert cycle.wakeups(session.state, session.policy)["break_end"] == MONDAY_9 + timedelta(
        minutes=3
    )


def test_overnight_shift_hours():
    nights = WorkingHours(enabled=True, start=time(22), end=time(6), days=frozenset({0}))
    assert nights.is_working(datetime(2026, 11, 23, 23, 0, tzinfo=ZONE))  # Monday night
    assert nights.is_working(datetime(2026, 11, 24, 5, 0, tzinfo=ZONE))  # into Tuesday
    assert not nights.is_working(datetime(2026, 11, 24, 23, 0, tzinfo=ZONE))  # Tuesday night


def test_progress_fills_over_the_interval():
    session = Session()
    assert cycle.interval_progress(session.state, session.now) == 0.0
    session.wait(minutes=22, seconds=30)
    assert cycle.interval_progress(session.state, session.now) == pytest.approx(0.5)
    session.wait(minutes=23)
    assert cycle.interval_progress(session.state, session.now) == 1.0


def test_every_fourth_break_is_long():
    policy = replace(POLICY, long_break_every=4, long_break_length=timedelta(minutes=10))
    session = Session(policy=policy)
    lengths = []
    for _ in range(8):
        session.send(cycle.TakeBreakNow())
        lengths.append(break_length(session))
        session.send(cycle.FinishBreak())
    short, long = timedelta(minutes=3), timedelta(minutes=10)
    assert lengths == [short, short, short, long, short, short, short, long]


def test_break_count_survives_pauses_and_off_hours():
    policy = replace(OFFICE, long_break_every=2, long_break_length=timedelta(minutes=10))
    session = Session(policy=policy)
    session.send(cycle.TakeBreakNow())
    session.send(cycle.FinishBreak())
    session.send(cycle.Pause(None))
    session.send(cycle.Resume())
    session.send(cycle.TakeBreakNow())
    assert break_length(session) == timedelta(minutes=10)


def test_a_paused_routine_holds_the_break_open_until_given_an_end():
    session = Session()
    session.send(cycle.TakeBreakNow())
    assert session.send(cycle.SetBreakEnd(None)) is None
    session.wait(minutes=30)
    assert session.state.phase is Phase.ON_BREAK
    assert "break_end" not in cycle.wakeups(session.state, session.policy)
    session.send(cycle.SetBreakEnd(session.now + timedelta(minutes=1)))
    session.wait(minutes=2)
    assert session.state.phase is Phase.WORKING
    assert session.outcomes == [Outcome.COMPLETED]


def test_break_end_can_only_move_during_a_break():
    session = Session()
    refusal = session.send(cycle.SetBreakEnd(None))
    assert refusal is not None and "No break" in refusal


def test_snoozing_a_long_notice_never_brings_the_break_closer():
    policy = replace(POLICY, notice_lead=timedelta(minutes=5), snooze_length=timedelta(minutes=1))
    session = Session(policy=policy)
    session.wait(minutes=41)
    assert session.state.phase is Phase.NOTICE
    session.send(cycle.Snooze())
    assert session.state.due == MONDAY_9 + timedelta(minutes=46)  # not 09:42


def test_away_while_counting_active_time_plans_no_wakeup_gone_by():
    policy = replace(POLICY, count_active_time=True)
    session = Session(policy=policy)
    session.wait(minutes=40)
    session.send(cycle.AwayStarted(timedelta(minutes=1)))
    session.wait(minutes=10)  # past the old due time: the work clock stood still
    assert session.state.phase is Phase.WORKING
    assert all(moment > session.now for moment in cycle.wakeups(session.state, policy).values())
    session.send(cycle.AwayEnded(timedelta(seconds=2)))
    assert "break" in cycle.wakeups(session.state, policy)


def test_a_snooze_no_longer_than_the_notice_keeps_the_notice_up():
    policy = replace(POLICY, notice_lead=timedelta(minutes=1), snooze_length=timedelta(minutes=1))
    session = Session(policy=policy)
    session.wait(minutes=44, seconds=1)
    session.send(cycle.Snooze())
    # The break is a minute away, inside the notice's minute: the notice stays, not
    # closed by the snooze and opened again by the next wake-up.
    assert session.state.phase is Phase.NOTICE
    assert session.state.due == session.now + timedelta(minutes=1)
