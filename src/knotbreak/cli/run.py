"""The app itself: `run` (start it; also no command at all), `quit` and `version`."""

from __future__ import annotations

from knotbreak.cli.command import Command
from knotbreak.cli.invocation import EXIT_OK, Invocation
from knotbreak.cli.running_app import tell_running_app


def print_version(invocation: Invocation) -> int:
    from knotbreak import __version__

    print(f"knotbreak {__version__}")
    return EXIT_OK


# No handler: this process becomes the app, which app.main() starts.
RUN = Command("run", "start the app (the default)", run=None)
QUIT = Command("quit", "stop the running app", run=tell_running_app)
VERSION = Command("version", "print the version", run=print_version)
