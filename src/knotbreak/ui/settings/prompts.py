"""The questions the settings dialog asks: confirmations, where to save, opening folders.

Kept behind one small class so tests can answer them without modal windows.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class DeleteConfirmation(QDialog):
    """Names everything that will go, and needs a tick before the Delete button works."""

    def __init__(self, items: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delete all data?"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("This permanently deletes:"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        listing = QLabel("\n".join(f"\u2022 {item}" for item in items))
        listing.setWordWrap(True)
        listing.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(listing)
        kept = QLabel(
            self.tr(
                "Your settings and any stretches you added yourself are kept. knotbreak "
                "keeps running. This cannot be undone: if you might want your history "
                "later, choose Cancel and use \u201cExport all data\u2026\u201d first."
            )
        )
        kept.setWordWrap(True)
        layout.addWidget(kept)
        self.understood = QCheckBox(self.tr("I understand that this cannot be undone"))
        layout.addSpacing(6)
        layout.addWidget(self.understood)
        layout.addSpacing(6)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button = QPushButton(self.tr("Delete all data"))
        self.delete_button.setEnabled(False)
        self.delete_button.setAutoDefault(False)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        cancel.setFocus()
        self.understood.toggled.connect(self.delete_button.setEnabled)
        self.delete_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)


class Prompts:
    """The real thing: modal boxes, the file dialog and the desktop's file manager."""

    def confirm_restore_defaults(self, parent: QWidget) -> bool:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("Prompts", "Restore defaults?"),
            QCoreApplication.translate(
                "Prompts",
                "Every setting in this window goes back to its default value. Nothing is "
                "saved until you choose Apply or OK; Cancel keeps your current settings."
            ),
            QMessageBox.StandardButton.RestoreDefaults | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.RestoreDefaults

    def confirm_delete_all(self, parent: QWidget, items: Sequence[str]) -> bool:
        box = DeleteConfirmation(items, parent)
        return box.exec() == QDialog.DialogCode.Accepted

    def export_path(self, parent: QWidget, suggested: Path) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("Prompts", "Export all data"),
            str(suggested),
            QCoreApplication.translate("Prompts", "Zip archives (*.zip)"),
        )
        if not name:
            return None
        return Path(name if name.lower().endswith(".zip") else f"{name}.zip")

    def open_folder(self, folder: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
