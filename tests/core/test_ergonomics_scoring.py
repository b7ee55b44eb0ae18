"""Scores per area, which fixes come first, and what changed between two runs."""

from __future__ import annotations

import pytest

from knotbreak.core.ergonomics import (
    Answer,
    Answers,
    FocusArea,
    Setup,
    area_scores,
    compare,
    load_checklist,
    overall_score,
    prioritised_fixes,
    top_fixes,
)
from knotbreak.resources_path import resource

CHECKLIST = load_checklist(resource("ergonomics/checklist.json"))


def all_good(setup: Setup, **overrides: Answer) -> dict[str, Answer]:
    answers = {
        item.id: Answer.YES if item.good_answer else Answer.NO
        for item in CHECKLIST.items(setup)
    }
    answers.update(overrides)
    return answers


def scores_by_area(answers: Answers) -> dict[str, int | None]:
    return {s.area_id: s.score for s in area_scores(CHECKLIST, answers)}


def test_all_good_scores_100_everywhere_and_needs_no_fixes():
    answers = Answers(Setup.ONE, all_good(Setup.ONE))
    assert set(scores_by_area(answers).values()) == {100}
    assert overall_score(area_scores(CHECKLIST, answers)) == 100
    assert prioritised_fixes(CHECKLIST, answers) == []


def test_score_is_weighted_share_of_answered_items():
    # Chair weights: adjustable 2, thighs 3, knee gap 1, lumbar 3, recline 2, armrests 1 = 12
    answers = Answers(
        Setup.ONE,
        all_good(Setup.ONE, **{"chair-lumbar": Answer.NO, "chair-armrests": Answer.NOT_APPLICABLE}),
    )
    chair = next(s for s in area_scores(CHECKLIST, answers) if s.area_id == "chair")
    assert chair.score == round(100 * 8 / 11)  # armrests (1) not applicable, lumbar (3) missed
    assert (chair.good, chair.to_fix, chair.skipped) == (4, 1, 0)


def test_unanswered_items_are_counted_but_not_scored():
    answers = Answers(Setup.ONE, {"chair-lumbar": Answer.NO})
    chair = next(s for s in area_scores(CHECKLIST, answers) if s.area_id == "chair")
    assert chair.score == 0
    assert chair.skipped == 5
    desk = next(s for s in area_scores(CHECKLIST, answers) if s.area_id == "desk")
    assert desk.score is None


def test_items_for_other_setups_do_not_count():
    answers = Answers(Setup.TWO, all_good(Setup.TWO, **{"laptop-raised": Answer.NO}))
    assert scores_by_area(answers)["screens"] == 100
    assert prioritised_fixes(CHECKLIST, answers) == []


def test_heavier_items_come_first_then_checklist_order():
    bad = {"chair-knee-gap": Answer.NO, "chair-lumbar": Answer.NO, "desk-edges": Answer.NO,
           "mouse-close": Answer.NO, "chair-recline": Answer.NO}  # fmt: skip
    answers = Answers(Setup.ONE, all_good(Setup.ONE, **bad))
    order = [fix.item_id for fix in prioritised_fixes(CHECKLIST, answers)]
    assert order == ["chair-lumbar", "mouse-close", "chair-recline", "chair-knee-gap",
                     "desk-edges"]  # fmt: skip
    assert all(fix.action.endswith(".") for fix in prioritised_fixes(CHECKLIST, answers))


def test_discomfort_moves_related_fixes_up():
    bad = {"chair-lumbar": Answer.NO, "light-glare": Answer.NO}
    plain = Answers(Setup.ONE, all_good(Setup.ONE, **bad))
    sore_eyes = Answers(
        Setup.ONE, all_good(Setup.ONE, **bad), discomfort=frozenset({FocusArea.EYES})
    )
    assert prioritised_fixes(CHECKLIST, plain)[0].item_id == "chair-lumbar"
    assert prioritised_fixes(CHECKLIST, sore_eyes)[0].item_id == "light-glare"


def test_laptop_screen_fixes_weigh_more_on_a_laptop_alone():
    bad = {"chair-lumbar": Answer.NO, "laptop-raised": Answer.NO}
    answers = Answers(Setup.LAPTOP, all_good(Setup.LAPTOP, **bad))
    assert prioritised_fixes(CHECKLIST, answers)[0].item_id == "laptop-raised"


def test_good_answer_no_is_respected():
    flipped = [item for item in CHECKLIST.items() if not item.good_answer]
    # Every shipped question is worded so "yes" is good; the model still supports "no".
    assert flipped == []


def test_top_fixes_keeps_the_few_that_matter():
    everything_bad = {item.id: Answer.NO for item in CHECKLIST.items(Setup.ONE)}
    answers = Answers(Setup.ONE, everything_bad)
    top = top_fixes(CHECKLIST, answers, limit=5)
    assert len(top) == 5
    assert {CHECKLIST.item(fix.item_id).weight for fix in top} == {3}


@pytest.mark.parametrize("setup", list(Setup))
def test_every_setup_has_screen_questions(setup):
    assert CHECKLIST.area("screens").items_for(setup)


def test_comparison_names_fixed_and_new_problems():
    before = Answers(Setup.LAPTOP, all_good(Setup.LAPTOP, **{
        "laptop-raised": Answer.NO, "chair-lumbar": Answer.NO, "posture-feet": Answer.NO,
    }))  # fmt: skip
    after = Answers(Setup.ONE, all_good(Setup.ONE, **{
        "chair-lumbar": Answer.NO, "light-glare": Answer.NO,
    }))  # fmt: skip
    change = compare(CHECKLIST, before, after)
    assert change.fixed == ("posture-feet",)  # laptop-raised no longer applies: not "fixed"
    assert change.new_problems == ("light-glare",)
    assert change.still_to_fix == ("chair-lumbar",)
    assert change.setup_changed == (Setup.LAPTOP, Setup.ONE)
    text = "\n".join(change.sentences(CHECKLIST))
    assert f"Done since last time: {CHECKLIST.item('posture-feet').fix}" in text
    assert f"New to fix: {CHECKLIST.item('light-glare').fix}" in text
    assert "Still to fix from last time: 1." in text
    assert "Lighting and glare: down from 100% to" in text
    assert change.anything


def test_comparison_of_identical_runs_says_nothing_changed():
    same = Answers(Setup.TWO, all_good(Setup.TWO))
    change = compare(CHECKLIST, same, same)
    assert not change.anything
    assert change.sentences(CHECKLIST) == ["Nothing changed since last time."]
