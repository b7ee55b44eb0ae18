"""Micro-breaks in the break cycle, driven by a fake clock: every rule of issue 16."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta

from cycle_session import MONDAY_9, POLICY, Session

from knotbreak.core import cycle
from knotbreak.core.cycle import MICRO_QUIET, MICRO_SNOOZE, Outcome, Phase
from knotbreak.core.micro_breaks import TASKS, MicroKind, task_for
from knotbreak.core.settings import Settings, validate
from knotbreak.core.status import status_snapshot
from knotbreak.core.working_hours import WorkingHours

MICRO = replace(POLICY, micro_interval=timedelta(minutes=20), micro_length=timedelta(seconds=20))
# A long main interval, so several micro-breaks fit in one.
LONG_WORK = replace(MICRO, work_interval=timedelta(minutes=60))


def at(minutes: float) -> datetime:
    return MONDAY_9 + timedelta(minutes=minutes)


def test_the_first_micro_break_comes_after_twenty_minutes_and_closes_by_itself() -> None:
    session = Session(MICRO)
    assert cycle.wakeups(session.state, MICRO)["micro"] == at(20)
    session.wait(minutes=19, seconds=59)
    assert not session.state.micro_showing
    session.wait(seconds=1)
    assert session.state.micro_showing
    assert session.state.phase is Phase.WORKING  # the main cycle goes on underneath
    assert cycle.wakeups(session.state, MICRO)["micro_end"] == at(20) + timedelta(seconds=20)
    session.wait(seconds=20)
    assert not session.state.micro_showing
    [record] = session.micro_records
    assert (record.started_at, record.ended_at) == (at(20), at(20) + timedelta(seconds=20))
    assert record.outcome is Outcome.COMPLETED
    assert record.task == TASKS[0].id
    assert session.records == []  # a micro-break is not a main break


def test_micro_breaks_come_every_interval_of_work_and_rotate_their_tasks() -> None:
    session = Session(LONG_WORK)
    session.wait(minutes=41)
    assert session.micro_starts == [at(20), at(40) + timedelta(seconds=20)]
    assert [r.task for r in session.micro_records] == [TASKS[0].id, TASKS[1].id]


def test_the_rotation_has_posture_eyes_movement_and_now_and_then_a_walk() -> None:
    kinds = [task_for(n).kind for n in range(1, len(TASKS) + 1)]
    assert kinds.count(MicroKind.WALK) == 1
    assert {MicroKind.POSTURE, MicroKind.EYES, MicroKind.MOVEMENT} <= set(kinds)
    assert task_for(len(TASKS) + 1) == task_for(1)
    posture = {t.cue for t in TASKS if t.kind is MicroKind.POSTURE}
    assert len(posture) == 3  # three different concrete cues, not one repeated
    assert all(task.source for task in TASKS)


def test_no_micro_break_in_the_minutes_before_a_main_break() -> None:
    session = Session(MICRO)  # 45 min work: the second would come at 40:20
    session.wait(minutes=44)
    assert session.micro_starts == [at(20)]
    assert session.state.phase is Phase.NOTICE
    assert cycle.next_micro_break(session.state, MICRO) is None


def test_no_micro_break_right_after_a_main_break() -> None:
    session = Session(MICRO)
    session.wait(minutes=48)  # the main break ran from 45 to 48
    assert [r.outcome for r in session.records] == [Outcome.COMPLETED]
    assert session.state.micro_due == at(68)
    session.wait(minutes=20)
    assert session.micro_starts[-1] == at(68)


def test_skip_closes_it_and_the_next_comes_a_full_interval_later() -> None:
    session = Session(LONG_WORK)
    session.wait(minutes=20, seconds=5)
    assert session.send(cycle.SkipMicroBreak()) is None
    assert not session.state.micro_showing
    assert session.micro_records[-1].outcome is Outcome.SKIPPED
    assert session.state.micro_due == at(40) + timedelta(seconds=5)


def test_snooze_brings_the_same_task_back_a_few_minutes_later() -> None:
    session = Session(LONG_WORK)
    session.wait(minutes=20, seconds=5)
    first = task_for(session.state.micros_started)
    session.send(cycle.SnoozeMicroBreak())
    assert session.micro_records[-1].outcome is Outcome.SNOOZED
    assert session.state.micro_due == session.now + MICRO_SNOOZE
    session.wait(minutes=5)
    assert session.state.micro_showing
    assert task_for(session.state.micros_started) == first


def test_skip_or_snooze_with_nothing_showing_is_refused_with_a_reason() -> None:
    session = Session(MICRO)
    assert session.send(cycle.SkipMicroBreak()) == "No micro-break is showing."
    assert session.send(cycle.SnoozeMicroBreak()) == "No micro-break is showing."


def test_one_due_in_a_meeting_is_dropped_not_queued() -> None:
    session = Session(LONG_WORK)
    session.wait(minutes=19)
    session.send(cycle.MeetingStarted())
    session.wait(minutes=2)
    session.send(cycle.MeetingEnded())
    session.wait(minutes=1)
    assert session.micro_starts == []
    assert session.micro_records == []
    assert session.state.micro_due == at(40)


def test_one_due_while_away_is_dropped() -> None:
    session = Session(LONG_WORK)
    session.wait(minutes=19)
    session.send(cycle.AwayStarted(timedelta(minutes=1)))
    session.wait(minutes=1, seconds=30)
    session.send(cycle.AwayEnded())
    session.wait(seconds=30)
    assert session.micro_starts == []


def test_a_detected_hold_closes_one_that_shows_without_recording_it() -> None:
    session = Session(LONG_WORK)
    session.wait(minutes=20, seconds=5)
    session.send(cycle.MeetingStarted("fullscreen"))
    assert not session.state.micro_showing
    assert session.micro_records == []
    assert session.state.micro_due == session.now + timedelta(minutes=20)


def test_none_while_paused_and_the_count_starts_again_on_resume() -> None:
    session = Session(MICRO)
    session.wait(minutes=10)
    session.send(cycle.Pause(None))
    assert session.state.micro_due is None
    assert "micro" not in cycle.wakeups(session.state, MICRO)
    session.wait(minutes=30)
    session.send(cycle.Resume())
    session.wait(minutes=19)
    assert session.micro_starts == []
    session.wait(minutes=1)
    assert session.micro_starts == [at(60)]


def test_none_outside_working_hours() -> None:
    office = replace(
        MICRO, working_hours=WorkingHours(enabled=True, start=time(9), end=time(9, 30))
    )
    session = Session(office)
    session.wait(minutes=20, seconds=20)
    session.wait(hours=2)
    assert session.micro_starts == [at(20)]
    assert session.state.phase is Phase.OFF_HOURS
    assert session.state.micro_due is None


def test_taking_the_main_break_closes_a_micro_break() -> None:
    session = Session(LONG_WORK)
    session.wait(minutes=20, seconds=5)
    session.send(cycle.TakeBreakNow())
    assert session.state.phase is Phase.ON_BREAK
    assert not session.state.micro_showing
    assert cycle.wakeups(session.state, LONG_WORK).keys() == {"break_end"}


def test_no_burst_after_the_clock_jumps_forward() -> None:
    session = Session(LONG_WORK)
    session.wait(minutes=10)
    session.jump(minutes=45)  # two micro-breaks' times passed while nothing ran
    assert session.micro_starts == []
    assert session.state.micro_due == at(75)


def test_one_a_few_seconds_late_still_shows() -> None:
    session = Session(LONG_WORK)
    session.wait(minutes=19, seconds=59)
    session.jump(seconds=31)
    assert session.micro_starts == [at(20.5)]


def test_the_clock_set_back_moves_the_next_micro_break_with_it() -> None:
    session = Session(LONG_WORK)
    session.wait(minutes=10)
    session.jump(minutes=-30)
    assert session.state.micro_due == at(-10)


def test_off_means_none_at_all() -> None:
    session = Session(POLICY)
    session.wait(hours=3)
    assert session.micro_starts == []
    assert session.state.micro_due is None
    assert status_snapshot(session.state, POLICY, session.now)["next_micro_break"] is None


def test_turning_them_on_or_shortening_the_interval_takes_effect_at_once() -> None:
    session = Session(replace(LONG_WORK, micro_interval=None))
    session.wait(minutes=5)
    session.policy = LONG_WORK
    session.send(cycle.SettingsChanged())
    assert session.state.micro_due == at(20)
    session.policy = replace(LONG_WORK, micro_interval=timedelta(minutes=10))
    session.send(cycle.SettingsChanged())
    assert session.state.micro_due == at(15)
    session.policy = replace(LONG_WORK, micro_interval=None)
    session.send(cycle.SettingsChanged())
    assert session.state.micro_due is None


def test_status_names_the_next_one_and_the_one_that_shows() -> None:
    session = Session(MICRO)
    snapshot = status_snapshot(session.state, MICRO, session.now)
    assert snapshot["next_micro_break"] == at(20).isoformat(timespec="seconds")
    assert snapshot["micro_break"] is None
    session.wait(minutes=20, seconds=5)
    snapshot = status_snapshot(session.state, MICRO, session.now)
    shown = snapshot["micro_break"]
    assert shown["task"] == TASKS[0].id
    assert shown["seconds_left"] == 15
    assert shown["cue"] == TASKS[0].cue
    assert snapshot["next_micro_break"] is None


def test_the_settings_validate_their_ranges() -> None:
    settings, problems = validate(
        {"micro_break_interval_minutes": 5, "micro_break_seconds": 61,
         "micro_breaks_enabled": "yes"}
    )
    assert settings == Settings()
    assert len(problems) == 3
    assert "5 is outside the allowed 10 to 30 minutes" in problems[0]
    policy = replace(Settings(), micro_break_interval_minutes=15, micro_break_seconds=30).policy()
    assert policy.micro_interval == timedelta(minutes=15)
    assert policy.micro_length == timedelta(seconds=30)
    assert replace(Settings(), micro_breaks_enabled=False).policy().micro_interval is None


def test_the_quiet_time_before_a_break_covers_a_long_notice() -> None:
    policy = replace(MICRO, notice_lead=timedelta(minutes=5), micro_length=timedelta(seconds=60))
    assert policy.micro_quiet_before == timedelta(minutes=6)
    assert MICRO.micro_quiet_before == MICRO_QUIET
