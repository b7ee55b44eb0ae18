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

from knotbreak.core.text import translate
from knotbreak.core.working_hours import WorkingHours

# A Tick that arrives this far past a deadline means the app could not run in between
# (the machine slept, or the clock jumped): whoever sat here was not working through it.
STALE_AFTER_AT_LEAST = timedelta(minutes=5)
# Wall-clock steps backwards smaller than this are NTP slews, not worth reacting to.
BACKWARD_JUMP_TOLERANCE = timedelta(seconds=60)
# No input for this long (or the break length, if shorter) and a due break waits for the
# user instead of opening at an empty desk.
AWAY_AFTER_AT_MOST = timedelta(seconds=60)
# A break held longer than this is not pressed on the user with a prompt when the hold
# ends: a quiet tray message says it will come a little later instead.
LONG_HOLD = timedelta(minutes=30)
# "In 5 minutes" in the prompt after a meeting, and the delay after a long hold.
OFFER_LATER = timedelta(minutes=5)
# Sleeping this long ends a meeting the user started "until I end it".
SLEEP_ENDS_MEETING = timedelta(hours=1)
# The hold source for a meeting the user declared (tray menu or `knotbreak meeting start`).
MANUAL_MEETING = "meeting"
# The hold reason recorded in `held_by` while the user is away.
AWAY = "away"


class Phase(StrEnum):
    WORKING = "working"
    NOTICE = "notice"
    ON_BREAK = "on_break"
    PAUSED = "paused"
    OFF_HOURS = "off_hours"
    HELD = "held"
    """A break is due but waits: the user is away or in a meeting."""
    OFFERED = "offered"
    """A break held by a meeting the user declared, which has ended: they are asked when."""


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
    long_break_every: int = 0
    """Every Nth break is long; 0 means never."""
    long_break_length: timedelta = timedelta(minutes=10)

    def break_length_for(self, number: int) -> timedelta:
        """The length of break `number` (1 for the first this session)."""
        if self.long_break_every > 0 and number % self.long_break_every == 0:
            return max(self.break_length, self.long_break_length)
        return self.break_length

    @property
    def stale_after(self) -> timedelta:
        return max(self.break_length, STALE_AFTER_AT_LEAST)

    @property
    def away_after(self) -> timedelta:
        """No input for this long means the user is away: a due break waits for them."""
        return min(self.break_length, AWAY_AFTER_AT_MOST)


@dataclass(frozen=True)
class Hold:
    """Something that holds breaks back: a meeting, a camera in use, a fullscreen window."""

    source: str
    """`meeting` (the user said so), `fullscreen`, `camera`, `microphone` or `dnd`."""
    since: datetime
    until: datetime | None = None
    """Only for a meeting the user started with an end time."""


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
    holds: frozenset[Hold] = frozenset()
    """What holds breaks back right now; they outlive pauses and new intervals."""
    away_since: datetime | None = None
    """When the user's last input was, while they are away; None while they are here."""
    held_since: datetime | None = None
    """When the break that is HELD or OFFERED started waiting."""
    held_by: frozenset[str] = frozenset()
    """Every hold source (and `away`) that kept the waiting break back."""
    breaks_started: int = 0
    """Breaks begun this session; every Nth one is a long break."""

    @property
    def holding(self) -> bool:
        """True while a due break must wait instead of opening."""
        return bool(self.holds) or self.away_since is not None


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


@dataclass(frozen=True)
class AwayStarted:
    """No keyboard or mouse input for `idle_for` (at least the policy's `away_after`)."""

    idle_for: timedelta


@dataclass(frozen=True)
class AwayEnded:
    """Input again; the latest input was `idle_for` ago (usually a few seconds)."""

    idle_for: timedelta = timedelta(0)


@dataclass(frozen=True)
class SleepDetected:
    """The machine was suspended for `slept_for`, which ended just now."""

    slept_for: timedelta


@dataclass(frozen=True)
class MeetingStarted:
    """A hold source came on: `meeting` from the user, or a detected signal."""

    source: str = MANUAL_MEETING
    until: datetime | None = None


