"""`python -m knotbreak` and the `knotbreak` command."""

from __future__ import annotations

import os
import sys


def main() -> int:
    from knotbreak.app import main as app_main

    try:
        return app_main()
    except BrokenPipeError:
        # `knotbreak status --json | head` closed the pipe early: that is the reader's
        # choice, not an error. Point stdout at /dev/null so the interpreter's own flush
        # at exit does not raise again (the recipe from Python's signal documentation).
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
