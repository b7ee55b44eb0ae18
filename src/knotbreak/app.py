"""Start-up: the command line's entry point and the app process's first steps.

run_app() hands over to a running instance or takes the instance lock, opens the log,
installs crash reporting and starts Qt; composition.py (the composition root) then builds
and wires the core, adapters and UI.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import signal
import socket
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from knotbreak.cli.invocation import EXIT_NO_INSTANCE, EXIT_OK, Invocation
from knotbreak.paths import AppPaths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from knotbreak.shutdown import Shutdown

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


class _Exit(Exception):
    """Start-up ends here with this exit code (another instance answered, or not)."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def run_app(invocation: Invocation) -> int:
    """Start-up: become the one instance (or hand over to it), set up logging and crash
    reporting and Qt, then let composition.py build the app and run it until quit."""
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
    app = _start_qt()

    def quit_app() -> None:
        # Not app.quit(): in Qt 6 that first asks every window to close and gives up when
        # one refuses, and the status window refuses (closing it must not stop knotbreak).
        app.exit(EXIT_OK)

    from knotbreak.shutdown import Shutdown

    shutdown = Shutdown()
    try:
        config_unwritable = _become_the_instance(paths, shutdown)
    except _Exit as done:
        return done.code
    from knotbreak.composition import StartUp, compose

    compose(
        StartUp(app, invocation, shutdown, crash_reporter, quit_app, config_unwritable, started)
    )
    from knotbreak.adapters.give_back import MemoryGiveBack
    from knotbreak.ui.window_slot import app_windows_open

    # What a closed window leaves behind goes back once the app is in the tray alone.
    give_back = MemoryGiveBack(app_windows_open)
    app.lastWindowClosed.connect(give_back.windows_closed)
    app.focusWindowChanged.connect(give_back.focus_changed)

    def stop_giving_back() -> None:
        app.lastWindowClosed.disconnect(give_back.windows_closed)
        app.focusWindowChanged.disconnect(give_back.focus_changed)
        give_back.stop()

    shutdown.add("stop giving memory back", stop_giving_back)
    _stop_on_signals(quit_app, shutdown)
    code = app.exec()
    log.info("quitting")
    shutdown.run()
    return code if code is not None else EXIT_OK


def _start_qt() -> QApplication:
    from knotbreak.adapters.footprint import stop_pyside_source_caching

    stop_pyside_source_caching()
    from PySide6.QtWidgets import QApplication

    from knotbreak.adapters.dbus_calls import set_silent_buses_aside

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
    return app


def _become_the_instance(paths: AppPaths, shutdown: Shutdown) -> str | None:
    """Take the instance lock (released last at quit); raises _Exit when another instance
    holds it. Returns why the config folder takes no new files, or None when it does."""
    from knotbreak.adapters.instance_lock import InstanceLock, fallback_lock_path

    lock = InstanceLock(paths.lock_file)
    config_unwritable: str | None = None
    if not lock.try_acquire() and lock.unwritable:
        # A read-only or full config folder: run on what can be read, lock elsewhere.
        config_unwritable = lock.unwritable
        log.warning("instance lock kept in the runtime folder: %s", config_unwritable)
        lock = InstanceLock(fallback_lock_path(paths))
    if lock.try_acquire():
        shutdown.add("release the instance lock", lock.release)
        return config_unwritable
    if _wait_for_instance(paths):
        print("knotbreak is already running; it will show its status.")
        raise _Exit(EXIT_OK)
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
    raise _Exit(EXIT_NO_INSTANCE)


def _stop_on_signals(quit_app: Callable[[], None], shutdown: Shutdown) -> None:
    """Quit on SIGTERM / SIGINT."""
    from PySide6.QtCore import QSocketNotifier

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

    def stop_listening() -> None:
        # Holds the sockets until quit: the wake-up fd is only a number to Python.
        notifier.setEnabled(False)
        signal.set_wakeup_fd(-1)
        reader.close()
        writer.close()

    shutdown.add("stop listening for signals", stop_listening)


def main(argv: list[str] | None = None) -> int:
    from knotbreak.cli.parser import parse
    from knotbreak.cli.registry import command_for
    from knotbreak.private_files import restrict_new_files

    # Health data: every file any command creates from here on is the user's alone.
    restrict_new_files()
    invocation = parse(sys.argv[1:] if argv is None else argv)
    command = command_for(invocation)
    if command.run is None:  # `run`, or no command at all: this process becomes the app
        return run_app(invocation)
    return command.run(invocation)
