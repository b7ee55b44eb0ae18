"""The workstation check wizard: branching, kept answers, results, proposal, accessibility."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QWizard,
)

from knotbreak.core.ergonomics import (
    Answer,
    Answers,
    ErgonomicsStore,
    FocusArea,
    Setup,
    load_checklist,
    prioritised_fixes,
    store_path,
)
from knotbreak.paths import AppPaths
from knotbreak.resources_path import resource
from knotbreak.ui.ergonomics import open_ergonomics_checklist, open_ergonomics_wizard
from knotbreak.ui.ergonomics.checklist_view import ChecklistWindow
from knotbreak.ui.ergonomics.wizard import (
    AREA_PAGE_IDS,
    PAGE_PROPOSAL,
    PAGE_RESULT,
    PAGE_SETUP,
    SCREEN_PAGE_IDS,
    AreaPage,
    ErgonomicsWizard,
)

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)
CHECKLIST = load_checklist(resource("ergonomics/checklist.json"))
BAD = ("chair-lumbar", "mouse-close", "posture-feet", "light-glare", "laptop-raised")


@pytest.fixture
def paths(tmp_path):
    return AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "run")


@pytest.fixture
def accepted():
    return []


@pytest.fixture
def wizard(qtbot, paths, accepted):
    window = open_ergonomics_wizard(paths, accepted.append, clock=lambda: NOW)
    qtbot.addWidget(window)
    return window


def answer_page(page, bad=BAD):
    for item_id, question in page.questions.items():
        question.buttons[Answer.NO if item_id in bad else Answer.YES].setChecked(True)


def go_to(wizard, page_id, setup=Setup.LAPTOP, bad=BAD):
    """Press Next, answering each page, until `page_id` is showing."""
    for _ in range(20):
        if wizard.currentId() == page_id:
            return wizard.currentPage()
        page = wizard.currentPage()
        if isinstance(page, AreaPage):
            answer_page(page, bad)
        if wizard.currentId() == PAGE_SETUP:
            page.buttons[setup].setChecked(True)
        wizard.next()
    raise AssertionError(f"never reached page {page_id}; stuck on {wizard.currentId()}")


def test_opens_non_modal_with_the_prevention_note(wizard):
    assert wizard.isVisible()
    assert not wizard.isModal()
    assert wizard.windowModality() == Qt.WindowModality.NonModal
    text = " ".join(label.text() for label in wizard.currentPage().findChildren(QLabel))
    assert "prevention and comfort" in text
    assert "does not diagnose" in text


def test_setup_must_be_chosen_before_next(wizard):
    page = go_to(wizard, PAGE_SETUP)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.buttons[Setup.ONE].setChecked(True)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_laptop_branch_shows_only_laptop_screen_items(wizard):
    page = go_to(wizard, PAGE_SETUP)
    page.buttons[Setup.LAPTOP].setChecked(True)
    wizard.next()
    assert wizard.currentId() == SCREEN_PAGE_IDS[Setup.LAPTOP]
    shown = set(wizard.currentPage().questions)
    assert "laptop-raised" in shown
    assert "screen-dual-layout" not in shown and "screen-height" not in shown
    wizard.next()
    assert wizard.currentId() == AREA_PAGE_IDS["lighting"]


def test_two_screen_branch_shows_dual_screen_items(wizard):
    page = go_to(wizard, PAGE_SETUP)
    page.buttons[Setup.TWO].setChecked(True)
    wizard.next()
    assert wizard.currentId() == SCREEN_PAGE_IDS[Setup.TWO]
    shown = set(wizard.currentPage().questions)
    assert {"screen-dual-layout", "screen-height", "screen-distance"} <= shown
    assert "laptop-raised" not in shown
    wizard.next()
    assert wizard.currentId() == AREA_PAGE_IDS["lighting"]
    wizard.back()
    assert wizard.currentId() == SCREEN_PAGE_IDS[Setup.TWO]


def test_back_and_next_keep_answers(wizard):
    chair = go_to(wizard, AREA_PAGE_IDS["chair"])
    answer_page(chair)
    wizard.next()
    wizard.back()
    assert wizard.currentPage() is chair
    assert chair.questions["chair-lumbar"].answer() is Answer.NO
    assert chair.questions["chair-thighs-level"].answer() is Answer.YES

    # A shared screen answer carries over when the user goes back and changes the setup.
    setup = go_to(wizard, PAGE_SETUP)
    setup.buttons[Setup.LAPTOP].setChecked(True)
    wizard.next()
    wizard.currentPage().questions["screen-distance"].buttons[Answer.NO].setChecked(True)
    wizard.back()
    setup.buttons[Setup.TWO].setChecked(True)
    wizard.next()
    assert wizard.currentId() == SCREEN_PAGE_IDS[Setup.TWO]
    assert wizard.currentPage().questions["screen-distance"].answer() is Answer.NO


def test_result_page_shows_prioritised_fixes_and_saves_the_run(wizard, paths):
    result = go_to(wizard, PAGE_RESULT)
    answers = wizard.model.answers().relevant(CHECKLIST)
    expected = [fix.action for fix in prioritised_fixes(CHECKLIST, answers)][:5]
    shown = [label.accessibleName().split(": ", 1)[1] for label in result.fix_labels]
    assert shown == expected
    assert shown[0] == CHECKLIST.item("laptop-raised").fix  # laptop alone: screen first
    store = ErgonomicsStore.open(store_path(paths.data_dir))
    run = store.last_run()
    assert run is not None and run.answers.setup is Setup.LAPTOP
    assert {fix.item_id for fix in run.fixes} == set(BAD)
    store.close()


def test_going_back_from_results_updates_the_same_run(wizard, paths):
    go_to(wizard, PAGE_RESULT)
    wizard.back()
    habits = wizard.currentPage()
    habits.questions["habits-eye-breaks"].buttons[Answer.NO].setChecked(True)
    wizard.next()
    store = ErgonomicsStore.open(store_path(paths.data_dir))
    assert len(store.runs()) == 1
    last = store.last_run()
    assert last is not None
    assert "habits-eye-breaks" in {fix.item_id for fix in last.fixes}
    store.close()


def test_proposal_accept_calls_the_callback(wizard, accepted):
    page = go_to(wizard, PAGE_PROPOSAL)
    assert page.interval.value() < 45  # laptop on its own: more frequent than the default
    page.length.setValue(6)
    page.accept_button.click()
    assert len(accepted) == 1
    assert accepted[0]["work_interval_minutes"] == page.interval.value()
    assert accepted[0]["break_seconds"] == 360
    assert set(accepted[0]["focus_areas"]) <= {
        "neck-shoulders", "upper-back-chest", "low-back-hips", "wrists-forearms", "eyes",
    }  # fmt: skip
    assert "Done." in page.confirmation.text()


def test_without_a_callback_the_accept_button_is_off(qtbot, paths):
    window = open_ergonomics_wizard(paths, None, clock=lambda: NOW)
    qtbot.addWidget(window)
    page = go_to(window, PAGE_PROPOSAL)
    assert not page.accept_button.isEnabled()


def test_second_run_is_prefilled_and_says_what_changed(qtbot, paths):
    store = ErgonomicsStore.open(store_path(paths.data_dir))
    before = {item.id: Answer.YES for item in CHECKLIST.items(Setup.LAPTOP)}
    before["posture-feet"] = Answer.NO
    store.save_run(CHECKLIST, Answers(Setup.LAPTOP, before), datetime(2026, 8, 1, tzinfo=UTC))
    store.close()
    window = open_ergonomics_wizard(paths, None, clock=lambda: NOW)
    qtbot.addWidget(window)
    chair = go_to(window, AREA_PAGE_IDS["chair"])
    assert all(q.answer() is Answer.YES for q in chair.questions.values())
    result = go_to(window, PAGE_RESULT, bad=("light-glare",))
    assert result.changes_box.title() == "Since 1 August 2026"
    lines = [w.text() for w in result.changes_box.findChildren(QLabel)]
    joined = "\n".join(lines)
    assert f"Done since last time: {CHECKLIST.item('posture-feet').fix}" in joined
    assert f"New to fix: {CHECKLIST.item('light-glare').fix}" in joined


def test_every_input_has_an_accessible_name(wizard):
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        inputs = [
            *page.findChildren(QAbstractButton),
            *page.findChildren(QAbstractSpinBox),
            *page.findChildren(QComboBox),
        ]
        for widget in inputs:
            assert widget.accessibleName(), (page_id, widget)


def test_keyboard_alone_answers_questions(qtbot, wizard):
    chair = go_to(wizard, AREA_PAGE_IDS["chair"])
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    first = chair.questions["chair-adjustable"].buttons[Answer.YES]
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert chair.questions["chair-adjustable"].answer() is Answer.YES
    qtbot.keyClick(first, Qt.Key.Key_Right)  # arrow keys move within Yes / No
    assert chair.questions["chair-adjustable"].answer() is Answer.NO
    assert wizard.model.items["chair-adjustable"] is Answer.NO
    focused = QApplication.focusWidget()
    assert focused is chair.questions["chair-adjustable"].buttons[Answer.NO]
    qtbot.keyClick(focused, Qt.Key.Key_Return)  # Next is the default button
    assert wizard.currentId() == AREA_PAGE_IDS["posture"]


def test_checklist_window_ticks_fixes_and_remembers_them(qtbot, wizard, paths):
    go_to(wizard, PAGE_RESULT)
    window = open_ergonomics_checklist(paths, clock=lambda: NOW)
    assert isinstance(window, ChecklistWindow)
    qtbot.addWidget(window)
    assert set(window.boxes) == set(BAD)
    window.boxes["posture-feet"].click()
    assert "1 of 5 done" in window.heading.text()
    window.close()
    again = open_ergonomics_checklist(paths, clock=lambda: NOW)
    assert isinstance(again, ChecklistWindow)
    qtbot.addWidget(again)
    assert again.boxes["posture-feet"].isChecked()
    assert not again.boxes["chair-lumbar"].isChecked()
    assert again.boxes["chair-lumbar"].accessibleName().startswith("Done: ")


def test_the_first_page_asks_questions_and_every_page_is_numbered(wizard):
    """No page of its own for the introduction: the first questions come with it, and
    each title says how far along the check is."""
    first = wizard.currentPage()
    assert isinstance(first, AreaPage) and first.questions
    assert wizard.currentPage().title().endswith("· 1 of 11")
    go_to(wizard, PAGE_SETUP)
    assert wizard.currentPage().title() == "Screens · 5 of 11"
    page = go_to(wizard, PAGE_PROPOSAL)
    assert page.title().endswith("· 11 of 11")


def test_the_score_figure_sits_beside_its_bar(wizard):
    from PySide6.QtWidgets import QProgressBar

    result = go_to(wizard, PAGE_RESULT)
    bars = result.scores_box.findChildren(QProgressBar)
    assert bars and not any(bar.isTextVisible() for bar in bars)
    figures = [label.text() for label in result.scores_box.findChildren(QLabel)]
    assert any(text.endswith(" %") for text in figures)


def test_after_accepting_the_page_shows_only_the_new_rhythm_and_why_areas_changed(
    qtbot, paths, accepted
):
    window = open_ergonomics_wizard(paths, accepted.append, clock=lambda: NOW)
    assert isinstance(window, ErgonomicsWizard)
    qtbot.addWidget(window)
    window.current_focus_areas = (FocusArea.EYES,)
    window.model.long_stretches = True
    page = go_to(window, PAGE_PROPOSAL)
    reasons = page.focus_reasons.text()
    assert "Added Low back and hips: you sit for long stretches." in reasons
    ticked = {area for area, box in page.focus.items() if box.isChecked()}
    if FocusArea.EYES not in ticked:
        assert "Not ticked: Eyes." in reasons
    assert "now." in page.now_label.text()
    page.accept_button.click()
    shown = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "You have breaks every 45 minutes" not in shown
    assert f"Breaks now come every {page.interval.value()} minutes" in shown


def test_each_fix_names_its_source_by_title(wizard):
    result = go_to(wizard, PAGE_RESULT)
    texts = [label.text() for label in result.fixes_box.findChildren(QLabel)]
    assert any("source Cornell University Ergonomics Web" in text for text in texts)
    assert not any(text.endswith("source CORNELL") for text in texts)


def test_with_no_areas_to_suggest_the_proposal_keeps_your_own_focus_areas(qtbot, paths, accepted):
    # Every answer good (or none given) suggests no area; the page used to untick them all,
    # say it "keeps to the 3 areas", and offer a setting with no focus area at all.
    window = open_ergonomics_wizard(paths, accepted.append, clock=lambda: NOW)
    assert isinstance(window, ErgonomicsWizard)
    qtbot.addWidget(window)
    window.current_focus_areas = (FocusArea.EYES, FocusArea.WRISTS_FOREARMS)
    page = go_to(window, PAGE_PROPOSAL, setup=Setup.ONE, bad=())
    ticked = {area for area, box in page.focus.items() if box.isChecked()}
    assert ticked == {FocusArea.EYES, FocusArea.WRISTS_FOREARMS}
    assert "Not ticked" not in page.focus_reasons.text()
    page.accept_button.click()
    assert set(accepted[-1]["focus_areas"]) == {"eyes", "wrists-forearms"}


def test_results_say_so_when_no_question_was_answered(wizard):
    wizard.next()  # the first area page, left unanswered like every page after it
    for _ in range(20):
        if wizard.currentId() == PAGE_RESULT:
            break
        if wizard.currentId() == PAGE_SETUP:
            wizard.currentPage().buttons[Setup.ONE].setChecked(True)
        wizard.next()
    texts = " ".join(label.text() for label in wizard.currentPage().findChildren(QLabel))
    assert "No questions answered" in texts
    assert "every answer was the good one" not in texts
    (note,) = [
        label for label in wizard.currentPage().findChildren(QLabel)
        if "No questions answered" in label.text()
    ]
    assert note.wordWrap()  # unwrapped, the German sentence ran off the page


def test_in_german_the_questions_fixes_and_pages_are_german(qtbot, qapp, paths):
    from knotbreak.ui.translations import install_translations

    install_translations(qapp, "de")
    try:
        window = open_ergonomics_wizard(paths, None, clock=lambda: NOW)
        qtbot.addWidget(window)
        assert isinstance(window, QWizard)
        chair = window.page(AREA_PAGE_IDS["chair"])
        assert isinstance(chair, AreaPage)
        assert chair.title().startswith("Stuhl")
        assert chair.subTitle().startswith("Setzen Sie sich ganz nach hinten")
        seat = chair.questions["chair-adjustable"]
        assert seat.question_label.text() == "Können Sie die Sitzhöhe verstellen?"
    finally:
        install_translations(qapp, "en")
