"""A command as the registry declares it: name, --help line, options and handler."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NoReturn

from knotbreak.cli.invocation import EXIT_USAGE, Invocation

Handler = Callable[[Invocation], int]


class CommandParser(argparse.ArgumentParser):
    """argparse prints usage plus an error; people and scripts want one line and exit 2."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # argparse takes "-5m" (and "-1e3") for an unknown option and then complains that
        # the value is missing; treating anything that starts like a number as a value lets
        # the option's own check say what is wrong with it.
        self._negative_number_matcher = re.compile(r"^-\.?\d")

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"knotbreak: {message} (see 'knotbreak --help')\n")
        sys.exit(EXIT_USAGE)


def _no_options(parser: argparse.ArgumentParser) -> None:
    """Most commands take no options of their own."""


def _as_typed(name: str) -> Callable[[argparse.Namespace], tuple[str, str | None]]:
    return lambda args: (name, None)


@dataclass(frozen=True)
class Command:
    """One `knotbreak COMMAND`.

    `run` is None only for `run`: that process becomes the app, which app.main() starts
    (the cli package never imports the composition root). `request` says what the
    invocation carries when it is not just the name: `meeting start --for 45m` is the
    control request `meeting-start` with the argument `45m`.
    """

    name: str
    help: str
    run: Handler | None
    add_options: Callable[[argparse.ArgumentParser], None] = _no_options
    request: Callable[[argparse.Namespace], tuple[str, str | None]] | None = None
    description: str | None = None
    epilog: str | None = None

    def add_to(self, subcommands: Any) -> argparse.ArgumentParser:
        """Add this command to an `add_subparsers()` action (the main parser's, or a test's)."""
        parser: argparse.ArgumentParser = subcommands.add_parser(
            self.name, help=self.help, description=self.description, epilog=self.epilog
        )
        self.add_options(parser)
        return parser

    def command_and_argument(self, args: argparse.Namespace) -> tuple[str, str | None]:
        return (self.request or _as_typed(self.name))(args)
