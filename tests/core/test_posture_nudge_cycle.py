"""A posture-coach nudge shows through the micro-break window, by the cycle's rules."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from cycle_session import MONDAY_9, POLICY, Session

from knotbreak.core import cycle
from knotbreak.core.cycle import Outcome, showing_task
from knotbreak.core.micro_breaks import TASKS
from knotbreak.core.status import status_snapshot

MICRO = replace(POLICY, micro_interval=timedelta(minutes=20), micro_length=timedelta(seconds=20))
NUDGE = cycle.PostureNudge("coach-leaning-in")


def test_a_nudge_shows_its_cue_and_closes_by_itself():
    session = Session(MICRO)
    session.wait(minutes=5)
    assert session.send(NUDGE) is None
    assert session.state.micro_showing
    assert "sit back, ears over shoulders" in showing_task(session.state).cue
    shown = status_snapshot(session.state, MICRO, session.now)["micro_break"]
    assert shown["task"] == "coach-leaning-in"
    session.wait(seconds=20)
    assert not session.state.micro_showing
    [record] = session.micro_records
    assert (record.task, record.outcome) == ("coach-leaning-in", Outcome.COMPLETED)


def test_a_nudge_leaves_the_micro_break_rotation_alone():
    session = Session(MICRO)
    session.wait(minutes=5)
    session.send(NUDGE)
    session.wait(minutes=16)
    assert [r.task for r in session.micro_records] == ["coach-leaning-in", TASKS[0].id]


def test_a_nudge_shows_with_micro_breaks_off_too():
    session = Session(POLICY)
    session.wait(minutes=5)
    assert session.send(NUDGE) is None
    assert session.send(cycle.SkipMicroBreak()) is None
    assert not session.state.micro_showing
    assert session.micro_records[0].outcome is Outcome.SKIPPED
    assert session.state.micro_due is None


def test_snoozing_a_nudge_does_not_bring_it_back():
    session = Session(MICRO)
    session.wait(minutes=5)
    session.send(NUDGE)
    session.send(cycle.SnoozeMicroBreak())
    session.wait(minutes=10)
    assert not session.state.micro_showing
    assert [r.outcome for r in session.micro_records] == [Outcome.SNOOZED]


def test_no_nudge_in_a_meeting_while_away_or_near_a_break():
    session = Session(MICRO)
    session.wait(minutes=5)
    session.send(cycle.MeetingStarted())
    assert session.send(NUDGE) == "A posture cue cannot show right now."
    session.send(cycle.MeetingEnded())
    session.send(cycle.AwayStarted(timedelta(minutes=1)))
    assert session.send(NUDGE) is not None
    session.send(cycle.AwayEnded())
    session.wait(minutes=38)  # two minutes before the main break
    assert session.send(NUDGE) is not None
    assert not session.state.micro_showing


def test_a_meeting_closes_a_showing_nudge():
    session = Session(MICRO)
    session.wait(minutes=5)
    session.send(NUDGE)
    session.send(cycle.MeetingStarted("camera"))
    assert not session.state.micro_showing
    assert session.state.micro_task is None


def test_an_unknown_cue_is_refused():
    session = Session(MICRO)
    session.wait(minutes=5)
    assert session.send(cycle.PostureNudge("nope")) == "That posture cue is unknown."
    assert session.now == MONDAY_9 + timedelta(minutes=5)
