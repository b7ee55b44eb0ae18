"""The Data tab: where knotbreak keeps its files, export everything, delete everything."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from knotbreak.adapters.data_export import ExportError, ExportResult, suggested_file_name
from knotbreak.ui.settings.prompts import Prompts
from knotbreak.ui.settings.widgets import MessageLabel, hint_label

MAX_PATH_WIDTH = 480
"""Pixels; a folder path never asks for more room than this (a longer one is cut)."""


@dataclass(frozen=True)
class DataActions:
    """What the composition root lets the Data tab do."""

    config_dir: Path
    data_dir: Path
    export: Callable[[Path], ExportResult]
    """Writes the zip; raises ExportError with a sentence for the user."""
    deletable: Callable[[], Sequence[str]]
    """What "Delete all data" deletes, for the confirmation."""
    delete_all: Callable[[], str | None]
    """Deletes it; returns None, or what could not be deleted."""
    now: Callable[[], datetime]


class DataPage(QWidget):
    def __init__(
        self, actions: DataActions, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._actions = actions
        self._prompts = prompts
        layout = QVBoxLayout(self)

        where = QGroupBox(self.tr("Where your files are"))
        grid = QGridLayout(where)
        grid.setColumnStretch(1, 1)
        self.folder_buttons: dict[str, QPushButton] = {}
        for row, (key, title, folder) in enumerate(
            (
                ("config", self.tr("Settings:"), actions.config_dir),
                ("data", self.tr("History and checks:"), actions.data_dir),
            )
        ):
            grid.addWidget(QLabel(title), row, 0)
            path_label = QLabel(str(folder))
            path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            path_label.setWordWrap(True)
            # A path has no spaces to wrap at: held narrower than itself, it was cut off.
            width = path_label.fontMetrics().horizontalAdvance(str(folder)) + 2
            path_label.setMinimumWidth(min(width, MAX_PATH_WIDTH))
            grid.addWidget(path_label, row, 1)
            button = QPushButton(self.tr("Open"))
            button.setAccessibleName(self.tr("Open the folder {folder}").format(folder=folder))
            button.clicked.connect(lambda _checked=False, f=folder: self._open_folder(f))
            grid.addWidget(button, row, 2)
            self.folder_buttons[key] = button
        self.folder_message = MessageLabel()
        grid.addWidget(self.folder_message, 2, 0, 1, 3)
        layout.addWidget(where)

        export_box = QGroupBox(self.tr("Export"))
        export_layout = QVBoxLayout(export_box)
        export_layout.addWidget(
            hint_label(
                self.tr(
                    "One .zip file with your settings, your own stretches and everything "
                    "knotbreak has recorded, plus a README that explains the files."
                )
            )
        )
        export_row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export all data\u2026"))
        self.export_button.clicked.connect(self.export)
        export_row.addWidget(self.export_button)
        export_row.addStretch(1)
        export_layout.addLayout(export_row)
        self.export_message = MessageLabel()
        export_layout.addWidget(self.export_message)
        layout.addWidget(export_box)

        delete_box = QGroupBox(self.tr("Delete"))
        delete_layout = QVBoxLayout(delete_box)
        delete_layout.addWidget(
            hint_label(
                self.tr(
                    "Deletes your break history, knot journal, workstation checks, the log "
                    "and copies of damaged files, for good. Settings, your own stretches "
                    "and a pause you set are kept."
                )
            )
        )
        delete_row = QHBoxLayout()
        self.delete_button = QPushButton(self.tr("Delete all data\u2026"))
        self.delete_button.clicked.connect(self.delete_all)
        delete_row.addWidget(self.delete_button)
        delete_row.addStretch(1)
        delete_layout.addLayout(delete_row)
        self.delete_message = MessageLabel()
        delete_layout.addWidget(self.delete_message)
        layout.addWidget(delete_box)
        layout.addStretch(1)

    def _open_folder(self, folder: Path) -> None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.folder_message.show_message(
                self.tr("The folder {folder} could not be created ({error}).").format(
                    folder=folder, error=error.strerror or error
                )
            )
            return
        if self._prompts.open_folder(folder):
            self.folder_message.show_message(None)
        else:
            self.folder_message.show_message(
                self.tr(
                    "No file manager could open {folder}. Its path is shown above; you can "
                    "copy it from there."
                ).format(folder=folder),
                "note",
            )

    def export(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        if not folder or not Path(folder).is_dir():
            folder = str(Path.home())
        suggested = Path(folder) / suggested_file_name(self._actions.now())
        out = self._prompts.export_path(self, suggested)
        if out is None:
            return
        self.delete_message.show_message(None)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self._actions.export(out)
        except ExportError as error:
            self.export_message.show_message(
                self.tr("Nothing was exported: {error}").format(error=error)
            )
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        text = self.tr("Exported {count} files to {path}.").format(
            count=len(result.names), path=result.path
        )
        if result.skipped:
            text += " " + self.tr("These could not be read and are missing: {files}").format(
                files="; ".join(result.skipped)
            )
        self.export_message.show_message(text, "note" if result.skipped else "ok")

    def delete_all(self) -> None:
        items = list(self._actions.deletable())
        if not self._prompts.confirm_delete_all(self, items):
            return
        self.export_message.show_message(None)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            problem = self._actions.delete_all()
        finally:
            QGuiApplication.restoreOverrideCursor()
        if problem:
            self.delete_message.show_message(
                self.tr("Some data could not be deleted: {problem}").format(problem=problem)
            )
        else:
            self.delete_message.show_message(
                self.tr("All data was deleted. knotbreak keeps running with a fresh history."),
                "ok",
            )
