"""The break cycle as a reducer: `handle(state, event, now, policy) -> Step`.

Everything here is a pure function of its inputs. The adapters feed in events with the
current time, carry out the effects, and schedule a `Tick` at each of `wakeups(...)`.
Deadlines are absolute times, so a late or repeated Tick is harmless: it only ever moves
the cycle to where the clock says it should be, never replays missed breaks.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum

from knotbreak.core.working_hours import WorkingHours

# A Tick that arrives this far past a deadline means the app could not run in between
# (the machine slept, or the clock jumped): whoever sat here was not working through it.
STALE_AFTER_AT_LEAST = timedelta(minutes=5)
# Wall-clock steps backwards smaller than this are NTP slews, not worth reacting to.
BACKWARD_JUMP_TOLERANCE = timedelta(seconds=60)


class Phase(StrEnum):
    WORKING = "working"
    NOTICE = "notice"
    ON_BREAK = "on_break"
    PAUSED = "paused"
    OFF_HOURS = "off_hours"


class Outcome(StrEnum):
    COMPLETED = "completed"
    SKIPPED = "skipped"
    SNOOZED = "snoozed"
    NATURAL = "natural"


@dataclass(frozen=True)
class CyclePolicy:
    """The settings the cycle obeys, already converted to time units."""

    work_interval: timedelta = timedelta(minutes=45)
    break_length: timedelta = timedelta(minutes=3)
    notice_lead: timedelta = timedelta(seconds=60)
    snooze_length: timedelta = timedelta(minutes=5)
    snooze_limit: int = 2
    working_hours: WorkingHours = field(default_factory=WorkingHours)

    @property
    def stale_after(self) -> timedelta:
        return max(self.break_length, STALE_AFTER_AT_LEAST)


@dataclass(frozen=True)
class CycleState:
    phase: Phase
    interval_start: datetime
    """When the current stretch of work began; the tray icon fills from here to `due`."""
    due: datetime | None
    """When the next break falls due (after snoozes); None while paused or off hours."""
    first_due: datetime | None
    """When this cycle's break first fell due, before any snooze: what history records."""
    last_seen: datetime
    snoozes_used: int = 0
    break_started: datetime | None = None
    break_ends: datetime | None = None
    paused_until: datetime | None = None
    """End of a pause; None with phase PAUSED means until the user resumes."""


# Events --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Tick:
    """A scheduled wake-up, or any moment the adapters want the cycle brought up to date."""


@dataclass(frozen=True)
class TakeBreakNow:
    pass


@dataclass(frozen=True)
class Snooze:
    pass


@dataclass(frozen=True)
class Skip:
    pass


@dataclass(frozen=True)
class FinishBreak:
    """The user said Done before the break ran out."""


@dataclass(frozen=True)
class Pause:
    until: datetime | None
    """None pauses until the user resumes."""


@dataclass(frozen=True)
class Resume:
    pass


@dataclass(frozen=True)
class SettingsChanged:
    """The policy passed with this event differs from the one the state was built with."""


Event = Tick | TakeBreakNow | Snooze | Skip | FinishBreak | Pause | Resume | SettingsChanged


# Effects -------------------------------------------------------------------------------


@dataclass(frozen=True)
class BreakRecord:
    due_at: datetime
    started_at: datetime | None
    ended_at: datetime
    outcome: Outcome


@dataclass(frozen=True)
class Record:
    entry: BreakRecord


@dataclass(frozen=True)
class Notify:
    message: str


Effect = Record | Notify


@dataclass(frozen=True)
class Step:
    state: CycleState
    effects: tuple[Effect, ...] = ()
    rejected: str | None = None
    """Why the event was refused, in words for the user; the state is then unchanged."""


# Public functions ----------------------------------------------------------------------


def start(now: datetime, policy: CyclePolicy) -> CycleState:
    """The state of a freshly started app."""
    return _new_interval(now, policy)


