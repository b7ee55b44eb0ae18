"""A small, quiet offer to run the workstation check, shown once on the first start."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from knotbreak.ui.placement import place_on_cursor_screen


class FirstRunOffer(QWidget):
    def __init__(self, start: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle(self.tr("Welcome — knotbreak"))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._start = start
        heading = self.tr("knotbreak is running in your tray.")
        offer = self.tr(
            "Would you like a five-minute check of your chair, desk and screen? "
            "It ends with a short list of fixes."
        )
        text = QLabel(f"<b>{heading}</b><br>{offer}")
        text.setWordWrap(True)
        self.start_button = QPushButton(self.tr("&Check my workstation"))
        self.start_button.setAccessibleName(self.tr("Start the workstation check"))
        self.later_button = QPushButton(self.tr("&Not now"))
        self.later_button.setAccessibleName(self.tr("Not now; it stays in the tray menu"))
        self.start_button.clicked.connect(self._accept)
        self.later_button.clicked.connect(self.close)
        note = QLabel(self.tr("You can run it any time from the tray menu: Ergonomics setup."))
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(note)
        layout.addLayout(buttons)
        self.setFixedWidth(420)

    def show_in_corner(self) -> None:
        self.adjustSize()
        place_on_cursor_screen(self, anchor="bottom-right")
        self.show()

    def _accept(self) -> None:
        self.close()
        self._start()
