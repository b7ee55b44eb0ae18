"""The "Log a knot" dialog: click where it is, set how strong, Save (Enter).

Two clicks and Enter log a knot: the body map (or the area list, for the keyboard) and
the intensity slider, which starts at 5. After saving, the dialog says that the next
breaks lean toward that area and, when the journal's rules call for it, shows the calm
clinician note with the warning signs. Chest, jaw and head entries show their urgent
warning signs first, at any intensity (core/journal/advice.py, URGENT_AREAS).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from knotbreak.core.journal import (
    AREA_IDS,
    NOTE_MAX,
    HealthNotes,
    JournalEntry,
    JournalError,
    JournalInputError,
    JournalStore,
    clinician_advice,
)
from knotbreak.core.journal.advice import EPISODE, ClinicianAdvice, urgent_signs_first
from knotbreak.ui.journal.body_map import BodyMap
from knotbreak.ui.journal.texts import (
    advice_paragraphs,
    area_name,
    area_title,
    health_text,
    intensity_word,
)
from knotbreak.ui.window_fit import keep_wrapped_text_whole

DEFAULT_INTENSITY = 5
Clock = Callable[[], datetime]


class LogKnotDialog(QDialog):
    saved = Signal(object)
    """The JournalEntry just stored."""

    def __init__(
        self,
        journal: JournalStore,
        clock: Clock,
        *,
        health_notes: HealthNotes | None = None,
        open_journal: Callable[[], object] | None = None,
        open_health_notes: Callable[[], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._clock = clock
        self._health_notes = health_notes
        self._open_journal = open_journal
        self._open_health_notes = open_health_notes
        self.setWindowTitle(self.tr("Log a knot"))
        self.pages = QStackedWidget(self)
        self.form_page = self._build_form()
        self.pages.addWidget(self.form_page)
        self.done_page = self._build_done()
        self.pages.addWidget(self.done_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._show_area(None)
        self._show_intensity(DEFAULT_INTENSITY)
        # The wrapped intro needs more height when the dialog is narrow; without this the
        # layout squeezed the body map and "No area chosen yet" was drawn over its captions.
        keep_wrapped_text_whole(self)
        self._fit_to_screen(QSize(600, 760))
        # Ctrl+S saves too, for people used to it; Enter is handled in keyPressEvent.
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)
        self.body_map.setFocus()

    def _fit_to_screen(self, wanted: QSize) -> None:
        """Big enough for a body map worth clicking, never bigger than the screen."""
        size = self.sizeHint().expandedTo(wanted)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            free = screen.availableGeometry()
            size = size.boundedTo(QSize(int(free.width() * 0.9), int(free.height() * 0.9)))
        self.resize(size)

    # The form ----------------------------------------------------------------------------

    def _build_form(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "Where do you feel it? Click the spot on the body map, or choose it from "
                "the list. Then set how strong it is and press Save."
            ),
            page,
        )
        intro.setWordWrap(True)

        self.body_map = BodyMap(page)
        self.body_map.area_chosen.connect(self._on_map_chosen)
        self.chosen_label = QLabel(page)
        self.chosen_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.chosen_label.font()
        font.setBold(True)
        self.chosen_label.setFont(font)

        self.area_box = QComboBox(page)
        self.area_box.addItem(self.tr("Choose an area..."), None)
        for area_id in AREA_IDS:
            self.area_box.addItem(area_title(area_id), area_id)
        self.area_box.currentIndexChanged.connect(self._on_list_chosen)
        self.area_box.setAccessibleName(self.tr("Area"))

        self.slider = QSlider(Qt.Orientation.Horizontal, page)
        self.slider.setRange(0, 10)
        self.slider.setPageStep(1)
        self.slider.setTickInterval(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.valueChanged.connect(self._show_intensity)
        self.slider.setAccessibleName(self.tr("Intensity, 0 none to 10 worst"))
        self.intensity_label = QLabel(page)
        widest = self.fontMetrics().horizontalAdvance("10 - barely there")
        self.intensity_label.setMinimumWidth(widest)  # the slider must not jump as words change
        ends = QHBoxLayout()
        ends.setContentsMargins(0, 0, 0, 0)
        ends.addWidget(self._quiet(self.tr("0 none"), page))
        ends.addStretch(1)
        ends.addWidget(self._quiet(self.tr("10 worst"), page))
        scale = QVBoxLayout()
        scale.setSpacing(0)
        row = QHBoxLayout()
        row.addWidget(self.slider, 1)
        row.addWidget(self.intensity_label)
        scale.addLayout(row)
        scale.addLayout(ends)

        self.note_edit = QLineEdit(page)
        self.note_edit.setMaxLength(NOTE_MAX)
        self.note_edit.setPlaceholderText(self.tr("Optional, e.g. after a long video call"))
        self.note_edit.setAccessibleName(self.tr("Note"))

        form = QFormLayout()
        for text, buddy, field in (
            (self.tr("&Area:"), self.area_box, self.area_box),
            (self.tr("&Intensity:"), self.slider, scale),
            (self.tr("&Note:"), self.note_edit, self.note_edit),
        ):
            label = QLabel(text, page)
            label.setBuddy(buddy)  # Alt+letter jumps to the field
            form.addRow(label, field)

        self.error_label = QLabel(page)
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        self.error_label.setStyleSheet("color: #C2461F;")  # the target colour, darkened to read

        buttons = QDialogButtonBox(page)
        self.save_button = buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.body_map, 1)
        layout.addWidget(self.chosen_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        return page

    def _quiet(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # quieter, in any theme
        return label

    # After saving --------------------------------------------------------------------------

    def _build_done(self) -> QWidget:
        page = QWidget(self)
        # The urgent signs for a chest, jaw or head entry: first on the page, calm, plain.
        self.urgent_frame = QFrame(page)
        self.urgent_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.urgent_label = QLabel(self.urgent_frame)
        self.urgent_label.setWordWrap(True)
        self.urgent_label.setTextFormat(Qt.TextFormat.RichText)
        urgent_layout = QVBoxLayout(self.urgent_frame)
        urgent_layout.addWidget(self.urgent_label)
        self.urgent_frame.setVisible(False)
        self.done_title = QLabel(page)
        font = self.done_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.done_title.setFont(font)
        self.done_title.setWordWrap(True)
        self.done_text = QLabel(page)
        self.done_text.setWordWrap(True)

        self.advice_frame = QFrame(page)
        self.advice_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.advice_label = QLabel(self.advice_frame)
        self.advice_label.setWordWrap(True)
        self.advice_label.setTextFormat(Qt.TextFormat.RichText)
        advice_layout = QVBoxLayout(self.advice_frame)
        advice_layout.addWidget(self.advice_label)
        self.advice_frame.setVisible(False)

        buttons = QDialogButtonBox(page)
        self.notes_button: QPushButton | None = None
        if self._open_health_notes is not None:
            self.notes_button = buttons.addButton(
                self.tr("&Health notes..."), QDialogButtonBox.ButtonRole.HelpRole
            )
            self.notes_button.clicked.connect(self._open_health_notes)
            self.notes_button.setAutoDefault(False)
        if self._open_journal is not None:
            journal_button = buttons.addButton(
                self.tr("Open the &journal..."), QDialogButtonBox.ButtonRole.ActionRole
            )
            journal_button.setAutoDefault(False)
            journal_button.clicked.connect(self._open_journal_and_close)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.accept)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.urgent_frame)
        layout.addWidget(self.done_title)
        layout.addWidget(self.done_text)
        layout.addWidget(self.advice_frame)
        layout.addStretch(1)
        layout.addWidget(buttons)
        return page

    def _shrink_to_confirmation(self) -> None:
        # Keep the width the user had; take the height the wrapped text needs at it.
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        width = self.width()
        if layout.hasHeightForWidth():
            height = layout.totalHeightForWidth(width)
        else:
            height = layout.totalSizeHint().height()
        self.resize(width, max(height, layout.totalMinimumSize().height()))

    def _open_journal_and_close(self) -> None:
        assert self._open_journal is not None
        self._open_journal()
        self.accept()

    # Behaviour -----------------------------------------------------------------------------

    @property
    def is_done(self) -> bool:
        """Saved: the dialog shows the confirmation."""
        return self.pages.currentWidget() is self.done_page

    @property
    def area(self) -> str | None:
        return self.body_map.selected

    def choose(self, area_id: str | None) -> None:
        """Select an area as if the user had clicked it."""
        self.body_map.set_area(area_id)
        self._show_area(area_id)

    def _on_map_chosen(self, area_id: str) -> None:
        self._show_area(area_id)

    def _on_list_chosen(self, index: int) -> None:
        area_id = self.area_box.itemData(index)
        self.body_map.set_area(area_id)
        self._show_area(area_id)

    def _show_area(self, area_id: str | None) -> None:
        index = self.area_box.findData(area_id) if area_id else 0
        if self.area_box.currentIndex() != index:
            blocked = self.area_box.blockSignals(True)
            self.area_box.setCurrentIndex(max(0, index))
            self.area_box.blockSignals(blocked)
        if area_id is None:
            self.chosen_label.setText(self.tr("No area chosen yet"))
        else:
            self.chosen_label.setText(self.tr("Chosen: {area}").format(area=area_title(area_id)))
            self.error_label.setVisible(False)

    def _show_intensity(self, value: int) -> None:
        if self.slider.value() != value:
            self.slider.setValue(value)
        text = self.tr("{value} - {word}").format(value=value, word=intensity_word(value))
        self.intensity_label.setText(text)
        self.slider.setAccessibleDescription(text)

    def _complain(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(True)

    def save(self) -> JournalEntry | None:
        if self.is_done:
            self.accept()
            return None
        area_id = self.area
        if area_id is None:
            self._complain(self.tr("Choose where the knot is first: click the body map or "
                                   "pick an area from the list."))
            self.area_box.setFocus()
            return None
        now = self._clock()
        try:
            entry = self._journal.log(area_id, self.slider.value(), self.note_edit.text(), now)
            advice = clinician_advice(self._journal.entries_since(now - EPISODE), now)
        except JournalInputError as error:
            self._complain(str(error))
            return None
        except JournalError as error:
            self._complain(
                self.tr("The entry could not be saved ({error}). Check that the data folder "
                        "is writable and try again.").format(error=error)
            )
            return None
        self._show_done(entry, advice)
        self.saved.emit(entry)
        return entry

    def _show_done(self, entry: JournalEntry, advice: ClinicianAdvice | None) -> None:
        area = area_name(entry.area)
        self.done_title.setText(
            self.tr("Saved: {area}, {value} of 10 ({word}).").format(
                area=area_title(entry.area), value=entry.intensity,
                word=intensity_word(entry.intensity),
            )
        )
        urgent = self._urgent_html(entry.area)
        self.urgent_label.setText(urgent)
        self.urgent_frame.setVisible(bool(urgent))
        if entry.area == "chest":
            self.done_text.setText(
                self.tr(
                    "Breaks do not lean toward chest stretches for a chest entry: pain in the "
                    "chest is a reason to check with a clinician, not to stretch."
                )
            )
        elif entry.intensity > 0:
            self.done_text.setText(
                self.tr(
                    "Your next breaks will lean toward stretches for the {area} over the "
                    "coming days. Log it again when it changes; a 0 tells knotbreak it has "
                    "eased."
                ).format(area=area)
            )
        else:
            self.done_text.setText(
                self.tr("Glad it has eased. Breaks stop leaning toward the {area}.").format(
                    area=area
                )
            )
        if advice is not None:
            self.advice_label.setText(self._advice_html(advice))
            self.advice_frame.setVisible(True)
        else:
            self.advice_frame.setVisible(False)
        self.pages.setCurrentWidget(self.done_page)
        # The form is done with; without it the dialog can shrink to the confirmation
        # (a hidden page of a QStackedWidget still holds the window at its minimum size).
        self.pages.removeWidget(self.form_page)
        self.form_page.hide()
        # The stack's new hints arrive with a posted layout request: shrink after it.
        QTimer.singleShot(0, self._shrink_to_confirmation)
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def _urgent_html(self, area: str) -> str:
        """The urgent signs for a chest, jaw or head entry; "" for other areas."""
        if not urgent_signs_first(area):
            return ""
        notes = self._health_notes
        warning = notes.area_warning(area) if notes is not None else None
        if warning is not None:
            signs = health_text(warning.text)
        else:  # the notes file could not be read: still say the essential thing
            signs = self.tr(
                "If this came on suddenly, or comes with pain or pressure in the chest, "
                "breathlessness, sweating, feeling sick, dizziness, weakness or trouble "
                "speaking, call your emergency number now."
            )
        title = self.tr("First, the warning signs")
        return f"<p><b>{html.escape(title)}</b></p><p>{html.escape(signs)}</p>"

    def _advice_html(self, advice: ClinicianAdvice) -> str:
        parts = [f"<p><b>{html.escape(self.tr('A note about your journal'))}</b></p>"]
        parts += [f"<p>{html.escape(text)}</p>" for text in advice_paragraphs(advice)]
        notes = self._health_notes
        urgent = notes.group("urgent") if notes is not None else None
        if urgent is not None:
            parts.append(f"<p><b>{html.escape(health_text(urgent.title))}.</b> "
                         f"{html.escape(health_text(urgent.intro))}</p><ul>")
            parts += [f"<li>{html.escape(health_text(item.text))}</li>" for item in urgent.items]
            parts.append("</ul>")
        if notes is not None:
            parts.append(f"<p><i>{html.escape(health_text(notes.not_diagnosis))}</i></p>")
        return "".join(parts)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        on_form = not self.is_done
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and on_form:
            # Enter saves from anywhere in the form, the body map and slider included.
            self.save()
            return
        super().keyPressEvent(event)

