"""`knotbreak [global options] COMMAND ...`: the parser, built from the registry."""

from __future__ import annotations

import argparse
import math
import sys

from knotbreak import __version__
from knotbreak.cli.command import CommandParser
from knotbreak.cli.invocation import Invocation
from knotbreak.cli.registry import COMMANDS, command_named
from knotbreak.paths import HOME_VARIABLE, resolve_paths

DEFAULT_COMMAND = "run"


def _time_scale(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    # Below 0.01 the app's deadlines would lie beyond what a date can hold.
    if not math.isfinite(value) or not 0.01 <= value <= 100_000:
        raise argparse.ArgumentTypeError(f"{text} must be from 0.01 to 100000")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = CommandParser(
        prog="knotbreak",
        description="Break and posture companion: runs in the system tray and guides "
        "regular stretch breaks. Without a command, starts the app (or shows the running one).",
        epilog=f"Set {HOME_VARIABLE}=DIR to keep config and data in DIR/config and DIR/data.",
    )
    parser.add_argument("--version", action="version", version=f"knotbreak {__version__}")
    parser.add_argument("--config-dir", metavar="DIR", help="folder for settings.json")
    parser.add_argument("--data-dir", metavar="DIR", help="folder for history and logs")
    parser.add_argument(
        "--time-scale",
        type=_time_scale,
        default=1.0,
        metavar="N",
        help="developer option: run the app's clock N times faster "
        "(60 makes a minute pass in a second)",
    )
    parser.add_argument("--verbose", action="store_true", help="log debugging detail")
    parser.add_argument(
        "--posture-frames",
        metavar="PATH",
        help="developer option: feed the posture coach images from this folder (in name "
        "order) or a video file instead of the camera; also $KNOTBREAK_POSTURE_FRAMES",
    )
    subcommands = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=CommandParser
    )
    for command in COMMANDS:
        command.add_to(subcommands)
    return parser


def parse(argv: list[str] | None = None) -> Invocation:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    entry = args.command or DEFAULT_COMMAND
    command, argument = command_named(entry).command_and_argument(args)
    return Invocation(
        command=command,
        paths=resolve_paths(args.config_dir, args.data_dir),
        time_scale=args.time_scale,
        verbose=args.verbose,
        as_json=getattr(args, "json", False),
        sheet=getattr(args, "sheet", None),
        export_last=getattr(args, "export_last", None),
        argument=argument,
        options=vars(args),
        entry=entry,
    )
