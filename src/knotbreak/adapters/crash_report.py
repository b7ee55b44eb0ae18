"""Unexpected errors reach the log and the user, not an unread terminal.

knotbreak usually starts at login with no terminal, so an exception raised in a Qt slot
would go to a stderr nobody reads and the user would only see a feature that silently
did nothing. `CrashReporter` takes over `sys.excepthook` (PySide6 passes exceptions from
slots through it, then goes on running the event loop, which is the safe thing for a tray
app: one failed click must not stop the break schedule), writes the traceback to the log
and tells the user once where that log is. `faulthandler` writes a hard crash (a
segmentation fault in Qt, an abort) into the same log file, since no Python code runs
then.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO

from knotbreak.core.text import translatable

log = logging.getLogger("knotbreak")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class CrashReporter:
    """Installs the hooks; `uninstall` restores what was there before (for tests)."""

    def __init__(self, log_file: Path) -> None:
        self._log_file = log_file
        self._notify: Callable[[str], None] | None = None
        self._told = False
        self._pending: str | None = None
        self._fault_file: IO[str] | None = None
        self._faulthandler_was_on = False
        self._previous_hook: ExceptHook | None = None
        self._previous_thread_hook: Callable[[threading.ExceptHookArgs], object] | None = None

    def install(self) -> None:
        self._faulthandler_was_on = faulthandler.is_enabled()
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self._on_exception
        threading.excepthook = self._on_thread_exception
        try:
            # Append, so a rotated log keeps what was written; kept open for the process's
            # life because faulthandler writes to a raw descriptor when Python cannot run.
            self._fault_file = open(self._log_file, "a", encoding="utf-8")  # noqa: SIM115
        except OSError as error:
            log.warning("hard crashes will go to stderr only: %s", error)
            faulthandler.enable()
        else:
            faulthandler.enable(file=self._fault_file, all_threads=True)

    def uninstall(self) -> None:
        faulthandler.disable()
        if self._faulthandler_was_on and sys.__stderr__ is not None:
            faulthandler.enable(file=sys.__stderr__)
        if self._previous_hook is not None:
            sys.excepthook = self._previous_hook
        if self._previous_thread_hook is not None:
            threading.excepthook = self._previous_thread_hook
        if self._fault_file is not None:
            self._fault_file.close()
            self._fault_file = None

    def tell_user_with(self, notify: Callable[[str], None]) -> None:
        """Where to say it once the tray (or status window) exists; says a waiting one."""
        self._notify = notify
        if self._pending is not None:
            pending, self._pending = self._pending, None
            notify(pending)

    def _on_exception(
        self,
        kind: type[BaseException],
        error: BaseException,
        traceback: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            if self._previous_hook is not None:
                self._previous_hook(kind, error, traceback)
            return
        log.error("unexpected error", exc_info=(kind, error, traceback))
        self._say_once(f"{kind.__name__}: {error}" if str(error) else kind.__name__)

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self._on_exception(args.exc_type, args.exc_value, args.exc_traceback)

    def _say_once(self, error: str) -> None:
        # Once per run: a fault that repeats on every refresh must not flood the desktop.
        if self._told:
            return
        self._told = True
        message = translatable(
            "CrashReport",
            "Something went wrong inside knotbreak ({error}). It keeps running; the details "
            "are in {log}. If it happens again, please report it with that file.",
        ).format(
            error=error[:200], log=str(self._log_file)
        )
        if self._notify is None:
            self._pending = message
        else:
            try:
                self._notify(message)
            except Exception:  # a broken tray must not recurse into this hook
                log.exception("could not tell the user about the error")
