"""The routine player against a fake clock: exact deadlines, pause, next, back, the end."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from knotbreak.core.stretches.player import RoutinePlayer
from knotbreak.core.stretches.routine import Segment, SegmentKind

T0 = datetime(2026, 11, 23, 10, 0, tzinfo=timezone(timedelta(hours=1)))
S = timedelta(seconds=1)


def seg(kind: SegmentKind, seconds: float, cue: str = "", side=None) -> Segment:
    return Segment(kind, "tilt", side, 1, 1, timedelta(seconds=seconds), cue)


ROUTINE = (
    seg(SegmentKind.RELAX, 8, "Get ready"),
    seg(SegmentKind.HOLD, 30, "Left side", "left"),
    seg(SegmentKind.SWITCH, 5, "Switch sides", "right"),
    seg(SegmentKind.HOLD, 30, "Right side", "right"),
)
TOTAL = 73 * S


def test_segments_follow_one_another_by_the_clock():
    player = RoutinePlayer(ROUTINE, T0)
    assert player.position(T0) == (0, ROUTINE[0], 8 * S, 0.0)
    assert player.position(T0 + 7.5 * S).remaining == 0.5 * S
    at_hold = player.position(T0 + 8 * S)
    assert (at_hold.segment_index, at_hold.remaining) == (1, 30 * S)
    assert player.position(T0 + 40 * S)[:3] == (2, ROUTINE[2], 3 * S)
    assert player.position(T0 + 72 * S).remaining == S
    assert not player.is_finished(T0 + 72 * S)
    assert player.is_finished(T0 + TOTAL)
    assert player.position(T0 + TOTAL) == (4, None, timedelta(0), 1.0)
    assert player.position(T0 + 36.5 * S).fraction_done == 0.5


def test_pause_stops_the_countdown_and_resume_picks_it_up():
    player = RoutinePlayer(ROUTINE, T0)
    player.pause(T0 + 20 * S)
    assert player.is_paused
    frozen = player.position(T0 + 20 * S)
    assert (frozen.segment_index, frozen.remaining) == (1, 18 * S)
    assert player.position(T0 + 10 * 60 * S) == frozen
    assert player.segment_deadline(T0 + 30 * S) is None
    player.resume(T0 + 5 * 60 * S)
    assert not player.is_paused
    assert player.position(T0 + 5 * 60 * S).remaining == 18 * S
    assert player.position(T0 + 5 * 60 * S + 10 * S).remaining == 8 * S
    assert player.segment_deadline(T0 + 5 * 60 * S) == T0 + 5 * 60 * S + 18 * S
    assert player.is_finished(T0 + TOTAL + (5 * 60 - 20) * S)


def test_pause_and_resume_twice_are_harmless():
    player = RoutinePlayer(ROUTINE, T0)
    player.pause(T0 + 10 * S)
    player.pause(T0 + 15 * S)
    player.resume(T0 + 20 * S)
    player.resume(T0 + 25 * S)
    assert player.position(T0 + 20 * S).remaining == 28 * S


def test_next_starts_the_following_segment_in_full():
    player = RoutinePlayer(ROUTINE, T0)
    player.next(T0 + 2 * S)
    assert player.position(T0 + 2 * S)[:3] == (1, ROUTINE[1], 30 * S)
    player.next(T0 + 3 * S)
    player.next(T0 + 3 * S)
    assert player.position(T0 + 3 * S).segment_index == 3
    assert player.ends_at(T0 + 3 * S) == T0 + 33 * S
    player.next(T0 + 4 * S)
    assert player.is_finished(T0 + 4 * S)
    player.next(T0 + 5 * S)  # nothing left to skip
    assert player.is_finished(T0 + 5 * S)


def test_next_while_paused_stays_paused_with_the_whole_segment_left():
    player = RoutinePlayer(ROUTINE, T0)
    player.pause(T0 + 12 * S)
    player.next(T0 + 20 * S)
    assert player.position(T0 + 60 * S)[:3] == (2, ROUTINE[2], 5 * S)
    player.resume(T0 + 100 * S)
    assert player.position(T0 + 101 * S).remaining == 4 * S


def test_back_restarts_the_segment_or_goes_to_the_one_before():
    player = RoutinePlayer(ROUTINE, T0)
    player.back(T0 + 20 * S)  # 12 s into the left hold: start it again
    assert player.position(T0 + 20 * S)[:3] == (1, ROUTINE[1], 30 * S)
    player.back(T0 + 21 * S)  # just restarted: go back to "Get ready"
    assert player.position(T0 + 21 * S)[:3] == (0, ROUTINE[0], 8 * S)
    player.back(T0 + 22 * S)  # nothing before the first
    assert player.position(T0 + 22 * S).segment_index == 0


def test_back_after_the_end_replays_the_last_segment():
    player = RoutinePlayer(ROUTINE, T0)
    player.back(T0 + 200 * S)
    assert player.position(T0 + 200 * S)[:3] == (3, ROUTINE[3], 30 * S)
    assert player.is_finished(T0 + 230 * S)


def test_the_routine_completes_and_ends_at_is_exact():
    player = RoutinePlayer(ROUTINE, T0)
    assert player.ends_at(T0) == T0 + TOTAL
    assert player.ends_at(T0 + 50 * S) == T0 + TOTAL
    assert not player.is_finished(T0 + TOTAL - timedelta(microseconds=1))
    assert player.is_finished(T0 + TOTAL)
    player.pause(T0 + TOTAL + S)  # pausing a finished routine does nothing
    assert not player.is_paused


def test_an_empty_routine_is_finished_at_once():
    player = RoutinePlayer((), T0)
    assert player.is_finished(T0)
    assert player.position(T0) == (0, None, timedelta(0), 1.0)
    player.next(T0)
    player.back(T0)
    assert player.is_finished(T0)


def test_a_clock_set_back_before_the_start_shows_the_whole_first_segment():
    player = RoutinePlayer(ROUTINE, T0)
    assert player.position(T0 - 30 * S)[:3] == (0, ROUTINE[0], 8 * S)


HOLD = (seg(SegmentKind.HOLD, 120, "Hold"),)
steps = st.lists(
    st.tuples(st.integers(1, 5_000_000), st.sampled_from(["look", "look", "pause", "resume"])),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(start_us=st.integers(0, 10**6), actions=steps)
def test_a_two_minute_hold_is_exactly_deadline_minus_now(start_us, actions):
    """Stepped at random moments (microseconds), with pauses: no error at all."""
    started = T0 + timedelta(microseconds=start_us)
    player = RoutinePlayer(HOLD, started)
    deadline = started + 120 * S
    paused_at: datetime | None = None
    now = started
    for step_us, action in actions:
        now += timedelta(microseconds=step_us)
        if action == "pause" and paused_at is None and now < deadline:
            player.pause(now)
            paused_at = now
        elif action == "resume" and paused_at is not None:
            player.resume(now)
            deadline += now - paused_at
            paused_at = None
        position = player.position(now)
        clock = paused_at or now
        if clock < deadline:
            assert position.remaining == deadline - clock
            assert position.segment is HOLD[0]
            assert position.fraction_done == (120 * S - (deadline - clock)) / (120 * S)
        else:
            assert position.segment is None and player.is_finished(now)
