"""The command line attacked with numbers and paths: every bad value is one line and exit 2.

Huge, negative, NaN and infinite numbers, and files in folders that do not exist. The same
durations sent over the control socket get a plain refusal, never "internal error".
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from knotbreak.cli import parse
from knotbreak.core.durations import DurationError, parse_duration
from knotbreak.core.pause import pause_end
from knotbreak.core.stretches import load_catalog
from knotbreak.invocation import EXIT_USAGE
from knotbreak.stats_command import run as run_stats

HUGE = "99999999999999999999"


def one_line_usage_error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as exit_info:
        parse(argv)
    assert exit_info.value.code == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert err.startswith("knotbreak: ") and "Traceback" not in err
    return err


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["pause", f"{HUGE}h"], "longer than 7 days"),
        (["pause", "9" * 5000 + "m"], "longer than 7 days"),
        (["meeting", "start", "--for", f"{HUGE}m"], "longer than 7 days"),
        (["pause", "-5m"], "'-5m' is negative"),
        (["meeting", "start", "--for", "-1h"], "'-1h' is negative"),
        (["pause", "nan"], "not a duration"),
        (["pause", "inf"], "not a duration"),
        (["log", "--limit", "-1"], "-1 entries is outside 1 to"),
        (["log", "--limit", "0"], "0 entries is outside 1 to"),
        (["log", "--limit", HUGE], "not a whole number of entries"),
        (["log", "--limit", "nan"], "not a whole number of entries"),
        (["stats", "--days", "-3"], "-3 days is outside 1 to 366"),
        (["stats", "--days", "9" * 5000], "not a whole number of days"),
        (["stats", "--days", "inf"], "not a whole number of days"),
        (["--time-scale", "nan"], "must be from 0.01 to 100000"),
        (["--time-scale", "inf"], "must be from 0.01 to 100000"),
        (["--time-scale", "-1"], "must be from 0.01 to 100000"),
        (["--time-scale", "1e-300"], "must be from 0.01 to 100000"),
        (["--time-scale", "1e309"], "must be from 0.01 to 100000"),
    ],
)
def test_bad_numbers_are_one_line_and_exit_2(argv, words, capsys):
    err = one_line_usage_error(argv, capsys)
    assert words in err, err


def test_a_huge_or_negative_duration_is_a_duration_error_for_every_caller():
    # The control socket's pause and meeting commands parse the same way: a DurationError
    # becomes the refusal they send back, where an OverflowError was an "internal error".
    now = datetime(2026, 3, 2, 10, 0).astimezone()
    for spec in (f"{HUGE}h", f"{HUGE}s", "9" * 5000 + "h", "-5m"):
        with pytest.raises(DurationError):
            pause_end(spec, now, now.time())
    assert parse_duration("1h30m") == timedelta(minutes=90)


def test_pause_over_the_socket_refuses_a_huge_duration_plainly(qtbot):
    from knotbreak.adapters.clock import AppClock
    from knotbreak.adapters.control_commands import ControlCommands
    from knotbreak.adapters.cycle_runner import CycleRunner
    from knotbreak.core.control_protocol import Request
    from knotbreak.core.history import BreakHistory
    from knotbreak.core.settings import Settings

    runner = CycleRunner(AppClock(), Settings(), BreakHistory.in_memory())
    commands = ControlCommands(
        runner, tray_shown=lambda: True, show=lambda: None, quit_app=lambda: None,
        open_ergonomics=lambda: None, open_statistics=lambda: None,
        open_settings=lambda: None,
    )
    for request in (Request("pause", f"{HUGE}h"), Request("meeting-start", f"{HUGE}m")):
        reply = commands(request)
        assert reply["ok"] is False
        assert "longer than 7 days" in reply["error"]
        assert "internal" not in reply["error"]


@pytest.mark.parametrize(
    "argv",
    [
        ["stats", "--csv", "{missing}/breaks.csv"],
        ["stretches", "--sheet", "{missing}/sheet.png"],
        ["ergonomics", "--export-last", "{missing}/report.pdf"],
    ],
)
def test_output_into_a_missing_folder_is_refused_and_creates_nothing(argv, tmp_path, capsys):
    missing = tmp_path / "no" / "such"
    err = one_line_usage_error([part.format(missing=missing) for part in argv], capsys)
    assert f"the folder {missing} does not exist" in err
    assert not (tmp_path / "no").exists()


def test_stats_csv_into_an_existing_folder_still_works(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("KNOTBREAK_HOME", str(tmp_path / "home"))
    out = tmp_path / "breaks.csv"
    assert run_stats(parse(["stats", "--csv", str(out)])) == 0
    assert out.read_text(encoding="utf-8").startswith("due_at") or out.stat().st_size > 0


def test_a_duplicate_custom_id_names_the_other_custom_entry(tmp_path):
    builtin = Path(__file__).resolve().parents[2] / "resources" / "stretches" / "catalog.json"
    entry = json.loads(builtin.read_text(encoding="utf-8"))["entries"][0]
    mine = {**entry, "id": "my-neck", "source": entry["source"]}
    path = tmp_path / "custom-stretches.json"
    path.write_text(json.dumps({"schema_version": 1, "entries": [mine, mine]}))
    loaded = load_catalog(builtin, path)
    duplicates = [p for p in loaded.problems if "already used" in p]
    assert len(duplicates) == 1
    assert "entry 2 ('my-neck')" in duplicates[0]
    assert "already used by entry 1 of custom-stretches.json" in duplicates[0]
    assert "built-in" not in duplicates[0]
    # A clash with a built-in stretch is still called that.
    path.write_text(json.dumps({"schema_version": 1, "entries": [entry]}))
    clash = [p for p in load_catalog(builtin, path).problems if "already used" in p]
    assert clash and "already used by a built-in stretch" in clash[0]


@pytest.mark.parametrize(
    "text", ["9" * 5000, "9" * 5000 + " min", "9" * 30 + ":30", HUGE + "h", "1" * 41]
)
def test_a_settings_duration_field_takes_a_huge_paste_as_not_a_duration(text):
    # The spin box's validator calls this on every keystroke and paste: an exception there
    # escapes into Qt's event loop, and a value beyond 2**31 cannot be set on the box.
    from knotbreak.core.settings_form import parse_duration_text

    assert parse_duration_text(text, 60) is None
    assert parse_duration_text("3 min 30 s", 60) == 210
