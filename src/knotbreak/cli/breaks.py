"""The break cycle from the command line: break-now, pause, resume, snooze, skip.

The running app carries them out; each prints its status line afterwards.
"""

from __future__ import annotations

import argparse

from knotbreak.cli.command import Command
from knotbreak.cli.running_app import tell_running_app
from knotbreak.core.durations import DurationError
from knotbreak.core.pause import INDEFINITELY, PAUSE_SPEC_HELP, UNTIL_TOMORROW


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


def _pause_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("duration", type=_pause_spec, help=PAUSE_SPEC_HELP)


BREAK_NOW = Command("break-now", "start a break now", run=tell_running_app)
PAUSE = Command(
    "pause",
    "pause breaks for a while",
    run=tell_running_app,
    add_options=_pause_options,
    request=lambda args: ("pause", args.duration),
)
RESUME = Command("resume", "end a pause", run=tell_running_app)
SNOOZE = Command("snooze", "put off the coming break by the snooze length", run=tell_running_app)
SKIP = Command("skip", "skip the coming or current break", run=tell_running_app)
