"""Writes the running pause to disk as it changes and restores it on the next start."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from knotbreak.core import cycle
from knotbreak.core.atomic_file import write_atomically
from knotbreak.core.cycle import Phase
from knotbreak.core.pause_memory import decode_pause, encode_pause

if TYPE_CHECKING:
    from knotbreak.adapters.cycle_runner import CycleRunner

log = logging.getLogger(__name__)

_NOT_PAUSED = ("not paused",)


class PauseKeeper:
    def __init__(self, runner: CycleRunner, path: Path) -> None:
        self._runner = runner
        self._path = path
        self._written: object = None
        self._told_unsaved = False

    def restore(self) -> str | None:
        """Pause again if the last run ended paused; returns a problem to tell the user."""
        try:
            raw = self._path.read_bytes()
        except FileNotFoundError:
            self._written = _NOT_PAUSED
            return None
        except OSError as error:
            # Left alone (it may be a folder of the user's); breaks simply run.
            log.warning("could not read %s: %s", self._path, error)
            return (
                f"The pause from before the restart was not restored: {self._path} could not "
                f"be read ({error.strerror or error}). Breaks run as usual; pause again from "
                "the tray if you need to."
            )
        read = decode_pause(raw, self._runner.now(), self._path.name)
        if read.problem:
            log.warning("%s", read.problem)
            return read.problem
        if read.pause is not None:
            self._runner.dispatch(cycle.Pause(read.pause.until))
            log.info("restored the pause (until %s)", read.pause.until or "resumed")
        self.save()
        return None

    def save(self) -> None:
        """Keep the file in step with the cycle; cheap when nothing changed."""
        state = self._runner.state
        key: object = (
            ("paused", state.paused_until) if state.phase is Phase.PAUSED else _NOT_PAUSED
        )
        if key == self._written:
            return
        try:
            if key == _NOT_PAUSED:
                self._path.unlink(missing_ok=True)
            else:
                write_atomically(self._path, encode_pause(state.paused_until))
        except OSError as error:
            # The pause itself still holds in memory; only a restart would forget it.
            log.error("could not remember the pause in %s: %s", self._path, error)
            if not self._told_unsaved and key != _NOT_PAUSED:
                self._told_unsaved = True
                self._runner.notification.emit(
                    f"The pause holds, but it could not be saved to {self._path} "
                    f"({error.strerror or error}), so it ends if knotbreak restarts."
                )
            return
        self._written = key
