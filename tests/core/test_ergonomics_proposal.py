"""Break settings proposed from the answers, and the re-check date."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from knotbreak.core.ergonomics import (
    Answer,
    Answers,
    FocusArea,
    Setup,
    SittingHours,
    load_checklist,
    propose_breaks,
    recheck_due,
)
from knotbreak.core.settings import validate
from knotbreak.resources_path import resource

CHECKLIST = load_checklist(resource("ergonomics/checklist.json"))
NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


def good(setup):
    return {item.id: Answer.YES for item in CHECKLIST.items(setup)}


def test_low_risk_keeps_the_defaults_frequency_and_suggests_five_minute_breaks():
    answers = Answers(Setup.ONE, good(Setup.ONE), SittingHours.UNDER_4)
    proposal = propose_breaks(CHECKLIST, answers, 45, 180)
    assert (proposal.work_interval_minutes, proposal.break_seconds) == (45, 300)
    assert proposal.focus_areas == ()
    assert proposal.reasons


def test_each_risk_makes_breaks_more_frequent_and_longer():
    calm = Answers(Setup.ONE, good(Setup.ONE), SittingHours.UNDER_4)
    laptop = Answers(Setup.LAPTOP, good(Setup.LAPTOP), SittingHours.UNDER_4)
    laptop_long = Answers(Setup.LAPTOP, good(Setup.LAPTOP), SittingHours.OVER_6)
    everything = Answers(
        Setup.LAPTOP, good(Setup.LAPTOP), SittingHours.OVER_6,
        discomfort=frozenset({FocusArea.WRISTS_FOREARMS}),
    )  # fmt: skip
    proposals = [propose_breaks(CHECKLIST, a, 60, 60) for a in (calm, laptop, laptop_long,
                                                               everything)]  # fmt: skip
    intervals = [p.work_interval_minutes for p in proposals]
    lengths = [p.break_seconds for p in proposals]
    assert intervals == sorted(intervals, reverse=True) and len(set(intervals)) == 4
    assert lengths == sorted(lengths) and lengths[-1] > lengths[0]
    assert intervals[-1] == 30
    assert len(proposals[-1].reasons) == 3


def test_long_stretches_count_as_long_sitting():
    answers = Answers(Setup.ONE, good(Setup.ONE), SittingHours.UNDER_4, long_stretches=True)
    proposal = propose_breaks(CHECKLIST, answers, 60, 60)
    assert proposal.work_interval_minutes == 40
    assert FocusArea.LOW_BACK_HIPS in proposal.focus_areas


def test_never_makes_breaks_rarer_or_shorter_than_now():
    answers = Answers(Setup.ONE, good(Setup.ONE), SittingHours.UNDER_4)
    proposal = propose_breaks(CHECKLIST, answers, 30, 600)
    assert (proposal.work_interval_minutes, proposal.break_seconds) == (30, 600)
    assert not proposal.changes_anything


def test_focus_puts_current_discomfort_first_then_what_the_fixes_point_to():
    answers = Answers(
        Setup.LAPTOP,
        {**good(Setup.LAPTOP), "posture-wrists": Answer.NO, "kbd-height": Answer.NO},
        discomfort=frozenset({FocusArea.EYES}),
    )
    areas = propose_breaks(CHECKLIST, answers).focus_areas
    assert areas[0] is FocusArea.EYES
    assert FocusArea.WRISTS_FOREARMS in areas
    assert len(areas) <= 3


def test_proposal_is_valid_settings():
    answers = Answers(Setup.LAPTOP, {}, SittingHours.OVER_6,
                      discomfort=frozenset(FocusArea))  # fmt: skip
    data = propose_breaks(CHECKLIST, answers).as_settings()
    focus = data.pop("focus_areas")
    assert set(focus) <= {area.value for area in FocusArea}
    settings, problems = validate(data)
    assert problems == []
    assert settings.work_interval_minutes == data["work_interval_minutes"]


def test_recheck_after_90_days_or_sooner_when_desks_change():
    assert recheck_due(NOW) == NOW + timedelta(days=90)
    assert recheck_due(NOW, moving_soon=True) == NOW + timedelta(days=30)
    moved = NOW + timedelta(days=10)
    assert recheck_due(NOW, moved_desks_at=moved) == moved
    assert recheck_due(NOW, moved_desks_at=NOW - timedelta(days=1)) == NOW + timedelta(days=90)
    assert recheck_due(NOW, days=14) == NOW + timedelta(days=14)
