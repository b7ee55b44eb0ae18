"""`knotbreak stretch-now [AREA] [--minutes N]`, and `--list` for the areas."""

from __future__ import annotations

import argparse

from knotbreak.cli.command import Command
from knotbreak.cli.invocation import EXIT_OK, Invocation, bounded_int
from knotbreak.cli.running_app import tell_running_app


def _stretch_area(text: str) -> str:
    from knotbreak.core.stretches.start_now import AREAS, unknown_area_message

    cleaned = text.strip().lower()
    if cleaned not in AREAS:
        raise argparse.ArgumentTypeError(str(unknown_area_message(text)).rstrip("."))
    return cleaned


def _options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "area", nargs="?", type=_stretch_area, metavar="AREA",
        help="the body area (see --list); without it, any area",
    )
    parser.add_argument(
        "--minutes", type=bounded_int("minutes", 1, 15), default=3, metavar="N",
        help="how long, 1 to 15 minutes (default 3)",
    )
    parser.add_argument("--list", action="store_true", help="name the areas and exit")


def _request(args: argparse.Namespace) -> tuple[str, str | None]:
    if args.list:
        return "stretch-areas", None
    # One argument on the control channel: "AREA MINUTES".
    return "stretch-now", f"{args.area or 'any'} {args.minutes}"


def print_areas() -> int:
    """`knotbreak stretch-now --list`: the areas, one a line, with what they cover."""
    from knotbreak.core.stretches.catalog import FOCUS_AREAS
    from knotbreak.core.stretches.start_now import AREAS

    for area in AREAS:
        print(f"{area:18} {', '.join(sorted(FOCUS_AREAS[area]))}")
    return EXIT_OK


def stretch_now(invocation: Invocation) -> int:
    if invocation.options.get("list"):
        return print_areas()  # needs no running app
    return tell_running_app(invocation)


STRETCH_NOW = Command(
    "stretch-now",
    "stretch now: a short guided routine for one area",
    run=stretch_now,
    add_options=_options,
    request=_request,
)
