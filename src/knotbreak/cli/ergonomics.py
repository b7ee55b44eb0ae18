"""`knotbreak ergonomics`: the workstation check, in the running app or on its own here;
`--export-last` writes the last result as a PDF."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from knotbreak.cli.command import Command
from knotbreak.cli.invocation import EXIT_NO_INSTANCE, EXIT_OK, Invocation, output_file
from knotbreak.cli.running_app import Reply, ask_running_app
from knotbreak.core.control_protocol import Request


def _options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--export-last",
        metavar="REPORT.pdf",
        type=output_file,
        help="write the last result as a PDF and exit",
    )


def run_ergonomics(invocation: Invocation) -> int:
    paths = invocation.paths
    if invocation.export_last:
        from knotbreak.ui.ergonomics import export_last_report

        error = export_last_report(paths, Path(invocation.export_last))
        if error:
            sys.stderr.write(f"knotbreak: {error}\n")
            return EXIT_NO_INSTANCE
        print(f"Wrote {invocation.export_last}")
        return EXIT_OK

    def answered(reply: Reply) -> int:
        print("The ergonomics check is open in knotbreak.")
        return EXIT_OK

    return ask_running_app(
        invocation,
        Request("ergonomics"),
        answered=answered,
        here=lambda: _standalone_wizard(invocation),
    )


def _standalone_wizard(invocation: Invocation) -> int:
    """knotbreak is not running: run the wizard here; accepted settings go to the file."""
    from datetime import datetime

    from PySide6.QtWidgets import QApplication

    from knotbreak.core.settings import load_settings, merge_settings, save_settings
    from knotbreak.ui.ergonomics import open_ergonomics_wizard

    paths = invocation.paths
    from knotbreak.adapters.dbus_calls import set_silent_buses_aside

    # A session bus that never answers would hold up the window for minutes (app.py).
    for problem in set_silent_buses_aside():
        sys.stderr.write(f"knotbreak: {problem}\n")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from knotbreak.ui.palette import apply_forced_scheme
    from knotbreak.ui.translations import install_translations

    apply_forced_scheme(app)
    language = load_settings(
        paths.settings_file, datetime.now().astimezone(), paths.managed_defaults_file
    ).settings.language
    install_translations(app, language)

    def accept(changes: dict[str, Any]) -> None:
        # As in the running app: the administrator's locked keys are refused with a
        # message, and their defaults stay out of the user's file.
        loaded = load_settings(
            paths.settings_file, datetime.now().astimezone(), paths.managed_defaults_file
        )
        if not loaded.writable:
            raise ValueError(loaded.message() or "the settings file cannot be changed")
        settings = merge_settings(loaded.settings, changes, loaded.managed)
        save_settings(paths.settings_file, settings, loaded.managed)

    open_ergonomics_wizard(paths, accept)  # the module keeps the window alive until closed
    return int(app.exec())


ERGONOMICS = Command(
    "ergonomics",
    "check your workstation (opens the wizard in the running app)",
    run=run_ergonomics,
    add_options=_options,
)
