"""What every command shares: the parsed invocation, the exit codes, argument types.

Kept apart from the parser so that the command modules and the app can use them without
importing the registry, which imports every command in turn.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from knotbreak.paths import AppPaths

EXIT_OK = 0
EXIT_NO_INSTANCE = 1
EXIT_USAGE = 2
EXIT_REFUSED = 3


def bounded_int(what: str, lowest: int, highest: int) -> Callable[[str], int]:
    """An argparse type for a whole number from `lowest` to `highest`, saying why not."""

    def convert(text: str) -> int:
        cleaned = text.strip()
        # int() also takes "1_000" and refuses over 4300 digits with a ValueError.
        if not re.fullmatch(r"[+-]?[0-9]{1,12}", cleaned):
            raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of {what}")
        value = int(cleaned)
        if not lowest <= value <= highest:
            raise argparse.ArgumentTypeError(
                f"{value} {what} is outside {lowest} to {highest}"
            )
        return value

    return convert


def output_file(text: str) -> str:
    """An argparse type for a file the command writes: its folder must already exist.

    Creating folders the user did not ask for hides a typo in the path; the message says
    which folder is missing instead.
    """
    from pathlib import Path

    if not text.strip():
        raise argparse.ArgumentTypeError("the file name is empty")
    path = Path(text).expanduser()
    folder = path.parent
    if folder.exists() and not folder.is_dir():
        raise argparse.ArgumentTypeError(f"{folder} is a file, not a folder; choose a folder")
    if not folder.is_dir():
        raise argparse.ArgumentTypeError(
            f"the folder {folder} does not exist; create it first or choose another"
        )
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"{path} is a folder; give a file name")
    return str(path)


@dataclass(frozen=True)
class Invocation:
    command: str
    paths: AppPaths
    time_scale: float
    verbose: bool
    as_json: bool = False
    argument: str | None = None
    sheet: str | None = None
    export_last: str | None = None
    options: dict[str, Any] = field(default_factory=dict)
    """Every parsed option by its argparse name, for commands with options of their own."""
    entry: str = ""
    """The command's name in the registry when it differs from `command` (`meeting` for
    `meeting-start`, `stretch-now` for `stretch-areas`); empty means `command`."""
