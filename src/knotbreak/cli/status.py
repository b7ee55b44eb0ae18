"""`knotbreak status [--json]`: what the running app is doing."""

from __future__ import annotations

import argparse
import json

from knotbreak.cli.command import Command
from knotbreak.cli.invocation import EXIT_OK, Invocation
from knotbreak.cli.running_app import Reply, ask_running_app


def _options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")


def show_status(invocation: Invocation) -> int:
    def answered(reply: Reply) -> int:
        status = reply.get("status", {})
        if invocation.as_json:
            print(json.dumps(status, indent=2))
        else:
            # The summary in the app's language; an app older than that sends none.
            print(reply.get("message") or status.get("summary", ""))
        return EXIT_OK

    return ask_running_app(invocation, answered=answered)


STATUS = Command(
    "status", "show what the running app is doing", run=show_status, add_options=_options
)
