"""`knotbreak meeting start [--for DURATION]` and `knotbreak meeting end`."""

from __future__ import annotations

import argparse

from knotbreak.cli.command import Command, CommandParser
from knotbreak.cli.running_app import tell_running_app
from knotbreak.core.durations import DurationError


def _meeting_length(text: str) -> str:
    from knotbreak.core.durations import parse_duration

    cleaned = text.strip().lower()
    try:
        parse_duration(cleaned)
    except DurationError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    return cleaned


def _options(parser: argparse.ArgumentParser) -> None:
    meeting_commands = parser.add_subparsers(
        dest="meeting_command", metavar="start|end", parser_class=CommandParser, required=True
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


def _request(args: argparse.Namespace) -> tuple[str, str | None]:
    # The control channel knows `meeting-start` (with its length) and `meeting-end`.
    return f"meeting-{args.meeting_command}", getattr(args, "meeting_for", None)


MEETING = Command(
    "meeting",
    "hold breaks during a meeting (a due break waits until it ends)",
    run=tell_running_app,
    add_options=_options,
    request=_request,
)
