"""The fix checklist: the last run's fixes, ticked off over the following days."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from knotbreak.core.ergonomics import Checklist, ErgonomicsStore, ErgonomicsStoreError, Run
from knotbreak.ui.ergonomics.report import format_date, print_report
from knotbreak.ui.translations import QT_TRANSLATE_NOOP, localized
from knotbreak.ui.window_fit import keep_wrapped_text_whole

TITLE = QT_TRANSLATE_NOOP("ChecklistWindow", "Workstation fixes — knotbreak")


class _ToggleLabel(QLabel):
    """The text of a fix; clicking it ticks its box, as clicking a check box's own text would."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self._box = box
        self.setWordWrap(True)
        self.setBuddy(box)
        self.setToolTip(box.toolTip())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._box.toggle()
            self._box.setFocus()
        super().mousePressEvent(event)


class ChecklistWindow(QWidget):
    def __init__(
        self,
        checklist: Checklist,
        store: ErgonomicsStore,
        *,
        clock: Callable[[], datetime],
        save_pdf: Callable[[QWidget], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr(TITLE))
        self.checklist = checklist
        self.store = store
        self.clock = clock
        self._save_pdf = save_pdf
        self.run: Run | None = store.last_run()
        self.boxes: dict[str, QCheckBox] = {}

        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        content = QWidget()
        column = QVBoxLayout(content)
        if self.run is None:
            column.addWidget(
                QLabel(
                    self.tr(
                        "You have not done the workstation check yet. Start it from "
                        "knotbreak's menu: Workstation check."
                    )
                )
            )
        elif not self.run.fixes:
            column.addWidget(QLabel(self.tr("Nothing to fix: every answer was the good one.")))
        else:
            for fix in self.run.fixes:
                box = QCheckBox()
                box.setChecked(fix.done)
                box.setAccessibleName(self.tr("Done: {fix}").format(fix=fix.action))
                if checklist.has_item(fix.item_id):
                    item = checklist.item(fix.item_id)
                    area = checklist.area(item.area_id).title
                    question = self.tr("{area}: {question}").format(
                        area=area, question=item.question
                    )
                    source = self.tr("Source: {source}").format(source=item.source)
                    box.setToolTip(f"{question}\n{source}")
                    box.setAccessibleDescription(question)
                box.toggled.connect(lambda on, item_id=fix.item_id: self._ticked(item_id, on))
                self.boxes[fix.item_id] = box
                # A wrapping label beside the box: long actions stay readable when narrow.
                label = _ToggleLabel(f"{fix.rank}. {fix.action}", box)
                row = QHBoxLayout()
                row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
                row.addWidget(label, 1)
                column.addLayout(row)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout.addWidget(scroll, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Save the report as a PDF file"))
        self.pdf_button.clicked.connect(lambda: self._save_pdf and self._save_pdf(self))
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.print_button.setAccessibleName(self.tr("Print the report"))
        self.print_button.clicked.connect(self._print)
        close = QPushButton(self.tr("&Close"))
        close.setAccessibleName(self.tr("Close the fix checklist"))
        close.clicked.connect(self.close)
        for button in (self.pdf_button, self.print_button):
            button.setEnabled(self.run is not None)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self._update_heading()
        keep_wrapped_text_whole(self)
        self.resize(620, 480)

    def _ticked(self, item_id: str, on: bool) -> None:
        if self.run is None:
            return
        try:
            self.store.set_fix_done(self.run.id, item_id, self.clock() if on else None)
        except ErgonomicsStoreError as error:
            self.status.setText(
                self.tr("That tick could not be saved: {error}.").format(
                    error=localized(str(error))
                )
            )
            return
        self.run = self.store.run(self.run.id)
        self.status.clear()
        self._update_heading()

    def _update_heading(self) -> None:
        if self.run is None:
            heading = self.tr("Workstation fixes")
            self.heading.setText(f"<b>{heading}</b>")
            return
        done = sum(fix.done for fix in self.run.fixes)
        heading = self.tr("Fixes from your check on {date}").format(
            date=format_date(self.run.completed_at)
        )
        progress = self.tr(
            "{done} of {total} done. Tick each one off when you have made the change; "
            "your ticks are saved."
        ).format(done=done, total=len(self.run.fixes))
        self.heading.setText(f"<b>{heading}</b><br/>{progress}")

    def _print(self) -> None:
        if self.run is not None:
            previous = self.store.previous_run(self.run.id)
            print_report(self.checklist, self.run, previous, self)
