"""Stretch now: the cycle rules for a break the user asks for with a chosen routine, and
the routine itself (one area, or one stretch), from the real catalog."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import time, timedelta
from pathlib import Path
from typing import Any

import pytest
from cycle_session import MONDAY_9, POLICY, Session

from knotbreak.core import cycle
from knotbreak.core.cycle import Outcome, Phase
from knotbreak.core.stretches import FOCUS_AREAS, load_catalog, routine_duration
from knotbreak.core.stretches.routine import routine_stretch_ids
from knotbreak.core.stretches.start_now import (
    AREAS,
    StartNowError,
    StartNowRequest,
    parse_argument,
    start_now_routine,
)
from knotbreak.core.working_hours import WorkingHours

CATALOG = load_catalog(
    Path(__file__).resolve().parents[2] / "resources" / "stretches" / "catalog.json"
).catalog
THREE = timedelta(minutes=3)


# The cycle ------------------------------------------------------------------------------


def test_stretch_now_is_a_break_of_the_routine_length_recorded_as_taken():
    session = Session()
    session.wait(minutes=10)
    assert session.send(cycle.StretchNow(timedelta(seconds=100))) is None
    assert session.state.phase is Phase.ON_BREAK
    assert session.state.break_ends == session.now + timedelta(seconds=100)
    session.wait(seconds=100)
    assert session.state.phase is Phase.WORKING
    assert session.outcomes == [Outcome.COMPLETED]
    record = session.records[0]
    assert record.started_at == MONDAY_9 + timedelta(minutes=10)
    assert record.due_at == MONDAY_9 + timedelta(minutes=45)


def test_the_next_break_comes_a_full_interval_after_the_stretch():
    session = Session()
    session.wait(minutes=30)
    session.send(cycle.StretchNow(THREE))
    session.wait(minutes=3)
    assert session.state.due == MONDAY_9 + timedelta(minutes=33) + POLICY.work_interval
    # So the break that was due at 9:45 does not come.
    session.wait(minutes=20)
    assert session.state.phase is Phase.WORKING


def test_done_ends_a_stretch_early_and_it_still_counts():
    session = Session()
    session.send(cycle.StretchNow(THREE))
    session.wait(minutes=1)
    assert session.send(cycle.FinishBreak()) is None
    assert session.outcomes == [Outcome.COMPLETED]
    assert session.state.due == MONDAY_9 + timedelta(minutes=1) + POLICY.work_interval


def test_stretches_asked_for_cannot_be_snoozed_and_keep_the_schedule():
    session = Session()
    session.wait(minutes=10)
    session.send(cycle.StretchNow(THREE))
    refused = session.send(cycle.Snooze())
    # Snoozing would have set the scheduled break 5 minutes away; Done or Skip ends these.
    assert refused is not None and "Done or Skip" in refused
    assert session.state.phase is Phase.ON_BREAK
    session.send(cycle.Skip())
    assert session.state.due is not None
    assert session.state.due - session.now >= POLICY.work_interval - timedelta(minutes=1)


def test_a_scheduled_break_after_stretch_now_can_be_snoozed_again():
    session = Session()
    session.send(cycle.StretchNow(THREE))
    session.wait(minutes=3)
    assert not session.state.requested or session.state.phase is not Phase.ON_BREAK
    session.send(cycle.TakeBreakNow())
    assert session.state.phase is Phase.ON_BREAK and not session.state.requested
    assert session.send(cycle.Snooze()) is None


def test_stretch_now_is_refused_during_a_break():
    session = Session()
    session.send(cycle.TakeBreakNow())
    before = session.state
    refused = session.send(cycle.StretchNow(THREE))
    assert refused is not None and "already" in refused
    assert session.state == before


def test_stretch_now_takes_the_place_of_a_waiting_break():
    session = Session()
    session.send(cycle.MeetingStarted())
    session.wait(minutes=50)
    assert session.state.phase is Phase.HELD
    session.send(cycle.MeetingEnded())
    session.send(cycle.StretchNow(THREE))
    assert session.state.phase is Phase.ON_BREAK
    session.wait(minutes=3)
    assert session.outcomes == [Outcome.COMPLETED]
    assert session.records[0].due_at == MONDAY_9 + timedelta(minutes=45)


def test_stretch_now_from_a_pause_ends_the_pause():
    session = Session()
    session.send(cycle.Pause(None))
    session.send(cycle.StretchNow(THREE))
    session.wait(minutes=3)
    assert session.state.phase is Phase.WORKING
    assert session.outcomes == [Outcome.COMPLETED]


def test_stretch_now_outside_working_hours_returns_to_the_evening():
    office = replace(POLICY, working_hours=WorkingHours(enabled=True, start=time(9), end=time(17)))
    session = Session(policy=office, now=MONDAY_9.replace(hour=19))
    assert session.state.phase is Phase.OFF_HOURS
    session.send(cycle.StretchNow(THREE))
    assert session.state.phase is Phase.ON_BREAK
    session.wait(minutes=3)
    assert session.state.phase is Phase.OFF_HOURS
    assert session.outcomes == [Outcome.COMPLETED]


def test_stretch_now_does_not_move_the_long_break_rotation():
    policy = replace(POLICY, long_break_every=2, long_break_length=timedelta(minutes=10))
    session = Session(policy=policy)
    session.send(cycle.StretchNow(THREE))
    session.wait(minutes=3)
    session.wait(minutes=45)  # the first scheduled break: short
    assert session.state.break_ends is not None and session.state.break_started is not None
    assert session.state.break_ends - session.state.break_started == POLICY.break_length


def test_an_empty_routine_is_refused():
    session = Session()
    assert session.send(cycle.StretchNow(timedelta(0))) is not None
    assert session.state.phase is Phase.WORKING


# The routine -------------------------------------------------------------------------------


def build(request: StartNowRequest, seed: int = 0, **kwargs):
    options: dict[str, Any] = {
        "sitting_only": False,
        "prefer_long_holds": False,
        "recently_used": {},
    }
    options.update(kwargs)
    return start_now_routine(
        CATALOG, request, now=MONDAY_9, rng=random.Random(seed), **options
    )


@pytest.mark.parametrize("area", AREAS)
@pytest.mark.parametrize("minutes", [1, 3, 5])
def test_an_area_routine_serves_only_that_area_and_fits(area, minutes):
    for seed in range(5):
        routine = build(StartNowRequest(area=area, minutes=minutes), seed)
        assert routine
        assert routine_duration(routine) <= timedelta(minutes=minutes)
        for stretch_id in routine_stretch_ids(routine):
            entry = next(e for e in CATALOG.entries if e.id == stretch_id)
            assert set(entry.body_areas) & FOCUS_AREAS[area]


def test_three_minutes_of_neck_fills_most_of_the_time():
    routine = build(StartNowRequest(area="neck-shoulders", minutes=3))
    assert routine_duration(routine) >= timedelta(minutes=2)
    assert len(routine_stretch_ids(routine)) >= 2


def test_one_stretch_gets_its_full_dose_and_nothing_else():
    entry = next(e for e in CATALOG.entries if e.one_sided and e.in_routines)
    routine = build(StartNowRequest(stretch_id=entry.id))
    assert routine_stretch_ids(routine) == (entry.id,)
    holds = [s for s in routine if s.is_work]
    assert len(holds) == entry.sets * 2
    assert all(s.duration == timedelta(seconds=entry.hold_seconds) for s in holds)


def test_a_chosen_standing_stretch_is_served_even_when_sitting_only():
    entry = next(e for e in CATALOG.entries if e.position == "standing" and e.in_routines)
    routine = build(StartNowRequest(stretch_id=entry.id), sitting_only=True)
    assert routine_stretch_ids(routine) == (entry.id,)


def test_unknown_and_unguided_stretches_are_refused_in_words():
    with pytest.raises(StartNowError, match="no stretch called 'nope'"):
        build(StartNowRequest(stretch_id="nope"))
    outside = next(e for e in CATALOG.entries if not e.in_routines)
    with pytest.raises(StartNowError, match="own pace"):
        build(StartNowRequest(stretch_id=outside.id))


@pytest.mark.parametrize(
    ("argument", "expected"),
    [
        (None, StartNowRequest()),
        ("any 3", StartNowRequest()),
        ("neck-shoulders", StartNowRequest(area="neck-shoulders")),
        ("eyes 1", StartNowRequest(area="eyes", minutes=1)),
        ("stretch:neck-tilt", StartNowRequest(stretch_id="neck-tilt")),
    ],
)
def test_arguments_read_back(argument, expected):
    assert parse_argument(argument) == expected
    assert parse_argument(expected.to_argument()) == expected


@pytest.mark.parametrize(
    ("argument", "words"),
    [
        ("knees", "no area called 'knees'"),
        ("eyes 0", "outside 1 to 15"),
        ("eyes 99", "outside 1 to 15"),
        ("eyes three", "not a whole number"),
        ("eyes 3 more", "an area and"),
        ("stretch:", "Name the stretch"),
    ],
)
def test_bad_arguments_say_what_is_wrong(argument, words):
    with pytest.raises(StartNowError, match=words):
        parse_argument(argument)


# Favourites ---------------------------------------------------------------------------------


def _first_ids(favourites: frozenset[str], seeds: range) -> list[str]:
    from knotbreak.core.stretches import RoutinePrefs, build_routine

    firsts = []
    for seed in seeds:
        routine = build_routine(
            # A long break: in a short one a full two-sided dose is "bulky" and never first.
            CATALOG,
            RoutinePrefs(
                focus_areas=frozenset({"neck-shoulders"}), break_length=timedelta(minutes=10)
            ),
            recently_used={}, now=MONDAY_9, rng=random.Random(seed), favourites=favourites,
        )
        firsts.append(routine_stretch_ids(routine)[0])
    return firsts


def test_routines_lean_toward_favourites_without_always_choosing_them():
    seeds = range(400)
    plain = _first_ids(frozenset(), seeds).count("levator")
    leaning = _first_ids(frozenset({"levator"}), seeds).count("levator")
    # Three times the weight among about six neck stretches: well over twice as often,
    # and still not every time.
    assert leaning > 2 * plain
    assert leaning < len(seeds)


def test_favourites_reach_stretch_now_routines():
    counts = sum(
        "shrug-roll" in routine_stretch_ids(
            build(StartNowRequest(area="neck-shoulders", minutes=1), seed,
                  favourites=frozenset({"shrug-roll"}))
        )
        for seed in range(200)
    )
    plain = sum(
        "shrug-roll" in routine_stretch_ids(
            build(StartNowRequest(area="neck-shoulders", minutes=1), seed)
        )
        for seed in range(200)
    )
    assert counts > plain


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ([], True),
        (["chin-tuck", "levator", "chin-tuck"], True),
        (["Chin Tuck"], False),
        ("chin-tuck", False),
        ([3], False),
    ],
)
def test_favourite_setting_takes_stretch_ids_only(value, ok):
    from knotbreak.core.settings import validate

    settings, problems = validate({"favourite_stretches": value})
    if ok:
        assert problems == []
        assert settings.favourite_stretches == tuple(dict.fromkeys(value))
    else:
        assert problems and "favourite_stretches" in problems[0]
        assert settings.favourite_stretches == ()


def test_an_area_routine_has_several_stretches_when_they_fit():
    for seed in range(60):
        routine = build(StartNowRequest(area="neck-shoulders", minutes=3), seed)
        assert len(routine_stretch_ids(routine)) >= 2, seed
        assert routine_duration(routine) <= THREE


@pytest.mark.parametrize("area", AREAS)
@pytest.mark.parametrize("minutes", [1, 2, 3, 5])
def test_a_static_stretch_keeps_its_full_dose_in_stretch_now(area, minutes):
    # The reference dose (2 x 30 s) holds here as in every break: fewer stretches rather
    # than single holds.
    for seed in range(8):
        routine = build(StartNowRequest(area=area, minutes=minutes), seed)
        for segment in routine:
            entry = CATALOG.get(segment.stretch_id)
            assert entry is not None
            if segment.is_work and entry.kind == "stretch" and entry.style == "hold":
                assert segment.sets_total == entry.sets, (area, minutes, seed, entry.id)
