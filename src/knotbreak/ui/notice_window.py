"""The small heads-up before a break, in the corner, without stealing keyboard focus."""

from __future__ import annotations

import math
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from knotbreak.core.durations import format_duration
from knotbreak.ui.break_names import break_name
from knotbreak.ui.live_window import CornerPopup
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


class NoticeWindow(CornerPopup):
    def __init__(self, runner: CycleRunner, parent: QWidget | None = None) -> None:
        # The user is probably mid-sentence: the notice must never take the keyboard.
        super().__init__(runner, REFRESH_MS, parent)
        self.setWindowTitle(self.tr(TITLE))
        self.setMinimumWidth(340)  # wide enough for the title bar to show the whole title

        self.countdown_label = QLabel()
        self.countdown_label.setAccessibleName(self.tr("Time until the break"))
        font = QFont(self.countdown_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.countdown_label.setFont(font)

        self.start_button = self._button(
            self.tr("Start &now"), runner.take_break_now, self.tr("Start the break now")
        )
        self.snooze_button = self._button(
            self.tr("&Snooze"), runner.snooze, self.tr("Snooze the break")
        )
        self.skip_button = self._button(self.tr("S&kip"), runner.skip, self.tr("Skip this break"))

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

