"""Composition root: builds knotbreak's services and wires the core, adapters and UI.

app.py starts the process (hand-over to a running instance, the instance lock, logging,
crash reporting, the QApplication) and then calls compose(); this module and app.py are
the only ones that know all three layers. Whatever must be stopped at quit registers its
step on the given Shutdown right where it is built (run newest first, see shutdown.py).

Imports stay where they were first needed: what is imported after the tray icon shows
does not delay it, and the windows, APScheduler, QtCharts and OpenCV load on first use.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from knotbreak.adapters.clock import AppClock
from knotbreak.adapters.control_commands import ControlCommands
from knotbreak.adapters.control_server import ControlServer
from knotbreak.adapters.cycle_runner import CycleRunner
from knotbreak.cli.invocation import Invocation
from knotbreak.core.history import BreakHistory
from knotbreak.core.settings import LoadedSettings, load_settings, save_settings
from knotbreak.core.text import translatable
from knotbreak.paths import AppPaths
from knotbreak.shutdown import Shutdown
from knotbreak.ui.translations import install_translations, localized
from knotbreak.ui.tray import TrayController
from knotbreak.ui.tray_icon_art import app_icon
from knotbreak.ui.window_presenter import WindowPresenter

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from knotbreak.adapters.crash_report import CrashReporter
    from knotbreak.adapters.guided_breaks import GuidedBreaks
    from knotbreak.adapters.posture.coach import PostureCoach
    from knotbreak.ui.ergonomics.launcher import ErgonomicsLauncher
    from knotbreak.ui.journal.launcher import JournalLauncher
    from knotbreak.ui.settings.launcher import SettingsLauncher
    from knotbreak.ui.statistics import StatisticsLauncher
    from knotbreak.ui.status_window import StatusWindow

log = logging.getLogger("knotbreak")


@dataclass(frozen=True)
class StartUp:
    """What start-up (app.py) hands to the composition."""

    app: QApplication
    invocation: Invocation
    shutdown: Shutdown
    crash_reporter: CrashReporter
    quit_app: Callable[[], None]
    config_unwritable: str | None
    """Why the config folder takes no new files (the lock went elsewhere); None: it does."""
    started: float
    """time.monotonic() when the process started, for the log's "tray shown" line."""


@dataclass(frozen=True)
class _Face:
    """Where the user sees knotbreak: the tray icon, or the status window without a tray."""

    tray: TrayController
    status_window: StatusWindow | None
    tell_user: Callable[[str], None]

    @property
    def tray_shown(self) -> bool:
        return self.status_window is None


def cannot_save_settings(reason: str) -> str:
    return translatable(
        "App",
        "knotbreak cannot save its settings: {reason}. It runs on the settings it could "
        "read (or the defaults); changes you make now last until you quit. Free some disk "
        "space or make the folder writable, then restart knotbreak.",
    ).format(reason=reason)


def compose(start: StartUp) -> None:
    """Build every service and window launcher; the event loop runs them from here."""
    # PySide keeps no strong reference to a plain Python object whose method is connected
    # to a signal (the pause keeper, the launchers): all that is built here is held until
    # the composition's other quit steps have run (this one, added first, runs after
    # them), as it was when it all lived in one function.
    held: list[object] = []
    start.shutdown.add("let go of the services", held.clear)
    paths = start.invocation.paths
    start.app.setWindowIcon(app_icon())
    clock = AppClock(start.invocation.time_scale)
    wall_now = datetime.now().astimezone()
    # Said through the tray once it is up, in the user's language (see _start_later).
    messages: list[str] = []

    loaded = _load_settings(start, paths, wall_now, messages)
    history = _open_history(paths, wall_now, messages, start.shutdown)
    runner = CycleRunner(clock, loaded.settings, history)
    held += [clock, history, runner, _keep_pauses(runner, paths, messages)]
    face = _show_face(start, runner)
    services = _build_services(start, paths, runner, history, loaded.writable, face, held)
    held += [face, services, _listen(start, paths, runner, face, services, messages)]
    QTimer.singleShot(0, lambda: _start_later(clock, runner, services, messages, start.shutdown))


