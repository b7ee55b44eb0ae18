"""`knotbreak stats`: the summary, --json, --csv, --window, and one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import cast
from zoneinfo import ZoneInfo

import pytest

from knotbreak.cli import parse
from knotbreak.cli import stats as stats_command
from knotbreak.cli.command import CommandParser
from knotbreak.cli.invocation import EXIT_NO_INSTANCE, EXIT_OK, EXIT_USAGE, Invocation
from knotbreak.core.history import BreakHistory
from knotbreak.core.statistics import CSV_COLUMNS
from knotbreak.paths import resolve_paths

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from history_year import fill_history

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 20, 17, 0, tzinfo=BERLIN)  # a Friday


def parse_stats(argv: list[str], home: Path) -> Invocation:
    """Parse as cli.parse does, with only `stats` added (independent of the registry)."""
    parser = CommandParser(prog="knotbreak")
    commands = parser.add_subparsers(dest="command", parser_class=CommandParser)
    stats_command.STATS.add_to(commands)
    args = parser.parse_args(["stats", *argv])
    return Invocation(
        command="stats",
        paths=resolve_paths(str(home / "config"), str(home / "data")),
        time_scale=1.0,
        verbose=False,
        as_json=args.json,
        options=vars(args),
    )


@pytest.fixture
def home(tmp_path):
    return tmp_path / "home"


@pytest.fixture
def year(home):
    """A generated year of history in the data folder, and a goal of 6 in the settings."""
    (home / "config").mkdir(parents=True)
    (home / "config" / "settings.json").write_text(
        json.dumps({"schema_version": 1, "daily_break_goal": 6})
    )
    history = BreakHistory.open(home / "data" / "history.sqlite3")
    rows = fill_history(history, NOW, BERLIN)
    history.close()
    return rows


def run(argv, home):
    return stats_command.run(parse_stats(argv, home), now=NOW, tz=BERLIN)


def test_summary_of_the_last_seven_days(year, home, capsys):
    assert run([], home) == EXIT_OK
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "Breaks, last 7 days (goal: 6 a day, taken or away from the desk)"
    header = lines[2].split()
    assert header == [
        "Day", "Due", "Taken", "Away", "Snoozed", "Skipped", "Minutes", "Micro", "Goal"
    ]
    days = lines[3:10]
    assert days[0].startswith("Sat 14 Nov") and days[0].split()[3:9] == ["0"] * 6
    assert days[-2].startswith("Yesterday") and days[-1].startswith("Today")
    assert days[2].startswith("Mon 16 Nov") and days[2].endswith("yes")
    assert "This week (2026-W47, from Mon 16 Nov): " in out
    assert "Last week (2026-W46, from Mon 09 Nov): " in out
    assert "Streak: " in out and "don't end it" in out


def test_json_for_scripts(year, home, capsys):
    assert run(["--json", "--days", "3"], home) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert data["goal"] == 6
    assert [day["date"] for day in data["days"]] == ["2026-11-18", "2026-11-19", "2026-11-20"]
    assert len(data["weeks"]) == 2
    assert data["total"]["due"] < year  # one break per first-due time, not per row
    assert data["streak"]["current"] >= 1


def test_csv_export_of_the_whole_history(year, home, tmp_path, capsys):
    target = tmp_path / "breaks.csv"
    assert run(["--csv", str(target)], home) == EXIT_OK
    assert capsys.readouterr().out == f"Wrote {year} history rows to {target}\n"
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0] == ",".join(CSV_COLUMNS)
    assert len(lines) == year + 1


def test_csv_under_a_file_is_refused_in_one_line(year, home, tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    with pytest.raises(SystemExit) as exit_info:
        run(["--csv", str(blocker / "breaks.csv")], home)
    assert exit_info.value.code == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("knotbreak: argument --csv: ")
    assert err.count("\n") == 1 and f"{blocker} is a file, not a folder" in err


def test_no_history_yet(home, capsys):
    assert run([], home) == EXIT_OK
    assert capsys.readouterr().out.startswith("No breaks recorded yet.")
    assert not (home / "data").exists()  # read-only: nothing was created


def test_a_damaged_history_is_reported_not_replaced(home, capsys):
    path = home / "data" / "history.sqlite3"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"garbage" * 500)
    assert run([], home) == EXIT_NO_INSTANCE
    err = capsys.readouterr().err
    assert err.startswith("knotbreak: could not read the break history: ")
    assert path.read_bytes().startswith(b"garbage")


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--days", "0"], "outside 1 to 366"),
        (["--days", "week"], "not a whole number"),
        (["--json", "--csv", "x.csv"], "not allowed with"),
        (["--window", "--json"], "not allowed with"),
        (["--csv"], "expected one argument"),
        (["--yaml"], "unrecognized arguments"),
    ],
)
def test_bad_arguments_give_one_line_and_exit_2(argv, words, home, capsys):
    with pytest.raises(SystemExit) as exit_info:
        parse_stats(argv, home)
    assert exit_info.value.code == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err and err.startswith("knotbreak: ")


# --window ----------------------------------------------------------------------------------


@pytest.fixture
def standalone(monkeypatch):
    calls: list[Invocation] = []

    def standalone_window(invocation: Invocation) -> int:
        calls.append(invocation)
        return 0

    monkeypatch.setattr(stats_command, "standalone_window", standalone_window)
    return calls


def fake_channel(monkeypatch, reply=None, error=None):
    from knotbreak.adapters import control_client

    sent = []

    def send_request(address, request, **_kwargs):
        sent.append(request)
        if error is not None:
            raise error
        return reply

    monkeypatch.setattr(control_client, "send_request", send_request)
    return sent


def test_window_asks_the_running_app(home, monkeypatch, standalone, capsys):
    sent = fake_channel(monkeypatch, reply={"ok": True, "message": "open"})
    assert stats_command.run(parse_stats(["--window"], home)) == EXIT_OK
    assert [request.command for request in sent] == ["statistics"]
    assert capsys.readouterr().out == "The statistics window is open in knotbreak.\n"
    assert standalone == []


def test_window_on_its_own_when_knotbreak_is_not_running(home, monkeypatch, standalone):
    from knotbreak.adapters.control_client import NoInstanceError

    fake_channel(monkeypatch, error=NoInstanceError("nobody listens"))
    assert stats_command.run(parse_stats(["--window"], home)) == EXIT_OK
    assert len(standalone) == 1


def test_window_on_its_own_when_the_app_is_too_old_for_it(home, monkeypatch, standalone):
    fake_channel(monkeypatch, reply={"ok": False, "error": "unknown command 'statistics'"})
    assert stats_command.run(parse_stats(["--window"], home)) == EXIT_OK
    assert len(standalone) == 1


# Wiring: the cli registry, app.py and the control channel -------------------------------


def test_cli_parse_knows_stats(home):
    invocation = parse(["stats", "--csv", "out.csv", "--days", "14"])
    assert invocation.command == "stats"
    assert invocation.options["csv_file"] == "out.csv"
    assert invocation.options["days"] == 14


def test_knotbreak_stats_runs_as_a_command(year, home):
    env = {**os.environ, "KNOTBREAK_HOME": str(home), "TZ": "Europe/Berlin"}
    result = subprocess.run(
        [sys.executable, "-m", "knotbreak", "stats", "--json"],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == EXIT_OK, result.stderr
    assert json.loads(result.stdout)["goal"] == 6
    bad = subprocess.run(
        [sys.executable, "-m", "knotbreak", "stats", "--days", "-1"],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )
    assert bad.returncode == EXIT_USAGE and bad.stderr.count("\n") == 1


def test_control_command_opens_the_window():
    from knotbreak.core.control_protocol import COMMANDS

    if "statistics" not in COMMANDS:
        pytest.skip("the control protocol has no `statistics` command yet")
    from knotbreak.adapters.control_commands import ControlCommands
    from knotbreak.adapters.cycle_runner import CycleRunner
    from knotbreak.core.control_protocol import Request

    opened = []
    commands = ControlCommands(
        cast(CycleRunner, None),  # the runner is not needed for this command
        tray_shown=lambda: True,
        show=lambda: None,
        quit_app=lambda: None,
        open_statistics=lambda: opened.append(True),
    )
    assert commands(Request("statistics")) == {
        "ok": True, "message": "The statistics window is open in knotbreak.",
    }
    assert opened == [True]
    without = ControlCommands(
        cast(CycleRunner, None), tray_shown=lambda: True, show=lambda: None, quit_app=lambda: None
    )
    assert without(Request("statistics"))["ok"] is False


def test_micro_breaks_show_in_the_summary_json_and_csv(year, home, tmp_path, capsys):
    from knotbreak.core.cycle import MicroRecord, Outcome

    history = BreakHistory.open(home / "data" / "history.sqlite3")
    start = NOW.replace(hour=10)
    for minutes, outcome in ((0, Outcome.COMPLETED), (20, Outcome.COMPLETED),
                             (40, Outcome.SKIPPED)):
        moment = start + timedelta(minutes=minutes)
        history.record_micro(MicroRecord(moment, moment + timedelta(seconds=20), outcome,
                                         "eyes-20-20-20"))
    history.close()

    assert run([], home) == EXIT_OK
    out = capsys.readouterr().out
    today = next(line for line in out.splitlines() if line.startswith("Today"))
    assert today.split()[7] == "2"  # the Micro column: two ran to their end
    assert "Micro-breaks: 3 shown (2 done, 1 skipped, 0 snoozed)" in out

    assert run(["--json"], home) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert data["days"][-1]["micro_breaks"]["shown"] == 3

    target = tmp_path / "all.csv"
    assert run(["--csv", str(target)], home) == EXIT_OK
    lines = target.read_text(encoding="utf-8").splitlines()
    assert sum(line.endswith(",micro-break,eyes-20-20-20") for line in lines) == 3


def test_posture_share_per_day_in_json_and_summary(year, home, capsys):
    from knotbreak.core.posture import store
    from knotbreak.core.posture.model import CoachState, DayShare

    kept = CoachState(days={
        NOW.date() - timedelta(days=10): DayShare(1, 2),  # outside the 3 days asked for
        NOW.date() - timedelta(days=1): DayShare(3, 4),
        NOW.date(): DayShare(9, 12),
    })
    (home / "data" / "posture.json").write_bytes(store.dumps(kept))
    assert run(["--json", "--days", "3"], home) == EXIT_OK
    posture = json.loads(capsys.readouterr().out)["posture"]
    assert posture == [
        {"day": "2026-11-19", "good": 3, "samples": 4, "share": 0.75},
        {"day": "2026-11-20", "good": 9, "samples": 12, "share": 0.75},
    ]
    assert run([], home) == EXIT_OK
    assert "Posture coach: 75 % of 12 samples in good posture on 2026-11-20" in (
        capsys.readouterr().out
    )


def test_one_posture_sample_is_singular(year, home, capsys):
    from knotbreak.core.posture import store
    from knotbreak.core.posture.model import CoachState, DayShare

    kept = CoachState(days={NOW.date(): DayShare(1, 1)})
    (home / "data" / "posture.json").write_bytes(store.dumps(kept))
    assert run([], home) == EXIT_OK
    assert "Posture coach: 100 % of 1 sample in good posture on 2026-11-20" in (
        capsys.readouterr().out
    )


def test_no_posture_file_means_an_empty_list(year, home, capsys):
    assert run(["--json"], home) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["posture"] == []


def test_the_goal_an_administrator_locked_is_the_goal_shown(year, home, tmp_path, monkeypatch,
                                                            capsys):
    system = tmp_path / "system"
    system.mkdir()
    (system / "defaults.json").write_text(json.dumps(
        {"schema": 1, "defaults": {"daily_break_goal": 4}, "locked": ["daily_break_goal"]}
    ))
    monkeypatch.setenv("KNOTBREAK_SYSTEM_CONFIG_DIR", str(system))
    assert run(["--json"], home) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["goal"] == 4  # the user's 6 is not in force
