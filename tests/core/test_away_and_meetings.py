"""Away, sleep and meetings in the break cycle, driven by a fake clock."""

from __future__ import annotations

from datetime import timedelta

import pytest
from cycle_session import MONDAY_9, POLICY, Session

from knotbreak.core import cycle
from knotbreak.core.cycle import Outcome, Phase
from knotbreak.core.status import status_line, status_snapshot

# Away ----------------------------------------------------------------------------------


def test_away_for_a_break_length_is_a_natural_break_and_restarts_the_interval():
    session = Session()
    session.wait(minutes=20)
    session.leave()
    session.wait(minutes=9)
    session.come_back()
    assert session.outcomes == [Outcome.NATURAL]
    (record,) = session.records
    assert record.started_at == MONDAY_9 + timedelta(minutes=20)
    assert record.ended_at == session.now - timedelta(seconds=2)
    assert session.state.phase is Phase.WORKING
    assert session.state.away_since is None
    assert session.state.due == record.ended_at + POLICY.work_interval


def test_a_short_absence_is_not_a_break_and_keeps_the_interval():
    session = Session()
    session.wait(minutes=20)
    due = session.state.due
    session.leave()
    session.wait(minutes=1)  # two minutes without input: shorter than the 3-minute break
    session.come_back()
    assert session.records == []
    assert session.state.due == due
    assert session.state.phase is Phase.WORKING


def test_a_break_that_falls_due_while_away_waits_and_is_natural_on_return():
    session = Session()
    session.wait(minutes=40)
    session.leave()  # idle from 09:40
    session.wait(minutes=10)  # due at 09:45 passes with nobody there
    assert session.state.phase is Phase.HELD
    assert Phase.NOTICE not in session.phases[-6:]
    assert Phase.ON_BREAK not in session.phases
    assert session.state.held_since == MONDAY_9 + timedelta(minutes=45)
    session.come_back()
    assert session.outcomes == [Outcome.NATURAL]
    assert session.records[0].due_at == MONDAY_9 + timedelta(minutes=45)
    assert session.state.phase is Phase.WORKING


def test_a_break_held_by_a_short_absence_is_offered_with_the_usual_notice_on_return():
    session = Session()
    session.wait(minutes=44, seconds=30)
    assert session.state.phase is Phase.NOTICE
    session.send(cycle.AwayStarted(timedelta(minutes=1)))  # idle since 09:43:30
    assert session.state.phase is Phase.WORKING, "the notice goes away at an empty desk"
    session.wait(minutes=1)
    assert session.state.phase is Phase.HELD
    # Back at 09:46, two and a half minutes after the last input: not a break's worth.
    session.come_back()
    assert session.records == []
    assert session.state.phase is Phase.NOTICE
    assert session.state.due == session.now + POLICY.notice_lead
    session.wait(minutes=1)
    assert session.state.phase is Phase.ON_BREAK


def test_leaving_during_a_break_lets_it_complete():
    session = Session()
    session.wait(minutes=46)
    session.send(cycle.AwayStarted(timedelta(seconds=60)))
    session.wait(minutes=3)
    assert session.outcomes == [Outcome.COMPLETED]


def test_repeated_away_reports_keep_the_first_moment():
    session = Session()
    session.wait(minutes=10)
    session.send(cycle.AwayStarted(timedelta(minutes=1)))
    session.wait(minutes=1)
    session.send(cycle.AwayStarted(timedelta(minutes=2)))
    assert session.state.away_since == MONDAY_9 + timedelta(minutes=9)


def test_back_without_having_been_away_changes_nothing():
    session = Session()
    before = session.state
    assert session.send(cycle.AwayEnded()) is None
    assert session.state == before


# Sleep ---------------------------------------------------------------------------------


def test_eight_hours_of_sleep_give_one_natural_break_and_no_prompt():
    session = Session()
    session.wait(minutes=30)
    session.now += timedelta(hours=8)
    # On waking, the late scheduler job and the sleep detector both report.
    session.send(cycle.Tick())
    session.send(cycle.SleepDetected(timedelta(hours=8)))
    session.send(cycle.Tick())
    assert session.outcomes == [Outcome.NATURAL]
    assert session.state.phase is Phase.WORKING
    assert session.state.due == session.now + POLICY.work_interval
    assert len(session.notes) <= 1
    assert not {Phase.NOTICE, Phase.ON_BREAK, Phase.OFFERED} & set(session.phases)


