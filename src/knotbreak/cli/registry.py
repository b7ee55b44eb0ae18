"""Every `knotbreak` command, in the order `knotbreak --help` lists them.

Adding a command: declare a `Command` in its module under cli/ and list it here
(CONTRIBUTING.md, "A command").
"""

from __future__ import annotations

from knotbreak.cli import (
    breaks,
    ergonomics,
    journal,
    meeting,
    posture,
    run,
    settings,
    stats,
    status,
    stretch_now,
    stretches,
)
from knotbreak.cli.command import Command
from knotbreak.cli.invocation import Invocation

COMMANDS: tuple[Command, ...] = (
    run.RUN,
    status.STATUS,
    breaks.BREAK_NOW,
    stretch_now.STRETCH_NOW,
    posture.POSTURE_CALIBRATE,
    breaks.PAUSE,
    breaks.RESUME,
    breaks.SNOOZE,
    breaks.SKIP,
    meeting.MEETING,
    stretches.STRETCHES,
    ergonomics.ERGONOMICS,
    settings.SETTINGS,
    stats.STATS,
    journal.LOG,
    run.QUIT,
    run.VERSION,
)

_BY_NAME = {command.name: command for command in COMMANDS}


def command_named(name: str) -> Command:
    """The registered command; KeyError for a name the parser would have refused."""
    return _BY_NAME[name]


def command_for(invocation: Invocation) -> Command:
    """The command that handles `invocation` (one parsed, or one a test made by hand)."""
    return command_named(invocation.entry or invocation.command)
