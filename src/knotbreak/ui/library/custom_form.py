"""The form for one of the user's own exercises, written to custom-stretches.json.

Every field is checked by the catalog loader's own rules (core/stretches/catalog.py), and
its message shows under the field. Nothing is written until every field is right, and
then the whole file is written at once, every other entry kept.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from knotbreak.core.stretches.catalog import BODY_AREAS, KINDS, POSITIONS, StretchEntry
from knotbreak.core.stretches.custom_file import (
    CustomFileError,
    form_problems,
    picture_name,
    picture_problem,
    read_custom,
    slug,
    unique_id,
    with_entry,
    write_custom,
)
from knotbreak.ui.library.labels import body_area_label
from knotbreak.ui.palette import tones
from knotbreak.ui.translations import QT_TRANSLATE_NOOP, localized

TITLE = QT_TRANSLATE_NOOP("CustomExerciseForm", "Your own exercise — knotbreak")
POSE_PREFIX = "pose:"


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class CustomExerciseForm(QDialog):
    def __init__(
        self,
        custom_path: Path,
        taken_ids: set[str],
        poses: Mapping[str, str],
        *,
        editing: StretchEntry | None = None,
        on_saved: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`poses`: built-in stretch id -> its name, the pictures a user may start from."""
        super().__init__(parent)
        self.setWindowTitle(self.tr(TITLE))
        self._path = custom_path
        self._editing = editing
        self._taken = set(taken_ids) - ({editing.id} if editing else set())
        self._on_saved = on_saved
        self._image: Path | None = None
        self.messages: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}

        form = QFormLayout()
        self.name_edit = QLineEdit()
        form.addRow(self.tr("&Name:"), self._field("name", self.name_edit))
        self.kind_combo = QComboBox()
        kind_words = {
            "stretch": self.tr("Stretch"),
            "strengthening": self.tr("Strengthening"),
            "self-care": self.tr("Self-care"),
        }
        for kind in KINDS:
            self.kind_combo.addItem(kind_words.get(kind, kind), kind)
        form.addRow(self.tr("&Kind:"), self._field("kind", self.kind_combo))
        self.steps_edit = QPlainTextEdit()
        self.steps_edit.setPlaceholderText(self.tr("One step a line"))
        self.steps_edit.setTabChangesFocus(True)
        self.steps_edit.setFixedHeight(90)
        form.addRow(self.tr("S&teps:"), self._field("steps", self.steps_edit))

        self.style_combo = QComboBox()
        self.style_combo.addItem(self.tr("Hold still"), "hold")
        self.style_combo.addItem(self.tr("Repeat a movement"), "reps")
        self.style_combo.currentIndexChanged.connect(self._style_changed)
        form.addRow(self.tr("St&yle:"), self._field("style", self.style_combo))
        self.hold_spin = QSpinBox()
        self.hold_spin.setRange(1, 3600)
        self.hold_spin.setValue(30)
        self.hold_spin.setSuffix(self.tr(" s"))
        form.addRow(self.tr("&Hold (one block):"), self._field("hold_seconds", self.hold_spin))
        self.sets_spin = QSpinBox()
        self.sets_spin.setRange(1, 9)
        self.sets_spin.setValue(2)
        form.addRow(self.tr("S&ets:"), self._field("sets", self.sets_spin))
        self.reps_spin = QSpinBox()
        self.reps_spin.setRange(1, 99)
        self.reps_spin.setValue(5)
        form.addRow(self.tr("&Reps:"), self._field("reps", self.reps_spin))
        self.rep_seconds_spin = QSpinBox()
        self.rep_seconds_spin.setRange(1, 60)
        self.rep_seconds_spin.setValue(5)
        self.rep_seconds_spin.setSuffix(self.tr(" s"))
        form.addRow(
            self.tr("Seconds a re&p:"), self._field("rep_seconds", self.rep_seconds_spin)
        )
        self.sides_box = QCheckBox(self.tr("One side at a time (both sides are done)"))
        form.addRow(self.tr("Sides:"), self._field("one_sided", self.sides_box))
        self.position_combo = QComboBox()
        position_words = {
            "sitting": self.tr("Sitting"),
            "standing": self.tr("Standing"),
            "either": self.tr("Sitting or standing"),
        }
        for position in POSITIONS:
            self.position_combo.addItem(position_words.get(position, position), position)
        form.addRow(self.tr("P&osition:"), self._field("position", self.position_combo))

        self.area_boxes: dict[str, QCheckBox] = {}
        areas = QWidget()
        grid = QGridLayout(areas)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, area in enumerate(BODY_AREAS):
            box = QCheckBox(body_area_label(area))
            self.area_boxes[area] = box
            grid.addWidget(box, index // 2, index % 2)
        form.addRow(self.tr("Areas:"), self._field("body_areas", areas))
        self.muscles_edit = QLineEdit()
        self.muscles_edit.setPlaceholderText(self.tr("Separated by commas"))
        form.addRow(self.tr("&Muscles:"), self._field("target_muscles", self.muscles_edit))
        self.cautions_edit = QPlainTextEdit()
        self.cautions_edit.setPlaceholderText(self.tr("When to stop or take care; one a line"))
        self.cautions_edit.setTabChangesFocus(True)
        self.cautions_edit.setFixedHeight(60)
        form.addRow(self.tr("&Cautions:"), self._field("cautions", self.cautions_edit))
        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText(self.tr("For example: my physiotherapist, May 2026"))
        form.addRow(self.tr("So&urce:"), self._field("source", self.source_edit))

        self.pose_combo = QComboBox()
        self.pose_combo.addItem(self.tr("No picture"), None)
        for pose_id, name in sorted(poses.items(), key=lambda item: item[1].casefold()):
            self.pose_combo.addItem(name, POSE_PREFIX + pose_id)
        self.image_button = QPushButton(self.tr("Choose an &image file..."))
        self.image_button.clicked.connect(self._choose_image)
        self.image_label = QLabel()
        self.image_label.setWordWrap(True)
        picture = QWidget()
        row = QHBoxLayout(picture)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.pose_combo)
        row.addWidget(self.image_button)
        picture.setFocusProxy(self.pose_combo)
        picture_field = self._field("picture", picture)
        picture_layout = picture_field.layout()
        assert isinstance(picture_layout, QVBoxLayout)
        picture_layout.insertWidget(1, self.image_label)
        form.addRow(self.tr("&Picture:"), picture_field)

        self.file_message = QLabel()
        self.file_message.setWordWrap(True)
        self.file_message.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)

        page = QWidget()
        page.setLayout(form)
        # No sideways scrolling: the dialog is at least as wide as the form needs.
        self.setMinimumWidth(page.sizeHint().width() + 60)
        self._scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.file_message)
        layout.addWidget(buttons)
        if editing is not None:
            self._fill(editing)
        self._style_changed()
        self.resize(760, 640)

    # Building ------------------------------------------------------------------------

    def _field(self, key: str, widget: QWidget) -> QWidget:
        message = QLabel()
        message.setWordWrap(True)
        message.setStyleSheet(f"color: {tones(self.palette()).warning.name()}")
        message.hide()
        self.messages[key] = message
        self._fields[key] = widget
        field = QWidget()
        column = QVBoxLayout(field)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(message)
        field.setFocusProxy(widget)
        return field

    def _fill(self, entry: StretchEntry) -> None:
        self.name_edit.setText(entry.name)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(entry.kind)))
        self.steps_edit.setPlainText("\n".join(entry.steps))
        self.style_combo.setCurrentIndex(max(0, self.style_combo.findData(entry.style)))
        self.hold_spin.setValue(entry.hold_seconds)
        self.sets_spin.setValue(entry.sets)
        self.reps_spin.setValue(entry.reps)
        if entry.rep_seconds:
            self.rep_seconds_spin.setValue(entry.rep_seconds)
        self.sides_box.setChecked(entry.one_sided)
        self.position_combo.setCurrentIndex(
            max(0, self.position_combo.findData(entry.position))
        )
        for area, box in self.area_boxes.items():
            box.setChecked(area in entry.body_areas)
        self.muscles_edit.setText(", ".join(entry.target_muscles))
        self.cautions_edit.setPlainText("\n".join(entry.cautions))
        self.source_edit.setText(entry.source)
        if entry.picture and entry.picture.startswith(POSE_PREFIX):
            self.pose_combo.setCurrentIndex(max(0, self.pose_combo.findData(entry.picture)))
        elif entry.picture:
            self.image_label.setText(Path(entry.picture).name)

    def _style_changed(self) -> None:
        reps = self.style_combo.currentData() == "reps"
        self.reps_spin.setEnabled(reps)
        self.rep_seconds_spin.setEnabled(reps)

    def _choose_image(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a picture"), str(Path.home()),
            self.tr("Images (*.png *.jpg *.jpeg *.svg)"),
        )
        if chosen:
            self.set_image(Path(chosen))

    def set_image(self, path: Path) -> None:
        """Use an image file as the picture (copied into the config folder on Save)."""
        problem = picture_problem(path)
        self._show("picture", localized(problem) if problem else None)
        if problem is None:
            self._image = path
            self.image_label.setText(path.name)
            self.pose_combo.setCurrentIndex(0)

    # Saving ----------------------------------------------------------------------------

    def item(self) -> dict[str, Any]:
        """The entry as the form stands, in the file's JSON form."""
        entry_id = (
            self._editing.id
            if self._editing is not None
            else unique_id(slug(self.name_edit.text()), self._taken)
        )
        item: dict[str, Any] = {
            "id": entry_id,
            "name": self.name_edit.text().strip(),
            "kind": self.kind_combo.currentData(),
            "target_muscles": [m.strip() for m in self.muscles_edit.text().split(",")
                               if m.strip()],
            "body_areas": [area for area, box in self.area_boxes.items() if box.isChecked()],
            "position": self.position_combo.currentData(),
            "steps": _lines(self.steps_edit.toPlainText()),
            "source": self.source_edit.text().strip(),
            "style": self.style_combo.currentData(),
            "hold_seconds": self.hold_spin.value(),
            "sets": self.sets_spin.value(),
            "one_sided": self.sides_box.isChecked(),
            "cautions": _lines(self.cautions_edit.toPlainText()),
        }
        if item["style"] == "reps":
            item["reps"] = self.reps_spin.value()
            item["rep_seconds"] = self.rep_seconds_spin.value()
        if self._image is not None:
            item["picture"] = picture_name(entry_id, self._image)
        elif self.pose_combo.currentData():
            item["picture"] = self.pose_combo.currentData()
        elif self._editing is not None and self._editing.picture and self.image_label.text():
            item["picture"] = self._editing.picture
        return item

    def save(self) -> bool:
        """Check every field; write the file when all are right. True when saved."""
        item = self.item()
        problems = form_problems(item, self._taken)
        if "id" in problems and "name" not in problems:
            problems["name"] = problems.pop("id")
        plain = self._plain_problems(item, problems)
        problems.update(plain)
        if "name" in plain:
            # The id is made from the name: with no name, its problem is the name's.
            problems.pop("id", None)
        if problems:
            first = next((key for key in self.messages if key in problems), None)
            for key in self.messages:
                self._show(key, problems.pop(key, None))
            if first is not None:
                # Take the user to the first thing to fix.
                self._fields[first].setFocus(Qt.FocusReason.OtherFocusReason)
                self._scroll.ensureWidgetVisible(self._fields[first])
            # What has no field of its own (none today) still gets said.
            self._say(" ".join(problems.values()) or None)
            return False
        for key in self.messages:
            self._show(key, None)
        folder = self._path.parent
        try:
            raw = read_custom(self._path)
        except CustomFileError as error:
            self._say(localized(str(error)))
            return False
        try:
            if self._image is not None:
                target = folder / item["picture"]
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(self._image, target)
            write_custom(
                self._path,
                with_entry(raw, item, self._editing.id if self._editing else None),
            )
        except OSError as error:
            self._say(
                self.tr(
                    "{file} could not be written ({error}). Nothing was changed; check "
                    "that the disk has space and the folder can be written to."
                ).format(file=self._path, error=error.strerror or error)
            )
            return False
        if self._on_saved is not None:
            self._on_saved(item["id"])
        self.accept()
        return True

    def _plain_problems(
        self, item: Mapping[str, Any], problems: Mapping[str, str]
    ) -> dict[str, str]:
        """What the user must do, in their language, for the problems a form user meets.

        The loader words its problems for someone editing the JSON file ("'steps' must
        list at least one item"), in English; under a form field that reads as jargon.
        An empty field and reps that do not fit the hold get a plain, translated
        sentence; rarer problems keep the loader's wording.
        """
        empty = {
            "name": self.tr("Give the exercise a name."),
            "steps": self.tr("Write at least one step, one a line."),
            "body_areas": self.tr("Tick at least one area."),
            "target_muscles": self.tr("Name at least one muscle; separate them by commas."),
            "source": self.tr("Say where the exercise comes from, for example who showed "
                              "it to you."),
        }
        plain = {key: text for key, text in empty.items()
                 if key in problems and not item.get(key)}
        reps, seconds, hold = (item.get("reps"), item.get("rep_seconds"),
                               item.get("hold_seconds"))
        if (
            "reps" in problems and isinstance(reps, int) and isinstance(seconds, int)
            and isinstance(hold, int) and reps * seconds > hold
        ):
            plain["reps"] = self.tr(
                "{reps} reps of {seconds} s take longer than the hold ({hold} s): make "
                "the hold longer or do fewer reps."
            ).format(reps=reps, seconds=seconds, hold=hold)
        return plain

    def _show(self, key: str, message: str | None) -> None:
        label = self.messages[key]
        label.setText(message or "")
        label.setVisible(bool(message))

    def _say(self, message: str | None) -> None:
        self.file_message.setText(message or "")
        self.file_message.setVisible(bool(message))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
