"""Composition root: the one place that builds and wires the core, adapters and UI."""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import signal
import socket
import sys
import time
from datetime import datetime

from knotbreak.invocation import EXIT_NO_INSTANCE, EXIT_OK, Invocation
from knotbreak.paths import AppPaths

log = logging.getLogger("knotbreak")

# Another instance may be between taking the lock and listening on its socket, or busy
# (its event loop held up): a second start waits this long for it, then says so.
HANDOVER_WAIT_S = 15.0
HANDOVER_PAUSE_S = 0.1


class _LogFile(logging.handlers.RotatingFileHandler):
    """The log file, given up (said once on stderr) when the disk refuses a line: a full
    disk must not print a traceback for every later log line."""

    def handleError(self, record: logging.LogRecord) -> None:
        error = sys.exc_info()[1]
        print(f"knotbreak: not logging to {self.baseFilename} any more ({error})",
              file=sys.stderr)
        logging.getLogger().removeHandler(self)
        with contextlib.suppress(OSError):
            self.close()


def _configure_logging(paths: AppPaths, verbose: bool) -> None:
    level = logging.DEBUG if verbose else logging.INFO
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    try:
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        handlers.append(
            _LogFile(
                paths.log_file, maxBytes=256_000, backupCount=2, encoding="utf-8"
            )
        )
    except OSError as error:
        print(f"knotbreak: not logging to a file ({error})", file=sys.stderr)
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", handlers=handlers
    )
    # APScheduler logs every job run at INFO; that is noise in a log kept all day.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)


def _hand_over(paths: AppPaths) -> bool:
    """Ask a running instance to show itself; True if one answered."""
    from knotbreak.adapters.control_client import ChannelError, NoInstanceError, send_request
    from knotbreak.core.control_protocol import Request

    try:
        send_request(paths.control_address, Request("show"), timeout_s=3.0)
    except (NoInstanceError, ChannelError):
        return False
    return True


def _wait_for_instance(paths: AppPaths) -> bool:
    """The lock is taken: ask its holder to show itself; True once it answered.

    Nothing listening yet means it is still starting: ask again shortly. A request it does
    not answer means it is busy: wait for that one answer, up to HANDOVER_WAIT_S in all,
    rather than queue up a new request every few seconds.
    """
    from knotbreak.adapters.control_client import ChannelError, NoInstanceError, send_request
    from knotbreak.core.control_protocol import Request

    deadline = time.monotonic() + HANDOVER_WAIT_S
    while (left := deadline - time.monotonic()) > 0:
        try:
            send_request(paths.control_address, Request("show"), timeout_s=left)
        except NoInstanceError:
            time.sleep(HANDOVER_PAUSE_S)
        except ChannelError:
            return False
        else:
            return True
    return False


def _keep_tls_out_of_memory() -> None:
    """knotbreak never opens a network connection. APScheduler imports asyncio, which
    imports ssl and with it libssl and libcrypto: about 4 MB of resident memory that an
    app idling in the tray all day has no use for. Blocking the module keeps them out;
    asyncio is written to run without ssl."""
    sys.modules.setdefault("ssl", None)  # type: ignore[arg-type]


def _cannot_save_settings(reason: str) -> str:
    from knotbreak.core.text import translate

    return translate(
        "App",
        "knotbreak cannot save its settings: {reason}. It runs on the settings it could "
        "read (or the defaults); changes you make now last until you quit. Free some disk "
        "space or make the folder writable, then restart knotbreak.",
    ).format(reason=reason)