def test_sleep_reported_before_any_tick_is_one_natural_break():
    session = Session()
    session.wait(minutes=30)
    session.now += timedelta(hours=8)
    session.send(cycle.SleepDetected(timedelta(hours=8)))
    session.send(cycle.Tick())
    assert session.outcomes == [Outcome.NATURAL]


def test_sleeping_through_a_meeting_hold_gives_at_most_one_prompt():
    session = Session()
    session.send(cycle.MeetingStarted())  # until I end it
    session.wait(minutes=50)
    assert session.state.phase is Phase.HELD
    session.now += timedelta(hours=8)
    session.send(cycle.SleepDetected(timedelta(hours=8)))
    session.wait(minutes=1)
    assert session.outcomes == [Outcome.NATURAL]
    assert cycle.manual_meeting(session.state) is None, "a night's sleep ends the meeting"
    assert session.phases.count(Phase.OFFERED) <= 1
    assert session.state.phase is Phase.WORKING


def test_a_short_sleep_is_not_a_break():
    session = Session()
    session.wait(minutes=10)
    session.now += timedelta(minutes=1)
    session.send(cycle.SleepDetected(timedelta(minutes=1)))
    assert session.records == []


# Meetings ------------------------------------------------------------------------------


def test_a_meeting_holds_the_break_and_then_offers_it():
    session = Session()
    session.wait(minutes=30)
    assert session.send(cycle.MeetingStarted(until=session.now + timedelta(minutes=25))) is None
    session.wait(minutes=20)  # the break fell due at 09:45, inside the meeting
    assert session.state.phase is Phase.HELD
    assert Phase.NOTICE not in session.phases
    assert Phase.ON_BREAK not in session.phases
    session.wait(minutes=5)  # the meeting ends at 09:55
    assert session.state.phase is Phase.OFFERED
    assert session.state.holds == frozenset()
    assert session.records == []
    assert session.send(cycle.TakeBreakNow()) is None
    session.wait(minutes=3)
    assert session.outcomes == [Outcome.COMPLETED]
    assert session.records[0].due_at == MONDAY_9 + timedelta(minutes=45)


def test_in_five_minutes_from_the_prompt():
    session = Session()
    session.send(cycle.MeetingStarted())
    session.wait(minutes=50)
    session.send(cycle.MeetingEnded())
    assert session.state.phase is Phase.OFFERED
    assert session.send(cycle.Postpone()) is None
    assert session.state.due == session.now + timedelta(minutes=5)
    assert session.state.snoozes_used == 0
    session.wait(minutes=4, seconds=30)
    assert session.state.phase is Phase.NOTICE
    session.wait(minutes=1)
    assert session.state.phase is Phase.ON_BREAK


def test_pause_longer_from_the_prompt_skips_the_held_break():
    session = Session()
    session.send(cycle.MeetingStarted())
    session.wait(minutes=50)
    session.send(cycle.MeetingEnded())
    session.send(cycle.Pause(session.now + timedelta(hours=1)))
    assert session.state.phase is Phase.PAUSED
    assert session.outcomes == [Outcome.SKIPPED]


def test_after_a_long_hold_only_a_quiet_notice():
    session = Session()
    session.send(cycle.MeetingStarted("camera"))
    session.wait(hours=2)
    session.send(cycle.MeetingEnded("camera"))
    assert Phase.OFFERED not in session.phases
    assert session.state.phase is Phase.WORKING
    assert session.state.due == session.now + cycle.OFFER_LATER
    assert len(session.notes) == 1
    assert "5 minutes" in session.notes[0]
    assert session.records == []


def test_a_call_starting_during_a_break_takes_the_break_window_away():
    session = Session()
    session.wait(minutes=46)
    assert session.state.phase is Phase.ON_BREAK
    session.send(cycle.MeetingStarted("camera"))
    assert session.state.phase is Phase.HELD
    session.wait(minutes=10)
    assert session.state.phase is Phase.HELD
    session.send(cycle.MeetingEnded("camera"))
    assert session.state.phase is Phase.NOTICE, "a detected call ends with the usual notice"
    session.wait(minutes=1)
    assert session.state.phase is Phase.ON_BREAK
    assert session.records == []


