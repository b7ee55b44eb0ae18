"""The prompt after a meeting: a quiet corner popup like the notice (shared base)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from knotbreak.core.cycle import MANUAL_MEETING, Phase
from knotbreak.ui.meeting_prompt import MeetingPrompt, MeetingPromptPresenter


@pytest.fixture
def prompt(qtbot, runner):
    runner.go_notice(seconds_left=0)
    runner.set_state(phase=Phase.OFFERED, held_by=frozenset({MANUAL_MEETING}))
    prompt = MeetingPrompt(runner)
    qtbot.addWidget(prompt)
    return prompt


def test_never_takes_the_keyboard(prompt):
    flags = prompt.windowFlags()
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert flags & Qt.WindowType.WindowDoesNotAcceptFocus
    assert prompt.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    for button in (prompt.now_button, prompt.later_button, prompt.pause_button):
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
        assert button.accessibleName()


def test_says_the_meeting_is_over_and_when_the_break_came_due(prompt, runner):
    due = runner.state.first_due.strftime("%H:%M")
    assert prompt.text_label.text() == (
        f"Your meeting is over. A break came due at {due} and is waiting. "
        "When would you like it?"
    )


@pytest.mark.parametrize(
    ("button", "intent"), [("now_button", "take_break_now"), ("later_button", "postpone")]
)
def test_buttons_call_intents(qtbot, prompt, runner, button, intent):
    qtbot.mouseClick(getattr(prompt, button), Qt.MouseButton.LeftButton)
    assert runner.call_names() == [intent]


def test_a_longer_pause_comes_from_the_menu(prompt, runner):
    prompt.pause_menu.actions()[1].trigger()
    assert runner.calls == [("pause", ("1h",))]


def test_a_refusal_is_shown_and_cleared(qtbot, prompt, runner):
    prompt.show_in_corner()
    runner.refusal = "There is no break waiting any more."
    qtbot.mouseClick(prompt.now_button, Qt.MouseButton.LeftButton)
    assert prompt.message_label.isVisible()
    assert prompt.message_label.text() == "There is no break waiting any more."
    assert prompt.message_label.accessibleName() == "Message"
    runner.refusal = None
    qtbot.mouseClick(prompt.later_button, Qt.MouseButton.LeftButton)
    assert not prompt.message_label.isVisible()


def test_the_presenter_shows_it_only_while_a_break_is_offered(qtbot, runner):
    presenter = MeetingPromptPresenter(runner)
    assert presenter.prompt is None
    runner.go_notice(seconds_left=0)
    runner.set_state(phase=Phase.OFFERED, held_by=frozenset({"camera"}))
    presenter.sync()
    assert presenter.prompt is not None and presenter.prompt.isVisible()
    runner.go_working()
    presenter.sync()
    assert presenter.prompt is None
