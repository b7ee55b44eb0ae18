"""Property tests: what the break cycle promises, whatever the user and the clock do.

Random sequences of user events, scheduler wake-ups and clock jumps (forward, backward,
huge) under random settings; after every step the promises are checked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import TypeAlias

from cycle_session import POLICY, Session
from hypothesis import example, given, settings
from hypothesis import strategies as st

from knotbreak.core import cycle
from knotbreak.core.cycle import MICRO_QUIET, CyclePolicy, Outcome, Phase

HOUR = 3600
DAY = 24 * HOUR

policies = st.builds(
    lambda work, length, notice, snooze, limit, micro, active, every: replace(
        POLICY,
        work_interval=timedelta(minutes=work),
        break_length=timedelta(seconds=length),
        notice_lead=timedelta(seconds=notice),
        snooze_length=timedelta(minutes=snooze),
        snooze_limit=limit,
        micro_interval=None if micro is None else timedelta(minutes=micro),
        count_active_time=active,
        long_break_every=every,
    ),
    # The ranges the settings file accepts (core/settings.py).
    st.integers(30, 60),
    st.integers(30, 1800),
    st.integers(0, 300),
    st.one_of(st.integers(1, 4), st.integers(1, 30)),  # short snoozes meet long notices
    st.integers(0, 10),
    st.one_of(st.none(), st.integers(10, 30)),
    st.booleans(),
    st.integers(0, 6),
)

USER_EVENTS: list[cycle.Event] = [
    cycle.TakeBreakNow(),
    cycle.StretchNow(timedelta(minutes=3)),
    cycle.Snooze(),
    cycle.Skip(),
    cycle.FinishBreak(),
    cycle.Pause(None),
    cycle.Resume(),
    cycle.Postpone(),
    cycle.SkipMicroBreak(),
    cycle.SnoozeMicroBreak(),
]
AWARENESS_EVENTS: list[cycle.Event] = [
    cycle.MeetingStarted(),
    cycle.MeetingEnded(),
    cycle.MeetingStarted("fullscreen"),
    cycle.MeetingEnded("fullscreen"),
    cycle.AwayStarted(timedelta(minutes=1)),
    cycle.AwayEnded(),
    cycle.SleepDetected(timedelta(minutes=20)),
]


@dataclass(frozen=True)
class Wait:
    """Time passes; the scheduler sends a Tick at every wake-up on the way."""

    seconds: int


@dataclass(frozen=True)
class Jump:
    """The clock moves with no wake-up in between (sleep, or a clock change)."""

    seconds: int


@dataclass(frozen=True)
class PauseFor:
    """Pause for a while ("30m", "2h", "until-tomorrow")."""

    seconds: int


@dataclass(frozen=True)
class IntoNotice:
    """Time passes until the notice has shown for a few seconds (if one is coming)."""

    seconds: int


Action: TypeAlias = Wait | Jump | PauseFor | IntoNotice | cycle.Event

waits = st.builds(Wait, st.integers(1, 50 * 60))
jumps = st.builds(
    Jump,
    st.one_of(
        st.integers(-3 * HOUR, 5 * HOUR),
        st.integers(-400 * DAY, 400 * DAY),  # a dead clock battery, a wrong year
        st.integers(-90, 90),  # around the tolerance for small corrections
    ),
)
pauses = st.builds(PauseFor, st.integers(60, 16 * HOUR))
into_notice = st.builds(IntoNotice, st.integers(0, 300))
events = st.sampled_from(USER_EVENTS + AWARENESS_EVENTS)
actions = st.one_of(waits, jumps, pauses, into_notice, events)
forward_actions = st.one_of(
    waits, st.builds(Jump, st.integers(0, 400 * DAY)), pauses, into_notice, events
)

@dataclass(frozen=True)
class Transition:
    """One call of the reducer."""

    before: cycle.CycleState
    event: cycle.Event
    after: cycle.CycleState
    effects: tuple[cycle.Effect, ...]
    now: datetime

    @property
    def opened_by_the_clock(self) -> bool:
        """A break the user did not ask for just now began: the clock reached it."""
        return (
            isinstance(self.event, cycle.Tick)
            and self.before.phase is not Phase.ON_BREAK
            and self.after.phase is Phase.ON_BREAK
        )


@dataclass
class Traced(Session):
    """The session, keeping every transition of the current action."""

    trace: list[Transition] = field(default_factory=list)

    def send(self, event: cycle.Event) -> str | None:
        before = self.state
        seen = len(self.records), len(self.micro_records), len(self.notes)
        rejected = super().send(event)
        effects: list[cycle.Effect] = [
            *(cycle.Record(r) for r in self.records[seen[0]:]),
            *(cycle.RecordMicro(r) for r in self.micro_records[seen[1]:]),
            *(cycle.Notify(n) for n in self.notes[seen[2]:]),
        ]
        self.trace.append(Transition(before, event, self.state, tuple(effects), self.now))
        return rejected


Check = Callable[[Traced, Action, list[Transition]], None]


def _run(policy: CyclePolicy, steps: list[Action], check: Check) -> Traced:
    """Play `steps`; `check(session, action, transitions)` after each."""
    session = Traced(policy)
    for action in steps:
        session.trace = []
        if isinstance(action, Wait):
            session.wait(seconds=action.seconds)
        elif isinstance(action, Jump):
            session.jump(seconds=action.seconds)
        elif isinstance(action, PauseFor):
            session.send(cycle.Pause(session.now + timedelta(seconds=action.seconds)))
        elif isinstance(action, IntoNotice):
            notice = cycle.wakeups(session.state, policy).get("notice")
            if notice is not None:
                into = min(timedelta(seconds=action.seconds), policy.notice_lead / 2)
                session.wait(seconds=(notice + into - session.now).total_seconds())
        else:
            session.send(action)
        check(session, action, session.trace)
    return session


def _nothing(*_: object) -> None:
    pass


@settings(max_examples=300, deadline=None)
@given(policies, st.lists(actions, max_size=30))
@example(  # away past the due time while counting active time: the app woke ~6000 times/s
    replace(POLICY, count_active_time=True),
    [cycle.AwayStarted(timedelta(minutes=1)), Wait(50 * 60)],
)
def test_every_wakeup_lies_ahead(policy: CyclePolicy, steps: list[Action]) -> None:
    """A wake-up at or before now would fire at once, change nothing and be planned again:
    the app would spin. After every step each planned moment is still to come."""

    def check(_session: Traced, _action: Action, trace: list[Transition]) -> None:
        for step in trace:
            for name, moment in cycle.wakeups(step.after, policy).items():
                assert moment > step.now, (name, moment, step.now, step.after)

    _run(policy, steps, check)


@settings(max_examples=300, deadline=None)
@given(policies, st.lists(actions, max_size=30))
@example(  # a 1-minute snooze of a 1-minute notice: the notice was due again at once
    replace(POLICY, notice_lead=timedelta(minutes=1), snooze_length=timedelta(minutes=1)),
    [IntoNotice(1), cycle.Snooze()],
)
def test_a_late_or_extra_tick_changes_nothing(policy: CyclePolicy, steps: list[Action]) -> None:
    """The scheduler may wake the cycle twice for one moment; the second time is a no-op."""

    def check(session: Traced, *_: object) -> None:
        again = cycle.handle(session.state, cycle.Tick(), session.now, policy)
        assert again.state == session.state
        assert again.effects == ()

    _run(policy, steps, check)


@settings(max_examples=300, deadline=None)
@given(policies, st.lists(actions, max_size=30))
@example(  # a 5-minute notice snoozed by 1 minute brought the break 4 minutes closer
    replace(POLICY, notice_lead=timedelta(minutes=5), snooze_length=timedelta(minutes=1)),
    [IntoNotice(0), cycle.Snooze(), Wait(10 * 60)],
)
def test_a_scheduled_break_comes_a_full_work_interval_after_the_last(
    policy: CyclePolicy, steps: list[Action]
) -> None:
    """No break the user did not ask for comes sooner than the work interval after the
    last break (or the start, a pause, the morning): snoozes and holds only make it later."""

    def check(_session: Traced, _action: Action, trace: list[Transition]) -> None:
        for step in trace:
            if step.opened_by_the_clock:
                assert step.after.break_started is not None
                worked = step.after.break_started - step.after.interval_start
                assert worked >= policy.work_interval, step

    _run(policy, steps, check)


@settings(max_examples=300, deadline=None)
@given(policies, st.lists(actions, max_size=30))
def test_no_burst_of_breaks_after_the_clock_jumps(
    policy: CyclePolicy, steps: list[Action]
) -> None:
    """However far the clock moves, the Tick after it records at most one break, and a
    break missed long ago never opens late: it counts as a natural break instead."""

    def check(_session: Traced, action: Action, trace: list[Transition]) -> None:
        if not isinstance(action, Jump):
            return
        (step,) = trace
        records = [e for e in step.effects if isinstance(e, cycle.Record)]
        assert len(records) <= 1, records
        if step.opened_by_the_clock:
            assert step.after.due is not None
            assert step.now - step.after.due < policy.stale_after

    _run(policy, steps, check)


@settings(max_examples=200, deadline=None)
@given(policies, st.lists(actions, max_size=20), st.integers(60, 16 * HOUR), st.integers(0, 30))
def test_every_pause_ends(policy: CyclePolicy, steps: list[Action], length: int, late: int) -> None:
    """A pause with an end ends then, whatever came before; one without ends on Resume."""
    session = _run(policy, steps, _nothing)
    end = session.now + timedelta(seconds=length)
    assert session.send(cycle.Pause(end)) is None
    assert session.state.phase is Phase.PAUSED
    assert cycle.wakeups(session.state, policy)["pause_end"] == end
    session.wait(seconds=length + late)
    assert session.state.phase is not Phase.PAUSED
    assert session.send(cycle.Pause(None)) is None
    session.wait(seconds=length)
    assert session.state.phase is Phase.PAUSED, "until I resume"
    assert session.send(cycle.Resume()) is None
    assert session.state.phase is not Phase.PAUSED


@settings(max_examples=200, deadline=None)
@given(policies, st.lists(actions, max_size=20), st.integers(-400 * DAY, 400 * DAY))
def test_a_pause_survives_any_clock_jump_and_still_ends(
    policy: CyclePolicy, steps: list[Action], jump: int
) -> None:
    session = _run(policy, steps, _nothing)
    end = session.now + timedelta(hours=2)
    assert session.send(cycle.Pause(end)) is None
    session.jump(seconds=jump)
    if session.now < end:
        assert session.state.phase is Phase.PAUSED, "a pause until 14:30 stays a promise"
    session.wait(seconds=max(0.0, (end - session.now).total_seconds()) + 1)
    assert session.state.phase is not Phase.PAUSED


@settings(max_examples=300, deadline=None)
@given(policies, st.lists(st.one_of(actions, st.just(cycle.Snooze())), max_size=40))
def test_snoozes_per_break_stay_within_the_limit(
    policy: CyclePolicy, steps: list[Action]
) -> None:
    """However the Snoozes come (notice, break, waiting break, clock jumps between), one
    break is snoozed at most `snooze_limit` times; the next break starts afresh."""
    snoozed = 0

    def check(_session: Traced, _action: Action, trace: list[Transition]) -> None:
        nonlocal snoozed
        for step in trace:
            for effect in step.effects:
                if isinstance(effect, cycle.Record):
                    if effect.entry.outcome is Outcome.SNOOZED:
                        snoozed += 1
                    else:
                        snoozed = 0  # that break is over
            if step.after.phase in (Phase.PAUSED, Phase.OFF_HOURS):
                snoozed = 0  # a fresh interval comes after
            assert snoozed <= policy.snooze_limit, step
            assert step.after.snoozes_used <= policy.snooze_limit

    _run(policy, steps, check)


# More examples: a micro-break due inside a notice is a narrow window to hit.
@settings(max_examples=1500, deadline=None)
@given(policies, st.lists(forward_actions, max_size=30))
def test_micro_breaks_never_stack_onto_a_break(policy: CyclePolicy, steps: list[Action]) -> None:
    """No micro-break with a break, a notice or a waiting break, and none in the quiet
    minutes after a break ended (the clock only moves forward here)."""
    last_break_over: datetime | None = None

    def check(_session: Traced, _action: Action, trace: list[Transition]) -> None:
        nonlocal last_break_over
        for step in trace:
            state = step.after
            if step.before.phase is Phase.ON_BREAK and state.phase is not Phase.ON_BREAK:
                last_break_over = step.now
            if state.phase is not Phase.WORKING:
                assert not state.micro_showing, step
            opened = state.micro_started is not None and (
                state.micro_started != step.before.micro_started
            )
            if opened and state.micro_task is None and last_break_over is not None:
                assert state.micro_started is not None
                assert state.micro_started - last_break_over >= MICRO_QUIET, step

    _run(policy, steps, check)
