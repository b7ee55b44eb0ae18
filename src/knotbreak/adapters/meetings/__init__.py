"""Signals that the user is in a meeting or presenting; each one is opt-in (settings.md).

A detector answers `active()` with True/False, or None when this one look failed; it
raises DetectorUnavailable from its constructor (or later) when it cannot work here.
"""

from __future__ import annotations

from typing import Protocol

SIGNALS = ("fullscreen", "camera", "microphone", "dnd")


class DetectorUnavailable(RuntimeError):
    """This signal cannot be read on this machine; the message says why."""


class Detector(Protocol):
    source: str

    def active(self) -> bool | None: ...

    def close(self) -> None: ...