def run_app(invocation: Invocation) -> int:
    started = time.monotonic()
    _keep_tls_out_of_memory()
    paths = invocation.paths
    from knotbreak.private_files import tighten

    # Before the log is opened: folders and files an older knotbreak made 0755 / 0644.
    tightened = tighten((paths.config_dir, paths.data_dir))
    _configure_logging(paths, invocation.verbose)
    if tightened:
        log.info("made %d older file(s) and folder(s) private (0600 / 0700)", len(tightened))
    if _hand_over(paths):
        print("knotbreak is already running; it will show its status.")
        return EXIT_OK
    from knotbreak.adapters.crash_report import CrashReporter

    # Started at login there is no terminal: errors go to the log and the user hears once.
    crash_reporter = CrashReporter(paths.log_file)
    crash_reporter.install()

    from knotbreak.adapters.footprint import stop_pyside_source_caching

    stop_pyside_source_caching()
    from PySide6.QtCore import QSocketNotifier, QTimer
    from PySide6.QtWidgets import QApplication

    from knotbreak.adapters.dbus_calls import set_silent_buses_aside
    from knotbreak.adapters.instance_lock import InstanceLock

    # Before Qt exists: Qt talks to the session bus while it builds the tray and menus.
    for bus_problem in set_silent_buses_aside():
        log.warning("%s", bus_problem)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("knotbreak")
    app.setApplicationDisplayName("knotbreak")
    app.setDesktopFileName("knotbreak")
    app.setQuitOnLastWindowClosed(False)
    from knotbreak.ui.palette import apply_forced_scheme

    apply_forced_scheme(app)  # KNOTBREAK_COLOR_SCHEME=dark|light, for trying a scheme
    # Control edges at 3:1 in either scheme (WCAG 1.4.11): ui/window_slot.py
    # ensure_control_style() installs the style before the first window is built.

    from knotbreak.adapters.instance_lock import fallback_lock_path

    startup_messages: list[str] = []
    lock = InstanceLock(paths.lock_file)
    config_unwritable: str | None = None
    if not lock.try_acquire() and lock.unwritable:
        # A read-only or full config folder: run on what can be read, lock elsewhere.
        config_unwritable = lock.unwritable
        log.warning("instance lock kept in the runtime folder: %s", config_unwritable)
        lock = InstanceLock(fallback_lock_path(paths))
    if not lock.try_acquire():
        if _wait_for_instance(paths):
            print("knotbreak is already running; it will show its status.")
            return EXIT_OK
        holder = lock.holder_pid()
        if holder is not None:
            print(
                f"knotbreak: knotbreak is already running (process {holder}) but does not "
                "answer; it may be busy. Try again in a minute. If it still does not answer, "
                f"end process {holder} and start knotbreak again.",
                file=sys.stderr,
            )
        else:
            print(
                f"knotbreak: another instance holds {paths.lock_file} but does not answer. "
                "If no knotbreak is running, delete that file and start again.",
                file=sys.stderr,
            )
        return EXIT_NO_INSTANCE

    from knotbreak.adapters.clock import AppClock
    from knotbreak.adapters.control_commands import ControlCommands
    from knotbreak.adapters.control_server import ControlServer
    from knotbreak.adapters.cycle_runner import CycleRunner
    from knotbreak.core.history import BreakHistory
    from knotbreak.core.settings import load_settings, save_settings
    from knotbreak.ui.tray import TrayController
    from knotbreak.ui.tray_icon_art import app_icon
    from knotbreak.ui.window_presenter import WindowPresenter

    app.setWindowIcon(app_icon())
    clock = AppClock(invocation.time_scale)
    wall_now = datetime.now().astimezone()

    loaded = load_settings(paths.settings_file, wall_now)
    from knotbreak.ui.translations import install_translations

    # Before any widget is built: widgets take their words when they are made.
    install_translations(app, loaded.settings.language)
    if loaded.message():
        log.warning("%s", loaded.message())
        startup_messages.append(loaded.message() or "")
    # Write the file when it is missing (so it can be hand-edited) or was repaired (the
    # original is safe in its backup); never over a file from a newer version.
    needs_write = not paths.settings_file.exists() or (loaded.problems and loaded.backup)
    if loaded.writable and needs_write and config_unwritable is None:
        try:
            save_settings(paths.settings_file, loaded.settings)
        except OSError as error:
            log.error("could not write %s: %s", paths.settings_file, error)
            config_unwritable = f"{paths.settings_file} cannot be written ({error.strerror})"
    if config_unwritable:
        log.warning("%s", _cannot_save_settings(config_unwritable))
        startup_messages.append(_cannot_save_settings(config_unwritable))

    opened = BreakHistory.open_or_replace(paths.history_file, wall_now)
    if opened.problem:
        log.warning("%s", opened.problem)
        startup_messages.append(opened.problem)

    runner = CycleRunner(clock, loaded.settings, opened.history)
    from knotbreak.adapters.pause_keeper import PauseKeeper
    from knotbreak.core.pause_memory import PAUSE_FILE_NAME

    # "Pause until tomorrow" must still hold after a restart or a new login.
    pause_keeper = PauseKeeper(runner, paths.data_dir / PAUSE_FILE_NAME)
    pause_problem = pause_keeper.restore()
    if pause_problem:
        startup_messages.append(pause_problem)
    runner.changed.connect(pause_keeper.save)
    tray = TrayController(runner)
    status_window = None

    def show_status() -> None:
        if status_window is not None:
            status_window.showNormal()
            status_window.raise_()
            status_window.activateWindow()
        else:
            tray.show_message(runner.status_line())

    def quit_app() -> None:
        # Not app.quit(): in Qt 6 that first asks every window to close and gives up when
        # one refuses, and the status window refuses (closing it must not stop knotbreak).
        app.exit(EXIT_OK)

    def quit_soon() -> None:
        # Let the control channel send its reply before the event loop stops.
        QTimer.singleShot(100, quit_app)

    tray_shown = tray.show()
    if not tray_shown:
        from knotbreak.ui.status_window import StatusWindow
        from knotbreak.ui.window_slot import ensure_control_style

        ensure_control_style()
        status_window = StatusWindow(runner, menu=tray.menu)
        status_window.quit_requested.connect(quit_app)
        status_window.show()
        log.warning("no system tray found; showing the status window instead")
    tray.quit_requested.connect(quit_app)
    runner.notification.connect(tray.show_message if tray_shown else status_window.show_message)  # type: ignore[union-attr]
    crash_reporter.tell_user_with(
        tray.show_message if tray_shown else status_window.show_message  # type: ignore[union-attr]
    )
    log.info("tray %s %.0f ms after start", "shown" if tray_shown else "absent",
             (time.monotonic() - started) * 1000)

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
    journal = JournalLauncher(
        paths.data_dir,
        paths.history_file,
        runner.now,
        tray.show_message if tray_shown else status_window.show_message,  # type: ignore[union-attr]
    )
    tray.offer(tray.log_knot_action, journal.open_log)
    tray.offer(tray.journal_action, journal.open_journal)
    tray.offer(tray.health_notes_action, journal.open_health_notes)
    guided = GuidedBreaks(library, opened.history, runner, journal.area_weights)
    runner.add_status_source(guided.describe)
    from knotbreak.ui.sound_cues import sound_status

    runner.add_status_source(sound_status)
    presenter = WindowPresenter(runner, guided)
    from knotbreak.ui.break_latency import BreakLatencyProbe

    # After the presenter, which opens the window on the same signal.
    BreakLatencyProbe(runner, presenter, parent=presenter)
    from knotbreak.ui.micro_break_presenter import MicroBreakPresenter

    # The pictures load from the stretch library on the first micro-break, not now.
    micro_breaks = MicroBreakPresenter(runner, lambda: library.poses)
    from knotbreak.adapters.posture.coach import PostureCoach
    from knotbreak.adapters.posture.frames import FRAMES_VARIABLE, source_from

    # Off by default; OpenCV is imported only when the coach is turned on.
    frames_override = invocation.options.get("posture_frames") or os.environ.get(FRAMES_VARIABLE)
    posture = PostureCoach(
        runner, paths.data_dir, lambda: source_from(frames_override), parent=runner
    )
    runner.add_status_source(posture.status)
    from knotbreak.ui.translations import localized as _localized

    # No camera or no OpenCV: the user hears why once, and the coach stays off.
    posture.tell_user.connect(lambda problem: runner.notification.emit(_localized(problem)))
    runner.settings_applied.connect(posture.apply)
    QTimer.singleShot(0, lambda: posture.apply(runner.settings))
    from knotbreak.ui.meeting_prompt import MeetingPromptPresenter

    meeting_prompts = MeetingPromptPresenter(runner)
    from knotbreak.ui.ergonomics.launcher import ErgonomicsLauncher

    ergonomics = ErgonomicsLauncher(
        paths,
        runner,
        tray.show_message if tray_shown else status_window.show_message,  # type: ignore[union-attr]
        settings_writable=loaded.writable,
        open_health_notes=journal.open_health_notes,  # the first-run welcome's red flags
        has_tray=tray_shown,
    )
    tray.offer(tray.ergonomics_action, ergonomics.open_wizard)
    from knotbreak.ui.statistics import StatisticsLauncher, StatisticsSource

    # QtCharts and the window load on the first open; this costs nothing at start.
    statistics = StatisticsLauncher(
        StatisticsSource(
            opened.history, lambda: runner.settings.daily_break_goal, runner.now
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
        tray.show_message if tray_shown else status_window.show_message,  # type: ignore[union-attr]
        settings_writable=loaded.writable,
        clearables=standard_clearables(paths, opened.history),
    )
    tray.offer(tray.settings_action, settings_ui.open_dialog)
    # "Don't show this stretch again" on the break card saves through the same path.
    guided.save_settings = settings_ui.apply
    from knotbreak.ui.library.launcher import LibraryLauncher

    # The window and its pictures load on the first open; the catalog with it.
    stretch_library = LibraryLauncher(
        library,
        guided.start_now,
        tray.show_message if tray_shown else status_window.show_message,  # type: ignore[union-attr]
        favourites=lambda: frozenset(runner.settings.favourite_stretches),
        set_favourites=lambda chosen: settings_ui.apply(
            {"favourite_stretches": sorted(chosen)}
        ),
        hidden=lambda: frozenset(runner.settings.hidden_stretches),
        set_hidden=lambda chosen: settings_ui.apply({"hidden_stretches": sorted(chosen)}),
    )
    tray.offer(tray.library_action, stretch_library.open_window)
    tray.offer_stretch_now(stretch_library.stretch_area_now)
    if status_window is not None:
        status_window.offer_library(stretch_library.open_window)
    commands = ControlCommands(
        runner,
        tray_shown=lambda: tray_shown,
        show=show_status,
        quit_app=quit_soon,
        open_ergonomics=ergonomics.open_wizard,
        open_statistics=statistics.open_window,
        open_journal=journal.open_journal,
        open_settings=settings_ui.open_dialog,
        stretch_now=guided.start_now_argument,
        calibrate_posture=posture.calibrate,
    )
    settings_ui.calibrate_posture = posture.calibrate

    def offer_posture_calibration() -> None:
        # A finished workstation check may have moved the chair, screen or camera.
        if posture.on and posture.state.baseline is not None:
            from knotbreak.core.posture.cues import RECALIBRATE

            runner.notification.emit(_localized(RECALIBRATE))

    ergonomics.after_check = offer_posture_calibration
    server = ControlServer(commands)
    try:
        server.listen(paths.control_address)
    except OSError as error:
        log.error("control channel unavailable: %s", error)
        startup_messages.append(
            f"The command line cannot reach knotbreak this time ({error})."
        )

    scheduler_holder: list[object] = []
    watchers: list[object] = []

    def start_scheduler() -> None:
        # Imported only now: APScheduler costs ~150 ms and ~16 MB, which would delay the icon.
        from knotbreak.adapters.scheduler import WakeupScheduler

        scheduler = WakeupScheduler(clock, runner.on_wakeup)
        scheduler_holder.append(scheduler)
        from knotbreak.adapters.detection import Detection

        # Follows the settings dialog: idle and meeting options apply without a restart.
        detection = Detection(runner, runner.settings)
        detection.start()
        runner.settings_applied.connect(detection.apply)
        watchers.append(detection)
        runner.attach_wakeups(scheduler)
        ergonomics.attach_scheduler(scheduler.schedule_once)
        ergonomics.offer_once()
        from knotbreak.ui.translations import localized

        for message in startup_messages:
            # A Qt signal carries plain text: say the core's Text in the user's language first.
            runner.notification.emit(localized(message))

    QTimer.singleShot(0, start_scheduler)
    from knotbreak.adapters.give_back import MemoryGiveBack
    from knotbreak.ui.window_slot import app_windows_open

    # What a closed window leaves behind goes back once the app is in the tray alone.
    # Not a child of the application: it goes (and its timer with it) when run_app ends.
    give_back = MemoryGiveBack(app_windows_open)
    app.lastWindowClosed.connect(give_back.windows_closed)
    app.focusWindowChanged.connect(give_back.focus_changed)

    # Python signal handlers only run when Python code does; a socket pair wakes the
    # Qt event loop on SIGTERM/SIGINT without any polling timer.
    reader, writer = socket.socketpair()
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: None)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)

    def on_signal() -> None:
        reader.recv(64)
        log.info("stopping on a signal")
        quit_app()

    notifier.activated.connect(on_signal)

    code = app.exec()
    log.info("quitting")
    app.lastWindowClosed.disconnect(give_back.windows_closed)
    app.focusWindowChanged.disconnect(give_back.focus_changed)
    give_back.stop()
    for scheduler in scheduler_holder:
        scheduler.shutdown()  # type: ignore[attr-defined]
    for watcher in watchers:
        stop = getattr(watcher, "stop", None)
        if stop is not None:
            stop()
    meeting_prompts.close_all()
    server.close()
    tray.hide()
    presenter.close_all()
    micro_breaks.close_all()
    journal.close_all()
    unsaved = opened.history.close()
    if unsaved:
        log.error(
            "%d break(s) could not be saved: %s is still locked by another program, or "
            "its disk is full",
            unsaved, paths.history_file,
        )
    lock.release()
    return code if code is not None else EXIT_OK


def main(argv: list[str] | None = None) -> int:
    from knotbreak.cli import CONTROL_COMMANDS, parse, run_control_command
    from knotbreak.private_files import restrict_new_files

    # Health data: every file any command creates from here on is the user's alone.
    restrict_new_files()
    invocation = parse(sys.argv[1:] if argv is None else argv)
    if invocation.command == "version":
        from knotbreak import __version__

        print(f"knotbreak {__version__}")
        return EXIT_OK
    if invocation.command in CONTROL_COMMANDS:
        return run_control_command(invocation)
    if invocation.command == "stretch-areas":
        from knotbreak.local_commands import run_stretch_areas

        return run_stretch_areas()
    if invocation.command == "stretches":
        from knotbreak.local_commands import run_stretches

        return run_stretches(invocation)
    if invocation.command == "ergonomics":
        from knotbreak.local_commands import run_ergonomics

        return run_ergonomics(invocation)
    if invocation.command == "stats":
        from knotbreak.stats_command import run as run_stats

        return run_stats(invocation)
    if invocation.command == "log":
        from knotbreak.journal_command import run as run_log

        return run_log(invocation)
    return run_app(invocation)
