"""The command registry and the one ask-the-running-app helper every command goes through."""

from __future__ import annotations

import re

import pytest

from knotbreak.app import main
from knotbreak.cli import ergonomics, parse
from knotbreak.cli.invocation import EXIT_NO_INSTANCE, EXIT_OK, EXIT_REFUSED
from knotbreak.cli.registry import COMMANDS
from knotbreak.cli.running_app import ask_running_app


def test_help_lists_every_registered_command_in_order(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == EXIT_OK
    out = capsys.readouterr().out
    # argparse indents each command by four spaces (wrapped lines by more).
    listed = [line.split()[0] for line in out.splitlines() if re.match(r"    \S", line)]
    assert listed == [command.name for command in COMMANDS]


@pytest.mark.parametrize("name", [command.name for command in COMMANDS])
def test_every_command_has_its_own_help(name, capsys):
    with pytest.raises(SystemExit) as exited:
        main([name, "--help"])
    assert exited.value.code == EXIT_OK
    assert f"usage: knotbreak {name}" in capsys.readouterr().out


def test_version_runs_without_the_app(capsys):
    assert main(["version"]) == EXIT_OK
    assert capsys.readouterr().out.startswith("knotbreak ")


def fake_app(monkeypatch, reply=None, error=None):
    from knotbreak.adapters import control_client

    sent = []

    def send_request(address, request, **_kwargs):
        sent.append(request)
        if error is not None:
            raise error
        return reply

    monkeypatch.setattr(control_client, "send_request", send_request)
    return sent


def recorder(result):
    """A stand-in handler: remembers each call, returns `result`."""
    calls = []

    def record(*args):
        calls.append(args)
        return result

    return calls, record


def not_running():
    from knotbreak.adapters.control_client import NoInstanceError

    return NoInstanceError("nothing listens")


def unreachable():
    from knotbreak.adapters.control_client import ChannelError

    return ChannelError("timed out waiting for the running knotbreak to answer")


@pytest.mark.parametrize("error", [not_running, unreachable])
def test_without_the_app_the_work_is_done_here(monkeypatch, error):
    fake_app(monkeypatch, error=error())
    done_here, here = recorder(7)
    code = ask_running_app(parse(["pause", "1h"]), here=here)
    assert (code, done_here) == (7, [()])


def test_without_the_app_and_no_way_here_it_says_how_to_start_it(monkeypatch, capsys):
    fake_app(monkeypatch, error=not_running())
    assert main(["pause", "1h"]) == EXIT_NO_INSTANCE
    assert capsys.readouterr().err == (
        "knotbreak is not running. Start it with 'knotbreak' (or 'make run' in a checkout).\n"
    )


def test_an_unreachable_app_is_named_in_one_line(monkeypatch, capsys):
    fake_app(monkeypatch, error=unreachable())
    assert main(["skip"]) == EXIT_NO_INSTANCE
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("knotbreak: could not talk to the running app: timed out")


def test_the_app_gets_the_command_and_its_argument_and_its_answer_is_printed(
    monkeypatch, capsys
):
    sent = fake_app(monkeypatch, reply={"ok": True, "message": "In a meeting until 10:45"})
    assert main(["meeting", "start", "--for", "45m"]) == EXIT_OK
    assert [(r.command, r.argument) for r in sent] == [("meeting-start", "45m")]
    assert capsys.readouterr().out == "In a meeting until 10:45\n"


def test_a_refusal_is_the_apps_reason_and_exit_3(monkeypatch, capsys):
    fake_app(monkeypatch, reply={"ok": False, "error": "No snoozes left for this break."})
    done_here, here = recorder(0)
    code = ask_running_app(parse(["snooze"]), here=here)
    assert code == EXIT_REFUSED and done_here == []
    assert capsys.readouterr().err == "knotbreak: No snoozes left for this break.\n"


def test_a_refusal_can_mean_do_it_here(monkeypatch):
    fake_app(monkeypatch, reply={"ok": False, "error": "unknown command 'statistics'"})
    code = ask_running_app(parse(["stats"]), here=lambda: 5, here_when_refused=True)
    assert code == 5


def test_ergonomics_opens_in_the_running_app(monkeypatch, capsys):
    sent = fake_app(monkeypatch, reply={"ok": True, "message": "The ergonomics check is open."})
    opened, wizard = recorder(0)
    monkeypatch.setattr(ergonomics, "_standalone_wizard", wizard)
    assert main(["ergonomics"]) == EXIT_OK
    assert [r.command for r in sent] == ["ergonomics"]
    assert capsys.readouterr().out == "The ergonomics check is open in knotbreak.\n"
    assert opened == []  # not a second wizard beside the app's


def test_ergonomics_runs_here_without_the_app(monkeypatch):
    fake_app(monkeypatch, error=not_running())
    opened, wizard = recorder(0)
    monkeypatch.setattr(ergonomics, "_standalone_wizard", wizard)
    assert main(["ergonomics"]) == EXIT_OK
    assert len(opened) == 1
