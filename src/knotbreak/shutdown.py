"""What the app does when it quits, said by each part where that part is built.

Start-up and composition (app.py, composition.py) hand one Shutdown to everything that
needs stopping; each registers its own step right after it is built. The steps run last
registered first, so a part is stopped before the parts it was built on (the scheduler
before the history it writes to, everything before the instance lock is released), and
each step is guarded: one that fails is logged and the others still run, so a failing
watcher can never keep the history from saving the breaks still waiting for it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

log = logging.getLogger("knotbreak")


class Shutdown:
    """A stack of quit steps; run() runs them once, newest first."""

    def __init__(self) -> None:
        self._steps: list[tuple[str, Callable[[], object]]] = []

    def add(self, what: str, step: Callable[[], object]) -> None:
        """Run `step` at quit; `what` names it in the log if it fails ("stop the scheduler")."""
        self._steps.append((what, step))

    def run(self) -> list[str]:
        """Run every step, newest first; returns what failed (each already logged)."""
        failed: list[str] = []
        while self._steps:
            what, step = self._steps.pop()
            try:
                step()
            except Exception:  # one part failing must not keep the others from stopping
                log.exception("could not %s while quitting", what)
                failed.append(what)
        return failed