@dataclass(frozen=True)
class MeetingEnded:
    source: str = MANUAL_MEETING


@dataclass(frozen=True)
class SetBreakEnd:
    """A guided routine moves the end of the break: later after Back, earlier after Next.

    None keeps the break open while the routine is paused, so a pause never runs out.
    """

    ends: datetime | None


@dataclass(frozen=True)
class Postpone:
    """The user asked for the waiting break a little later ("In 5 minutes")."""

    delay: timedelta = OFFER_LATER


Event = (
    Tick
    | TakeBreakNow
    | Snooze
    | Skip
    | FinishBreak
    | Pause
    | Resume
    | SettingsChanged
    | AwayStarted
    | AwayEnded
    | SleepDetected
    | MeetingStarted
    | MeetingEnded
    | Postpone
    | SetBreakEnd
)


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

_AWARENESS_EVENTS = (AwayStarted, AwayEnded, SleepDetected, MeetingStarted, MeetingEnded, Postpone)


def start(now: datetime, policy: CyclePolicy) -> CycleState:
    """The state of a freshly started app."""
    return _new_interval(now, policy)


def handle(state: CycleState, event: Event, now: datetime, policy: CyclePolicy) -> Step:
    caught_up = _advance(state, now, policy)
    if isinstance(event, Tick):
        return caught_up
    step = _apply(caught_up.state, event, now, policy)
    if isinstance(event, _AWARENESS_EVENTS) and step.rejected is None:
        # A hold that ended or an absence that began can move the phase at once.
        settled = _advance(step.state, now, policy)
        step = Step(settled.state, step.effects + settled.effects)
    return Step(step.state, caught_up.effects + step.effects, step.rejected)


def wakeups(state: CycleState, policy: CyclePolicy) -> dict[str, datetime]:
    """Named moments at which the adapters must send a Tick."""
    jobs: dict[str, datetime] = {}
    if state.phase in (Phase.WORKING, Phase.NOTICE) and state.due is not None:
        notice_at = state.due - policy.notice_lead
        if (
            state.phase is Phase.WORKING
            and policy.notice_lead > timedelta(0)
            and not state.holding
        ):
            jobs["notice"] = notice_at
        jobs["break"] = state.due
    if state.phase is Phase.ON_BREAK and state.break_ends is not None:
        jobs["break_end"] = state.break_ends
    if state.phase is Phase.PAUSED and state.paused_until is not None:
        jobs["pause_end"] = state.paused_until
    if state.phase in (Phase.WORKING, Phase.NOTICE, Phase.OFF_HOURS, Phase.HELD, Phase.OFFERED):
        edge = policy.working_hours.next_change(state.last_seen)
        if edge is not None:
            jobs["working_hours"] = edge
    ends = [hold.until for hold in state.holds if hold.until is not None]
    if ends:
        jobs["hold_end"] = min(ends)
    return jobs


def interval_progress(state: CycleState, now: datetime) -> float:
    """How much of the work interval has passed, 0..1 (1 while a break is due or running)."""
    if state.phase in (Phase.NOTICE, Phase.ON_BREAK, Phase.HELD, Phase.OFFERED):
        return 1.0
    if state.phase is not Phase.WORKING or state.due is None:
        return 0.0
    total = (state.due - state.interval_start).total_seconds()
    if total <= 0:
        return 1.0
    done = (now - state.interval_start).total_seconds()
    return min(1.0, max(0.0, done / total))


def manual_meeting(state: CycleState) -> Hold | None:
    """The meeting the user declared, if one is on."""
    for hold in state.holds:
        if hold.source == MANUAL_MEETING:
            return hold
    return None


# Internals -----------------------------------------------------------------------------


def _new_interval(
    now: datetime, policy: CyclePolicy, carry: CycleState | None = None
) -> CycleState:
    """A fresh work interval from `now`; holds and absence carry over from `carry`."""
    holds = carry.holds if carry is not None else frozenset()
    away = carry.away_since if carry is not None else None
    count = carry.breaks_started if carry is not None else 0
    if not policy.working_hours.is_working(now):
        return CycleState(
            Phase.OFF_HOURS, now, None, None, now, holds=holds, away_since=away,
            breaks_started=count,
        )
    due = now + policy.work_interval
    return CycleState(
        Phase.WORKING, now, due, due, now, holds=holds, away_since=away, breaks_started=count
    )


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
        away_since=moved(state.away_since),
        held_since=moved(state.held_since),
    )


