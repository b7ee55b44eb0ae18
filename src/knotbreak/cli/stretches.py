"""`knotbreak stretches`: the stretch catalog as a list, JSON, a contact sheet or frame strips.

Needs no running app; Qt is imported only to draw.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from knotbreak.cli.command import Command
from knotbreak.cli.invocation import EXIT_NO_INSTANCE, EXIT_OK, Invocation, output_file


def _options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.add_argument(
        "--sheet",
        metavar="OUT.png",
        type=output_file,
        help="draw every stretch into one contact sheet",
    )
    parser.add_argument(
        "--frames",
        metavar="OUT.png",
        help="draw every stretch's motion as a strip of frames, one row per stretch",
    )


def _catalog_problems_to_stderr(problems: list[str]) -> None:
    for problem in problems:
        sys.stderr.write(f"knotbreak: {problem}\n")


def list_stretches(invocation: Invocation) -> int:
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


STRETCHES = Command(
    "stretches", "list the stretch catalog", run=list_stretches, add_options=_options
)