def _load_settings(
    start: StartUp, paths: AppPaths, wall_now: datetime, messages: list[str]
) -> LoadedSettings:
    loaded = load_settings(paths.settings_file, wall_now, paths.managed_defaults_file)
    # Before any widget is built: widgets take their words when they are made.
    install_translations(start.app, loaded.settings.language)
    if loaded.message():
        log.warning("%s", loaded.message())
        messages.append(loaded.message() or "")
    # Write the file when it is missing (so it can be hand-edited) or was repaired (the
    # original is safe in its backup); never over a file from a newer version.
    config_unwritable = start.config_unwritable
    needs_write = not paths.settings_file.exists() or (loaded.problems and loaded.backup)
    if loaded.writable and needs_write and config_unwritable is None:
        try:
            save_settings(paths.settings_file, loaded.settings, loaded.managed)
        except OSError as error:
            log.error("could not write %s: %s", paths.settings_file, error)
            config_unwritable = f"{paths.settings_file} cannot be written ({error.strerror})"
    if config_unwritable:
        log.warning("%s", cannot_save_settings(config_unwritable))
        messages.append(cannot_save_settings(config_unwritable))
    return loaded


def _open_history(
    paths: AppPaths, wall_now: datetime, messages: list[str], shutdown: Shutdown
) -> BreakHistory:
    opened = BreakHistory.open_or_replace(paths.history_file, wall_now)
    if opened.problem:
        log.warning("%s", opened.problem)
        messages.append(opened.problem)
    history = opened.history

    def close() -> None:
        unsaved = history.close()
        if unsaved:
            log.error(
                "%d break(s) could not be saved: %s is still locked by another program, "
                "or its disk is full",
                unsaved, paths.history_file,
            )

    shutdown.add("close the break history", close)
    return history


def _keep_pauses(runner: CycleRunner, paths: AppPaths, messages: list[str]) -> object:
    from knotbreak.adapters.pause_keeper import PauseKeeper
    from knotbreak.core.pause_memory import PAUSE_FILE_NAME

    # "Pause until tomorrow" must still hold after a restart or a new login.
    pause_keeper = PauseKeeper(runner, paths.data_dir / PAUSE_FILE_NAME)
    pause_problem = pause_keeper.restore()
    if pause_problem:
        messages.append(pause_problem)
    runner.changed.connect(pause_keeper.save)
    return pause_keeper


def _show_face(start: StartUp, runner: CycleRunner) -> _Face:
    tray = TrayController(runner)
    tray_shown = tray.show()
    status_window = None
    if not tray_shown:
        from knotbreak.ui.status_window import StatusWindow
        from knotbreak.ui.window_slot import ensure_control_style

        ensure_control_style()
        status_window = StatusWindow(runner, menu=tray.menu)
        status_window.quit_requested.connect(start.quit_app)
        status_window.show()
        log.warning("no system tray found; showing the status window instead")
    start.shutdown.add("hide the tray icon", tray.hide)
    tray.quit_requested.connect(start.quit_app)
    tell_user = tray.show_message if status_window is None else status_window.show_message
    runner.notification.connect(tell_user)
    start.crash_reporter.tell_user_with(tell_user)
    log.info("tray %s %.0f ms after start", "shown" if tray_shown else "absent",
             (time.monotonic() - start.started) * 1000)
    return _Face(tray, status_window, tell_user)


@dataclass(frozen=True)
class _Services:
    """The parts the control channel and the delayed start reach."""

    guided: GuidedBreaks
    ergonomics: ErgonomicsLauncher
    statistics: StatisticsLauncher
    settings_ui: SettingsLauncher
    posture: PostureCoach
    journal: JournalLauncher


