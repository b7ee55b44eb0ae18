import pytest
from PySide6.QtCore import Qt

from knotbreak.core.cycle import Phase
from knotbreak.core.status import status_line
from knotbreak.ui.status_window import StatusWindow


@pytest.fixture
def window(qtbot, runner):
    window = StatusWindow(runner)
    qtbot.addWidget(window)
    return window


def test_title_and_status_line(window, runner):
    assert window.windowTitle() == "knotbreak"
    assert window.status_label.text() == status_line(runner.state, runner.policy, runner.now())
    assert window.status_label.text().startswith("Next break at 10:45")
    runner.go_paused()
    assert window.status_label.text() == "Paused until you resume"


def test_explains_why_it_is_there(window):
    from PySide6.QtWidgets import QLabel

    texts = " ".join(label.text() for label in window.findChildren(QLabel))
    assert "No system tray was found" in texts
    assert "use Quit to stop" in texts


@pytest.mark.parametrize(
    ("button", "call"),
    [
        ("take_break_button", ("take_break_now", ())),
        ("pause_30_button", ("pause", ("30m",))),
        ("pause_60_button", ("pause", ("1h",))),
    ],
)
def test_buttons_call_intents(qtbot, window, runner, button, call):
    qtbot.mouseClick(getattr(window, button), Qt.MouseButton.LeftButton)
    assert runner.calls == [call]


def test_resume_only_when_paused(qtbot, window, runner):
    assert not window.resume_button.isEnabled()
    runner.go_paused()
    assert window.resume_button.isEnabled()
    qtbot.mouseClick(window.resume_button, Qt.MouseButton.LeftButton)
    assert runner.calls == [("resume", ())]


def test_quit_emits_quit_requested(qtbot, window):
    with qtbot.waitSignal(window.quit_requested, timeout=500):
        qtbot.mouseClick(window.quit_button, Qt.MouseButton.LeftButton)


def test_closing_keeps_the_app(qtbot, window):
    window.show()
    assert not window.close()  # refused: the window only minimizes
    assert window.isMinimized() or window.isVisible()


def test_messages_and_refusals_are_shown(qtbot, window, runner):
    window.show()
    runner.notification.emit("Breaks have resumed.")
    assert window.message_label.text() == "Breaks have resumed."
    runner.refusal = "A break is already in progress."
    qtbot.mouseClick(window.take_break_button, Qt.MouseButton.LeftButton)
    assert window.message_label.text() == "A break is already in progress."
    window.show_message("hello")
    assert window.message_label.isVisible()
    assert window.message_label.text() == "hello"


def test_status_updates_every_second_while_visible(qtbot, window, runner):
    runner.go_notice(seconds_left=45)
    window.show()
    runner.advance(5)
    qtbot.waitUntil(lambda: window.status_label.text() == "Break starts in 40 s", timeout=2500)
    assert runner.state.phase is Phase.NOTICE


def test_without_a_tray_the_menu_button_opens_the_tray_menu(qtbot, runner):
    """Without a tray the status window is the app: its Menu is the very same menu the
    tray would show (Settings, Statistics, journal, workstation check, Help, meetings)."""
    from knotbreak.ui.tray import TrayController

    tray = TrayController(runner)
    window = StatusWindow(runner, menu=tray.menu)
    qtbot.addWidget(window)
    assert window.menu_button.menu() is tray.menu
    entries = [action.text() for action in tray.menu.actions()]
    for wanted in (
        "&Settings...",
        "S&tatistics...",
        "Log a &knot...",
        "Knot &journal...",
        "&Workstation check...",
        "&Help",
        "Pause for a &meeting",
    ):
        assert wanted in entries


def test_a_refusal_from_the_menu_reaches_the_window(qtbot, runner):
    from knotbreak.ui.tray import TrayController

    tray = TrayController(runner)
    window = StatusWindow(runner, menu=tray.menu)
    qtbot.addWidget(window)
    runner.refusal = "A break is already in progress."
    tray.take_break_action.trigger()
    assert window.message_label.text() == "A break is already in progress."
