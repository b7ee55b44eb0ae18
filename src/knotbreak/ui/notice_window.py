"""The small heads-up before a break, in the corner, without stealing keyboard focus."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from knotbreak.core.durations import format_duration
from knotbreak.ui.break_names import break_name
from knotbreak.ui.live_window import QUIET_POPUP_FLAGS, LiveWindow, make_quiet_popup
from knotbreak.ui.placement import place_on_cursor_screen
from knotbreak.ui.translations import QT_TRANSLATE_NOOP, localized, translate

if TYPE_CHECKING:
    from knotbreak.adapters.cycle_runner import CycleRunner

TITLE = QT_TRANSLATE_NOOP("NoticeWindow", "Break coming up — knotbreak")
REFRESH_MS = 200


def notice_text(remaining: timedelta, name: str | None = None) -> str:
    """ "Long break (10 min) in 0:47": which break is coming, how long, and when."""
    seconds = max(0, math.ceil(remaining.total_seconds() - 1e-6))
    minutes, seconds = divmod(seconds, 60)
    if name is None:
        return translate("NoticeWindow", "Break in {minutes}:{seconds:02d}").format(
            minutes=minutes, seconds=seconds
        )
    return translate("NoticeWindow", "{name} in {minutes}:{seconds:02d}").format(
        name=name, minutes=minutes, seconds=seconds
    )


class NoticeWindow(LiveWindow):
    def __init__(self, runner: CycleRunner, parent: QWidget | None = None) -> None:
        # The user is probably mid-sentence: the notice must never take the keyboard.
        super().__init__(runner, REFRESH_MS, parent, QUIET_POPUP_FLAGS)
        make_quiet_popup(self)
        self.setWindowTitle(self.tr(TITLE))
        self.setMinimumWidth(340)  # wide enough for the title bar to show the whole title

        self.countdown_label = QLabel()
        self.countdown_label.setAccessibleName(self.tr("Time until the break"))
        font = QFont(self.countdown_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.countdown_label.setFont(font)

        self.start_button = self._button(
            self.tr("Start &now"), self.tr("Start the break now"), runner.take_break_now
        )
        self.snooze_button = self._button(
            self.tr("&Snooze"), self.tr("Snooze the break"), runner.snooze
        )
        self.skip_button = self._button(self.tr("S&kip"), self.tr("Skip this break"), runner.skip)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Message"))
        self.message_label.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.snooze_button)
        buttons.addWidget(self.skip_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.countdown_label)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)

        runner.changed.connect(self.refresh)
        self.refresh()

    def show_in_corner(self) -> None:
        place_on_cursor_screen(self, "bottom-right")
        self.show()
        # The frame is added by the window manager after show(); nudge the window up
        # once it is known so its bottom edge keeps the margin.
        QTimer.singleShot(100, self, self._replace)

    def _replace(self) -> None:
        if self.isVisible():
            place_on_cursor_screen(self, "bottom-right")

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        if self.isVisible():
            self.adjustSize()

    def refresh(self) -> None:
        runner = self._runner
        state = runner.state
        policy = runner.policy
        remaining = timedelta(0) if state.due is None else state.due - runner.now()
        # The break that is coming is the next one begun this session.
        name = break_name(policy, state.breaks_started + 1)
        self.countdown_label.setText(notice_text(remaining, name))
        snooze = localized(format_duration(policy.snooze_length))
        self.snooze_button.setText(self.tr("&Snooze {duration}").format(duration=snooze))
        self.snooze_button.setAccessibleName(
            self.tr("Snooze the break for {duration}").format(duration=snooze)
        )
        left = policy.snooze_limit - state.snoozes_used
        self.snooze_button.setEnabled(left > 0)
        if left <= 0:
            self.snooze_button.setToolTip(self.tr("No snoozes left for this break"))
        else:
            self.snooze_button.setToolTip("")

    def _button(self, text: str, accessible: str, intent: Callable[[], str | None]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        # Clicking must not pull focus either; the window cannot hold it anyway.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda _checked=False: self._run(intent))
        return button

