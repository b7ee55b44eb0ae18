"""The Stretches window: every entry with its picture, by area and kind, with a search.

Selecting an entry shows its steps, dose, cautions and source; Start now runs the
selected stretch, or a short routine for an area, as a guided break.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPalette, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from knotbreak.core.stretches.catalog import Catalog, StretchEntry
from knotbreak.core.stretches.library_index import group_entries
from knotbreak.core.stretches.start_now import (
    AREAS,
    DEFAULT_MINUTES,
    MINUTES_RANGE,
    StartNowRequest,
)
from knotbreak.core.text import english_plural
from knotbreak.ui.figure_painter import render_pose_pixmap
from knotbreak.ui.library.labels import area_label, area_minutes_label, kind_label
from knotbreak.ui.palette import PALETTE_EVENTS, figure_colors, tones
from knotbreak.ui.translations import QT_TRANSLATE_NOOP, localized, stretch_wording
from knotbreak.ui.tray_icon_art import app_icon

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent

    from knotbreak.core.figure.pose import PoseEntry

TITLE = QT_TRANSLATE_NOOP("LibraryWindow", "Stretches — knotbreak")
ICON_SIZE = 48
PICTURE_SIZE = 220
ENTRY_ROLE = Qt.ItemDataRole.UserRole


class LibraryWindow(QWidget):
    def __init__(
        self,
        catalog: Catalog,
        poses: Mapping[str, PoseEntry],
        start_now: Callable[[StartNowRequest], str | None],
        *,
        favourites: Callable[[], frozenset[str]] = frozenset,
        set_favourites: Callable[[frozenset[str]], str | None] | None = None,
        hidden: Callable[[], frozenset[str]] = frozenset,
        set_hidden: Callable[[frozenset[str]], str | None] | None = None,
        custom_path: Path | None = None,
        reload: Callable[[], tuple[Catalog, Mapping[str, PoseEntry]]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # Closed is gone: nothing of the library stays in memory once the user is done.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr(TITLE))
        self.setWindowIcon(app_icon())
        self._catalog = catalog
        self._poses = poses
        self._start_now = start_now
        self._favourites = favourites
        self._set_favourites = set_favourites
        self._hidden = hidden
        self._set_hidden = set_hidden
        self._custom_path = custom_path
        self._reload = reload
        self.form: QDialog | None = None
        self._wording = stretch_wording()
        self._icons: dict[str, QIcon] = {}
        self.selected: StretchEntry | None = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search stretches"))
        self.search.setAccessibleName(self.tr("Search stretches"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._fill)

        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.tree.setAccessibleName(self.tr("Stretches by area"))
        self.tree.currentItemChanged.connect(self._on_current)

        self.empty_label = QLabel(self.tr("Nothing matches that search."))
        self.empty_label.hide()
        self.add_button = QPushButton(self.tr("&Add your own..."))
        self.add_button.setToolTip(
            self.tr("Add an exercise of your own, for example one from your physiotherapist")
        )
        self.add_button.clicked.connect(lambda: self.open_form(None))
        self.add_button.setVisible(custom_path is not None)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.empty_label)
        self.import_button = QPushButton(self.tr("&Import..."))
        self.import_button.setToolTip(
            self.tr("Add the exercises of a routine file (.zip) someone shared with you")
        )
        self.import_button.clicked.connect(self._choose_import)
        self.export_button = QPushButton(self.tr("E&xport..."))
        self.export_button.setToolTip(
            self.tr("Save your own exercises and their pictures as one file to share")
        )
        self.export_button.clicked.connect(self._choose_export)
        own_row = QHBoxLayout()
        own_row.addWidget(self.add_button)
        own_row.addWidget(self.import_button)
        own_row.addWidget(self.export_button)
        for button in (self.import_button, self.export_button):
            button.setVisible(custom_path is not None)
        left_layout.addLayout(own_row)

        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(PICTURE_SIZE, PICTURE_SIZE)
        self.picture.setAccessibleName(self.tr("Picture of the stretch"))
        self.name_label = QLabel()
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setOpenExternalLinks(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.start_stretch_button = QPushButton(self.tr("&Start this stretch"))
        self.start_stretch_button.setToolTip(self.tr("Do the selected stretch now, guided"))
        self.start_stretch_button.clicked.connect(self._start_selected)
        self.favourite_button = QPushButton()
        self.favourite_button.setCheckable(True)
        self.favourite_button.setToolTip(
            self.tr("Breaks choose your favourites a little more often")
        )
        self.favourite_button.toggled.connect(self._on_favourite)
        self.favourite_button.setVisible(set_favourites is not None)
        # The same list as "Don't show this stretch again" on the break card (the
        # hidden_stretches setting), so hiding is undone here or in Settings alike.
        self.hide_button = QPushButton()
        self.hide_button.setCheckable(True)
        self.hide_button.setToolTip(self.tr("Breaks never choose a stretch you hide"))
        self.hide_button.toggled.connect(self._on_hidden)
        self.hide_button.setVisible(set_hidden is not None)

        self.edit_button = QPushButton(self.tr("&Edit..."))
        self.edit_button.setToolTip(self.tr("Change this exercise of your own"))
        self.edit_button.clicked.connect(lambda: self.open_form(self.selected))
        entry_buttons = QHBoxLayout()
        entry_buttons.addWidget(self.start_stretch_button)
        entry_buttons.addWidget(self.favourite_button)
        entry_buttons.addWidget(self.hide_button)
        entry_buttons.addWidget(self.edit_button)
        entry_buttons.addStretch(1)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.picture)
        detail_layout.addWidget(self.name_label)
        detail_layout.addLayout(entry_buttons)
        detail_layout.addWidget(self.details, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(detail)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        self.area_combo = QComboBox()
        self.area_combo.setAccessibleName(self.tr("Area"))
        for area in AREAS:
            self.area_combo.addItem(area_label(area), area)
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(*MINUTES_RANGE)
        self.minutes_spin.setValue(DEFAULT_MINUTES)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setAccessibleName(self.tr("Minutes"))
        self.start_area_button = QPushButton()
        self.start_area_button.clicked.connect(self._start_area)
        self.area_combo.currentIndexChanged.connect(self._update_area_button)
        self.minutes_spin.valueChanged.connect(self._update_area_button)
        area_row = QHBoxLayout()
        area_label_widget = QLabel(self.tr("A short routine for:"))
        area_row.addWidget(area_label_widget)
        area_row.addWidget(self.area_combo)
        area_row.addWidget(self.minutes_spin)
        area_row.addWidget(self.start_area_button)
        area_row.addStretch(1)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Message"))
        self.message_label.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(area_row)
        layout.addWidget(self.message_label)

        self._update_area_button()
        self._fill()
        self.resize(900, 620)

    # Listing -----------------------------------------------------------------------------

    def name_of(self, entry: StretchEntry) -> str:
        return self._wording.name(entry)

    def _photo(self, entry: StretchEntry, size: int = PICTURE_SIZE) -> QPixmap | None:
        """A custom entry's own image file, scaled to fit; None when it has none."""
        if self._custom_path is None or not entry.picture or entry.picture.startswith("pose:"):
            return None
        image = QPixmap(str(self._custom_path.parent / entry.picture))
        if image.isNull():
            return None
        return image.scaled(
            size, size, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )

    def _icon(self, entry: StretchEntry) -> QIcon:
        icon = self._icons.get(entry.id)
        if icon is None:
            pose = self._poses.get(entry.id)
            photo = self._photo(entry, ICON_SIZE)
            if photo is not None:
                icon = QIcon(photo)
            elif pose is None:
                icon = QIcon()
            else:
                icon = QIcon(
                    render_pose_pixmap(
                        pose, QSize(ICON_SIZE, ICON_SIZE), 1.0, False,
                        self.devicePixelRatioF(), figure_colors(self.palette()),
                    )
                )
            self._icons[entry.id] = icon
        return icon

    def _fill(self) -> None:
        keep = self.selected.id if self.selected is not None else None
        favourites = self._favourites()
        hidden = self._hidden()
        self.tree.blockSignals(True)
        self.tree.clear()
        groups = group_entries(
            self._catalog.entries, self.search.text(), self.name_of, favourites
        )
        first: QTreeWidgetItem | None = None
        chosen: QTreeWidgetItem | None = None
        areas: dict[str, QTreeWidgetItem] = {}
        for group in groups:
            area_item = areas.get(group.area)
            if area_item is None:
                area_item = QTreeWidgetItem(self.tree, [area_label(group.area)])
                area_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                bold = area_item.font(0)
                bold.setBold(True)
                area_item.setFont(0, bold)
                areas[group.area] = area_item
            kind_item = QTreeWidgetItem(area_item, [kind_label(group.kind)])
            kind_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for entry in group.entries:
                star = "★ " if entry.id in favourites else ""
                item = QTreeWidgetItem(kind_item, [star + self.name_of(entry)])
                if entry.id in hidden:
                    # Still listed (it can be read and shown again), but greyed like a
                    # thing that is switched off.
                    item.setForeground(0, self.palette().brush(QPalette.ColorRole.PlaceholderText))
                    item.setText(0, self.tr("{name} (hidden)").format(name=item.text(0)))
                item.setIcon(0, self._icon(entry))
                item.setToolTip(0, self.name_of(entry))  # long names are cut in the list
                item.setData(0, ENTRY_ROLE, entry.id)
                first = first or item
                if entry.id == keep and chosen is None:
                    chosen = item
        self.tree.expandAll()
        self.tree.blockSignals(False)
        self.empty_label.setVisible(not groups)
        target = chosen or first
        if target is not None:
            self.tree.setCurrentItem(target)
            self.tree.scrollToItem(target)
        self._show(self._catalog.get(target.data(0, ENTRY_ROLE)) if target else None)

    def _on_current(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        entry_id = item.data(0, ENTRY_ROLE) if item is not None else None
        if entry_id:
            self._show(self._catalog.get(entry_id))

    # Details -------------------------------------------------------------------------------

    def _show(self, entry: StretchEntry | None) -> None:
        self.selected = entry
        self.start_stretch_button.setEnabled(entry is not None and entry.in_routines)
        self.favourite_button.setEnabled(entry is not None)
        self.hide_button.setEnabled(entry is not None and entry.in_routines)
        self.edit_button.setVisible(
            entry is not None and not entry.builtin and self._custom_path is not None
        )
        if entry is None:
            self.picture.clear()
            self.name_label.clear()
            self.details.clear()
            return
        pose = self._poses.get(entry.id)
        photo = self._photo(entry)
        if photo is not None:
            self.picture.setPixmap(photo)
        elif pose is not None:
            self.picture.setPixmap(
                render_pose_pixmap(
                    pose, QSize(PICTURE_SIZE, PICTURE_SIZE), 1.0, False,
                    self.devicePixelRatioF(), figure_colors(self.palette()),
                )
            )
        else:
            self.picture.setText(self.tr("No picture"))
        self.name_label.setText(self.name_of(entry))
        self.details.setText(self._details_html(entry))
        favourite = entry.id in self._favourites()
        self.favourite_button.blockSignals(True)
        self.favourite_button.setChecked(favourite)
        self.favourite_button.blockSignals(False)
        self.favourite_button.setText(
            self.tr("★ &Favourite") if favourite else self.tr("☆ Mark as &favourite")
        )
        hidden = entry.id in self._hidden()
        self.hide_button.blockSignals(True)
        self.hide_button.setChecked(hidden)
        self.hide_button.blockSignals(False)
        self.hide_button.setText(
            self.tr("&Hidden from breaks: show again") if hidden
            else self.tr("&Hide from breaks")
        )
        self.start_stretch_button.setToolTip(
            self.tr("Do the selected stretch now, guided")
            if entry.in_routines
            else self.tr("This one is done at your own pace, outside breaks")
        )

    def dose_text(self, entry: StretchEntry) -> str:
        # English has no .qm: its "(s)" is resolved here (core/text.py).
        if entry.style == "reps":
            what = english_plural(self.tr("%n slow rep(s)", "", entry.reps), entry.reps)
        else:
            seconds = entry.hold_seconds
            what = english_plural(self.tr("Hold %n second(s)", "", seconds), seconds)
        parts = [what]
        if entry.sets > 1:
            parts.append(english_plural(self.tr("%n set(s)", "", entry.sets), entry.sets))
        if entry.one_sided:
            parts.append(self.tr("each side"))
        return ", ".join(parts)

    def _details_html(self, entry: StretchEntry) -> str:
        quiet = tones(self.palette()).quiet.name()
        # lupdate does not look inside f-strings: the words are fetched first.
        dose, steps_heading = self.tr("Dose:"), self.tr("Steps")
        cautions_heading, source_heading = self.tr("Cautions"), self.tr("Source:")
        parts = [
            f"<p><b>{html.escape(dose)}</b> {html.escape(self.dose_text(entry))}</p>"
        ]
        steps = self._wording.steps(entry)
        if steps:
            items = "".join(f"<li>{html.escape(s)}</li>" for s in steps)
            parts.append(f"<p><b>{html.escape(steps_heading)}</b></p><ol>{items}</ol>")
        cautions = self._wording.cautions(entry)
        if cautions:
            items = "".join(f"<li>{html.escape(c)}</li>" for c in cautions)
            parts.append(
                f"<p><b>{html.escape(cautions_heading)}</b></p><ul>{items}</ul>"
            )
        source = self._catalog.source_of(entry)
        name = html.escape(self._wording.source_name(source))
        if source.url:
            name = f"<a href='{html.escape(source.url, quote=True)}'>{name}</a>"
        parts.append(f"<p><b>{html.escape(source_heading)}</b> {name}</p>")
        parts.append(
            f"<p style='color:{quiet}'>"
            + html.escape(
                self.tr(
                    "For prevention and comfort, not diagnosis. Stop if it hurts, "
                    "and see a clinician about pain that does not settle."
                )
            )
            + "</p>"
        )
        return "".join(parts)

    # Start now -------------------------------------------------------------------------------

    def _update_area_button(self) -> None:
        area = self.area_combo.currentData()
        label = area_minutes_label(area, self.minutes_spin.value())
        self.start_area_button.setText(self.tr("Start now: {what}").format(what=label))

    def _start_selected(self) -> None:
        if self.selected is not None:
            self._say(self._start_now(StartNowRequest(stretch_id=self.selected.id)))

    def _start_area(self) -> None:
        request = StartNowRequest(
            area=self.area_combo.currentData(), minutes=self.minutes_spin.value()
        )
        self._say(self._start_now(request))

    def _say(self, refusal: str | None) -> None:
        if refusal:
            self.message_label.setText(localized(refusal))
            self.message_label.show()
        else:
            self.message_label.hide()

    # Your own exercises ----------------------------------------------------------------------

    def open_form(self, editing: StretchEntry | None) -> None:
        if self._custom_path is None:
            return
        from knotbreak.ui.library.custom_form import CustomExerciseForm

        poses = {e.id: self.name_of(e) for e in self._catalog.entries
                 if e.builtin and e.id in self._poses}
        self.form = CustomExerciseForm(
            self._custom_path, set(self._catalog.ids()), poses,
            editing=editing, on_saved=self._saved, parent=self,
        )
        self.form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form.show()

    def _saved(self, entry_id: str) -> None:
        if self._reload is not None:
            self._catalog, self._poses = self._reload()
        self._icons.clear()
        self.search.clear()
        self.selected = self._catalog.get(entry_id)
        self._fill()
        self._say(self.tr("Saved. It can come up in your breaks from now on."))

    def _choose_import(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a routine file"), str(Path.home()),
            self.tr("Routine files (*.zip *.json)"),
        )
        if chosen:
            self.import_file(Path(chosen))

    def import_file(self, source: Path) -> None:
        """Add a routine file's exercises; says what came in and what was left out."""
        from knotbreak.core.stretches.routine_file import RoutineFileError, import_routine

        if self._custom_path is None:
            return
        builtin = {e.id for e in self._catalog.entries if e.builtin}
        try:
            result = import_routine(source, self._custom_path, builtin)
        except RoutineFileError as error:
            self._say(localized(str(error)))
            return
        except OSError as error:
            self._say(
                self.tr("The exercises could not be saved ({error}); nothing was changed.")
                .format(error=error.strerror or error)
            )
            return
        count = len(result.added)
        parts = [english_plural(self.tr("Imported %n exercise(s).", "", count), count)]
        parts += [localized(reason) for reason in result.skipped]
        if result.added:
            self._saved(result.added[0])
        self._say(" ".join(parts))

    def _choose_export(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export your exercises"),
            str(Path.home() / "knotbreak-exercises.zip"), self.tr("Routine files (*.zip)"),
        )
        if chosen:
            self.export_file(Path(chosen))

    def export_file(self, out: Path) -> None:
        from knotbreak.core.stretches.custom_file import CustomFileError
        from knotbreak.core.stretches.routine_file import export_routine

        if self._custom_path is None:
            return
        if not any(not e.builtin for e in self._catalog.entries):
            self._say(self.tr("You have no exercises of your own to export yet."))
            return
        try:
            count = export_routine(self._custom_path, out)
        except CustomFileError as error:
            self._say(localized(str(error)))
            return
        except OSError as error:
            self._say(
                self.tr("{file} could not be written ({error}); choose another folder.")
                .format(file=out, error=error.strerror or error)
            )
            return
        self._say(
            english_plural(self.tr("Exported %n exercise(s) to {file}.", "", count), count)
            .format(file=out)
        )

    # Favourites ------------------------------------------------------------------------------

    def _on_favourite(self, checked: bool) -> None:
        self._toggle(checked, self._favourites, self._set_favourites)

    def _on_hidden(self, checked: bool) -> None:
        self._toggle(checked, self._hidden, self._set_hidden)

    def _toggle(
        self,
        checked: bool,
        current: Callable[[], frozenset[str]],
        save: Callable[[frozenset[str]], str | None] | None,
    ) -> None:
        """Add or take the selected entry out of a saved set of stretch ids."""
        if self.selected is None or save is None:
            return
        ids = set(current())
        if checked:
            ids.add(self.selected.id)
        else:
            ids.discard(self.selected.id)
        self._say(save(frozenset(ids)))
        self._fill()
        self._show(self.selected)

    # Qt ------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in PALETTE_EVENTS:
            self._icons.clear()
            self._fill()
