"""The small window knotbreak shows instead of a tray icon when the desktop has no tray."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QMenu, QPushButton, QVBoxLayout, QWidget

from knotbreak.core.cycle import Phase
from knotbreak.core.status import status_line
from knotbreak.ui.live_window import MessageWindow
from knotbreak.ui.translations import QT_TRANSLATE_NOOP, localized
from knotbreak.ui.tray_icon_art import app_icon
from knotbreak.ui.window_fit import keep_wrapped_text_whole

if TYPE_CHECKING:
    from knotbreak.adapters.cycle_runner import CycleRunner

TITLE = "knotbreak"
EXPLANATION = QT_TRANSLATE_NOOP(
    "StatusWindow",
    "No system tray was found, so knotbreak shows this small window instead; Menu has "
    "everything the tray menu would. Closing it keeps knotbreak running; use Quit to stop.",
)
REFRESH_MS = 1000


class StatusWindow(MessageWindow):
    quit_requested = Signal()

    def __init__(
        self, runner: CycleRunner, parent: QWidget | None = None, *, menu: QMenu | None = None
    ) -> None:
        """`menu` is the tray's own menu (ui/tray.py): without a tray this window is the
        app, so the Menu button opens that same menu, not a copy that could drift."""
        # The status line counts down, but only matters while someone can see it.
        super().__init__(runner, REFRESH_MS, parent)
        self.setWindowTitle(TITLE)
        self.setWindowIcon(app_icon())

        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Status"))
        font = self.status_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.status_label.setFont(font)

        self.take_break_button = self._button(self.tr("Take a &break now"), runner.take_break_now)
        self.pause_30_button = self._button(self.tr("Pause &30 min"), lambda: runner.pause("30m"))
        self.pause_60_button = self._button(self.tr("Pause &1 h"), lambda: runner.pause("1h"))
        self.resume_button = self._button(self.tr("&Resume"), runner.resume)
        self.menu_button = QPushButton(self.tr("&Menu"))
        self.menu_button.setAccessibleName(
            self.tr("Menu: settings, statistics, journal, workstation check, help")
        )
        if menu is not None:
            self.menu_button.setMenu(menu)
        else:
            self.menu_button.hide()
        # Turned on by the app once the stretch library is wired (offer_library).
        self.library_button = QPushButton(self.tr("Stret&ches..."))
        self.library_button.setEnabled(False)
        self.quit_button = QPushButton(self.tr("&Quit"))
        self.quit_button.setAccessibleName(self.tr("Quit knotbreak"))
        self.quit_button.clicked.connect(self.quit_requested)

        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        explanation = QLabel(self.tr(EXPLANATION))
        explanation.setWordWrap(True)
        small = explanation.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        explanation.setFont(small)

        buttons = QHBoxLayout()
        for button in (
            self.take_break_button,
            self.pause_30_button,
            self.pause_60_button,
            self.resume_button,
            self.library_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.menu_button)
        buttons.addWidget(self.quit_button)

        layout = QVBoxLayout(self)
        # Wrapped labels report too small a height to a top-level window; never shrink
        # below what the content needs, or the explanation gets clipped.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        layout.addWidget(explanation)

        keep_wrapped_text_whole(self)

        runner.changed.connect(self.refresh)
        runner.notification.connect(self.show_message)
        self.refresh()

    def offer_library(self, open_library: Callable[[], None]) -> None:
        """The Stretches button opens the stretch library."""
        self.library_button.setEnabled(True)
        self.library_button.clicked.connect(lambda _checked=False: open_library())

    def refresh(self) -> None:
        runner = self._runner
        state = runner.state
        self.status_label.setText(localized(status_line(state, runner.policy, runner.now())))
        self.take_break_button.setEnabled(state.phase is not Phase.ON_BREAK)
        # Same rule as the tray menu: pausing again while paused changes how long.
        can_pause = state.phase is not Phase.OFF_HOURS
        self.pause_30_button.setEnabled(can_pause)
        self.pause_60_button.setEnabled(can_pause)
        self.resume_button.setEnabled(state.phase is Phase.PAUSED)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Without a tray this window is the only way back into the app, so closing it
        # must not end knotbreak: only Quit does that.
        event.ignore()
        self.showMinimized()
