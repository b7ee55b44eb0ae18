"""The knot journal inside the running app: the tray's entries open its windows, and the
guided breaks ask it for routine weights.

Imported at start-up, so it imports no window module: those (and QtCharts with the
journal window) load when the user first opens one. The journal file itself is opened
on the first break or window, not at start-up.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from knotbreak.adapters.journal_access import JournalAccess
from knotbreak.core.journal import HealthNotes, HealthNotesError, load_health_notes
from knotbreak.ui.window_slot import WindowSlot

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


class JournalLauncher(QObject):
    def __init__(
        self,
        data_dir: Path,
        history_path: Path | None,
        clock: Clock,
        show_message: Callable[[str], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.access = JournalAccess(data_dir)
        self._history_path = history_path
        self._clock = clock
        self._show_message = show_message
        self._told_problem = False
        self._log: WindowSlot[QWidget] = WindowSlot(self._build_log)
        self._journal: WindowSlot[QWidget] = WindowSlot(self._build_journal)
        self._notes: WindowSlot[QWidget] = WindowSlot(self._build_notes)
        self._health: HealthNotes | None = None
        self._health_problem: str | None = None

    # For GuidedBreaks ----------------------------------------------------------------------

    def area_weights(self, now: datetime) -> dict[str, float]:
        weights = self.access.area_weights(now)
        self._tell_problem()
        return weights

    # The windows ---------------------------------------------------------------------------

    @property
    def log_dialog(self) -> QWidget | None:
        return self._log.window

    @property
    def journal_window(self) -> QWidget | None:
        return self._journal.window

    @property
    def notes_dialog(self) -> QWidget | None:
        return self._notes.window

    def open_log(self) -> None:
        self._log.open()

    def open_journal(self) -> None:
        self._journal.open()

    def open_health_notes(self) -> None:
        self._notes.open()

    def _build_log(self) -> QWidget:
        from knotbreak.ui.journal.log_dialog import LogKnotDialog

        dialog = LogKnotDialog(
            self.access.store(self._clock()),
            self._clock,
            health_notes=self.health_notes(),
            open_journal=self.open_journal,
            open_health_notes=self.open_health_notes,
        )
        dialog.saved.connect(self._entry_saved)
        self._tell_problem()
        return dialog

    def _build_journal(self) -> QWidget:
        from knotbreak.ui.journal.journal_window import JournalWindow

        window = JournalWindow(self.access.store(self._clock()), self._history_path, self._clock)
        window.log_requested.connect(self.open_log)
        window.health_notes_requested.connect(self.open_health_notes)
        self._tell_problem()
        return window

    def _build_notes(self) -> QWidget:
        from knotbreak.ui.journal.health_notes_dialog import HealthNotesDialog

        return HealthNotesDialog(self.health_notes(), self._health_problem)

    def refresh(self) -> None:
        """Redraw the open journal window, whose chart shows breaks per day (the app calls
        this when a break was recorded). Nothing happens while it is closed or hidden."""
        journal = self._journal.window
        if journal is not None and journal.isVisible() and hasattr(journal, "reload"):
            journal.reload()

    def health_notes(self) -> HealthNotes | None:
        if self._health is None and self._health_problem is None:
            from knotbreak.resources_path import resource

            try:
                self._health = load_health_notes(resource("health/red_flags.json"))
            except (HealthNotesError, FileNotFoundError) as error:
                self._health_problem = str(error)
                log.error("health notes: %s", error)
        return self._health

    def close_all(self) -> None:
        for slot in (self._log, self._journal, self._notes):
            slot.close()
        self.access.close()

    # Internals -----------------------------------------------------------------------------

    def _entry_saved(self, _entry: object) -> None:
        # The save may have found the file damaged and moved to a repaired copy: say so once.
        store = self.access.store(self._clock())
        if store.problem and self._show_message:
            self._show_message(store.problem)
            store.problem = None
        journal = self._journal.window
        if journal is not None and hasattr(journal, "reload"):
            journal.reload()

    def _tell_problem(self) -> None:
        if self.access.problem and not self._told_problem and self._show_message:
            self._told_problem = True
            self._show_message(self.access.problem)
