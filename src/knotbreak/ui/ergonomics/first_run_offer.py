"""A small, quiet welcome shown once on the first start: it offers the workstation check
and says, calmly, that knotbreak is for prevention and comfort, not diagnosis, with a
link to the health notes (when to see a clinician)."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from knotbreak.ui.placement import place_on_cursor_screen

HEALTH_NOTES_LINK = "knotbreak:health-notes"


class FirstRunOffer(QWidget):
    closed = Signal()
    """The welcome was closed (a button or the window's own close); deleted right after."""

    def __init__(
        self,
        start: Callable[[], None],
        parent: QWidget | None = None,
        *,
        open_health_notes: Callable[[], None] | None = None,
        has_tray: bool = True,
    ) -> None:
        """`has_tray` False: the desktop has no tray, so the words point at the status
        window's Menu instead of a tray that is not there."""
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle(self.tr("Welcome — knotbreak"))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.on_start = start
        """What the Check button starts (the launcher's wizard)."""
        self._open_health_notes = open_health_notes
        heading = (
            self.tr("knotbreak is running in your tray.")
            if has_tray
            else self.tr("knotbreak is running.")
        )
        offer = self.tr(
            "Would you like a five-minute check of your chair, desk and screen? "
            "It ends with a short list of fixes."
        )
        text = QLabel(f"<b>{heading}</b><br>{offer}")
        text.setWordWrap(True)
        self.start_button = QPushButton(self.tr("&Check my workstation"))
        self.start_button.setAccessibleName(self.tr("Start the workstation check"))
        self.later_button = QPushButton(self.tr("&Not now"))
        self.later_button.setAccessibleName(
            self.tr("Not now; it stays in the tray menu")
            if has_tray
            else self.tr("Not now; it stays in the status window's menu")
        )
        self.start_button.clicked.connect(self._accept)
        self.later_button.clicked.connect(self.close)
        note = QLabel(
            self.tr("You can run it any time from the tray menu: Workstation check.")
            if has_tray
            else self.tr(
                "You can run it any time from Menu in knotbreak's status window: "
                "Workstation check."
            )
        )
        note.setWordWrap(True)
        # The red flags, early (shared/content/stretches.md): one calm line and a way to
        # the full health notes, which the tray's Help menu also opens.
        care = html.escape(self.tr("knotbreak is for prevention and comfort, not diagnosis."))
        if open_health_notes is not None:
            link = html.escape(self.tr("When to see a clinician"))
            care = f'{care}<br><a href="{HEALTH_NOTES_LINK}">{link}</a>'
        self.care_label = QLabel(care)
        self.care_label.setWordWrap(True)
        self.care_label.setTextFormat(Qt.TextFormat.RichText)
        self.care_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.care_label.linkActivated.connect(self._link_activated)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(note)
        layout.addWidget(self.care_label)
        layout.addLayout(buttons)
        self.setFixedWidth(420)

    def show_in_corner(self) -> None:
        # As tall as the wrapped text needs at this width: the size hint is worked out for
        # a narrower window and left gaps between the paragraphs.
        layout = self.layout()
        if layout is not None:
            self.setFixedHeight(layout.totalHeightForWidth(self.width()))
        place_on_cursor_screen(self, anchor="bottom-right")
        self.show()
        # The window manager adds the frame after show(): place it again once that is
        # known, so the bottom edge keeps its margin (as the notice does).
        QTimer.singleShot(100, self, self._place_again)

    def _place_again(self) -> None:
        if self.isVisible():
            place_on_cursor_screen(self, anchor="bottom-right")

    def open_health_notes(self) -> None:
        """Show the health notes; the welcome stays, so the check can still be chosen."""
        if self._open_health_notes is None:
            return
        # Stay on top no longer: the notes window may open underneath this corner.
        if self.windowFlags() & Qt.WindowType.WindowStaysOnTopHint:
            self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, False)
            self.show()
        self._open_health_notes()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()

    def _link_activated(self, link: str) -> None:
        if link == HEALTH_NOTES_LINK:
            self.open_health_notes()

    def _accept(self) -> None:
        self.close()
        self.on_start()
