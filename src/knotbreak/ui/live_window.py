"""What the notice, break and status windows share: they show the cycle as it runs.

Each redraws from the runner on a timer that runs only while the window is visible (an
app idling in the tray must not wake up for windows nobody sees), and each shows why an
action was refused instead of failing silently.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QWidget

from knotbreak.ui.translations import localized

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
        refresh_ms: int,
        parent: QWidget | None = None,
        flags: Qt.WindowType = Qt.WindowType.Window,
    ) -> None:
        super().__init__(parent, flags)
        self._runner = runner
        self._timer = QTimer(self)
        self._timer.setInterval(refresh_ms)
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
        self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._timer.stop()
