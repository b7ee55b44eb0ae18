"""The ergonomics workstation check: wizard, fix checklist and PDF report.

Public entry points (the tray, CLI and first-run offer call these):

- open_ergonomics_wizard(paths, on_accept_settings, parent=None) -> QWidget
- open_ergonomics_checklist(paths, parent=None) -> QWidget
- export_last_report(paths, out) -> str | None
- recheck_due(paths) -> datetime | None, note_moved_desks(paths) -> str | None
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from knotbreak.core.ergonomics import (
    Checklist,
    ChecklistError,
    ErgonomicsStore,
    ErgonomicsStoreError,
    FocusArea,
    load_checklist,
    store_path,
)
from knotbreak.core.ergonomics.wording import checklist_wording_path, load_checklist_wording
from knotbreak.core.settings import load_settings
from knotbreak.paths import AppPaths
from knotbreak.resources_path import resource
from knotbreak.ui.translations import SOURCE_LANGUAGE, current_language, translate

log = logging.getLogger(__name__)

# The windows and the PDF writer are imported where they are used: the tray app imports
# this package at start-up (for `recheck_due`), and the wizard, checklist, report and
# their drawings are ~0.5 MB that nobody needs until the check is opened.

__all__ = [
    "export_last_report",
    "note_moved_desks",
    "open_ergonomics_checklist",
    "open_ergonomics_wizard",
    "recheck_due",
]

Clock = Callable[[], datetime]
_open_windows: set[QWidget] = set()
"""Keeps parentless windows alive until they close, whatever the caller keeps."""


def _now() -> datetime:
    return datetime.now(UTC)


def load_default_checklist() -> Checklist:
    """The built-in checklist, in the language knotbreak speaks now (checklist.<lang>.json)."""
    path = resource("ergonomics/checklist.json")
    checklist = load_checklist(path)
    language = current_language()
    if language == SOURCE_LANGUAGE:
        return checklist
    wording, problems = load_checklist_wording(checklist_wording_path(path, language))
    for problem in problems:
        log.warning("%s", problem)
    return wording.apply(checklist)


def _keep(window: QWidget, store: ErgonomicsStore) -> None:
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    _open_windows.add(window)

    def forget() -> None:
        _open_windows.discard(window)
        store.close()

    window.destroyed.connect(forget)


def _fit_to_screen(window: QWidget, width: int, height: int) -> None:
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width = min(width, int(free.width() * 0.92))
        height = min(height, int(free.height() * 0.92))
    window.resize(width, height)


def _focus(values: tuple[str, ...]) -> tuple[FocusArea, ...]:
    known = {area.value: area for area in FocusArea}
    return tuple(known[value] for value in values if value in known)


def open_ergonomics_wizard(
    paths: AppPaths,
    on_accept_settings: Callable[[dict[str, Any]], None] | None,
    parent: QWidget | None = None,
    *,
    clock: Clock = _now,
) -> QWidget:
    """Show the workstation check (non-modal) and return its window.

    on_accept_settings receives {"work_interval_minutes": int, "break_seconds": int,
    "focus_areas": [str, ...]} when the user accepts the proposed break settings.
    """
    from knotbreak.ui.ergonomics.wizard import ErgonomicsWizard

    now = clock()
    checklist = load_default_checklist()
    opened = ErgonomicsStore.open_or_replace(store_path(paths.data_dir), now)
    settings = load_settings(paths.settings_file, now, paths.managed_defaults_file).settings

    def open_checklist() -> QWidget:
        return open_ergonomics_checklist(paths, None, clock=clock)

    wizard = ErgonomicsWizard(
        checklist,
        opened.store,
        clock=clock,
        on_accept_settings=on_accept_settings,
        current_interval_minutes=settings.work_interval_minutes,
        current_break_seconds=settings.break_seconds,
        current_focus_areas=_focus(settings.focus_areas),
        store_problem=opened.problem,
        open_checklist=open_checklist,
        parent=parent,
    )
    wizard.setWindowFlag(Qt.WindowType.Window, True)
    wizard.setWindowModality(Qt.WindowModality.NonModal)
    _keep(wizard, opened.store)
    _fit_to_screen(wizard, 1000, 700)
    wizard.show()
    wizard.raise_()
    wizard.activateWindow()
    return wizard


def open_ergonomics_checklist(
    paths: AppPaths, parent: QWidget | None = None, *, clock: Clock = _now
) -> QWidget:
    """Show the fix checklist of the last run (non-modal) and return its window."""
    from knotbreak.ui.ergonomics.checklist_view import ChecklistWindow

    checklist = load_default_checklist()
    opened = ErgonomicsStore.open_or_replace(store_path(paths.data_dir), clock())

    def save_pdf(window: QWidget) -> None:
        name, _ = QFileDialog.getSaveFileName(
            window,
            translate("ChecklistWindow", "Save the workstation report"),
            "workstation-check.pdf",
            translate("ChecklistWindow", "PDF files (*.pdf)"),
        )
        if name:
            out = Path(name if name.lower().endswith(".pdf") else f"{name}.pdf")
            problem = export_last_report(paths, out)
            if isinstance(window, ChecklistWindow):
                window.status.setText(
                    problem
                    or translate("ChecklistWindow", "Saved the report as {path}.").format(path=out)
                )

    window = ChecklistWindow(checklist, opened.store, clock=clock, save_pdf=save_pdf, parent=parent)
    if opened.problem:
        window.status.setText(opened.problem)
    _keep(window, opened.store)
    _fit_to_screen(window, 640, 520)
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def export_last_report(paths: AppPaths, out: Path) -> str | None:
    """Write the last saved check to `out` as PDF, without a window.

    Returns None on success, or one sentence saying what went wrong and what to do.
    Creates an offscreen QGuiApplication when none exists (for the command line).
    """
    database = store_path(paths.data_dir)
    if not database.exists():
        return _nothing_to_export()
    try:
        checklist = load_default_checklist()
    except (ChecklistError, FileNotFoundError) as error:
        return translate("Report", "The checklist could not be loaded ({error}).").format(
            error=error
        )
    try:
        store = ErgonomicsStore.open(database)
    except ErgonomicsStoreError as error:
        return translate("Report", "The saved checks could not be read: {error}.").format(
            error=error
        )
    try:
        run = store.last_run()
        if run is None:
            return _nothing_to_export()
        previous = store.previous_run(run.id)
    finally:
        store.close()
    if not _ensure_gui_application():
        return translate(
            "Report",
            "The report needs Qt's graphics module, but a non-graphical Qt app is running.",
        )
    from knotbreak.ui.ergonomics.report import write_pdf

    return write_pdf(checklist, run, previous, Path(out).expanduser())


def _nothing_to_export() -> str:
    return translate(
        "Report",
        "There is no workstation check to export yet. Run it first with "
        "`knotbreak ergonomics` or from knotbreak's menu.",
    )


_headless_app: QGuiApplication | None = None


def _ensure_gui_application() -> bool:
    global _headless_app
    existing = QCoreApplication.instance()
    if isinstance(existing, QGuiApplication):
        return True
    if existing is not None:
        return False
    _headless_app = QGuiApplication(["knotbreak", "-platform", "offscreen"])
    return True


def recheck_due(paths: AppPaths) -> datetime | None:
    """When the next workstation check is due (UTC); None if it was never done."""
    database = store_path(paths.data_dir)
    if not database.exists():
        return None
    try:
        store = ErgonomicsStore.open(database)
    except ErgonomicsStoreError:
        return None
    try:
        return store.recheck_due()
    finally:
        store.close()


def note_moved_desks(paths: AppPaths, *, clock: Clock = _now) -> str | None:
    """The user moved desks: make the re-check due now. Returns a problem sentence or None."""
    try:
        store = ErgonomicsStore.open(store_path(paths.data_dir))
    except ErgonomicsStoreError as error:
        return translate("Report", "That could not be saved: {error}.").format(error=error)
    try:
        store.note_moved_desks(clock())
    except ErgonomicsStoreError as error:
        return translate("Report", "That could not be saved: {error}.").format(error=error)
    finally:
        store.close()
    return None
