"""What the break, notice, meeting-prompt and status windows share: they show the cycle
as it runs.

Each redraws from the runner on a timer that runs only while the window is visible (an
app idling in the tray must not wake up for windows nobody sees), and each shows why an
action was refused instead of failing silently. `MessageWindow` adds the message line
and the buttons that run the runner's intents (the status window); `CornerPopup` is the
quiet kind in the screen's corner that never takes the keyboard (the notice before a
break, the prompt after a meeting).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from knotbreak.ui.placement import place_on_cursor_screen
from knotbreak.ui.translations import localized, translate

if TYPE_CHECKING:
    from knotbreak.adapters.cycle_runner import CycleRunner

# A small window that appears while the user may be typing: above other windows, never
# taking the keyboard, not in the task bar.
QUIET_POPUP_FLAGS = (
    Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint | Qt.WindowType.WindowDoesNotAcceptFocus
)


def make_quiet_popup(widget: QWidget) -> None:
    """Finish what QUIET_POPUP_FLAGS starts: showing must not activate the window either."""
    widget.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)


class LiveWindow(QWidget):
    def __init__(
        self,
        runner: CycleRunner,
        refresh_ms: int | None,
        parent: QWidget | None = None,
        flags: Qt.WindowType = Qt.WindowType.Window,
    ) -> None:
        """`refresh_ms` None: nothing shown changes with time, so no timer at all."""
        super().__init__(parent, flags)
        self._runner = runner
        self._ticks = refresh_ms is not None
        self._timer = QTimer(self)
        self._timer.setInterval(refresh_ms or 0)
        self._timer.timeout.connect(self.refresh)

    @property
    def refresh_interval_ms(self) -> int | None:
        """How often the window redraws itself while shown; None while it does not."""
        return self._timer.interval() if self._timer.isActive() else None

    def refresh(self) -> None:
        """Redraw from the runner's current state; every subclass implements it."""
        raise NotImplementedError

    def show_message(self, text: str) -> None:
        raise NotImplementedError

    def _run(self, intent: Callable[[], str | None]) -> None:
        refusal = intent()
        # Refusals come from the core in English; say them in the user's language.
        self.show_message(localized(refusal) if refusal else "")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        if self._ticks:
            self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._timer.stop()


class MessageWindow(LiveWindow):
    """A live window with a message line (hidden while empty) and intent buttons."""

    def __init__(
        self,
        runner: CycleRunner,
        refresh_ms: int | None,
        parent: QWidget | None = None,
        flags: Qt.WindowType = Qt.WindowType.Window,
    ) -> None:
        super().__init__(runner, refresh_ms, parent, flags)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        # Not self.tr: that looks the word up under the subclass's name.
        self.message_label.setAccessibleName(translate("MessageWindow", "Message"))
        self.message_label.hide()

    def show_message(self, text: str) -> None:
        """Say `text` in the window (a refusal, or the app's notification); "" hides it."""
        # Core messages arrive in English; say them in the user's language.
        self.message_label.setText(localized(text))
        self.message_label.setVisible(bool(text))
        if self.isVisible():
            self.adjustSize()

    def _button(
        self, text: str, intent: Callable[[], str | None], accessible: str | None = None
    ) -> QPushButton:
        """A button that runs `intent` and shows its refusal, if any, in the message line."""
        button = QPushButton(text)
        button.setAccessibleName(accessible or text.replace("&", ""))
        button.clicked.connect(lambda _checked=False: self._run(intent))
        return button


class CornerPopup(MessageWindow):
    """A small window in the bottom-right corner of the screen the pointer is on, shown
    while the user may be typing: above other windows, never taking the keyboard."""

    def __init__(
        self, runner: CycleRunner, refresh_ms: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(runner, refresh_ms, parent, QUIET_POPUP_FLAGS)
        make_quiet_popup(self)

    def show_in_corner(self) -> None:
        place_on_cursor_screen(self, "bottom-right")
        self.show()
        # The frame is added by the window manager after show(); nudge the window up
        # once it is known so its bottom edge keeps the margin.
        QTimer.singleShot(100, self, self._replace)

    def _replace(self) -> None:
        if self.isVisible():
            place_on_cursor_screen(self, "bottom-right")

    def _button(
        self, text: str, intent: Callable[[], str | None], accessible: str | None = None
    ) -> QPushButton:
        button = super()._button(text, intent, accessible)
        # Clicking must not pull focus either; the window cannot hold it anyway.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return button