def _hold_break(state: CycleState, since: datetime) -> CycleState:
    """The due break waits; nothing is shown."""
    reasons = {hold.source for hold in state.holds}
    if state.away_since is not None:
        reasons.add(AWAY)
    return replace(
        state,
        phase=Phase.HELD,
        break_started=None,
        break_ends=None,
        held_since=state.held_since or since,
        held_by=state.held_by | reasons,
    )


def _release(state: CycleState, now: datetime, policy: CyclePolicy) -> Step:
    """Nothing holds the waiting break any more: offer it, gently."""
    assert state.held_since is not None
    waited = now - state.held_since
    if waited >= LONG_HOLD:
        later = replace(
            state,
            phase=Phase.WORKING,
            due=now + OFFER_LATER,
            held_since=None,
            held_by=frozenset(),
        )
        # No placeholders in a Notify: it reaches the UI through a Qt signal as plain
        # text and is translated there by its English words (OFFER_LATER is 5 minutes).
        message = translate(
            "Cycle",
            "A break came due while breaks were on hold. It will come in 5 minutes; "
            "the tray menu has Take a break now if you want it sooner.",
        )
        return Step(later, (Notify(message),))
    if MANUAL_MEETING not in state.held_by:
        # Back at the desk, or the call or presentation is over: the usual heads-up
        # (Start now / Snooze / Skip), then the break. Only a meeting the user declared
        # ends with the prompt that asks when to take the break.
        due = now + policy.notice_lead
        back = replace(state, phase=Phase.WORKING, due=due, held_since=None, held_by=frozenset())
        return _advance(back, now, policy)
    return Step(replace(state, phase=Phase.OFFERED))


def _natural_break(
    state: CycleState, absent_from: datetime, back_at: datetime, now: datetime,
    policy: CyclePolicy,
) -> Step | None:
    """An absence at least a break long is a break taken: record it, start a new interval."""
    if state.phase not in (Phase.WORKING, Phase.NOTICE, Phase.HELD, Phase.OFFERED):
        return None
    # Only the part of the absence inside this interval counts: an interval that already
    # restarted during the absence (e.g. after a late Tick) must not get a second record.
    counted_from = max(absent_from, state.interval_start)
    if back_at - counted_from < policy.break_length:
        return None
    due = state.first_due or state.due or absent_from
    record = Record(BreakRecord(due, counted_from, back_at, Outcome.NATURAL))
    fresh = _new_interval(min(back_at, now), policy, carry=state)
    return Step(fresh, (record,))


