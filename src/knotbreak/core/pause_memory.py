"""A pause outlives a restart: "pause until tomorrow" must still hold after logging in again.

The file is a small JSON object with a schema version, written atomically whenever a pause
starts or changes and removed when it ends. Reading never fails: a damaged file or one from
a newer version is reported and ignored (breaks simply run), never fatal.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from knotbreak.core.text import Text, translatable

SCHEMA_VERSION = 1
PAUSE_FILE_NAME = "pause.json"


@dataclass(frozen=True)
class RememberedPause:
    until: datetime | None
    """None: until the user resumes."""


@dataclass(frozen=True)
class PauseRead:
    pause: RememberedPause | None = None
    problem: Text | None = None
    """Why a file that exists could not be used (it is then ignored)."""


def encode_pause(until: datetime | None) -> bytes:
    data: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "paused_until": None if until is None else until.isoformat(),
    }
    return (json.dumps(data, indent=2) + "\n").encode("utf-8")


def decode_pause(raw: bytes, now: datetime, file_name: str = PAUSE_FILE_NAME) -> PauseRead:
    """The pause still to honour at `now`, or none (an expired pause is simply over)."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        data = None
    if not isinstance(data, dict):
        return _unusable(file_name, translatable("PauseMemory", "it is not a JSON object"))
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        return _unusable(file_name, translatable("PauseMemory", "it has no valid schema_version"))
    if version > SCHEMA_VERSION:
        return _unusable(file_name, translatable("PauseMemory", "a newer knotbreak wrote it"))
    until_text = data.get("paused_until")
    if until_text is None:
        return PauseRead(RememberedPause(None))
    try:
        until = datetime.fromisoformat(until_text) if isinstance(until_text, str) else None
    except ValueError:
        until = None
    if until is None or until.tzinfo is None:
        reason = translatable("PauseMemory", "'paused_until' is not a time with a UTC offset")
        return _unusable(file_name, reason)
    if until <= now:
        return PauseRead()
    return PauseRead(RememberedPause(until))


def _unusable(file_name: str, reason: Text) -> PauseRead:
    problem = translatable(
        "PauseMemory",
        "The pause from before the restart was not restored ({file}: {reason}); "
        "breaks run as usual. Pause again from knotbreak's menu if you need to.",
    ).format(file=file_name, reason=reason)
    return PauseRead(problem=problem)
