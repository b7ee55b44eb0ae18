"""The micro-break window: small, quiet, clear of knotbreak's own windows, gone by itself."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QWidget

from knotbreak.core.micro_breaks import TASKS, task_for
from knotbreak.resources_path import resource
from knotbreak.ui.micro_break_presenter import MicroBreakPresenter
from knotbreak.ui.micro_break_window import (
    TITLE,
    MicroBreakWindow,
    task_picture,
)
from knotbreak.ui.palette import LIGHT_FIGURE
from knotbreak.ui.placement import cursor_screen


def _poses():
    from knotbreak.core.figure.poses_file import load_pose_file

    return dict(load_pose_file(resource("stretches/poses.json")).entries)


@pytest.fixture
def window(qtbot, runner):
    runner.go_micro_break(number=1, seconds_left=15)
    window = MicroBreakWindow(runner, _poses)
    qtbot.addWidget(window)
    return window


def test_it_never_takes_the_keyboard(window):
    assert window.windowTitle() == TITLE == "Micro-break — knotbreak"
    flags = window.windowFlags()
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert flags & Qt.WindowType.WindowDoesNotAcceptFocus
    assert window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert window.skip_button.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert window.snooze_button.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_it_shows_the_task_a_picture_and_counts_down(qtbot, window, runner):
    assert window.title_label.text() == TASKS[0].title
    assert window.cue_label.text() == TASKS[0].cue
    assert TASKS[0].source in window.cue_label.toolTip()
    assert not window.picture_label.pixmap().isNull()
    assert window.countdown_label.text() == "15 s"
    window.show()
    runner.advance(5)
    qtbot.waitUntil(lambda: window.countdown_label.text() == "10 s", timeout=2000)
    assert 0 < window.progress.value() < window.progress.maximum()


def test_the_next_task_replaces_the_last(qtbot, window, runner):
    runner.go_micro_break(number=2)
    assert window.title_label.text() == task_for(2).title


def test_every_task_has_a_picture_even_without_a_pose(qapp):
    poses = _poses()
    for task in TASKS:
        picture = task_picture(task, poses, LIGHT_FIGURE, 1.0)
        assert not picture.isNull()
        image = picture.toImage()
        painted = sum(
            image.pixelColor(x, y).alpha() > 0
            for x in range(0, image.width(), 4)
            for y in range(0, image.height(), 4)
        )
        assert painted > 10, task.id
    assert task_picture(TASKS[0], {}, LIGHT_FIGURE, 1.0).toImage().width() > 0


@pytest.mark.parametrize(
    ("button", "intent"),
    [("snooze_button", "snooze_micro_break"), ("skip_button", "skip_micro_break")],
)
def test_skip_and_snooze_are_one_click(qtbot, window, runner, button, intent):
    qtbot.mouseClick(getattr(window, button), Qt.MouseButton.LeftButton)
    assert runner.call_names() == [intent]


@pytest.mark.parametrize(("key", "intent"), [(Qt.Key.Key_Escape, "skip_micro_break"),
                                             (Qt.Key.Key_S, "snooze_micro_break")])
def test_and_one_key_when_the_window_has_the_keyboard(qtbot, window, runner, key, intent):
    qtbot.keyClick(window, key)
    assert runner.call_names() == [intent]


def test_snooze_button_names_its_length(window):
    assert window.snooze_button.text() == "&Snooze 5 min"


def test_it_opens_when_one_starts_and_closes_by_itself(qtbot, runner):
    presenter = MicroBreakPresenter(runner, _poses)
    assert presenter.window is None
    runner.go_micro_break()
    assert presenter.window is not None and presenter.window.isVisible()
    runner.set_state(micro_started=None, micro_ends=None,
                     micro_due=runner.clock + timedelta(minutes=20))
    assert presenter.window is None


def test_it_keeps_clear_of_knotbreaks_own_windows(qtbot, runner):
    screen = cursor_screen()
    assert screen is not None
    area = screen.availableGeometry()
    other = QWidget()
    qtbot.addWidget(other)
    # An app window over the whole bottom half, where the micro-break would go first.
    other.setGeometry(
        QRect(area.x(), area.center().y(), area.width(), area.height() // 2)
    )
    other.show()
    runner.go_micro_break()
    presenter = MicroBreakPresenter(runner, _poses)
    window = presenter.window
    assert window is not None
    assert not window.frameGeometry().intersects(other.frameGeometry())
    assert window.frameGeometry().top() < area.center().y()
    presenter.close_all()
    other.hide()
    runner.go_micro_break(number=2)
    presenter.sync()
    window = presenter.window
    assert window is not None
    assert window.frameGeometry().bottom() > area.center().y()  # bottom-right when free
    presenter.close_all()
