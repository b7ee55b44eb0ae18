"""Property tests: the three promises micro-breaks make, whatever the user and clock do."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from cycle_session import POLICY, Session
from hypothesis import given, settings
from hypothesis import strategies as st

from knotbreak.core import cycle
from knotbreak.core.cycle import MICRO_LATE, MICRO_QUIET, CyclePolicy

policies = st.builds(
    lambda work, notice, micro, length, active, limit: replace(
        POLICY,
        work_interval=timedelta(minutes=work),
        notice_lead=timedelta(seconds=notice),
        micro_interval=timedelta(minutes=micro),
        micro_length=timedelta(seconds=length),
        count_active_time=active,
        daily_limit=None if limit is None else timedelta(hours=limit),
    ),
    st.integers(30, 60),
    st.integers(0, 300),
    st.integers(10, 30),
    st.integers(15, 60),
    st.booleans(),
    st.one_of(st.none(), st.integers(4, 10)),
)

EVENTS: list[cycle.Event] = [
    cycle.SkipMicroBreak(),
    cycle.SnoozeMicroBreak(),
    cycle.TakeBreakNow(),
    cycle.Skip(),
    cycle.Snooze(),
    cycle.FinishBreak(),
    cycle.Pause(None),
    cycle.Resume(),
    cycle.MeetingStarted(),
    cycle.MeetingEnded(),
    cycle.MeetingStarted("fullscreen"),
    cycle.MeetingEnded("fullscreen"),
    cycle.AwayStarted(timedelta(minutes=1)),
    cycle.AwayEnded(),
    cycle.Postpone(),
]

# ("wait", seconds) lets the scheduler tick; ("jump", seconds) moves the clock with no
# tick in between (sleep, or a clock change); anything else is an event.
actions = st.one_of(
    st.tuples(st.just("wait"), st.integers(1, 40 * 60)),
    st.tuples(st.just("jump"), st.integers(-3 * 3600, 5 * 3600)),
    st.sampled_from(EVENTS),
)


def _run(policy: CyclePolicy, steps: list[object], check: object) -> Session:
    session = Session(policy)
    for action in steps:
        before = session.state
        if isinstance(action, tuple):
            kind, seconds = action
            if kind == "wait":
                session.wait(seconds=seconds)
            else:
                session.jump(seconds=seconds)
        else:
            session.send(action)  # type: ignore[arg-type]
        check(session, before, action)  # type: ignore[operator]
    return session


@settings(max_examples=150, deadline=None)
@given(policies, st.lists(actions, max_size=25))
def test_no_micro_break_within_the_quiet_minutes_of_a_main_break(
    policy: CyclePolicy, steps: list[object]
) -> None:
    def check(session: Session, _before: cycle.CycleState, _action: object) -> None:
        state = session.state
        if state.micro_showing:
            assert state.micro_started is not None and state.due is not None
            # It opened at least the quiet time after the last main break ended ...
            assert state.micro_started - state.interval_start >= MICRO_QUIET
            # ... and, unless the user moved the break, ends before its notice comes,
            # with the quiet time to spare.
            assert state.due - state.micro_started >= policy.micro_quiet_before
            assert state.micro_ends is not None
            assert state.micro_ends <= state.due - policy.notice_lead

    _run(policy, steps, check)


@settings(max_examples=150, deadline=None)
@given(policies, st.lists(actions, max_size=25))
def test_none_shows_during_a_hold_or_outside_work(
    policy: CyclePolicy, steps: list[object]
) -> None:
    def check(session: Session, _before: cycle.CycleState, _action: object) -> None:
        state = session.state
        if state.micro_showing:
            assert not state.holding
            assert not state.holds
            assert state.away_since is None
            assert state.phase is cycle.Phase.WORKING
        if state.phase is not cycle.Phase.WORKING:
            assert "micro" not in cycle.wakeups(state, policy)

    _run(policy, steps, check)


@settings(max_examples=150, deadline=None)
@given(policies, st.lists(actions, max_size=25))
def test_no_burst_after_the_clock_jumps(policy: CyclePolicy, steps: list[object]) -> None:
    def check(session: Session, before: cycle.CycleState, action: object) -> None:
        state = session.state
        if isinstance(action, tuple) and action[0] == "jump":
            opened = state.micro_started is not None and state.micro_started != before.micro_started
            if opened and before.micro_due is not None:
                # A jump may only open one that was due moments ago, never a missed one.
                assert session.now - before.micro_due <= MICRO_LATE

    session = _run(policy, steps, check)
    # Every micro-break recorded was one that opened: nothing is made up for lost time.
    assert len(session.micro_records) <= len(session.micro_starts)


@settings(max_examples=100, deadline=None)
@given(policies, st.lists(st.integers(1, 40 * 60), max_size=25), st.integers(3600, 10 * 3600))
def test_forward_jumps_never_bring_micro_breaks_closer_than_an_interval(
    policy: CyclePolicy, waits: list[int], jump: int
) -> None:
    session = Session(policy)
    half = len(waits) // 2
    for seconds in waits[:half]:
        session.wait(seconds=seconds)
    session.jump(seconds=jump)
    for seconds in waits[half:]:
        session.wait(seconds=seconds)
    assert policy.micro_interval is not None
    gaps = [b - a for a, b in zip(session.micro_starts, session.micro_starts[1:], strict=False)]
    assert all(gap >= policy.micro_interval + policy.micro_length for gap in gaps)
