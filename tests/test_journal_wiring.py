"""`knotbreak log` through the real command line (cli.py and app.main): goes in with the
wiring edits to those shared files."""

from __future__ import annotations

import pytest

from knotbreak.app import main
from knotbreak.cli import parse
from knotbreak.core.journal import JournalStore, journal_path
from knotbreak.invocation import EXIT_OK, EXIT_USAGE


def test_log_is_a_command_with_its_options(tmp_path):
    invocation = parse(["--data-dir", str(tmp_path), "log", "--area", "jaw", "--intensity", "4"])
    assert invocation.command == "log"
    assert invocation.options["area"] == "jaw" and invocation.options["intensity"] == "4"


def test_main_logs_and_lists(tmp_path, capsys):
    base = ["--config-dir", str(tmp_path / "config"), "--data-dir", str(tmp_path / "data")]
    assert main([*base, "log", "--area", "upper-back-left", "--intensity", "6"]) == EXIT_OK
    assert "Logged: left upper back, 6 of 10" in capsys.readouterr().out
    journal = JournalStore.open(journal_path(tmp_path / "data"))
    assert [e.area for e in journal.recent()] == ["upper-back-left"]
    journal.close()
    assert main([*base, "log"]) == EXIT_OK
    assert "upper-back-left" in capsys.readouterr().out


def test_main_refuses_bad_input_with_exit_2(tmp_path, capsys):
    base = ["--data-dir", str(tmp_path)]
    assert main([*base, "log", "--area", "elbow", "--intensity", "3"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("knotbreak: ") and err.count("\n") == 1
    with pytest.raises(SystemExit) as exited:
        parse(["log", "--limit", "many"])
    assert exited.value.code == EXIT_USAGE