def _advance(state: CycleState, now: datetime, policy: CyclePolicy) -> Step:
    if now < state.last_seen - BACKWARD_JUMP_TOLERANCE:
        # The clock was set back. Keep the work already done: move every running deadline
        # with it. A pause "until 14:30" stays a wall-clock promise and is not moved.
        state = _shift(state, now - state.last_seen)
    state = replace(state, last_seen=now)
    hours = policy.working_hours

    expired = {hold for hold in state.holds if hold.until is not None and now >= hold.until}
    if expired:
        state = replace(state, holds=state.holds - expired)

    if state.phase is Phase.PAUSED:
        if state.paused_until is not None and now >= state.paused_until:
            resumed = Notify(translate("Cycle", "Breaks have resumed."))
            return Step(_new_interval(now, policy, state), (resumed,))
        return Step(state)

    if state.phase is Phase.OFF_HOURS:
        if hours.is_working(now):
            return Step(_new_interval(now, policy, state))
        return Step(state)

    if state.phase is Phase.ON_BREAK:
        if state.break_ends is not None and now >= state.break_ends:
            fresh = _new_interval(now, policy, state)
            return Step(fresh, (_record(state, now, Outcome.COMPLETED),))
        return Step(state)

    if not hours.is_working(now):
        return Step(
            CycleState(
                Phase.OFF_HOURS, now, None, None, now, holds=state.holds,
                away_since=state.away_since, breaks_started=state.breaks_started,
            )
        )

    if state.phase is Phase.HELD:
        if state.holding:
            return Step(_hold_break(state, now))
        return _release(state, now, policy)

    if state.phase is Phase.OFFERED:
        if state.holding:
            return Step(_hold_break(state, now))
        return Step(state)

    # WORKING or NOTICE
    assert state.due is not None
    if now - state.due >= policy.stale_after:
        # One natural break for the whole gap, however long: no burst of missed breaks.
        record = Record(BreakRecord(state.first_due or state.due, state.due, now, Outcome.NATURAL))
        return Step(_new_interval(now, policy, state), (record,))
    if now >= state.due:
        if state.holding:
            return Step(_hold_break(state, min(state.due, now)))
        return Step(
            replace(
                state,
                phase=Phase.ON_BREAK,
                break_started=now,
                break_ends=now + policy.break_length_for(state.breaks_started + 1),
                breaks_started=state.breaks_started + 1,
            )
        )
    if state.phase is Phase.NOTICE and state.holding:
        # A call started or the user left: the heads-up goes away until the break is due.
        return Step(replace(state, phase=Phase.WORKING))
    if (
        state.phase is Phase.WORKING
        and not state.holding
        and now >= state.due - policy.notice_lead
    ):
        return Step(replace(state, phase=Phase.NOTICE))
    return Step(state)


