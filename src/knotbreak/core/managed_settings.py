"""Managed defaults: settings an administrator ships for every user, some of them locked.

The file is `defaults.json` in the system config folder (`/etc/xdg/knotbreak/` on Linux;
paths.py finds it):

    {"schema": 1, "defaults": {"work_interval_minutes": 50}, "locked": ["strict_mode"]}

A default replaces the built-in one: a user who never chose a value gets it, a user's
own value still wins. A locked key always has the administrator's value (their default,
or the built-in one if they give none), whatever the user's file says; the dialog shows it
greyed out as "Set by your administrator".

A file that cannot be read or is not valid is ignored as a whole and named once in a
problem; a bad value in a good file is ignored alone (its key keeps the built-in default
and is not locked), so one typo does not undo the rest.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from knotbreak.core.settings_schema import KEYS, VALIDATORS, json_value
from knotbreak.core.text import Text, translatable

MANAGED_FILE_NAME = "defaults.json"
MANAGED_SCHEMA = 1
_LARGEST_FILE = 1_000_000
"""Bytes; no defaults file is anywhere near this, and a huge one is not read into memory."""


@dataclass(frozen=True)
class ManagedDefaults:
    defaults: dict[str, Any] = field(default_factory=dict)
    """Key -> value in the `Settings` form (tuples for lists), already validated."""
    locked: frozenset[str] = frozenset()
    source: Path | None = None

    def is_locked(self, key: str) -> bool:
        return key in self.locked

    def json_defaults(self) -> dict[str, Any]:
        return {key: json_value(value) for key, value in self.defaults.items()}


NO_MANAGED_DEFAULTS = ManagedDefaults()


@dataclass(frozen=True)
class LoadedManaged:
    managed: ManagedDefaults
    problems: list[Text] = field(default_factory=list)


def load_managed_defaults(path: Path | None) -> LoadedManaged:
    """The administrator's defaults; a missing file is the usual case and says nothing."""
    if path is None:
        return LoadedManaged(NO_MANAGED_DEFAULTS)
    try:
        with path.open("rb") as file:
            data = file.read(_LARGEST_FILE + 1)
    except (FileNotFoundError, NotADirectoryError):
        return LoadedManaged(NO_MANAGED_DEFAULTS)
    except OSError as error:
        return _ignored(path, str(error.strerror or error))
    if len(data) > _LARGEST_FILE:
        return _ignored(path, translatable("ManagedSettings", "it is larger than 1 MB"))
    try:
        raw = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        return _ignored(path, translatable("ManagedSettings", "it is not UTF-8 text"))
    except json.JSONDecodeError as error:
        return _ignored(
            path,
            translatable("ManagedSettings", "it is not valid JSON (line {line}, column {column})")
            .format(line=error.lineno, column=error.colno),
        )
    except RecursionError:
        return _ignored(path, translatable("ManagedSettings", "it is nested too deeply"))
    if not isinstance(raw, dict) or raw.get("schema") != MANAGED_SCHEMA:
        return _ignored(
            path,
            translatable(
                "ManagedSettings",
                'it must be a JSON object with "schema": 1, "defaults" and "locked"',
            ),
        )
    defaults_raw = raw.get("defaults", {})
    locked_raw = raw.get("locked", [])
    if not isinstance(defaults_raw, dict) or not isinstance(locked_raw, list):
        return _ignored(
            path,
            translatable(
                "ManagedSettings",
                '"defaults" must be an object of settings and "locked" a list of their names',
            ),
        )

    problems: list[Text] = []
    defaults: dict[str, Any] = {}
    for key, value in defaults_raw.items():
        check = VALIDATORS.get(key)
        if check is None:
            problems.append(_key_problem(path, key))
            continue
        try:
            defaults[key] = check(value)
        except ValueError as error:
            problems.append(
                translatable("ManagedSettings", "{file}: '{key}': {error}; it was ignored").format(
                    file=path, key=key, error=str(error)
                )
            )
    locked: set[str] = set()
    for key in locked_raw:
        if not isinstance(key, str) or key not in KEYS:
            problems.append(_key_problem(path, key))
        elif key in defaults_raw and key not in defaults:
            continue  # its value was bad (said above): lock nothing rather than a surprise
        else:
            locked.add(key)
    return LoadedManaged(ManagedDefaults(defaults, frozenset(locked), path), problems)


def _key_problem(path: Path, key: object) -> Text:
    return translatable(
        "ManagedSettings", "{file}: {key} is not a setting this version knows; it was ignored"
    ).format(file=path, key=repr(key))


def _ignored(path: Path, reason: str) -> LoadedManaged:
    return LoadedManaged(
        NO_MANAGED_DEFAULTS,
        [
            translatable(
                "ManagedSettings",
                "The administrator's settings in {file} were not used: {reason}. Built-in "
                "defaults apply; ask your administrator to fix the file.",
            ).format(file=path, reason=reason)
        ],
    )