def handle(state: CycleState, event: Event, now: datetime, policy: CyclePolicy) -> Step:
    caught_up = _advance(state, now, policy)
    if isinstance(event, Tick):
        return caught_up
    step = _apply(caught_up.state, event, now, policy)
    return Step(step.state, caught_up.effects + step.effects, step.rejected)


def wakeups(state: CycleState, policy: CyclePolicy) -> dict[str, datetime]:
    """Named moments at which the adapters must send a Tick."""
    jobs: dict[str, datetime] = {}
    if state.phase in (Phase.WORKING, Phase.NOTICE) and state.due is not None:
        notice_at = state.due - policy.notice_lead
        if state.phase is Phase.WORKING and policy.notice_lead > timedelta(0):
            jobs["notice"] = notice_at
        jobs["break"] = state.due
    if state.phase is Phase.ON_BREAK and state.break_ends is not None:
        jobs["break_end"] = state.break_ends
    if state.phase is Phase.PAUSED and state.paused_until is not None:
        jobs["pause_end"] = state.paused_until
    if state.phase in (Phase.WORKING, Phase.NOTICE, Phase.OFF_HOURS):
        edge = policy.working_hours.next_change(state.last_seen)
        if edge is not None:
            jobs["working_hours"] = edge
    return jobs


def interval_progress(state: CycleState, now: datetime) -> float:
    """How much of the work interval has passed, 0..1 (1 while a break is due or running)."""
    if state.phase in (Phase.NOTICE, Phase.ON_BREAK):
        return 1.0
    if state.phase is not Phase.WORKING or state.due is None:
        return 0.0
    total = (state.due - state.interval_start).total_seconds()
    if total <= 0:
        return 1.0
    done = (now - state.interval_start).total_seconds()
    return min(1.0, max(0.0, done / total))


# Internals -----------------------------------------------------------------------------


def _new_interval(now: datetime, policy: CyclePolicy) -> CycleState:
    if not policy.working_hours.is_working(now):
        return CycleState(Phase.OFF_HOURS, now, None, None, now)
    due = now + policy.work_interval
    return CycleState(Phase.WORKING, now, due, due, now)


def _record(state: CycleState, now: datetime, outcome: Outcome) -> Record:
    due = state.first_due or state.due or now
    return Record(BreakRecord(due, state.break_started, now, outcome))


def _shift(state: CycleState, delta: timedelta) -> CycleState:
    def moved(moment: datetime | None) -> datetime | None:
        return None if moment is None else moment + delta

    return replace(
        state,
        interval_start=state.interval_start + delta,
        due=moved(state.due),
        first_due=moved(state.first_due),
        break_started=moved(state.break_started),
        break_ends=moved(state.break_ends),
    )


def _advance(state: CycleState, now: datetime, policy: CyclePolicy) -> Step:
    if now < state.last_seen - BACKWARD_JUMP_TOLERANCE:
        # The clock was set back. Keep the work already done: move every running deadline
        # with it. A pause "until 14:30" stays a wall-clock promise and is not moved.
        state = _shift(state, now - state.last_seen)
    state = replace(state, last_seen=now)
    hours = policy.working_hours

    if state.phase is Phase.PAUSED:
        if state.paused_until is not None and now >= state.paused_until:
            return Step(_new_interval(now, policy), (Notify("Breaks have resumed."),))
        return Step(state)

    if state.phase is Phase.OFF_HOURS:
        if hours.is_working(now):
            return Step(_new_interval(now, policy))
        return Step(state)

    if state.phase is Phase.ON_BREAK:
        assert state.break_ends is not None
        if now >= state.break_ends:
            return Step(_new_interval(now, policy), (_record(state, now, Outcome.COMPLETED),))
        return Step(state)

    # WORKING or NOTICE
    assert state.due is not None
    if not hours.is_working(now):
        return Step(CycleState(Phase.OFF_HOURS, now, None, None, now))
    if now - state.due >= policy.stale_after:
        # One natural break for the whole gap, however long: no burst of missed breaks.
        record = Record(BreakRecord(state.first_due or state.due, state.due, now, Outcome.NATURAL))
        return Step(_new_interval(now, policy), (record,))
    if now >= state.due:
        return Step(
            replace(
                state,
                phase=Phase.ON_BREAK,
                break_started=now,
                break_ends=now + policy.break_length,
            )
        )
    if state.phase is Phase.WORKING and now >= state.due - policy.notice_lead:
        return Step(replace(state, phase=Phase.NOTICE))
    return Step(state)


