"""What each control-socket command does to the running app.

Replies are in the app's language, as the tray says them: the command line prints them
as they come. Only the human-readable `message` and `error` are translated; the `status`
snapshot stays as `status --json` documents it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from knotbreak.adapters.cycle_runner import CycleRunner
from knotbreak.core.control_protocol import Request
from knotbreak.core.text import Text


def _said(text: object) -> object:
    """A core Text in the language the app was started with; anything else as it is."""
    if isinstance(text, Text):
        return text.render(QCoreApplication.translate)
    return text


class ControlCommands:
    """Turns requests into runner intents; answers are JSON-ready dictionaries."""

    def __init__(
        self,
        runner: CycleRunner,
        *,
        tray_shown: Callable[[], bool],
        show: Callable[[], None],
        quit_app: Callable[[], None],
        open_ergonomics: Callable[[], None] | None = None,
        open_settings: Callable[[], None] | None = None,
        open_statistics: Callable[[], None] | None = None,
        open_journal: Callable[[], None] | None = None,
        stretch_now: Callable[[str | None], str | None] | None = None,
        calibrate_posture: Callable[[], str | None] | None = None,
    ) -> None:
        self._runner = runner
        self._tray_shown = tray_shown
        self._show = show
        self._quit = quit_app
        self._open_ergonomics = open_ergonomics
        self._open_settings = open_settings
        self._open_statistics = open_statistics
        self._open_journal = open_journal
        self._stretch_now = stretch_now
        self._calibrate_posture = calibrate_posture

    def __call__(self, request: Request) -> dict[str, Any]:
        reply = self._answer(request)
        for key in ("message", "error"):
            if key in reply:
                reply[key] = _said(reply[key])
        if "status" in reply:
            # `knotbreak status` prints this line; the snapshot keeps its English summary.
            reply["message"] = _said(reply["status"].get("summary", ""))
        return reply

    def _answer(self, request: Request) -> dict[str, Any]:
        runner = self._runner
        command = request.command
        if command == "status":
            status = runner.status()
            status["tray"] = self._tray_shown()
            status["pid"] = os.getpid()
            return {"ok": True, "status": status}
        if command == "show":
            self._show()
            return {
                "ok": True,
                "message": QCoreApplication.translate(
                    "ControlCommands", "knotbreak is already running."
                ),
            }
        if command == "ergonomics":
            if self._open_ergonomics is None:
                return {
                    "ok": False,
                    "error": QCoreApplication.translate(
                        "ControlCommands", "The ergonomics check is not available."
                    ),
                }
            self._open_ergonomics()
            return {
                "ok": True,
                "message": QCoreApplication.translate(
                    "ControlCommands", "The ergonomics check is open."
                ),
            }
        if command == "settings":
            if self._open_settings is None:
                return {
                    "ok": False,
                    "error": QCoreApplication.translate(
                        "ControlCommands", "The settings dialog is not available."
                    ),
                }
            self._open_settings()
            return {
                "ok": True,
                "message": QCoreApplication.translate(
                    "ControlCommands", "The settings are open in knotbreak."
                ),
            }
        if command == "statistics":
            if self._open_statistics is None:
                return {
                    "ok": False,
                    "error": QCoreApplication.translate(
                        "ControlCommands", "The statistics window is not available."
                    ),
                }
            self._open_statistics()
            return {
                "ok": True,
                "message": QCoreApplication.translate(
                    "ControlCommands", "The statistics window is open in knotbreak."
                ),
            }
        if command == "journal":
            if self._open_journal is None:
                return {
                    "ok": False,
                    "error": QCoreApplication.translate(
                        "ControlCommands", "The knot journal is not available."
                    ),
                }
            self._open_journal()
            return {
                "ok": True,
                "message": QCoreApplication.translate(
                    "ControlCommands", "The knot journal is open in knotbreak."
                ),
            }
        if command == "stretch-now":
            if self._stretch_now is None:
                return {
                    "ok": False,
                    "error": QCoreApplication.translate(
                        "ControlCommands", "Guided stretches are not available."
                    ),
                }
            refused_stretch = self._stretch_now(request.argument)
            if refused_stretch is not None:
                return {"ok": False, "error": refused_stretch}
            return {"ok": True, "message": runner.status_line()}
        if command == "posture-calibrate":
            if self._calibrate_posture is None:
                return {
                    "ok": False,
                    "error": QCoreApplication.translate(
                        "ControlCommands", "The posture coach is not available."
                    ),
                }
            problem = self._calibrate_posture()
            if problem is not None:
                return {"ok": False, "error": problem}
            return {
                "ok": True,
                "message": QCoreApplication.translate(
                    "ControlCommands", "The posture coach took your posture as its baseline."
                ),
            }
        if command == "quit":
            self._quit()
            return {
                "ok": True,
                "message": QCoreApplication.translate(
                    "ControlCommands", "knotbreak is quitting."
                ),
            }
        intents: dict[str, Callable[[], str | None]] = {
            "break-now": runner.take_break_now,
            "resume": runner.resume,
            "snooze": runner.snooze,
            "skip": runner.skip,
            "pause": lambda: runner.pause(request.argument or ""),
            "meeting-start": lambda: runner.meeting_start(request.argument),
            "meeting-end": runner.meeting_end,
        }
        refused = intents[command]()
        if refused is not None:
            return {"ok": False, "error": refused}
        return {"ok": True, "message": runner.status_line()}