def _build_services(
    start: StartUp,
    paths: AppPaths,
    runner: CycleRunner,
    history: BreakHistory,
    settings_writable: bool,
    face: _Face,
    held: list[object],
) -> _Services:
    shutdown = start.shutdown
    tray, tell_user = face.tray, face.tell_user
    from knotbreak.adapters.break_session import StretchLibrary
    from knotbreak.adapters.guided_breaks import GuidedBreaks
    from knotbreak.core.stretches import CUSTOM_FILE_NAME
    from knotbreak.resources_path import resource

    # Nothing is read here: the catalog and pictures load when the first break starts.
    library = StretchLibrary(
        resource("stretches/catalog.json"),
        paths.config_dir / CUSTOM_FILE_NAME,
        resource("stretches/poses.json"),
    )
    from knotbreak.ui.journal.launcher import JournalLauncher

    # Opens nothing now: the journal file on the first break or window, QtCharts with the
    # journal window.
    journal = JournalLauncher(paths.data_dir, paths.history_file, runner.now, tell_user)
    shutdown.add("close the journal", journal.close_all)
    tray.offer(tray.log_knot_action, journal.open_log)
    tray.offer(tray.journal_action, journal.open_journal)
    tray.offer(tray.health_notes_action, journal.open_health_notes)
    guided = GuidedBreaks(library, history, runner, journal.area_weights)
    runner.add_status_source(guided.describe)
    from knotbreak.ui.sound_cues import sound_status

    runner.add_status_source(sound_status)
    presenter = WindowPresenter(runner, guided)
    shutdown.add("close the break windows", presenter.close_all)
    from knotbreak.ui.break_latency import BreakLatencyProbe

    # After the presenter, which opens the window on the same signal.
    BreakLatencyProbe(runner, presenter, parent=presenter)
    from knotbreak.ui.micro_break_presenter import MicroBreakPresenter

    # The pictures load from the stretch library on the first micro-break, not now.
    micro_breaks = MicroBreakPresenter(runner, lambda: library.poses)
    shutdown.add("close the micro-break windows", micro_breaks.close_all)
    from knotbreak.adapters.posture.coach import PostureCoach
    from knotbreak.adapters.posture.frames import FRAMES_VARIABLE, source_from

    # Off by default; OpenCV is imported only when the coach is turned on.
    options = start.invocation.options
    frames_override = options.get("posture_frames") or os.environ.get(FRAMES_VARIABLE)
    posture = PostureCoach(
        runner, paths.data_dir, lambda: source_from(frames_override), parent=runner
    )
    runner.add_status_source(posture.status)
    # No camera or no OpenCV: the user hears why once, and the coach stays off.
    posture.tell_user.connect(lambda problem: runner.notification.emit(localized(problem)))
    runner.settings_applied.connect(posture.apply)
    QTimer.singleShot(0, lambda: posture.apply(runner.settings))
    from knotbreak.ui.meeting_prompt import MeetingPromptPresenter

    meeting_prompts = MeetingPromptPresenter(runner)
    shutdown.add("close the meeting prompts", meeting_prompts.close_all)
    from knotbreak.ui.ergonomics.launcher import ErgonomicsLauncher
    from knotbreak.ui.journal.launcher import JournalLauncher

    ergonomics = ErgonomicsLauncher(
        paths,
        runner,
        tell_user,
        settings_writable=settings_writable,
        open_health_notes=journal.open_health_notes,  # the first-run welcome's red flags
        has_tray=face.tray_shown,
    )
    tray.offer(tray.ergonomics_action, ergonomics.open_wizard)
    from knotbreak.core.posture import store as posture_store
    from knotbreak.ui.statistics import StatisticsLauncher, StatisticsSource

    # QtCharts and the window load on the first open; this costs nothing at start.
    statistics = StatisticsLauncher(
        StatisticsSource(
            history,
            lambda: runner.settings.daily_break_goal,
            runner.now,
            posture_file=paths.data_dir / posture_store.FILE_NAME,
        )
    )
    tray.offer(tray.statistics_action, statistics.open_window)
    from knotbreak.ui.history_watch import HistoryWatch

    # Open statistics and journal windows follow breaks as they are recorded.
    history_watch = HistoryWatch(runner, parent=runner)
    history_watch.recorded.connect(statistics.refresh)
    history_watch.recorded.connect(journal.refresh)
    from knotbreak.ui.settings.launcher import SettingsLauncher, standard_clearables

    settings_ui = SettingsLauncher(
        paths,
        runner,
        tell_user,
        settings_writable=settings_writable,
        clearables=standard_clearables(paths, history),
    )
    tray.offer(tray.settings_action, settings_ui.open_dialog)
    # "Don't show this stretch again" on the break card saves through the same path.
    guided.save_settings = settings_ui.apply
    settings_ui.calibrate_posture = posture.calibrate
    from knotbreak.ui.library.launcher import LibraryLauncher

    # The window and its pictures load on the first open; the catalog with it.
    stretch_library = LibraryLauncher(
        library,
        guided.start_now,
        tell_user,
        favourites=lambda: frozenset(runner.settings.favourite_stretches),
        set_favourites=lambda chosen: settings_ui.apply(
            {"favourite_stretches": sorted(chosen)}
        ),
        hidden=lambda: frozenset(runner.settings.hidden_stretches),
        set_hidden=lambda chosen: settings_ui.apply({"hidden_stretches": sorted(chosen)}),
    )
    tray.offer(tray.library_action, stretch_library.open_window)
    tray.offer_stretch_now(stretch_library.stretch_area_now)
    if face.status_window is not None:
        face.status_window.offer_library(stretch_library.open_window)

    def offer_posture_calibration() -> None:
        # A finished workstation check may have moved the chair, screen or camera.
        if posture.on and posture.state.baseline is not None:
            from knotbreak.core.posture.cues import RECALIBRATE

            runner.notification.emit(localized(RECALIBRATE))

    ergonomics.after_check = offer_posture_calibration
    held += [
        library, journal, guided, presenter, micro_breaks, posture, meeting_prompts,
        ergonomics, statistics, history_watch, settings_ui, stretch_library,
    ]
    return _Services(guided, ergonomics, statistics, settings_ui, posture, journal)


