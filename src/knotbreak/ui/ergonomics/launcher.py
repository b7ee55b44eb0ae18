"""The ergonomics check inside the running app: tray entry, first-run offer, re-check."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from knotbreak.adapters.cycle_runner import CycleRunner
from knotbreak.core.atomic_file import write_atomically
from knotbreak.core.managed_settings import load_managed_defaults
from knotbreak.core.settings import merge_settings, save_settings
from knotbreak.paths import AppPaths
from knotbreak.ui.window_slot import WindowSlot, ensure_control_style

log = logging.getLogger(__name__)

FIRST_RUN_FILE = "first-run.json"
ScheduleOnce = Callable[[str, datetime, Callable[[], None]], None]


class ErgonomicsLauncher(QObject):
    def __init__(
        self,
        paths: AppPaths,
        runner: CycleRunner,
        show_message: Callable[[str], None],
        settings_writable: bool,
        parent: QObject | None = None,
        *,
        open_health_notes: Callable[[], None] | None = None,
        has_tray: bool = True,
    ) -> None:
        """`open_health_notes` shows the red flags (the journal launcher's health notes):
        the first-run welcome links to it. `has_tray` False: the words name the status
        window's Menu, not a tray menu that is not there."""
        super().__init__(parent)
        self._paths = paths
        self._runner = runner
        self._show_message = show_message
        self._settings_writable = settings_writable
        self._open_health_notes = open_health_notes
        self._has_tray = has_tray
        self._wizard: WindowSlot[QWidget] = WindowSlot(
            self._build_wizard, on_closed=self._wizard_closed
        )
        self._offer: QWidget | None = None
        self._schedule: ScheduleOnce | None = None
        self.after_check: Callable[[], None] | None = None
        """Called when the check was finished (not cancelled): the posture coach offers to
        calibrate again, since the setup may have changed."""

    @property
    def offer_window(self) -> QWidget | None:
        """The first-run welcome while it is open."""
        return self._offer

    @property
    def wizard_window(self) -> QWidget | None:
        """The workstation check while it is open."""
        return self._wizard.window

    def open_wizard(self) -> None:
        if self._offer is not None:
            # Opened another way (tray, CLI): the welcome offer has done its job.
            offer, self._offer = self._offer, None
            offer.close()
        self._wizard.open()

    def _build_wizard(self) -> QWidget:
        from knotbreak.ui.ergonomics import open_ergonomics_wizard

        return open_ergonomics_wizard(self._paths, self._accept_settings)

    def open_checklist(self) -> None:
        from knotbreak.ui.ergonomics import open_ergonomics_checklist

        open_ergonomics_checklist(self._paths)

    def _accept_settings(self, changes: dict[str, Any]) -> None:
        if not self._settings_writable:
            raise ValueError(
                self.tr("the settings file is from a newer knotbreak and is left unchanged")
            )
        # Keys the administrator locked are refused with a message; their defaults stay
        # out of the user's file (core/managed_settings.py).
        managed = load_managed_defaults(self._paths.managed_defaults_file).managed
        settings = merge_settings(self._runner.settings, changes, managed)
        save_settings(self._paths.settings_file, settings, managed)
        self._runner.apply_settings(settings)

    def _wizard_closed(self, wizard: QWidget) -> None:
        self.plan_recheck()
        # Finish accepts the dialog; Cancel and closing the window reject it.
        finished = isinstance(wizard, QDialog) and (
            wizard.result() == QDialog.DialogCode.Accepted.value
        )
        if finished and self.after_check is not None:
            self.after_check()

    # First run ----------------------------------------------------------------------------

    def offer_once(self) -> None:
        """On the very first start, offer the check once; it is never offered again."""
        marker = self._paths.data_dir / FIRST_RUN_FILE
        if marker.exists():
            return
        try:
            data = {"schema_version": 1, "ergonomics_offered": True}
            write_atomically(marker, json.dumps(data).encode("utf-8"))
        except OSError as error:
            log.warning("not offering the ergonomics check: %s", error)
            return
        from knotbreak.ui.ergonomics.first_run_offer import FirstRunOffer

        ensure_control_style()
        self._offer = FirstRunOffer(
            self.open_wizard, open_health_notes=self._open_health_notes, has_tray=self._has_tray
        )
        self._offer.closed.connect(self._offer_closed)
        self._offer.show_in_corner()

    def _offer_closed(self) -> None:
        self._offer = None

    # Re-check -----------------------------------------------------------------------------

    def attach_scheduler(self, schedule: ScheduleOnce) -> None:
        self._schedule = schedule
        self.plan_recheck()

    def plan_recheck(self) -> None:
        if self._schedule is None:
            return
        from knotbreak.ui.ergonomics import recheck_due

        due = recheck_due(self._paths)
        if due is None:
            return
        self._schedule("ergonomics-recheck", max(due, self._runner.now()), self._remind)

    def _remind(self) -> None:
        self._show_message(
            self.tr(
                "Time to re-check your workstation: choose Workstation check in the tray menu. "
                "It takes a few minutes and shows what changed since last time."
            )
            if self._has_tray
            else self.tr(
                "Time to re-check your workstation: choose Workstation check under Menu in "
                "the status window. It takes a few minutes and shows what changed since "
                "last time."
            )
        )
