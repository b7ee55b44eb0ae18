from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from knotbreak.core.cycle import CyclePolicy
from knotbreak.ui.notice_window import TITLE, NoticeWindow


@pytest.fixture
def window(qtbot, runner):
    runner.go_notice(seconds_left=45)
    window = NoticeWindow(runner)
    qtbot.addWidget(window)
    return window


def test_title_and_does_not_take_focus(window):
    assert window.windowTitle() == TITLE == "Break coming up — knotbreak"
    flags = window.windowFlags()
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert flags & Qt.WindowType.WindowDoesNotAcceptFocus
    assert window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)


def test_counts_down_to_the_due_time(qtbot, window, runner):
    assert window.countdown_label.text() == "Break (3 min) in 0:45"
    window.show()
    runner.advance(20)
    qtbot.waitUntil(
        lambda: window.countdown_label.text() == "Break (3 min) in 0:25", timeout=2000
    )


def test_says_which_break_is_coming_and_how_long(qtbot, make_runner):
    policy = CyclePolicy(
        long_break_every=4,
        break_length=timedelta(minutes=3),
        long_break_length=timedelta(minutes=10),
    )
    runner = make_runner(policy=policy)
    runner.go_notice(seconds_left=47)
    runner.set_state(breaks_started=3)  # the 4th break of the session is the long one
    window = NoticeWindow(runner)
    qtbot.addWidget(window)
    assert window.countdown_label.text() == "Long break (10 min) in 0:47"
    runner.set_state(breaks_started=4)
    assert window.countdown_label.text() == "Short break (3 min) in 0:47"


def test_never_opens_on_top_of_the_unanswered_welcome(qtbot, runner):
    from knotbreak.ui.ergonomics.first_run_offer import FirstRunOffer

    welcome = FirstRunOffer(lambda: None)
    qtbot.addWidget(welcome)
    welcome.show_in_corner()
    qtbot.waitExposed(welcome)
    runner.go_notice(seconds_left=45)
    notice = NoticeWindow(runner)
    qtbot.addWidget(notice)
    notice.show_in_corner()
    qtbot.waitExposed(notice)
    assert not notice.frameGeometry().intersects(welcome.frameGeometry())
    # Placed again once the frame is known (100 ms later): still apart.
    qtbot.wait(200)
    assert not notice.frameGeometry().intersects(welcome.frameGeometry())
    assert notice.frameGeometry().bottom() < welcome.frameGeometry().top()
    # And the other way round: a welcome shown while the notice is up goes above it.
    welcome.hide()
    welcome.show_in_corner()
    welcome.hide()
    qtbot.wait(150)  # its second placement comes while hidden: it stays where it was
    welcome.show_in_corner()
    qtbot.wait(200)
    assert not notice.frameGeometry().intersects(welcome.frameGeometry())


def test_snooze_label_uses_policy(qtbot, make_runner):
    runner = make_runner(policy=CyclePolicy(snooze_length=timedelta(minutes=7)))
    runner.go_notice()
    window = NoticeWindow(runner)
    qtbot.addWidget(window)
    assert window.snooze_button.text() == "&Snooze 7 min"
    runner.set_state(snoozes_used=2)
    assert not window.snooze_button.isEnabled()


@pytest.mark.parametrize(
    ("button", "intent"),
    [("start_button", "take_break_now"), ("snooze_button", "snooze"), ("skip_button", "skip")],
)
def test_buttons_call_intents(qtbot, window, runner, button, intent):
    qtbot.mouseClick(getattr(window, button), Qt.MouseButton.LeftButton)
    assert runner.call_names() == [intent]


def test_refusal_is_shown(qtbot, window, runner):
    window.show()
    runner.refusal = "Breaks are paused; there is no break to skip."
    qtbot.mouseClick(window.skip_button, Qt.MouseButton.LeftButton)
    assert window.message_label.isVisible()
    assert "paused" in window.message_label.text()


def test_controls_have_accessible_names(window):
    for control in (window.start_button, window.snooze_button, window.skip_button):
        assert control.accessibleName()
