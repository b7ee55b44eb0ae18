"""`knotbreak log`: writes straight to the journal, lists, and refuses bad input with one
line on stderr and exit code 2. Parsed with the module's own add_parser on a parser like
cli.py's, so these tests do not depend on the wiring in cli.py."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from knotbreak import journal_command
from knotbreak.cli import _Parser
from knotbreak.core.journal import JournalStore, journal_path
from knotbreak.invocation import EXIT_NO_INSTANCE, EXIT_OK, EXIT_USAGE, Invocation
from knotbreak.paths import AppPaths

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


@pytest.fixture
def paths(tmp_path):
    return AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "run")


def run(paths, *argv, now=NOW):
    parser = _Parser(prog="knotbreak")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    journal_command.add_parser(commands)
    args = parser.parse_args(["log", *argv])
    invocation = Invocation("log", paths, 1.0, False, options=vars(args))
    return journal_command.run(invocation, now=now)


def stored(paths):
    journal = JournalStore.open(journal_path(paths.data_dir))
    try:
        return journal.recent(100)
    finally:
        journal.close()


def test_logging_writes_the_entry_and_confirms(paths, capsys):
    code = run(paths, "--area", "upper-back-left", "--intensity", "6", "--note", "long call")
    assert code == EXIT_OK
    (entry,) = stored(paths)
    assert (entry.area, entry.intensity, entry.note, entry.logged_at) == (
        "upper-back-left", 6, "long call", NOW,
    )
    out = capsys.readouterr().out
    assert "Logged: left upper back, 6 of 10 (moderate)." in out
    assert "lean toward" in out
    assert "doctor" not in out


def test_area_names_forgive_case_and_spaces_around(paths):
    assert run(paths, "--area", " Neck-Left ", "--intensity", "3") == EXIT_OK
    assert stored(paths)[0].area == "neck-left"


def test_the_third_high_score_prints_the_clinician_note(paths, capsys):
    for hours in (48, 24):
        run(paths, "--area", "jaw", "--intensity", "8", now=NOW - timedelta(hours=hours))
    capsys.readouterr()
    assert run(paths, "--area", "jaw", "--intensity", "9") == EXIT_OK
    out = capsys.readouterr().out
    assert "strong knot in the jaw 3 times" in out
    assert "doctor or physiotherapist" in out
    assert "knotbreak log --health-notes" in out


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--area", "upper-bak-left", "--intensity", "6"],
         ["no body area called 'upper-bak-left'", "Did you mean upper-back-left?",
          "Choose one of: head, eyes, jaw"]),
        (["--area", "neck-left", "--intensity", "11"], ["0 (none) to 10 (worst)", "'11'"]),
        (["--area", "neck-left", "--intensity", "-1"], ["0 (none) to 10 (worst)"]),
        (["--area", "neck-left", "--intensity", "6.5"], ["whole number", "'6.5'"]),
        (["--area", "neck-left", "--intensity", "strong"], ["whole number", "'strong'"]),
        (["--area", "neck-left", "--intensity", "4", "--note", "x" * 501],
         ["501 characters", "500 or fewer"]),
        (["--area", "neck-left"], ["--intensity is missing", "for example"]),
        (["--intensity", "5"], ["--area is missing"]),
    ],
)
def test_bad_input_gives_one_line_exit_2_and_writes_nothing(paths, capsys, argv, words):
    assert run(paths, *argv) == EXIT_USAGE
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("knotbreak: ") and captured.err.count("\n") == 1
    for word in words:
        assert word in captured.err
    assert not journal_path(paths.data_dir).exists(), "a typo never creates the journal"


def test_without_options_it_lists_recent_entries_oldest_first(paths, capsys):
    run(paths)
    assert "No knots logged yet" in capsys.readouterr().out
    for index, area in enumerate(("neck-left", "wrist-right", "chest")):
        run(paths, "--area", area, "--intensity", str(index + 2), now=NOW + timedelta(hours=index))
    capsys.readouterr()
    assert run(paths) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[2] for line in lines] == ["neck-left", "wrist-right", "chest"]
    assert run(paths, "--list", "--limit", "1") == EXIT_OK
    (only,) = capsys.readouterr().out.splitlines()
    assert "chest" in only and "4/10" in only and "noticeable" in only


def test_areas_and_health_notes_can_be_printed(paths, capsys):
    assert run(paths, "--areas") == EXIT_OK
    out = capsys.readouterr().out
    assert "upper-back-left   left upper back" in out and "wrist-right" in out
    assert run(paths, "--health-notes") == EXIT_OK
    out = capsys.readouterr().out
    assert "prevention and comfort" in out
    assert "Get help straight away" in out and "Book an appointment" in out
    assert "https://www.nhs.uk/" in out


def test_a_journal_from_a_newer_knotbreak_is_left_alone(paths, capsys):
    path = journal_path(paths.data_dir)
    path.parent.mkdir(parents=True)
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version=99")
    db.close()
    assert run(paths, "--area", "chest", "--intensity", "3") == EXIT_NO_INSTANCE
    assert "newer knotbreak" in capsys.readouterr().err


def test_a_damaged_journal_is_set_aside_and_the_entry_still_saved(paths, capsys):
    path = journal_path(paths.data_dir)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"garbage" * 300)
    assert run(paths, "--area", "chest", "--intensity", "3") == EXIT_OK
    assert "kept as" in capsys.readouterr().err
    assert [entry.area for entry in stored(paths)] == ["chest"]


def test_logging_while_the_app_holds_the_journal_open(paths):
    app_side = JournalStore.open(journal_path(paths.data_dir))
    assert run(paths, "--area", "glute-right", "--intensity", "5") == EXIT_OK
    assert [entry.area for entry in app_side.recent()] == ["glute-right"]
    app_side.close()


@pytest.mark.parametrize(("area", "words"), [
    ("chest", "Pain or pressure in the chest"),
    ("jaw", "Jaw pain can come from the heart"),
    ("head", "headache came on suddenly"),
])
def test_chest_jaw_and_head_print_the_urgent_signs_before_anything_else(
    paths, capsys, area, words
):
    assert run(paths, "--area", area, "--intensity", "1") == EXIT_OK
    out = capsys.readouterr().out
    assert out.startswith("First, the warning signs:")
    assert words in out and "emergency number" in out
    assert out.index("emergency number") < out.index("Logged:")


def test_a_chest_entry_says_breaks_do_not_lean_toward_chest_stretches(paths, capsys):
    run(paths, "--area", "chest", "--intensity", "6")
    out = capsys.readouterr().out
    assert "do not lean toward chest stretches" in out
    assert "will lean toward" not in out
