"""The one way a command reaches the running app: ask it, else do the work here.

Every command that involves the running app goes through `ask_running_app`, so each says
the same thing when knotbreak is not running, cannot be talked to, or refuses:

- no app listening (or the channel fails): `here()` does the work in this process (a
  window of its own, a wizard); a command only the app can do has no `here` and ends
  with exit 1 and a line saying how to start knotbreak;
- the app refuses: its reason on stderr and exit 3, or `here()` for a command the app
  may be too old to know (`here_when_refused`);
- the app answers: `answered(reply)` prints what the user should see.

The client is a plain Unix socket (a named pipe on Windows): no Qt is imported here.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from knotbreak.cli.invocation import EXIT_NO_INSTANCE, EXIT_OK, EXIT_REFUSED, Invocation
from knotbreak.core.control_protocol import Request

Reply = dict[str, Any]

NOT_RUNNING = "knotbreak is not running. Start it with 'knotbreak' (or 'make run' in a checkout)."


def print_message(reply: Reply) -> int:
    """What most commands show: the app's one-line answer (the status line, mostly)."""
    if reply.get("message"):
        print(reply["message"])
    return EXIT_OK


def ask_running_app(
    invocation: Invocation,
    request: Request | None = None,
    *,
    answered: Callable[[Reply], int] = print_message,
    here: Callable[[], int] | None = None,
    here_when_refused: bool = False,
) -> int:
    """Send `request` (by default the invocation's command and argument) to the app."""
    from knotbreak.adapters.control_client import ChannelError, NoInstanceError, send_request
    from knotbreak.core.control_protocol import ProtocolError

    if request is None:
        request = Request(invocation.command, invocation.argument)
    try:
        reply = send_request(invocation.paths.control_address, request)
    except NoInstanceError:
        if here is not None:
            return here()
        sys.stderr.write(NOT_RUNNING + "\n")
        return EXIT_NO_INSTANCE
    except (ChannelError, ProtocolError) as error:
        if here is not None:
            return here()
        sys.stderr.write(f"knotbreak: could not talk to the running app: {error}\n")
        return EXIT_NO_INSTANCE
    if not reply.get("ok"):
        if here is not None and here_when_refused:
            return here()
        sys.stderr.write(f"knotbreak: {reply.get('error', 'the app refused the command')}\n")
        return EXIT_REFUSED
    return answered(reply)


def tell_running_app(invocation: Invocation) -> int:
    """The handler of a command only the running app can carry out (pause, skip, ...)."""
    return ask_running_app(invocation)