def _apply(state: CycleState, event: Event, now: datetime, policy: CyclePolicy) -> Step:
    phase = state.phase
    waiting = phase in (Phase.HELD, Phase.OFFERED)
    if isinstance(event, TakeBreakNow):
        if phase is Phase.ON_BREAK:
            return Step(state, rejected=translate("Cycle", "A break is already in progress."))
        return Step(
            replace(
                state,
                phase=Phase.ON_BREAK,
                first_due=state.first_due or now,
                due=state.due or now,
                break_started=now,
                break_ends=now + policy.break_length_for(state.breaks_started + 1),
                breaks_started=state.breaks_started + 1,
                paused_until=None,
                held_since=None,
                held_by=frozenset(),
            )
        )

    if isinstance(event, Snooze):
        if phase in (Phase.PAUSED, Phase.OFF_HOURS):
            return Step(state, rejected=_nothing_to_snooze(phase))
        if state.snoozes_used >= policy.snooze_limit:
            return Step(
                state,
                rejected=translate(
                    "Cycle",
                    "No snoozes left for this break (the limit is {limit}). "
                    "Take the break now or skip it.",
                ).format(limit=policy.snooze_limit),
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
            held_since=None,
            held_by=frozenset(),
        )
        return Step(snoozed, (_record(state, now, Outcome.SNOOZED),))

    if isinstance(event, Skip):
        if phase in (Phase.PAUSED, Phase.OFF_HOURS):
            return Step(state, rejected=_nothing_to_skip(phase))
        return Step(_new_interval(now, policy, state), (_record(state, now, Outcome.SKIPPED),))

    if isinstance(event, FinishBreak):
        if phase is not Phase.ON_BREAK:
            return Step(state, rejected=translate("Cycle", "No break is in progress."))
        return Step(
            _new_interval(now, policy, state), (_record(state, now, Outcome.COMPLETED),)
        )

    if isinstance(event, Pause):
        if event.until is not None and event.until <= now:
            return Step(state, rejected=translate("Cycle", "That pause would already be over."))
        effects: tuple[Effect, ...] = ()
        if phase is Phase.ON_BREAK or waiting:
            effects = (_record(state, now, Outcome.SKIPPED),)
        paused = CycleState(
            Phase.PAUSED, now, None, None, now, paused_until=event.until,
            holds=state.holds, away_since=state.away_since,
            breaks_started=state.breaks_started,
        )
        return Step(paused, effects)

    if isinstance(event, SetBreakEnd):
        if phase is not Phase.ON_BREAK:
            return Step(state, rejected=translate("Cycle", "No break is in progress."))
        return Step(replace(state, break_ends=event.ends))

    if isinstance(event, Resume):
        if phase is not Phase.PAUSED:
            return Step(state, rejected=translate("Cycle", "Breaks are not paused."))
        return Step(_new_interval(now, policy, state))

    if isinstance(event, SettingsChanged):
        return Step(_rebase(state, now, policy))

    if isinstance(event, AwayStarted):
        since = now - max(event.idle_for, timedelta(0))
        if state.away_since is not None:
            since = min(since, state.away_since)
        away = replace(state, away_since=since)
        if phase is Phase.OFFERED:
            # Nobody is there to answer the prompt; offer it again on return.
            away = _hold_break(away, now)
        return Step(away)

    if isinstance(event, AwayEnded):
        if state.away_since is None:
            return Step(state)
        back_at = max(state.away_since, now - max(event.idle_for, timedelta(0)))
        natural = _natural_break(state, state.away_since, back_at, now, policy)
        if natural is not None:
            return Step(replace(natural.state, away_since=None), natural.effects)
        return Step(replace(state, away_since=None))

    if isinstance(event, SleepDetected):
        asleep_from = now - max(event.slept_for, timedelta(0))
        if state.away_since is not None:
            asleep_from = min(asleep_from, state.away_since)
        if event.slept_for >= SLEEP_ENDS_MEETING:
            # Nobody sits in a meeting "until I end it" through a night of sleep.
            stale = {
                hold for hold in state.holds
                if hold.source == MANUAL_MEETING and hold.until is None
                and hold.since <= asleep_from
            }
            state = replace(state, holds=state.holds - stale)
        natural = _natural_break(state, asleep_from, now, now, policy)
        return natural if natural is not None else Step(state)

    if isinstance(event, MeetingStarted):
        if event.until is not None and event.until <= now:
            return Step(state, rejected=translate("Cycle", "That meeting would already be over."))
        current = next((h for h in state.holds if h.source == event.source), None)
        since = current.since if current is not None else now
        holds = {h for h in state.holds if h.source != event.source}
        holds.add(Hold(event.source, since, event.until))
        held = replace(state, holds=frozenset(holds))
        if phase in (Phase.ON_BREAK, Phase.OFFERED):
            # Never a break window over a call: the break waits until the hold ends.
            held = _hold_break(held, now)
        return Step(held)

    if isinstance(event, MeetingEnded):
        remaining = frozenset(h for h in state.holds if h.source != event.source)
        if remaining == state.holds:
            if event.source == MANUAL_MEETING:
                return Step(
                    state,
                    rejected=translate("Cycle", "No meeting is on, so there is nothing to end."),
                )
            return Step(state)
        return Step(replace(state, holds=remaining))

    if isinstance(event, Postpone):
        if not waiting:
            return Step(state, rejected=translate("Cycle", "No break is waiting to be put off."))
        later = replace(
            state,
            phase=Phase.WORKING,
            due=now + event.delay,
            held_since=None,
            held_by=frozenset(),
        )
        return Step(later)

    raise TypeError(f"unknown event {event!r}")


def _rebase(state: CycleState, now: datetime, policy: CyclePolicy) -> CycleState:
    """Fit a running work interval to a new interval length, without springing a break."""
    if state.phase is not Phase.WORKING or state.snoozes_used:
        return _advance(state, now, policy).state
    due = max(state.interval_start + policy.work_interval, now + policy.notice_lead)
    return _advance(replace(state, due=due, first_due=due), now, policy).state


# Whole sentences for each verb: a translation may need to bend the verb or move it.
def _nothing_to_snooze(phase: Phase) -> str:
    if phase is Phase.PAUSED:
        return translate("Cycle", "Breaks are paused; there is no break to snooze.")
    return translate("Cycle", "It is outside your working hours; there is no break to snooze.")


def _nothing_to_skip(phase: Phase) -> str:
    if phase is Phase.PAUSED:
        return translate("Cycle", "Breaks are paused; there is no break to skip.")
    return translate("Cycle", "It is outside your working hours; there is no break to skip.")
