"""Command-line parsing: what scripts rely on, and one-line errors with exit code 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from knotbreak.cli import parse, run_control_command
from knotbreak.invocation import EXIT_NO_INSTANCE, EXIT_USAGE
from knotbreak.paths import resolve_paths


@pytest.mark.parametrize(
    ("argv", "command", "argument"),
    [
        ([], "run", None),
        (["--time-scale", "60"], "run", None),
        (["status", "--json"], "status", None),
        (["break-now"], "break-now", None),
        (["pause", "45m"], "pause", "45m"),
        (["pause", "2h"], "pause", "2h"),
        (["pause", "until-tomorrow"], "pause", "until-tomorrow"),
        (["pause", "indefinitely"], "pause", "indefinitely"),
        (["resume"], "resume", None),
        (["snooze"], "snooze", None),
        (["skip"], "skip", None),
        (["quit"], "quit", None),
        (["version"], "version", None),
        (["meeting", "start"], "meeting-start", None),
        (["meeting", "start", "--for", "45m"], "meeting-start", "45m"),
        (["meeting", "end"], "meeting-end", None),
        (["stretch-now"], "stretch-now", "any 3"),
        (["stretch-now", "neck-shoulders"], "stretch-now", "neck-shoulders 3"),
        (["stretch-now", "Eyes", "--minutes", "5"], "stretch-now", "eyes 5"),
        (["stretch-now", "--list"], "stretch-areas", None),
    ],
)
def test_commands(argv, command, argument):
    invocation = parse(argv)
    assert invocation.command == command
    assert invocation.argument == argument


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["pause", "banana"], "not a duration"),
        (["pause"], "required"),
        (["dance"], "invalid choice"),
        (["--time-scale", "0"], "must be from 0.01 to 100000"),
        (["--time-scale", "fast"], "not a number"),
        (["status", "--yaml"], "unrecognized arguments"),
        (["meeting"], "required"),
        (["meeting", "start", "--for", "soon"], "not a duration"),
        (["stretch-now", "knees"], "no area called 'knees'; use one of: neck-shoulders"),
        (["stretch-now", "eyes", "--minutes", "20"], "outside 1 to 15"),
    ],
)
def test_bad_arguments_give_one_line_and_exit_2(argv, words, capsys):
    with pytest.raises(SystemExit) as exit_info:
        parse(argv)
    assert exit_info.value.code == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err
    assert err.startswith("knotbreak: ")


def test_no_running_instance_is_exit_1_with_a_clear_message(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("KNOTBREAK_HOME", str(tmp_path))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert run_control_command(parse(["status", "--json"])) == EXIT_NO_INSTANCE
    assert "knotbreak is not running" in capsys.readouterr().err


def test_home_variable_and_flags_choose_folders(tmp_path):
    paths = resolve_paths(environ={"KNOTBREAK_HOME": str(tmp_path)})
    assert paths.settings_file == tmp_path / "config" / "settings.json"
    assert paths.history_file == tmp_path / "data" / "history.sqlite3"
    custom = resolve_paths(str(tmp_path / "c"), str(tmp_path / "d"), environ={})
    assert custom.config_dir == tmp_path / "c" and custom.data_dir == tmp_path / "d"


def test_each_config_folder_gets_its_own_control_channel(tmp_path):
    first = resolve_paths(environ={"KNOTBREAK_HOME": str(tmp_path / "a")})
    second = resolve_paths(environ={"KNOTBREAK_HOME": str(tmp_path / "b")})
    assert first.control_address != second.control_address
    assert len(first.control_address) < 100, "Unix socket paths are limited to ~104 bytes"


def test_overlong_runtime_dir_falls_back_to_a_short_socket_path(tmp_path):
    deep = tmp_path / ("x" * 90)
    deep.mkdir()
    paths = resolve_paths(environ={"KNOTBREAK_HOME": str(tmp_path), "XDG_RUNTIME_DIR": str(deep)})
    assert len(paths.control_address) < 100


def test_default_folders_are_the_platform_ones():
    paths = resolve_paths(environ={})
    assert "knotbreak" in str(paths.config_dir) and "knotbreak" in str(paths.data_dir)
    assert Path(paths.config_dir).is_absolute()


def test_the_app_process_keeps_tls_libraries_out_of_memory():
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from knotbreak.app import _keep_tls_out_of_memory\n"
        "_keep_tls_out_of_memory()\n"
        "import apscheduler.schedulers.qt\n"
        "assert sys.modules.get('ssl') is None\n"
        "import asyncio\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_a_reader_that_stops_early_is_not_an_error(tmp_path):
    import subprocess
    import sys

    # `knotbreak stats --days 366 --json | head -c 10`: over 100 KB, more than a pipe
    # holds, so the pipe closes while knotbreak is still writing.
    reader = subprocess.Popen(
        f"{sys.executable} -m knotbreak --config-dir {tmp_path}/c --data-dir {tmp_path}/d "
        "stats --days 366 --json | head -c 10",
        shell=True, stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    out, err = reader.communicate(timeout=60)
    assert len(out) == 10
    assert "Traceback" not in err and "BrokenPipe" not in err
