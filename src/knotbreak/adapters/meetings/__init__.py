"""Signals that the user is in a meeting or presenting; each one is opt-in (settings.md).

A detector answers `active()` with True/False, or None when this one look failed; it
raises DetectorUnavailable from its constructor (or later) when it cannot work here.
One that the system can tell of changes also has `watch(changed, parent)`: after that
it is looked at only when `changed` is called (and before breaks), never on a timer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

SIGNALS = ("fullscreen", "camera", "microphone", "dnd")


class DetectorUnavailable(RuntimeError):
    """This signal cannot be read on this machine; the message says why."""


class Detector(Protocol):
    source: str

    def active(self) -> bool | None: ...

    def close(self) -> None: ...


class EventDetector(Detector, Protocol):
    def watch(self, changed: Callable[[], None], parent: Any) -> None:
        """Call `changed` whenever the answer may have changed; raises
        DetectorUnavailable when it cannot (the signal is then polled)."""
