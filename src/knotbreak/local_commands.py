"""Commands that work without the running app: the stretch catalog and ergonomics reports."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from knotbreak.invocation import EXIT_NO_INSTANCE, EXIT_OK, Invocation


def _catalog_problems_to_stderr(problems: list[str]) -> None:
    for problem in problems:
        sys.stderr.write(f"knotbreak: {problem}\n")


def run_stretch_areas() -> int:
    """`knotbreak stretch-now --list`: the areas, one a line, with what they cover."""
    from knotbreak.core.stretches.catalog import FOCUS_AREAS
    from knotbreak.core.stretches.start_now import AREAS

    for area in AREAS:
        print(f"{area:18} {', '.join(sorted(FOCUS_AREAS[area]))}")
    return EXIT_OK


def run_stretches(invocation: Invocation) -> int:
    from knotbreak.core.stretches import CUSTOM_FILE_NAME, catalog_as_json, load_catalog
    from knotbreak.resources_path import resource

    loaded = load_catalog(
        resource("stretches/catalog.json"), invocation.paths.config_dir / CUSTOM_FILE_NAME
    )
    _catalog_problems_to_stderr(loaded.problems)
    catalog = loaded.catalog
    frames = invocation.options.get("frames")
    if invocation.sheet or frames:
        names = {e.id: e.name for e in catalog.entries}
        code = EXIT_OK
        if invocation.sheet:
            code = _write_sheet(Path(invocation.sheet), names)
        if frames and code == EXIT_OK:
            code = _write_sheet(Path(str(frames)), names, strips=True)
        return code
    if invocation.as_json:
        print(json.dumps(catalog_as_json(catalog), indent=2, ensure_ascii=False))
        return EXIT_OK
    for entry in catalog.entries:
        sided = ", each side" if entry.one_sided else ""
        print(f"{entry.id:18} {entry.name} ({entry.position}, {entry.hold_seconds} s{sided})")
    return EXIT_OK


def _write_sheet(out: Path, names: dict[str, str], strips: bool = False) -> int:
    # Drawing needs a Qt application but no screen: render offscreen when there is none.
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from knotbreak.ui.contact_sheet import write_contact_sheet, write_frame_strips

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    try:
        written = write_frame_strips(out, names) if strips else write_contact_sheet(out, names)
    except (OSError, ValueError) as error:
        sys.stderr.write(f"knotbreak: could not write the contact sheet: {error}\n")
        return EXIT_NO_INSTANCE
    print(f"Wrote {written}")
    return EXIT_OK


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

    from knotbreak.adapters.control_client import ChannelError, NoInstanceError, send_request
    from knotbreak.core.control_protocol import Request

    try:
        send_request(paths.control_address, Request("ergonomics"))
    except (NoInstanceError, ChannelError):
        return _standalone_wizard(invocation)
    print("The ergonomics check is open in knotbreak.")
    return EXIT_OK


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
    language = load_settings(paths.settings_file, datetime.now().astimezone()).settings.language
    install_translations(app, language)

    def accept(changes: dict[str, Any]) -> None:
        loaded = load_settings(paths.settings_file, datetime.now().astimezone())
        if not loaded.writable:
            raise ValueError(loaded.message() or "the settings file cannot be changed")
        save_settings(paths.settings_file, merge_settings(loaded.settings, changes))

    open_ergonomics_wizard(paths, accept)  # the module keeps the window alive until closed
    return int(app.exec())