def _apply(state: CycleState, event: Event, now: datetime, policy: CyclePolicy) -> Step:
    phase = state.phase
    if isinstance(event, TakeBreakNow):
        if phase is Phase.ON_BREAK:
            return Step(state, rejected="A break is already in progress.")
        return Step(
            replace(
                state,
                phase=Phase.ON_BREAK,
                first_due=state.first_due or now,
                due=state.due or now,
                break_started=now,
                break_ends=now + policy.break_length,
                paused_until=None,
            )
        )

    if isinstance(event, Snooze):
        if phase in (Phase.PAUSED, Phase.OFF_HOURS):
            return Step(state, rejected=_nothing_due(phase, "snooze"))
        if state.snoozes_used >= policy.snooze_limit:
            return Step(
                state,
                rejected=(
                    f"No snoozes left for this break (the limit is {policy.snooze_limit}). "
                    "Take the break now or skip it."
                ),
            )
        assert state.due is not None
        # Snoozing the coming break from work pushes it back; snoozing one that is
        # already here gives the user a few minutes from now.
        base = state.due if phase is Phase.WORKING else now
        snoozed = replace(
            state,
            phase=Phase.WORKING,
            due=base + policy.snooze_length,
            snoozes_used=state.snoozes_used + 1,
            break_started=None,
            break_ends=None,
        )
        return Step(snoozed, (_record(state, now, Outcome.SNOOZED),))

    if isinstance(event, Skip):
        if phase in (Phase.PAUSED, Phase.OFF_HOURS):
            return Step(state, rejected=_nothing_due(phase, "skip"))
        return Step(_new_interval(now, policy), (_record(state, now, Outcome.SKIPPED),))

    if isinstance(event, FinishBreak):
        if phase is not Phase.ON_BREAK:
            return Step(state, rejected="No break is in progress.")
        return Step(_new_interval(now, policy), (_record(state, now, Outcome.COMPLETED),))

    if isinstance(event, Pause):
        if event.until is not None and event.until <= now:
            return Step(state, rejected="That pause would already be over.")
        effects: tuple[Effect, ...] = ()
        if phase is Phase.ON_BREAK:
            effects = (_record(state, now, Outcome.SKIPPED),)
        paused = CycleState(
            Phase.PAUSED, now, None, None, now, paused_until=event.until
        )
        return Step(paused, effects)

    if isinstance(event, Resume):
        if phase is not Phase.PAUSED:
            return Step(state, rejected="Breaks are not paused.")
        return Step(_new_interval(now, policy))

    if isinstance(event, SettingsChanged):
        return Step(_rebase(state, now, policy))

    raise TypeError(f"unknown event {event!r}")


def _rebase(state: CycleState, now: datetime, policy: CyclePolicy) -> CycleState:
    """Fit a running work interval to a new interval length, without springing a break."""
    if state.phase is not Phase.WORKING or state.snoozes_used:
        return _advance(state, now, policy).state
    due = max(state.interval_start + policy.work_interval, now + policy.notice_lead)
    return _advance(replace(state, due=due, first_due=due), now, policy).state


def _nothing_due(phase: Phase, verb: str) -> str:
    if phase is Phase.PAUSED:
        return f"Breaks are paused; there is no break to {verb}."
    return f"It is outside your working hours; there is no break to {verb}."
