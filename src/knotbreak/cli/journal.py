"""`knotbreak log`: log a knot in the journal from the command line, or list recent ones.

Writes straight to journal.sqlite3, whether or not the app runs: WAL and a busy timeout
let this process and the app use the file at once, and the app reads the journal afresh
as each break begins. Never imports Qt, so it answers in a few milliseconds.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from knotbreak.cli.command import Command
from knotbreak.cli.invocation import (
    EXIT_NO_INSTANCE,
    EXIT_OK,
    EXIT_USAGE,
    Invocation,
    bounded_int,
)

if TYPE_CHECKING:
    from knotbreak.core.journal import JournalStore

DEFAULT_LIMIT = 10
MOST_LISTED = 10_000
EXAMPLE = "knotbreak log --area upper-back-left --intensity 6"


def _options(log: argparse.ArgumentParser) -> None:
    log.add_argument("--area", metavar="AREA", help="where, e.g. upper-back-left (see --areas)")
    # Taken as text and checked in run(), so every mistake gets the same kind of message.
    log.add_argument("--intensity", metavar="0-10", help="how strong: 0 none ... 10 worst")
    log.add_argument("--note", metavar="TEXT", help="optional, up to 500 characters")
    log.add_argument(
        "--list", dest="list_entries", action="store_true", help="print recent entries"
    )
    log.add_argument(
        "--limit", type=bounded_int("entries", 1, MOST_LISTED), default=DEFAULT_LIMIT,
        metavar="N",
        help=f"how many entries --list prints (default {DEFAULT_LIMIT})",
    )
    log.add_argument("--areas", dest="list_areas", action="store_true",
                     help="print the body areas you can log")
    log.add_argument("--health-notes", dest="health_notes", action="store_true",
                     help="print the warning signs and when to see a clinician")


def _usage_error(message: str) -> int:
    sys.stderr.write(f"knotbreak: {message}\n")
    return EXIT_USAGE


def run(invocation: Invocation, now: datetime | None = None) -> int:
    options = invocation.options
    moment = now or datetime.now(UTC)
    if options.get("list_areas"):
        return _print_areas()
    if options.get("health_notes"):
        return _print_health_notes()
    area, intensity, note = options.get("area"), options.get("intensity"), options.get("note")
    if area is None and intensity is None and note is None:
        return _print_recent(invocation, moment, options.get("limit") or DEFAULT_LIMIT)
    if area is None or intensity is None:
        missing = "--area" if area is None else "--intensity"
        return _usage_error(f"{missing} is missing; for example: {EXAMPLE}")
    return _log(invocation, moment, str(area), str(intensity), note)


def _log(invocation: Invocation, now: datetime, area: str, intensity: str,
         note: str | None) -> int:
    from knotbreak.core.journal import (
        JournalError,
        JournalInputError,
        area_label,
        clinician_advice,
        intensity_word,
    )
    from knotbreak.core.journal.advice import EPISODE, urgent_signs_first
    from knotbreak.core.journal.entries import check_area, check_intensity, check_note

    try:
        # Checked before the file is touched, so a typo never creates or changes anything.
        area = check_area(area.strip().lower())
        score = check_intensity(intensity)
        check_note(note)
    except JournalInputError as error:
        return _usage_error(str(error))
    journal = _open(invocation, now)
    if journal is None:
        return EXIT_NO_INSTANCE
    try:
        try:
            entry = journal.log(area, score, note, now)
        except JournalError as error:
            sys.stderr.write(f"knotbreak: {error}. Nothing was logged.\n")
            return EXIT_NO_INSTANCE
        if journal.problem:
            sys.stderr.write(f"knotbreak: {journal.problem}\n")
        try:
            advice = clinician_advice(journal.entries_since(now - EPISODE), now)
        except JournalError as error:
            # The entry is saved: saying "failed" here would make the user log it twice.
            advice = None
            sys.stderr.write(f"knotbreak: the entry was saved, but the journal could not be "
                             f"read back for advice ({error}).\n")
    finally:
        journal.close()
    if urgent_signs_first(entry.area):
        # Chest, jaw and head: the urgent warning signs come before anything else.
        print("First, the warning signs:")
        print(_area_warning(entry.area))
        print()
    print(
        f"Logged: {area_label(entry.area)}, {entry.intensity} of 10 "
        f"({intensity_word(entry.intensity)})."
    )
    if entry.area == "chest":
        print("Breaks do not lean toward chest stretches for a chest entry: pain in the chest "
              "is a reason to check with a clinician, not to stretch.")
    elif entry.intensity > 0:
        print("Your next breaks will lean toward stretches for that area.")
    else:
        print("Glad it has eased: breaks stop leaning toward that area.")
    if advice is not None:
        print()
        print(advice.message())
        print("The warning signs are listed by: knotbreak log --health-notes")
    return EXIT_OK


def _area_warning(area: str) -> str:
    """The urgent signs for a chest, jaw or head entry, from the health notes."""
    from knotbreak.core.journal import HealthNotesError, load_health_notes
    from knotbreak.resources_path import resource

    try:
        warning = load_health_notes(resource("health/red_flags.json")).area_warning(area)
    except (HealthNotesError, FileNotFoundError):
        warning = None
    if warning is not None:
        return warning.text
    return ("If this came on suddenly, or comes with pain or pressure in the chest, "
            "breathlessness, sweating, feeling sick, dizziness, weakness or trouble speaking, "
            "call your emergency number now.")


def _open(invocation: Invocation, now: datetime) -> JournalStore | None:
    from knotbreak.core.journal import JournalError, JournalStore, journal_path

    path = journal_path(invocation.paths.data_dir)
    try:
        return JournalStore.open(path)
    except JournalError as error:
        if error.newer_schema:
            sys.stderr.write(
                f"knotbreak: {error}. Nothing was logged; update knotbreak to use this journal.\n"
            )
            return None
    opened = JournalStore.open_or_replace(path, now)
    if opened.problem:
        sys.stderr.write(f"knotbreak: {opened.problem}\n")
    return opened.journal


def _print_recent(invocation: Invocation, now: datetime, limit: int) -> int:
    from knotbreak.core.journal import (
        JournalError,
        JournalStore,
        area_label,
        intensity_word,
        journal_path,
    )

    path = journal_path(invocation.paths.data_dir)
    if not path.exists():
        print(f"No knots logged yet. Log one with: {EXAMPLE}")
        return EXIT_OK
    try:
        journal = JournalStore.open(path)
        try:
            entries = journal.recent(max(1, limit))
        finally:
            journal.close()
    except JournalError as error:
        sys.stderr.write(f"knotbreak: {error}\n")
        return EXIT_NO_INSTANCE
    if not entries:
        print(f"No knots logged yet. Log one with: {EXAMPLE}")
        return EXIT_OK
    for entry in reversed(entries):
        when = entry.logged_at.astimezone().strftime("%Y-%m-%d %H:%M")
        line = (
            f"{when}  {entry.area:17} {entry.intensity:>2}/10 "
            f"{intensity_word(entry.intensity):12} {area_label(entry.area)}"
        )
        print(line + (f"  - {entry.note}" if entry.note else ""))
    return EXIT_OK


def _print_areas() -> int:
    from knotbreak.core.journal import JOURNAL_AREAS

    for area in JOURNAL_AREAS:
        print(f"{area.id:17} {area.label}")
    return EXIT_OK


def _print_health_notes() -> int:
    from knotbreak.core.journal import HealthNotesError, load_health_notes
    from knotbreak.resources_path import resource

    try:
        notes = load_health_notes(resource("health/red_flags.json"))
    except (HealthNotesError, FileNotFoundError) as error:
        sys.stderr.write(f"knotbreak: the health notes could not be read: {error}\n")
        return EXIT_NO_INSTANCE
    print(notes.not_diagnosis)
    for group in notes.groups:
        print()
        print(f"{group.title}. {group.intro}")
        for item in group.items:
            print(f"- {item.text}")
    print()
    print("Sources:")
    for source in notes.sources:
        print(f"- {source.name}: {source.title}" + (f" <{source.url}>" if source.url else ""))
    return EXIT_OK


LOG = Command(
    "log",
    "log a knot in the journal (without options: list recent entries)",
    run=run,
    add_options=_options,
    description="Log where a knot is and how strong (0 none ... 10 worst). The next "
    "breaks lean toward that area. Works whether or not the app is running.",
    epilog=f"Example: {EXAMPLE} --note 'after a long call'",
)
