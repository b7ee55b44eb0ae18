"""The settings dialog inside the running app: tray entry, `knotbreak settings`, saving.

Light to import (the tray imports it at start): the dialog's modules load on first open.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from knotbreak.adapters.data_deletion import (
    Clearable,
    clear_log,
    closed_store,
    delete_all,
    leftover_copies,
    remove_files,
)
from knotbreak.core.managed_settings import ManagedDefaults, load_managed_defaults
from knotbreak.core.settings import merge_settings, save_settings
from knotbreak.paths import AppPaths
from knotbreak.ui.placement import move_clear_of_others
from knotbreak.ui.window_slot import WindowSlot

if TYPE_CHECKING:
    from knotbreak.adapters.autostart import Autostart
    from knotbreak.adapters.cycle_runner import CycleRunner
    from knotbreak.adapters.data_export import ExportResult
    from knotbreak.core.history import BreakHistory
    from knotbreak.ui.settings.dialog import SettingsDialog
    from knotbreak.ui.settings.prompts import Prompts

log = logging.getLogger(__name__)
# translate("SettingsLauncher", ...) spells its context out each time: pyside6-lupdate
# skips a call whose context is a variable (docs/translations.md).


def standard_clearables(paths: AppPaths, history: BreakHistory) -> list[Clearable]:
    """What "Delete all data" empties: the open history, the workstation checks and the
    knot journal (opened only by their windows), and copies set aside as damaged.

    The stores' modules are imported only when deleting: this runs at start-up. A store
    the app later keeps open can be given to the launcher with `add_clearable` instead.
    """
    translate = QCoreApplication.translate
    return [
        Clearable(
            translate(
                "SettingsLauncher", "Your break history and the stretches you did ({file})"
            ).format(file=paths.history_file.name),
            history.clear,
        ),
        Clearable(
            translate(
                "SettingsLauncher", "Your workstation checks and the fixes you ticked off"
            ),
            lambda: _clear_ergonomics(paths),
        ),
        Clearable(
            translate("SettingsLauncher", "The knots you logged in your journal"),
            lambda: _clear_journal(paths),
        ),
        Clearable(
            translate(
                "SettingsLauncher",
                "Copies of damaged or unreadable files that knotbreak set aside",
            ),
            remove_files(lambda: leftover_copies(paths)),
        ),
        # Last: the lines the deletions above just logged go with it.
        Clearable(
            translate(
                "SettingsLauncher", "The log of when breaks began and ended ({file})"
            ).format(file=paths.log_file.name),
            clear_log(paths.log_file),
        ),
    ]


def _clear_ergonomics(paths: AppPaths) -> None:
    from knotbreak.core.ergonomics import ErgonomicsStore, store_path

    closed_store(ErgonomicsStore.open, store_path(paths.data_dir))()


def _clear_journal(paths: AppPaths) -> None:
    from knotbreak.core.journal import JournalStore, journal_path

    closed_store(JournalStore.open, journal_path(paths.data_dir))()


def _wall_now() -> datetime:
    # The real time, also under --time-scale: it names and dates the export for a person.
    return datetime.now().astimezone()


class SettingsLauncher(QObject):
    def __init__(
        self,
        paths: AppPaths,
        runner: CycleRunner,
        show_message: Callable[[str], None],
        settings_writable: bool,
        clearables: Sequence[Clearable] = (),
        autostart: Autostart | None = None,
        prompts: Prompts | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._paths = paths
        self._runner = runner
        self._show_message = show_message
        self._settings_writable = settings_writable
        self.clearables: list[Clearable] = list(clearables)
        self.calibrate_posture: Callable[[], str | None] | None = None
        """The posture coach's calibration, once the app has one."""
        """What "Delete all data" clears, in order; the composition root may add to it."""
        self._autostart = autostart
        self._prompts = prompts
        self._slot: WindowSlot[SettingsDialog] = WindowSlot(self._build_dialog)

    def add_clearable(self, clearable: Clearable) -> None:
        self.clearables.append(clearable)

    @property
    def dialog(self) -> SettingsDialog | None:
        """The open settings dialog, or None."""
        return self._slot.window

    def open_dialog(self) -> None:
        """Show the settings dialog, or bring the open one to the front."""
        opened = not self._slot.is_open()
        dialog = self._slot.open()
        if opened:
            # Not under the app's other windows (the first-run Welcome stays on top in
            # its corner): once the frame is known, move clear of them if there is room.
            QTimer.singleShot(100, dialog, lambda: move_clear_of_others(dialog))

    def _build_dialog(self) -> SettingsDialog:
        from knotbreak.adapters.autostart import autostart_for_platform
        from knotbreak.ui.settings.data_page import DataActions
        from knotbreak.ui.settings.dialog import SettingsDialog

        autostart = self._autostart
        if autostart is None:
            try:
                autostart = autostart_for_platform()
            except Exception as error:  # the dialog works without it and says so
                log.warning("start at login unavailable: %s", error)
        data = DataActions(
            config_dir=self._paths.config_dir,
            data_dir=self._paths.data_dir,
            export=self._export,
            deletable=lambda: [item.what for item in self.clearables],
            delete_all=self.delete_all,
            now=_wall_now,
        )
        return SettingsDialog(
            self._runner.settings,
            self.apply,
            writable=self._settings_writable,
            autostart=autostart,
            data=data,
            prompts=self._prompts,
            posture_calibrate=self.calibrate_posture,
            managed=self.managed_defaults(),
        )
    def managed_defaults(self) -> ManagedDefaults:
        """The administrator's defaults and locks (read again: the file is small).

        Its problems were logged and said at start (app.py); they are not repeated here.
        """
        return load_managed_defaults(self._paths.managed_defaults_file).managed

    def apply(self, changes: dict[str, Any]) -> str | None:
        """Save `changes` over the running settings and apply them; None, or why not."""
        translate = QCoreApplication.translate
        if not self._settings_writable:
            return translate(
                "SettingsLauncher",
                "the settings file is from a newer version of knotbreak and is left unchanged",
            )
        managed = self.managed_defaults()
        try:
            settings = merge_settings(self._runner.settings, changes, managed)
        except ValueError as error:
            return str(error)
        try:
            save_settings(self._paths.settings_file, settings, managed)
        except OSError as error:
            log.error("could not save %s: %s", self._paths.settings_file, error)
            return translate(
                "SettingsLauncher",
                "{file} could not be written ({error}); check that the disk has space and "
                "the folder can be written to",
            ).format(file=self._paths.settings_file, error=error.strerror or error)
        self._runner.apply_settings(settings)
        log.info("settings saved and applied: %s", ", ".join(sorted(changes)))
        return None

    def _export(self, out: Path) -> ExportResult:
        from knotbreak import __version__
        from knotbreak.adapters.data_export import export_all_data

        result = export_all_data(self._paths, out, _wall_now(), __version__)
        log.info("exported %d files to %s", len(result.names), result.path)
        return result

    def delete_all(self) -> str | None:
        """Clear every store the composition root listed; None, or what failed."""
        problems = delete_all(self.clearables)
        if not problems:
            return None
        return "; ".join(problems)
