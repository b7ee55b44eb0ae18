"""The `knotbreak` command line: start the app, or control the running one.

Controlling commands never import Qt widgets: they send one request over the control
socket and print the answer, so scripts get a reply in a few milliseconds.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from typing import Any, NoReturn

from knotbreak import __version__
from knotbreak.core.durations import DurationError
from knotbreak.core.pause import INDEFINITELY, PAUSE_SPEC_HELP, UNTIL_TOMORROW
from knotbreak.invocation import (
    EXIT_NO_INSTANCE,
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    Invocation,
    bounded_int,
    output_file,
)
from knotbreak.paths import HOME_VARIABLE, resolve_paths

CONTROL_COMMANDS = (
    "status", "break-now", "pause", "resume", "snooze", "skip", "quit",
    "meeting-start", "meeting-end", "settings", "stretch-now",
    "posture-calibrate",
)


class _Parser(argparse.ArgumentParser):
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


def _time_scale(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    # Below 0.01 the app's deadlines would lie beyond what a date can hold.
    if not math.isfinite(value) or not 0.01 <= value <= 100_000:
        raise argparse.ArgumentTypeError(f"{text} must be from 0.01 to 100000")
    return value


def _pause_spec(text: str) -> str:
    from knotbreak.core.durations import parse_duration

    cleaned = text.strip().lower()
    if cleaned in (UNTIL_TOMORROW, INDEFINITELY):
        return cleaned
    try:
        parse_duration(cleaned)
    except DurationError as error:
        message = f"{error}; or use {UNTIL_TOMORROW} or {INDEFINITELY}"
        raise argparse.ArgumentTypeError(message) from None
    return cleaned


def _meeting_length(text: str) -> str:
    from knotbreak.core.durations import parse_duration

    cleaned = text.strip().lower()
    try:
        parse_duration(cleaned)
    except DurationError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    return cleaned


def _stretch_area(text: str) -> str:
    from knotbreak.core.stretches.start_now import AREAS, unknown_area_message

    cleaned = text.strip().lower()
    if cleaned not in AREAS:
        raise argparse.ArgumentTypeError(str(unknown_area_message(text)).rstrip("."))
    return cleaned


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.add_parser("run", help="start the app (the default)")
    status = commands.add_parser("status", help="show what the running app is doing")
    status.add_argument("--json", action="store_true", help="print JSON for scripts")
    commands.add_parser("break-now", help="start a break now")
    stretch_now = commands.add_parser(
        "stretch-now", help="stretch now: a short guided routine for one area"
    )
    stretch_now.add_argument(
        "area", nargs="?", type=_stretch_area, metavar="AREA",
        help="the body area (see --list); without it, any area",
    )
    stretch_now.add_argument(
        "--minutes", type=bounded_int("minutes", 1, 15), default=3, metavar="N",
        help="how long, 1 to 15 minutes (default 3)",
    )
    stretch_now.add_argument("--list", action="store_true", help="name the areas and exit")
    commands.add_parser(
        "posture-calibrate", help="take your current posture as the posture coach's baseline"
    )
    pause = commands.add_parser("pause", help="pause breaks for a while")
    pause.add_argument("duration", type=_pause_spec, help=PAUSE_SPEC_HELP)
    commands.add_parser("resume", help="end a pause")
    commands.add_parser("snooze", help="put off the coming break by the snooze length")
    commands.add_parser("skip", help="skip the coming or current break")
    meeting = commands.add_parser(
        "meeting", help="hold breaks during a meeting (a due break waits until it ends)"
    )
    meeting_commands = meeting.add_subparsers(
        dest="meeting_command", metavar="start|end", parser_class=_Parser, required=True
    )
    meeting_start = meeting_commands.add_parser("start", help="a meeting starts now")
    meeting_start.add_argument(
        "--for",
        dest="meeting_for",
        type=_meeting_length,
        metavar="DURATION",
        help="how long, e.g. 45m or 1h30m (without it: until 'knotbreak meeting end')",
    )
    meeting_commands.add_parser("end", help="the meeting is over; a held break is offered")
    stretches = commands.add_parser("stretches", help="list the stretch catalog")
    stretches.add_argument("--json", action="store_true", help="print JSON for scripts")
    stretches.add_argument(
        "--sheet",
        metavar="OUT.png",
        type=output_file,
        help="draw every stretch into one contact sheet",
    )
    stretches.add_argument(
        "--frames",
        metavar="OUT.png",
        help="draw every stretch's motion as a strip of frames, one row per stretch",
    )
    ergonomics = commands.add_parser(
        "ergonomics", help="check your workstation (opens the wizard in the running app)"
    )
    ergonomics.add_argument(
        "--export-last",
        metavar="REPORT.pdf",
        type=output_file,
        help="write the last result as a PDF and exit",
    )
    commands.add_parser("settings", help="open the settings dialog in the running app")
    from knotbreak.stats_command import add_parser as add_stats_parser

    add_stats_parser(commands)
    from knotbreak.journal_command import add_parser as add_log_parser

    add_log_parser(commands)
    commands.add_parser("quit", help="stop the running app")
    commands.add_parser("version", help="print the version")
    return parser


def parse(argv: list[str]) -> Invocation:
    args = build_parser().parse_args(argv)
    command = args.command or "run"
    argument = getattr(args, "duration", None)
    if command == "meeting":
        command = f"meeting-{args.meeting_command}"
        argument = getattr(args, "meeting_for", None)
    if command == "stretch-now":
        if args.list:
            command = "stretch-areas"
        else:
            argument = f"{args.area or 'any'} {args.minutes}"
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
    )


def run_control_command(invocation: Invocation) -> int:
    """Send one command to the running app and print its answer."""
    from knotbreak.adapters.control_client import ChannelError, NoInstanceError, send_request
    from knotbreak.core.control_protocol import Request

    request = Request(invocation.command, invocation.argument)
    try:
        reply = send_request(invocation.paths.control_address, request)
    except NoInstanceError:
        sys.stderr.write(
            "knotbreak is not running. Start it with 'knotbreak' (or 'make run' in a checkout).\n"
        )
        return EXIT_NO_INSTANCE
    except ChannelError as error:
        sys.stderr.write(f"knotbreak: could not talk to the running app: {error}\n")
        return EXIT_NO_INSTANCE
    if not reply.get("ok"):
        sys.stderr.write(f"knotbreak: {reply.get('error', 'the app refused the command')}\n")
        return EXIT_REFUSED
    if invocation.command == "status":
        status = reply.get("status", {})
        if invocation.as_json:
            print(json.dumps(status, indent=2))
        else:
            print(status.get("summary", ""))
    elif reply.get("message"):
        print(reply["message"])
    return EXIT_OK
