"""What the cycle looks like from outside: the tray tooltip and `knotbreak status --json`."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from knotbreak.core.cycle import (
    AWAY,
    MANUAL_MEETING,
    CyclePolicy,
    CycleState,
    Hold,
    Phase,
    interval_progress,
    next_micro_break,
    showing_task,
)
from knotbreak.core.durations import format_duration
from knotbreak.core.text import join_and, translatable


def _clock(moment: datetime, now: datetime) -> str:
    text = moment.strftime("%H:%M")
    if moment.date() != now.date():
        days = (moment.date() - now.date()).days
        if days == 1:
            return translatable("Status", "tomorrow {time}").format(time=text)
        # The weekday is spelled by the core's own table, not the C locale's, so it can be
        # translated like everything else.
        return translatable("Status", "{weekday} {time}").format(
            weekday=WEEKDAYS[moment.weekday()], time=text
        )
    return text


def _until(moment: datetime, now: datetime) -> str:
    return format_duration(max(timedelta(0), moment - now) + timedelta(seconds=0.5))


WEEKDAYS: tuple[str, ...] = (
    translatable("Status", "Mon"),
    translatable("Status", "Tue"),
    translatable("Status", "Wed"),
    translatable("Status", "Thu"),
    translatable("Status", "Fri"),
    translatable("Status", "Sat"),
    translatable("Status", "Sun"),
)

# Why breaks wait, in words for the user.
HOLD_REASONS: dict[str, str] = {
    MANUAL_MEETING: translatable("Status", "you are in a meeting"),
    "fullscreen": translatable(
        "Status", "a fullscreen window is up (a presentation or a video call)"
    ),
    "camera": translatable("Status", "the camera is in use"),
    "microphone": translatable("Status", "the microphone is in use"),
    "dnd": translatable("Status", "do-not-disturb is on"),
    AWAY: translatable("Status", "you are away from the keyboard"),
}


def hold_reason(source: str) -> str:
    return HOLD_REASONS.get(source, source)


def _hold_words(state: CycleState, now: datetime) -> str:
    holds = sorted(state.holds, key=lambda hold: hold.source)
    parts: list[str] = []
    for hold in holds:
        text = hold_reason(hold.source)
        if hold.until is not None:
            text = translatable("Status", "{reason} until {clock}").format(
                reason=text, clock=_clock(hold.until, now)
            )
        parts.append(text)
    if state.away_since is not None:
        parts.append(hold_reason(AWAY))
    return join_and(parts)


def status_line(state: CycleState, policy: CyclePolicy, now: datetime) -> str:
    """One line for a tooltip or a status window."""
    phase = state.phase
    if phase is Phase.HELD:
        return translatable("Status", "A break is waiting while {reasons}").format(
            reasons=_hold_words(state, now)
        )
    if phase is Phase.OFFERED:
        return translatable("Status", "A break is waiting for you")
    if phase is Phase.WORKING and state.due is not None:
        clock, until = _clock(state.due, now), _until(state.due, now)
        if state.holds:
            return translatable(
                "Status", "Next break at {clock} (in {until}); it will wait while {reasons}"
            ).format(clock=clock, until=until, reasons=_hold_words(state, now))
        return translatable("Status", "Next break at {clock} (in {until})").format(
            clock=clock, until=until
        )
    if phase is Phase.NOTICE and state.due is not None:
        return translatable("Status", "Break starts in {until}").format(
            until=_until(state.due, now)
        )
    if phase is Phase.ON_BREAK:
        if state.break_ends is None:
            return translatable("Status", "On a break (paused)")
        return translatable("Status", "On a break until {clock}").format(
            clock=_clock(state.break_ends, now)
        )
    if phase is Phase.PAUSED:
        if state.paused_until is None:
            return translatable("Status", "Paused until you resume")
        return translatable("Status", "Paused until {clock}").format(
            clock=_clock(state.paused_until, now)
        )
    resume = policy.working_hours.next_start(now)
    if resume is None:
        return translatable("Status", "Outside working hours")
    return translatable("Status", "Outside working hours; breaks resume {clock}").format(
        clock=_clock(resume, now)
    )


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="seconds")


def _seconds(moment: datetime | None, now: datetime) -> int | None:
    if moment is None:
        return None
    return max(0, round((moment - now).total_seconds()))


def status_snapshot(state: CycleState, policy: CyclePolicy, now: datetime) -> dict[str, Any]:
    """A JSON-ready description, stable for scripts: keys are only ever added."""
    on_break = state.phase is Phase.ON_BREAK
    waiting = state.phase in (Phase.HELD, Phase.OFFERED)
    next_break = None if on_break or waiting else state.due
    resumes = None
    if state.phase is Phase.OFF_HOURS:
        resumes = policy.working_hours.next_start(now)
    elif state.phase is Phase.PAUSED:
        resumes = state.paused_until
    return {
        "state": state.phase.value,
        "summary": status_line(state, policy, now),
        "now": _iso(now),
        "next_break": _iso(next_break),
        "seconds_to_next_break": _seconds(next_break, now),
        "break_ends": _iso(state.break_ends) if on_break else None,
        "paused_until": _iso(state.paused_until),
        "resumes_at": _iso(resumes),
        "snoozes_used": state.snoozes_used,
        "snoozes_left": max(0, policy.snooze_limit - state.snoozes_used),
        "interval_progress": round(interval_progress(state, now), 3),
        "work_interval_minutes": round(policy.work_interval.total_seconds() / 60),
        "holds": [_hold_json(hold) for hold in sorted(state.holds, key=lambda h: h.source)],
        "held_break": _held_json(state) if waiting else None,
        "away_since": _iso(state.away_since),
        "next_micro_break": _iso(next_micro_break(state, policy)),
        "micro_break": _micro_json(state, now),
        "counting_active_time": policy.count_active_time,
        "active_today_minutes": (
            None if policy.daily_limit is None
            else round(state.active_today.total_seconds() / 60)
        ),
        "daily_limit_hours": (
            None if policy.daily_limit is None
            else round(policy.daily_limit.total_seconds() / 3600)
        ),
        "daily_limit_reached": state.limit_noticed,
    }


def _micro_json(state: CycleState, now: datetime) -> dict[str, Any] | None:
    """The micro-break that shows, or None."""
    if state.micro_ends is None:
        return None
    task = showing_task(state)
    return {
        "task": task.id,
        "kind": task.kind.value,
        "title": task.title,
        "cue": task.cue,
        "started_at": _iso(state.micro_started),
        "ends_at": _iso(state.micro_ends),
        "seconds_left": _seconds(state.micro_ends, now),
        "source": task.source,
    }


def _hold_json(hold: Hold) -> dict[str, Any]:
    return {
        "source": hold.source,
        "reason": hold_reason(hold.source),
        "since": _iso(hold.since),
        "until": _iso(hold.until),
    }


def _held_json(state: CycleState) -> dict[str, Any]:
    return {
        "due_at": _iso(state.first_due or state.due),
        "held_since": _iso(state.held_since),
        "held_by": sorted(state.held_by),
        "offered": state.phase is Phase.OFFERED,
    }
