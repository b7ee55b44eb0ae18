"""The window that asks the user to take the break, with its countdown."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from knotbreak.core.cycle import Phase
from knotbreak.core.durations import format_duration
from knotbreak.ui.placement import place_on_cursor_screen
from knotbreak.ui.tray_icon_art import app_icon

if TYPE_CHECKING:
    from knotbreak.adapters.cycle_runner import CycleRunner

TITLE = "Break — knotbreak"
HEADING = "Time for a break"
SUGGESTION = "Stand up, roll your shoulders, look into the distance."
REFRESH_MS = 200
_PROGRESS_STEPS = 1000


def countdown_text(remaining: timedelta) -> str:
    """mm:ss, rounded up so it reads 03:00 at the start and reaches 00:00 at the end."""
    seconds = max(0, math.ceil(remaining.total_seconds() - 1e-6))
    minutes, seconds = divmod(seconds, 60)
    return f"{minutes:02d}:{seconds:02d}"


class BreakWindow(QWidget):
    def __init__(self, runner: CycleRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self._runner = runner
        self.setWindowTitle(TITLE)
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(380)
        # Focus rests on the window, not on a button: someone typing when the break
        # appears must not end it with a stray Space. Buttons stay reachable with Tab.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        heading = QLabel(HEADING)
        heading_font = QFont(heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.6)
        heading_font.setBold(True)
        heading.setFont(heading_font)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)

        suggestion = QLabel(SUGGESTION)
        suggestion.setWordWrap(True)
        suggestion.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.countdown_label = QLabel()
        self.countdown_label.setAccessibleName("Time left in the break")
        countdown_font = QFont(self.countdown_label.font())
        countdown_font.setPointSizeF(countdown_font.pointSizeF() * 3.5)
        countdown_font.setStyleHint(QFont.StyleHint.Monospace)
        countdown_font.setFixedPitch(True)
        self.countdown_label.setFont(countdown_font)
        self.countdown_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, _PROGRESS_STEPS)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setAccessibleName("Break progress")

        self.done_button = self._button("&Done", "Done: end the break now", runner.finish_break)
        self.snooze_button = self._button("&Snooze", "Snooze the break", runner.snooze)
        self.skip_button = self._button("S&kip", "Skip this break", runner.skip)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName("Message")
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.snooze_button)
        buttons.addWidget(self.skip_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(suggestion)
        layout.addWidget(self.countdown_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        runner.changed.connect(self.refresh)
        self.refresh()

    def show_on_cursor_screen(self) -> None:
        place_on_cursor_screen(self, "center")
        self.show()
        self.raise_()
        self.activateWindow()
        self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def refresh(self) -> None:
        runner = self._runner
        state = runner.state
        policy = runner.policy
        now: datetime = runner.now()
        # Always from the deadline, never a decremented counter: a late timer or a
        # suspended laptop then cannot make the countdown drift.
        if state.phase is Phase.ON_BREAK and state.break_ends is not None:
            remaining = state.break_ends - now
            started = state.break_started or (state.break_ends - policy.break_length)
            total = (state.break_ends - started).total_seconds()
            done = 1.0 if total <= 0 else (now - started).total_seconds() / total
        else:
            remaining = timedelta(0)
            done = 1.0
        self.countdown_label.setText(countdown_text(remaining))
        self.progress_bar.setValue(round(min(1.0, max(0.0, done)) * _PROGRESS_STEPS))

        snooze = format_duration(policy.snooze_length)
        left = max(0, policy.snooze_limit - state.snoozes_used)
        self.snooze_button.setText(f"&Snooze {snooze}")
        self.snooze_button.setAccessibleName(f"Snooze the break for {snooze}")
        self.snooze_button.setEnabled(left > 0)
        self.snooze_button.setToolTip(
            f"{left} snooze{'s' if left != 1 else ''} left for this break"
            if left
            else "No snoozes left for this break"
        )

    def _button(self, text: str, accessible: str, intent: Callable[[], str | None]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        button.setMinimumHeight(36)
        button.clicked.connect(lambda _checked=False: self._run(intent))
        return button

    def _run(self, intent: Callable[[], str | None]) -> None:
        refusal = intent()
        self.show_message(refusal or "")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Esc would normally mean "dismiss", which here would silently skip the break;
        # it does nothing, and Alt+D / Alt+S / Alt+K are the deliberate choices.
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._timer.stop()