def _listen(
    start: StartUp,
    paths: AppPaths,
    runner: CycleRunner,
    face: _Face,
    services: _Services,
    messages: list[str],
) -> ControlServer:
    """The control channel: the command line's `status`, `break-now`, `quit` and so on."""

    def show_status() -> None:
        if face.status_window is not None:
            face.status_window.showNormal()
            face.status_window.raise_()
            face.status_window.activateWindow()
        else:
            face.tray.show_message(runner.status_line())

    def quit_soon() -> None:
        # Let the control channel send its reply before the event loop stops.
        QTimer.singleShot(100, start.quit_app)

    commands = ControlCommands(
        runner,
        tray_shown=lambda: face.tray_shown,
        show=show_status,
        quit_app=quit_soon,
        open_ergonomics=services.ergonomics.open_wizard,
        open_statistics=services.statistics.open_window,
        open_journal=services.journal.open_journal,
        open_settings=services.settings_ui.open_dialog,
        stretch_now=services.guided.start_now_argument,
        calibrate_posture=services.posture.calibrate,
    )
    server = ControlServer(commands)
    start.shutdown.add("close the control channel", server.close)
    try:
        server.listen(paths.control_address)
    except OSError as error:
        log.error("control channel unavailable: %s", error)
        messages.append(f"The command line cannot reach knotbreak this time ({error}).")
    return server


def _start_later(
    clock: AppClock,
    runner: CycleRunner,
    services: _Services,
    messages: list[str],
    shutdown: Shutdown,
) -> None:
    """Once the tray icon is up: the scheduler, the idle and meeting watchers, and the
    start-up messages."""
    # Imported only now: APScheduler costs ~150 ms and ~16 MB, which would delay the icon.
    from knotbreak.adapters.scheduler import WakeupScheduler

    scheduler = WakeupScheduler(clock, runner.on_wakeup)
    shutdown.add("stop the scheduler", scheduler.shutdown)
    from knotbreak.adapters.detection import Detection

    # Follows the settings dialog: idle and meeting options apply without a restart.
    detection = Detection(runner, runner.settings)
    detection.start()
    shutdown.add("stop the idle and meeting watchers", detection.stop)
    runner.settings_applied.connect(detection.apply)
    runner.attach_wakeups(scheduler)
    services.ergonomics.attach_scheduler(scheduler.schedule_once)
    services.ergonomics.offer_once()
    for message in messages:
        # A Qt signal carries plain text: say the core's Text in the user's language first.
        runner.notification.emit(localized(message))
