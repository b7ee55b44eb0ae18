from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from knotbreak.core.cycle import CyclePolicy
from knotbreak.ui.break_window import TITLE, BreakWindow, countdown_text


@pytest.fixture
def window(qtbot, runner):
    runner.go_on_break(seconds_left=150)
    window = BreakWindow(runner)
    qtbot.addWidget(window)
    return window


def test_title_and_stays_on_top(window):
    assert window.windowTitle() == TITLE == "Break — knotbreak"
    assert window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint


def test_countdown_follows_the_deadline(window, runner):
    assert window.countdown_label.text() == "02:30"
    runner.advance(31)
    window.refresh()
    assert window.countdown_label.text() == "01:59"
    runner.advance(200)  # past the deadline: never negative
    window.refresh()
    assert window.countdown_label.text() == "00:00"


def test_countdown_updates_by_itself_while_visible(qtbot, window, runner):
    window.show()
    runner.advance(60)
    qtbot.waitUntil(lambda: window.countdown_label.text() == "01:30", timeout=2000)


def test_countdown_text_rounds_up():
    assert countdown_text(timedelta(minutes=3)) == "03:00"
    assert countdown_text(timedelta(seconds=179.2)) == "03:00"
    assert countdown_text(timedelta(seconds=0.4)) == "00:01"
    assert countdown_text(timedelta(seconds=-5)) == "00:00"


def test_progress_bar_shows_how_much_of_the_break_passed(window, runner):
    # 3 min break with 2:30 left: a sixth is done.
    bar = window.progress_bar
    assert bar.value() == pytest.approx(bar.maximum() / 6, abs=2)
    runner.advance(90)
    window.refresh()
    assert bar.value() == pytest.approx(bar.maximum() * 2 / 3, abs=2)


@pytest.mark.parametrize(
    ("button", "intent"),
    [("done_button", "finish_break"), ("snooze_button", "snooze"), ("skip_button", "skip")],
)
def test_buttons_call_intents(qtbot, window, runner, button, intent):
    qtbot.mouseClick(getattr(window, button), Qt.MouseButton.LeftButton)
    assert runner.call_names() == [intent]
    assert window.message_label.isHidden()


def test_snooze_label_uses_policy_and_disables_when_none_left(qtbot, make_runner):
    runner = make_runner(policy=CyclePolicy(snooze_length=timedelta(minutes=10), snooze_limit=1))
    runner.go_on_break()
    window = BreakWindow(runner)
    qtbot.addWidget(window)
    assert window.snooze_button.text() == "&Snooze 10 min"
    assert window.snooze_button.isEnabled()

    runner.set_state(snoozes_used=1)
    assert not window.snooze_button.isEnabled()
    assert "No snoozes left" in window.snooze_button.toolTip()


def test_refusal_is_shown(qtbot, window, runner):
    window.show()
    runner.refusal = "No break is in progress."
    qtbot.mouseClick(window.done_button, Qt.MouseButton.LeftButton)
    assert window.message_label.isVisible()
    assert window.message_label.text() == "No break is in progress."


def test_keyboard_mnemonics_and_escape(qtbot, window, runner):
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert runner.calls == []
    assert window.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    # A mnemonic "animates" the click, so it lands a moment later.
    qtbot.waitUntil(lambda: runner.call_names() == ["skip"], timeout=1000)


def test_controls_have_accessible_names(window):
    for control in (
        window.done_button,
        window.snooze_button,
        window.skip_button,
        window.progress_bar,
        window.countdown_label,
    ):
        assert control.accessibleName()


def test_refresh_timer_runs_only_while_visible(window):
    assert not window._timer.isActive()
    window.show()
    assert window._timer.isActive()
    window.hide()
    assert not window._timer.isActive()
