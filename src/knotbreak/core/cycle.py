"""The break cycle as a reducer: `handle(state, event, now, policy) -> Step`.

Everything here is a pure function of its inputs. The adapters feed in events with the
current time, carry out the effects, and schedule a `Tick` at each of `wakeups(...)`.
Deadlines are absolute times, so a late or repeated Tick is harmless: it only ever moves
the cycle to where the clock says it should be, never replays missed breaks.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum

from knotbreak.core.micro_breaks import MicroTask, task_for
from knotbreak.core.posture.cues import TASKS_BY_ID
from knotbreak.core.text import translatable
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
# No micro-break this close before a main break (or its notice and the micro-break
# itself, when those are longer), nor this soon after one: the main break covers it.
MICRO_QUIET = timedelta(minutes=5)
# A micro-break that could not open within this long of its time (sleep, a clock jump,
# a busy machine) is dropped, not shown late: a late reminder is noise, and several
# must never come at once.
MICRO_LATE = timedelta(seconds=60)
# Snooze on a micro-break: it comes back this much later.
MICRO_SNOOZE = timedelta(minutes=5)
# Time at the computer is added up between wake-ups (the runner ticks every minute); a
# longer gap means the app could not run (sleep, a clock jump) and is not counted.
ACTIVE_GAP_MAX = timedelta(minutes=5)


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
    micro_interval: timedelta | None = None
    """Work between micro-breaks; None turns them off."""
    micro_length: timedelta = timedelta(seconds=20)
    count_active_time: bool = False
    """Work counts only while the user is at the computer: time away stops the clock."""
    daily_limit: timedelta | None = None
    """Time at the computer a day after which one calm notice comes; None: no limit."""

    @property
    def micro_quiet_before(self) -> timedelta:
        """No micro-break starts this close before the main break falls due."""
        return max(MICRO_QUIET, self.notice_lead + self.micro_length)

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
    micro_due: datetime | None = None
    """When the next micro-break falls due; None while they are off or cannot come."""
    micro_started: datetime | None = None
    micro_ends: datetime | None = None
    """While a micro-break shows: when it closes by itself."""
    micros_started: int = 0
    """Micro-breaks shown this session; picks the next task of the rotation."""
    micro_task: str | None = None
    """While a posture-coach nudge shows in the micro-break window: its task id."""
    active_day: date | None = None
    """The local day `active_today` belongs to; a new day starts the count afresh."""
    active_today: timedelta = timedelta(0)
    """Time at the computer today: not away, not on a break."""
    limit_noticed: bool = False
    requested: bool = False
    """The break on now is one the user asked for (Stretch now), not a scheduled one."""
    """The daily-limit notice came today."""

    @property
    def micro_showing(self) -> bool:
        return self.micro_ends is not None

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
class StretchNow:
    """The user asked for stretches now (the library, the tray's Stretch now, the CLI).

    A break of exactly `length` (the chosen routine's), counted in the history like any
    break taken; the next break comes a full work interval after it ends. It is not one
    of the scheduled breaks, so it does not move the every-Nth long break.
    """

    length: timedelta


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
class SkipMicroBreak:
    """The user closed the micro-break that shows."""


@dataclass(frozen=True)
class SnoozeMicroBreak:
    """The micro-break that shows, a few minutes later."""


@dataclass(frozen=True)
class PostureNudge:
    """The posture coach saw a deviation held long enough: show its cue now."""

    task_id: str


@dataclass(frozen=True)
class Postpone:
    """The user asked for the waiting break a little later ("In 5 minutes")."""

    delay: timedelta = OFFER_LATER


Event = (
    Tick
    | TakeBreakNow
    | StretchNow
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
    | SkipMicroBreak
    | SnoozeMicroBreak
    | PostureNudge
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
class MicroRecord:
    started_at: datetime
    ended_at: datetime
    outcome: Outcome
    """COMPLETED, SKIPPED or SNOOZED; a micro-break that is dropped is never shown."""
    task: str
    """The `MicroTask.id` it asked for."""


@dataclass(frozen=True)
class RecordMicro:
    entry: MicroRecord


@dataclass(frozen=True)
class Notify:
    message: str


Effect = Record | RecordMicro | Notify


@dataclass(frozen=True)
class Step:
    state: CycleState
    effects: tuple[Effect, ...] = ()
    rejected: str | None = None
    """Why the event was refused, in words for the user; the state is then unchanged."""


# Public functions ----------------------------------------------------------------------


def start(now: datetime, policy: CyclePolicy) -> CycleState:
    """The state of a freshly started app."""
    return _micro(_new_interval(now, policy), now, policy).state


def handle(state: CycleState, event: Event, now: datetime, policy: CyclePolicy) -> Step:
    caught_up = _advance(state, now, policy)
    if isinstance(event, Tick):
        step = caught_up
    else:
        step = _apply(caught_up.state, event, now, policy)
        if step.rejected is None:
            # What the event did can move the phase at once: a hold that ended, an absence
            # that began, a snooze shorter than the notice. Settled here, so that a Tick
            # at the same moment never finds anything left to do.
            settled = _advance(step.state, now, policy)
            step = Step(settled.state, step.effects + settled.effects)
        step = Step(step.state, caught_up.effects + step.effects, step.rejected)
    # Micro-breaks last: they fit around whatever the main cycle has just become.
    micro = _micro(step.state, now, policy)
    return Step(micro.state, step.effects + micro.effects, step.rejected)


def wakeups(state: CycleState, policy: CyclePolicy) -> dict[str, datetime]:
    """Named moments at which the adapters must send a Tick."""
    jobs: dict[str, datetime] = {}
    # Counting active time, the work clock stands still while the user is away: the break
    # is not due at `due` then (AwayEnded moves it on by the absence). Planned anyway, a
    # wake-up at a moment gone by would fire, change nothing and be planned again at once.
    clock_stopped = policy.count_active_time and state.away_since is not None
    if state.phase in (Phase.WORKING, Phase.NOTICE) and state.due is not None and not clock_stopped:
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
    limit_at = next_limit_moment(state, policy)
    if limit_at is not None:
        jobs["daily_limit"] = limit_at
    if state.phase is Phase.WORKING:
        if state.micro_ends is not None:
            jobs["micro_end"] = state.micro_ends
        elif state.micro_due is not None:
            jobs["micro"] = state.micro_due
    return jobs


def next_micro_break(state: CycleState, policy: CyclePolicy) -> datetime | None:
    """When the next micro-break will show, as far as it is known now.

    None while micro-breaks are off, one is showing, or the next would fall too close
    to the main break (the one after it is planned only when that break is over).
    """
    if state.micro_due is None or state.micro_ends is not None or state.due is None:
        return None
    if state.phase is not Phase.WORKING:
        return None
    if state.micro_due > state.due - policy.micro_quiet_before:
        return None
    if state.micro_due < state.interval_start + MICRO_QUIET:
        return None
    return state.micro_due


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
    """A fresh work interval from `now`; holds and absence carry over from `carry`.

    A micro-break that shows goes with the old interval; the next is planned afresh.
    """
    holds = carry.holds if carry is not None else frozenset()
    away = carry.away_since if carry is not None else None
    count = carry.breaks_started if carry is not None else 0
    micros = carry.micros_started if carry is not None else 0
    if not policy.working_hours.is_working(now):
        fresh = CycleState(
            Phase.OFF_HOURS, now, None, None, now, holds=holds, away_since=away,
            breaks_started=count, micros_started=micros,
        )
    else:
        due = now + policy.work_interval
        fresh = CycleState(
            Phase.WORKING, now, due, due, now, holds=holds, away_since=away,
            breaks_started=count, micros_started=micros,
        )
    return _keep_day_count(fresh, carry)


def _keep_day_count(fresh: CycleState, carry: CycleState | None) -> CycleState:
    """Today's time at the computer outlives intervals, pauses and evenings."""
    if carry is None:
        return fresh
    return replace(
        fresh, active_day=carry.active_day, active_today=carry.active_today,
        limit_noticed=carry.limit_noticed,
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
        micro_due=moved(state.micro_due),
        micro_started=moved(state.micro_started),
        micro_ends=moved(state.micro_ends),
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
        message = translatable(
            "Cycle",
            "A break came due while breaks were on hold. It will come in 5 minutes; "
            "knotbreak's menu has Take a break now if you want it sooner.",
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
    state, effects = _count_active(state, now, policy)
    stepped = _advance_phase(replace(state, last_seen=now), now, policy)
    return Step(stepped.state, effects + stepped.effects)


def _advance_phase(state: CycleState, now: datetime, policy: CyclePolicy) -> Step:
    hours = policy.working_hours

    expired = {hold for hold in state.holds if hold.until is not None and now >= hold.until}
    if expired:
        state = replace(state, holds=state.holds - expired)

    if state.phase is Phase.PAUSED:
        if state.paused_until is not None and now >= state.paused_until:
            resumed = Notify(translatable("Cycle", "Breaks have resumed."))
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
            _keep_day_count(
                CycleState(
                    Phase.OFF_HOURS, now, None, None, now, holds=state.holds,
                    away_since=state.away_since, breaks_started=state.breaks_started,
                    micros_started=state.micros_started,
                ),
                state,
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
    if policy.count_active_time and state.away_since is not None:
        # Counting active time: the work clock stands still while nobody is here, and
        # moves on by the absence when they are back (AwayEnded).
        return Step(replace(state, phase=Phase.WORKING))
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
                requested=False,
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
            return Step(state, rejected=translatable("Cycle", "A break is already in progress."))
        return Step(
            replace(
                _break_now(state, now, policy.break_length_for(state.breaks_started + 1)),
                breaks_started=state.breaks_started + 1,
            )
        )

    if isinstance(event, StretchNow):
        return _stretch_now(state, event, now)

    if isinstance(event, Snooze):
        if phase in (Phase.PAUSED, Phase.OFF_HOURS):
            return Step(state, rejected=_nothing_to_snooze(phase))
        if phase is Phase.ON_BREAK and state.requested:
            # Snoozing stretches the user asked for would bring the scheduled break
            # forward to "in 5 minutes"; Done or Skip ends them and keeps the schedule.
            return Step(
                state,
                rejected=translatable(
                    "Cycle",
                    "These are stretches you asked for, so there is nothing to snooze: "
                    "press Done or Skip to end them.",
                ),
            )
        if state.snoozes_used >= policy.snooze_limit:
            return Step(
                state,
                rejected=translatable(
                    "Cycle",
                    "No snoozes left for this break (the limit is {limit}). "
                    "Take the break now or skip it.",
                ).format(limit=policy.snooze_limit),
            )
        assert state.due is not None
        # Snoozing the coming break from work pushes it back; snoozing one that is
        # already here gives the user a few minutes from now.
        base = state.due if phase is Phase.WORKING else now
        due = base + policy.snooze_length
        if due <= state.due:
            # A notice longer than the snooze (5 minutes, snoozed by 1): "a few minutes
            # from now" would bring the break closer. It moves back from its time instead.
            due = state.due + policy.snooze_length
        snoozed = replace(
            state,
            phase=Phase.WORKING,
            due=due,
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
            return Step(state, rejected=translatable("Cycle", "No break is in progress."))
        return Step(
            _new_interval(now, policy, state), (_record(state, now, Outcome.COMPLETED),)
        )

    if isinstance(event, Pause):
        if event.until is not None and event.until <= now:
            return Step(state, rejected=translatable("Cycle", "That pause would already be over."))
        effects: tuple[Effect, ...] = ()
        if phase is Phase.ON_BREAK or waiting:
            effects = (_record(state, now, Outcome.SKIPPED),)
        paused = _keep_day_count(
            CycleState(
                Phase.PAUSED, now, None, None, now, paused_until=event.until,
                holds=state.holds, away_since=state.away_since,
                breaks_started=state.breaks_started, micros_started=state.micros_started,
            ),
            state,
        )
        return Step(paused, effects)

    if isinstance(event, SetBreakEnd):
        if phase is not Phase.ON_BREAK:
            return Step(state, rejected=translatable("Cycle", "No break is in progress."))
        return Step(replace(state, break_ends=event.ends))

    if isinstance(event, Resume):
        if phase is not Phase.PAUSED:
            return Step(state, rejected=translatable("Cycle", "Breaks are not paused."))
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
        back = replace(state, away_since=None)
        if policy.count_active_time and phase in (Phase.WORKING, Phase.NOTICE):
            # The absence was not work: the break (and micro-break) move back by it.
            absent = max(timedelta(0), back_at - state.away_since)
            back = replace(
                back,
                interval_start=back.interval_start + absent,
                due=None if back.due is None else back.due + absent,
                first_due=None if back.first_due is None else back.first_due + absent,
                micro_due=None if back.micro_due is None else back.micro_due + absent,
            )
        return Step(back)

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
        if policy.daily_limit is not None and event.slept_for <= ACTIVE_GAP_MAX:
            # The sleep was not time at the computer (the Tick before this counted it;
            # a longer gap it did not count).
            state = replace(
                state, active_today=max(timedelta(0), state.active_today - event.slept_for)
            )
        natural = _natural_break(state, asleep_from, now, now, policy)
        return natural if natural is not None else Step(state)

    if isinstance(event, MeetingStarted):
        if event.until is not None and event.until <= now:
            return Step(
                state, rejected=translatable("Cycle", "That meeting would already be over.")
            )
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
                    rejected=translatable("Cycle", "No meeting is on, so there is nothing to end."),
                )
            return Step(state)
        return Step(replace(state, holds=remaining))

    if isinstance(event, (SkipMicroBreak, SnoozeMicroBreak)):
        return _end_micro_by_user(state, event, now, policy)

    if isinstance(event, PostureNudge):
        return _posture_nudge(state, event, now, policy)

    if isinstance(event, Postpone):
        if not waiting:
            return Step(state, rejected=translatable("Cycle", "No break is waiting to be put off."))
        later = replace(
            state,
            phase=Phase.WORKING,
            due=now + event.delay,
            held_since=None,
            held_by=frozenset(),
        )
        return Step(later)

    raise TypeError(f"unknown event {event!r}")


def _break_now(
    state: CycleState, now: datetime, length: timedelta, *, requested: bool = False
) -> CycleState:
    """A break starting now, asked for by the user: a due, waiting or snoozed break is
    taken by this one, and a pause or hold ends (the user is plainly here)."""
    return replace(
        state,
        phase=Phase.ON_BREAK,
        first_due=state.first_due or now,
        due=state.due or now,
        break_started=now,
        break_ends=now + length,
        requested=requested,
        paused_until=None,
        held_since=None,
        held_by=frozenset(),
    )


def _stretch_now(state: CycleState, event: StretchNow, now: datetime) -> Step:
    if state.phase is Phase.ON_BREAK:
        return Step(state, rejected=translatable("Cycle", "A break is already in progress."))
    if event.length <= timedelta(0):
        return Step(state, rejected=translatable("Cycle", "There is nothing to stretch for."))
    # Like Take a break now, but not one of the scheduled breaks (the every-Nth long
    # break does not move) and only as long as the routine.
    return Step(_break_now(state, now, event.length, requested=True))


def _rebase(state: CycleState, now: datetime, policy: CyclePolicy) -> CycleState:
    """Fit a running work interval to a new interval length, without springing a break."""
    if policy.micro_interval is not None and state.micro_due is not None:
        # A shorter micro-break interval applies at once; a longer one from the next.
        state = replace(state, micro_due=min(state.micro_due, now + policy.micro_interval))
    if state.phase is not Phase.WORKING or state.snoozes_used:
        return _advance(state, now, policy).state
    due = max(state.interval_start + policy.work_interval, now + policy.notice_lead)
    return _advance(replace(state, due=due, first_due=due), now, policy).state


# Whole sentences for each verb: a translation may need to bend the verb or move it.
def _nothing_to_snooze(phase: Phase) -> str:
    if phase is Phase.PAUSED:
        return translatable("Cycle", "Breaks are paused; there is no break to snooze.")
    return translatable("Cycle", "It is outside your working hours; there is no break to snooze.")


def _nothing_to_skip(phase: Phase) -> str:
    if phase is Phase.PAUSED:
        return translatable("Cycle", "Breaks are paused; there is no break to skip.")
    return translatable("Cycle", "It is outside your working hours; there is no break to skip.")


# Micro-breaks -----------------------------------------------------------------------------


def _clear_micro(state: CycleState, micro_due: datetime | None) -> CycleState:
    return replace(
        state, micro_due=micro_due, micro_started=None, micro_ends=None, micro_task=None
    )


def showing_task(state: CycleState) -> MicroTask:
    """The task of the micro-break that shows: a coach nudge's cue or the rotation's."""
    nudge = TASKS_BY_ID.get(state.micro_task) if state.micro_task else None
    return nudge if nudge is not None else task_for(state.micros_started)


def _posture_nudge(
    state: CycleState, event: PostureNudge, now: datetime, policy: CyclePolicy
) -> Step:
    """A nudge shows like a micro-break, under the same rules of when one may show."""
    if event.task_id not in TASKS_BY_ID:
        return Step(state, rejected=translatable("Cycle", "That posture cue is unknown."))
    can_show = (
        state.phase is Phase.WORKING
        and not state.holding
        and state.micro_ends is None
        and state.due is not None
        and state.due - now >= policy.micro_quiet_before
    )
    if not can_show:
        return Step(state, rejected=translatable("Cycle", "A posture cue cannot show right now."))
    # The rotation's next micro-break keeps its time; the nudge does not use up a turn.
    return Step(
        replace(
            state, micro_started=now, micro_ends=now + policy.micro_length,
            micro_task=event.task_id,
        )
    )


def _micro(state: CycleState, now: datetime, policy: CyclePolicy) -> Step:
    """Bring the micro-break up to date with the main cycle `state` has just reached.

    A micro-break only ever shows while working, with nothing holding breaks back, at
    least MICRO_QUIET after a main break and `micro_quiet_before` ahead of the next. One
    that falls due when it cannot show is dropped, not queued: the next comes a full
    interval later. What shows is closed (and not recorded) as soon as it may not show.
    """
    interval = policy.micro_interval
    if state.micro_task is not None and state.micro_ends is not None:
        return _nudge_update(state, now, policy)
    if interval is None or state.phase not in (Phase.WORKING, Phase.NOTICE):
        # Off, or the cycle left work (a break, a pause, the evening, a waiting break):
        # every way back to work plans the next micro-break afresh.
        if state.micro_due is None and state.micro_ends is None:
            return Step(state)
        return Step(_clear_micro(state, None))

    if state.micro_ends is not None:
        if state.phase is not Phase.WORKING or state.holding:
            # A call started, the user left or the main break is near: close it.
            return Step(_clear_micro(state, now + interval))
        if now < state.micro_ends:
            return Step(state)
        started = state.micro_started or state.micro_ends - policy.micro_length
        ended = min(now, state.micro_ends)
        record = MicroRecord(started, ended, Outcome.COMPLETED, task_for(state.micros_started).id)
        return Step(_clear_micro(state, now + interval), (RecordMicro(record),))

    if state.micro_due is None:
        first = state.interval_start + interval
        return Step(replace(state, micro_due=first if first > now else now + interval))

    if now < state.micro_due:
        return Step(state)
    assert state.due is not None
    cannot_show = (
        state.phase is not Phase.WORKING
        or state.holding
        or now - state.micro_due > MICRO_LATE
        or now < state.interval_start + MICRO_QUIET
        or state.due - now < policy.micro_quiet_before
    )
    if cannot_show:
        return Step(replace(state, micro_due=now + interval))
    return Step(
        replace(
            state,
            micro_due=None,
            micro_started=now,
            micro_ends=now + policy.micro_length,
            micros_started=state.micros_started + 1,
        )
    )


def _nudge_update(state: CycleState, now: datetime, policy: CyclePolicy) -> Step:
    """A showing posture nudge: closed when it may not show or its time is up."""
    assert state.micro_ends is not None
    interval = policy.micro_interval
    due = state.micro_due
    if interval is not None and due is None:
        due = now + interval
    if state.phase is not Phase.WORKING or state.holding:
        return Step(_clear_micro(state, due))
    if now < state.micro_ends:
        return Step(state)
    started = state.micro_started or state.micro_ends - policy.micro_length
    record = MicroRecord(
        started, min(now, state.micro_ends), Outcome.COMPLETED, showing_task(state).id
    )
    return Step(_clear_micro(state, due), (RecordMicro(record),))


def _end_micro_by_user(
    state: CycleState, event: SkipMicroBreak | SnoozeMicroBreak, now: datetime,
    policy: CyclePolicy,
) -> Step:
    if state.micro_ends is None or (policy.micro_interval is None and state.micro_task is None):
        return Step(state, rejected=translatable("Cycle", "No micro-break is showing."))
    started = state.micro_started or now
    task = showing_task(state).id
    if state.micro_task is not None:
        # A nudge is not brought back later: the coach asks again if the posture holds.
        outcome = Outcome.SNOOZED if isinstance(event, SnoozeMicroBreak) else Outcome.SKIPPED
        record = MicroRecord(started, now, outcome, task)
        return Step(_clear_micro(state, state.micro_due), (RecordMicro(record),))
    if isinstance(event, SnoozeMicroBreak):
        record = MicroRecord(started, now, Outcome.SNOOZED, task)
        # The same task comes back with it, not the next one of the rotation.
        later = replace(
            _clear_micro(state, now + MICRO_SNOOZE), micros_started=state.micros_started - 1
        )
        return Step(later, (RecordMicro(record),))
    record = MicroRecord(started, now, Outcome.SKIPPED, task)
    assert policy.micro_interval is not None  # only a nudge shows with micro-breaks off
    return Step(_clear_micro(state, now + policy.micro_interval), (RecordMicro(record),))


# Time at the computer ------------------------------------------------------------------------


def _count_active(
    state: CycleState, now: datetime, policy: CyclePolicy
) -> tuple[CycleState, tuple[Effect, ...]]:
    """Add the time since the last event to today's time at the computer, if it was.

    Away or on a break is not; a gap longer than ACTIVE_GAP_MAX is not counted (the app
    could not run). The count starts again on a new local day. Reaching the daily limit
    brings one calm notice that day.
    """
    limit = policy.daily_limit
    if limit is None:
        # Nothing uses the count: leave the state alone, so an idle tick changes nothing.
        return state, ()
    today = now.date()
    if state.active_day != today:
        state = replace(state, active_day=today, active_today=timedelta(0), limit_noticed=False)
    elapsed = now - state.last_seen
    here = state.away_since is None and state.phase is not Phase.ON_BREAK
    if here and timedelta(0) < elapsed <= ACTIVE_GAP_MAX and state.last_seen.date() == today:
        state = replace(state, active_today=state.active_today + elapsed)
    if state.limit_noticed or state.active_today < limit:
        return state, ()
    hours = round(limit.total_seconds() / 3600)
    return replace(state, limit_noticed=True), (Notify(daily_limit_message(hours)),)


def next_limit_moment(state: CycleState, policy: CyclePolicy) -> datetime | None:
    """When today's time at the computer reaches the limit, if the user stays."""
    if policy.daily_limit is None or state.limit_noticed or state.away_since is not None:
        return None
    if state.phase is Phase.ON_BREAK:
        return None
    return state.last_seen + max(timedelta(0), policy.daily_limit - state.active_today)


def daily_limit_message(hours: int) -> str:
    """One whole sentence per limit: a Notify reaches the UI as plain English text."""
    messages = {
        4: translatable("Cycle", "You've been at the computer 4 hours today. "
                     "Maybe it is a good moment to wind down."),
        5: translatable("Cycle", "You've been at the computer 5 hours today. "
                     "Maybe it is a good moment to wind down."),
        6: translatable("Cycle", "You've been at the computer 6 hours today. "
                     "Maybe it is a good moment to wind down."),
        7: translatable("Cycle", "You've been at the computer 7 hours today. "
                     "Maybe it is a good moment to wind down."),
        8: translatable("Cycle", "You've been at the computer 8 hours today. "
                     "Maybe it is a good moment to wind down."),
        9: translatable("Cycle", "You've been at the computer 9 hours today. "
                     "Maybe it is a good moment to wind down."),
        10: translatable("Cycle", "You've been at the computer 10 hours today. "
                      "Maybe it is a good moment to wind down."),
    }
    return messages.get(hours, messages[min(10, max(4, hours))])