def test_a_fullscreen_window_holds_the_break_until_it_closes():
    session = Session()
    session.wait(minutes=40)
    session.send(cycle.MeetingStarted("fullscreen"))
    session.wait(minutes=10)
    assert session.state.phase is Phase.HELD
    assert not {Phase.NOTICE, Phase.ON_BREAK} & set(session.phases)
    session.send(cycle.MeetingEnded("fullscreen"))
    assert session.state.phase is Phase.NOTICE
    session.wait(minutes=1)
    assert session.state.phase is Phase.ON_BREAK
    session.wait(minutes=3)
    assert session.outcomes == [Outcome.COMPLETED]
    assert session.records[0].due_at == MONDAY_9 + timedelta(minutes=45)


def test_a_meeting_hides_the_notice():
    session = Session()
    session.wait(minutes=44, seconds=30)
    session.send(cycle.MeetingStarted("fullscreen"))
    assert session.state.phase is Phase.WORKING
    assert "notice" not in cycle.wakeups(session.state, session.policy)


def test_overlapping_signals_hold_until_the_last_ends():
    session = Session()
    session.send(cycle.MeetingStarted())
    session.send(cycle.MeetingStarted("camera"))
    session.wait(minutes=50)
    assert session.state.held_by == {"meeting", "camera"}
    session.send(cycle.MeetingEnded())
    assert session.state.phase is Phase.HELD
    session.send(cycle.MeetingEnded("camera"))
    assert session.state.phase is Phase.OFFERED


def test_a_meeting_in_the_middle_of_work_changes_nothing_visible():
    session = Session()
    session.send(cycle.MeetingStarted(until=session.now + timedelta(minutes=20)))
    session.wait(minutes=25)
    assert session.state.holds == frozenset()
    assert session.state.phase is Phase.WORKING
    session.wait(minutes=20)
    assert session.state.phase is Phase.ON_BREAK


def test_ending_a_meeting_that_is_not_on_is_refused_kindly():
    session = Session()
    refusal = session.send(cycle.MeetingEnded())
    assert refusal is not None and "No meeting" in refusal
    assert session.send(cycle.MeetingEnded("camera")) is None


def test_a_meeting_already_over_is_refused():
    session = Session()
    refusal = session.send(cycle.MeetingStarted(until=session.now - timedelta(minutes=1)))
    assert refusal is not None and "already be over" in refusal


def test_postpone_needs_a_waiting_break():
    session = Session()
    refusal = session.send(cycle.Postpone())
    assert refusal is not None and "No break is waiting" in refusal


def test_holds_survive_a_pause_and_a_new_interval():
    session = Session()
    session.send(cycle.MeetingStarted("camera"))
    session.send(cycle.Pause(None))
    session.send(cycle.Resume())
    assert {hold.source for hold in session.state.holds} == {"camera"}


def test_meeting_end_time_is_a_wakeup():
    session = Session()
    end = session.now + timedelta(minutes=30)
    session.send(cycle.MeetingStarted(until=end))
    assert cycle.wakeups(session.state, session.policy)["hold_end"] == end


# Status --------------------------------------------------------------------------------


def test_status_names_the_holds_and_the_waiting_break():
    session = Session()
    session.send(cycle.MeetingStarted(until=session.now + timedelta(hours=1)))
    session.send(cycle.MeetingStarted("camera"))
    session.wait(minutes=50)
    snapshot = status_snapshot(session.state, session.policy, session.now)
    assert snapshot["state"] == "held"
    sources = {hold["source"]: hold for hold in snapshot["holds"]}
    assert set(sources) == {"meeting", "camera"}
    assert sources["meeting"]["until"] is not None
    assert "camera" in sources["camera"]["reason"]
    assert snapshot["held_break"]["due_at"] == (MONDAY_9 + timedelta(minutes=45)).isoformat()
    assert snapshot["next_break"] is None
    line = status_line(session.state, session.policy, session.now)
    assert "waiting" in line


@pytest.mark.parametrize(
    ("phase_setup", "words"),
    [
        ("offered", "waiting for you"),
        ("away", "away"),
    ],
)
def test_status_line_for_waiting_and_away(phase_setup, words):
    session = Session()
    if phase_setup == "offered":
        session.send(cycle.MeetingStarted())
        session.wait(minutes=50)
        session.send(cycle.MeetingEnded())
    else:
        session.wait(minutes=40)
        session.leave()
        session.wait(minutes=10)
    line = status_line(session.state, session.policy, session.now)
    assert words in line
