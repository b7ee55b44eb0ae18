"""The gentle prompt after a meeting: the held break now, in 5 minutes, or a longer pause.

Like the pre-break notice it sits in a corner and never takes the keyboard: the user may
be typing the meeting's follow-up. `MeetingPromptPresenter` shows it exactly while the
cycle is OFFERED.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from knotbreak.core.cycle import MANUAL_MEETING, Phase
from knotbreak.ui.live_window import CornerPopup
from knotbreak.ui.translations import QT_TRANSLATE_NOOP, translate
from knotbreak.ui.window_fit import keep_wrapped_text_whole

if TYPE_CHECKING:
    from knotbreak.adapters.cycle_runner import CycleRunner

TITLE = QT_TRANSLATE_NOOP("MeetingPrompt", "Break waiting — knotbreak")

# (menu text, runner.pause spec)
LONGER_PAUSES: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("MeetingPrompt", "&30 minutes"), "30m"),
    (QT_TRANSLATE_NOOP("MeetingPrompt", "&1 hour"), "1h"),
    (QT_TRANSLATE_NOOP("MeetingPrompt", "&2 hours"), "2h"),
    (QT_TRANSLATE_NOOP("MeetingPrompt", "Until &tomorrow morning"), "until-tomorrow"),
)


def prompt_text(held_by: frozenset[str], due_clock: str) -> str:
    if held_by & {MANUAL_MEETING, "camera", "microphone"}:
        opening = translate("MeetingPrompt", "Your meeting is over.")
    elif "fullscreen" in held_by:
        opening = translate("MeetingPrompt", "The fullscreen window has closed.")
    else:
        opening = translate("MeetingPrompt", "Breaks are no longer on hold.")
    return translate(
        "MeetingPrompt",
        "{opening} A break came due at {clock} and is waiting. When would you like it?",
    ).format(opening=opening, clock=due_clock)


class MeetingPrompt(CornerPopup):
    def __init__(self, runner: CycleRunner, parent: QWidget | None = None) -> None:
        # Nothing in it changes with time: no refresh timer.
        super().__init__(runner, None, parent)
        self.setWindowTitle(self.tr(TITLE))
        self.setMinimumWidth(380)

        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        self.text_label.setAccessibleName(self.tr("Message"))

        self.now_button = self._button(
            self.tr("Take it &now"), runner.take_break_now, self.tr("Take the break now")
        )
        self.later_button = self._button(
            self.tr("In &5 minutes"), runner.postpone, self.tr("Take the break in 5 minutes")
        )
        self.pause_button = QPushButton(self.tr("&Pause longer"))
        self.pause_button.setAccessibleName(self.tr("Pause breaks for longer"))
        self.pause_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pause_menu = QMenu(self.pause_button)
        for text, spec in LONGER_PAUSES:
            action = self.pause_menu.addAction(self.tr(text))
            action.triggered.connect(
                lambda _checked=False, spec=spec: self._run(functools.partial(runner.pause, spec))
            )
        self.pause_button.setMenu(self.pause_menu)

        buttons = QHBoxLayout()
        buttons.addWidget(self.now_button)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.pause_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_label)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        keep_wrapped_text_whole(self)
        self.refresh()

    def refresh(self) -> None:
        state = self._runner.state
        due = state.first_due or state.due
        clock = due.strftime("%H:%M") if due is not None else self.tr("earlier")
        self.text_label.setText(prompt_text(state.held_by, clock))


class MeetingPromptPresenter(QObject):
    """Shows the prompt while a held break is offered, and only then."""

    def __init__(self, runner: CycleRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.prompt: MeetingPrompt | None = None
        runner.changed.connect(self.sync)
        self.sync()

    def sync(self) -> None:
        offered = self._runner.state.phase is Phase.OFFERED
        if offered and self.prompt is None:
            from knotbreak.ui.window_slot import ensure_control_style

            ensure_control_style()
            self.prompt = MeetingPrompt(self._runner)
            self.prompt.show_in_corner()
        elif not offered and self.prompt is not None:
            self.close_all()

    def close_all(self) -> None:
        if self.prompt is not None:
            self.prompt.hide()
            self.prompt.close()
            self.prompt.deleteLater()
            self.prompt = None
