"""The settings file: schema, validation with messages a person can act on, safe saving.

The file is plain JSON meant to be hand-edited (docs/settings.md documents every key).
Loading never fails: a broken file is copied aside, every bad value falls back to its
default, and the caller gets the list of problems to show the user.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

from knotbreak.core.atomic_file import keep_copy, write_atomically
from knotbreak.core.cycle import CyclePolicy
from knotbreak.core.managed_settings import (
    NO_MANAGED_DEFAULTS,
    ManagedDefaults,
    load_managed_defaults,
)
from knotbreak.core.settings_schema import (
    LANGUAGES,
    STRETCH_IDS_MAX,
    VALIDATORS,
    Validator,
    json_value,
)
from knotbreak.core.stretches.catalog import FOCUS_ORDER
from knotbreak.core.text import join_texts, translatable
from knotbreak.core.working_hours import DAY_NAMES, WorkingHours

__all__ = [
    "LANGUAGES", "SCHEMA_VERSION", "STRETCH_IDS_MAX", "VALIDATORS", "LoadedSettings",
    "Settings", "Validator", "load_settings", "merge_settings", "save_settings", "validate",
]

SCHEMA_VERSION = 1
SETTINGS_FILE_NAME = "settings.json"


@dataclass(frozen=True)
class Settings:
    """Typed settings. Each key is declared in core/settings_schema.py (range, label,
    docs); the defaults below are checked against the declarations by a test."""

    work_interval_minutes: int = 45
    break_seconds: int = 180
    notice_seconds: int = 60
    snooze_minutes: int = 5
    snooze_limit: int = 2
    working_hours_enabled: bool = False
    working_hours_start: str = "09:00"
    working_hours_end: str = "17:30"
    working_days: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri")
    idle_detection: bool = True
    meeting_fullscreen: bool = True
    meeting_camera: bool = True
    meeting_microphone: bool = False
    meeting_dnd: bool = True
    meeting_camera_devices: str = "/dev/video*"
    long_break_every: int = 4
    long_break_seconds: int = 600
    focus_areas: tuple[str, ...] = FOCUS_ORDER
    sitting_only: bool = False
    prefer_long_holds: bool = False
    strict_mode: bool = False
    sounds: bool = True
    sound_volume: int = 60
    language: str = "system"
    daily_break_goal: int = 6
    micro_breaks_enabled: bool = True
    micro_break_interval_minutes: int = 20
    micro_break_seconds: int = 20
    count_active_time: bool = False
    daily_limit_enabled: bool = False
    daily_limit_hours: int = 8
    hidden_stretches: tuple[str, ...] = ()
    """Stretch ids the user turned off ("Don't show this stretch again"); routines skip them."""
    favourite_stretches: tuple[str, ...] = ()
    """Stretch ids marked as favourites in the Stretches window; routines lean toward them."""
    posture_coach: bool = False
    """The posture coach (issue 18) looks through the camera only when turned on."""
    posture_interval_seconds: int = 120

    def break_length_for(self, break_number: int) -> timedelta:
        """How long break `break_number` (1 for the first) lasts: every Nth one is long.

        A long break is never shorter than a normal one, whatever the two settings say.
        """
        normal = timedelta(seconds=self.break_seconds)
        if is_long_break(break_number, self.long_break_every):
            return max(normal, timedelta(seconds=self.long_break_seconds))
        return normal

    def policy(self) -> CyclePolicy:
        return CyclePolicy(
            work_interval=timedelta(minutes=self.work_interval_minutes),
            break_length=timedelta(seconds=self.break_seconds),
            notice_lead=timedelta(seconds=self.notice_seconds),
            snooze_length=timedelta(minutes=self.snooze_minutes),
            snooze_limit=self.snooze_limit,
            long_break_every=self.long_break_every,
            long_break_length=timedelta(seconds=self.long_break_seconds),
            micro_interval=(
                timedelta(minutes=self.micro_break_interval_minutes)
                if self.micro_breaks_enabled
                else None
            ),
            micro_length=timedelta(seconds=self.micro_break_seconds),
            count_active_time=self.count_active_time,
            daily_limit=(
                timedelta(hours=self.daily_limit_hours) if self.daily_limit_enabled else None
            ),
            working_hours=WorkingHours(
                enabled=self.working_hours_enabled,
                start=_parse_clock(self.working_hours_start),
                end=_parse_clock(self.working_hours_end),
                days=frozenset(DAY_NAMES.index(day) for day in self.working_days),
            ),
        )

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
        for key, value in asdict(self).items():
            data[key] = list(value) if isinstance(value, tuple) else value
        return data


def is_long_break(break_number: int, every_nth: int) -> bool:
    """True for every `every_nth` break (the 4th, 8th, ... by default); 0 means never."""
    return every_nth > 0 and break_number > 0 and break_number % every_nth == 0


# Validation ------------------------------------------------------------------------------
# Every key's validator comes from its declaration (core/settings_schema.py).


def _parse_clock(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def defaults_with(managed: ManagedDefaults = NO_MANAGED_DEFAULTS) -> Settings:
    """The defaults: built-in ones, with the administrator's in their place."""
    return replace(Settings(), **managed.defaults)


def validate(
    raw: dict[str, Any], base: Settings | None = None
) -> tuple[Settings, list[str]]:
    """Settings from a parsed JSON object: each bad or unknown key is named in a problem.

    Keys the object lacks, or has wrong, take their value from `base` (the defaults).
    """
    base = Settings() if base is None else base
    problems: list[str] = []
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key == "schema_version":
            continue
        check = VALIDATORS.get(key)
        if check is None:
            problems.append(
                translatable(
                    "Settings", "'{key}' is not a setting this version knows; it was ignored"
                ).format(key=key)
            )
            continue
        try:
            values[key] = check(value)
        except ValueError as error:
            problems.append(
                translatable("Settings", "'{key}': {error}; using the default instead").format(
                    key=key, error=str(error)
                )
            )
    settings = replace(base, **values)
    if settings.working_hours_enabled and not settings.working_days:
        problems.append(
            translatable(
                "Settings", "'working_days' is empty, so breaks would never come; using weekdays"
            )
        )
        settings = replace(settings, working_days=Settings().working_days)
    return settings, problems


def merge_settings(
    current: Settings,
    changes: Mapping[str, Any],
    managed: ManagedDefaults = NO_MANAGED_DEFAULTS,
) -> Settings:
    """`current` with `changes` applied; raises ValueError naming every bad change
    (a change to a key the administrator locked is one)."""
    _checked, problems = validate(dict(changes))
    problems += [
        translatable(
            "Settings", "'{key}' is set by your administrator and cannot be changed here"
        ).format(key=key)
        for key in changes
        if managed.is_locked(key)
    ]
    if problems:
        raise ValueError(join_texts(problems, "; "))
    merged, _ = validate({**current.to_json(), **changes})
    return merged


# Files -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoadedSettings:
    settings: Settings
    problems: list[str] = field(default_factory=list)
    backup: Path | None = None
    """Where the unreadable or invalid original was copied, so nothing the user wrote is lost."""
    writable: bool = True
    """False when the file comes from a newer knotbreak: this version must not overwrite it."""
    managed: ManagedDefaults = NO_MANAGED_DEFAULTS
    """The administrator's defaults and locked keys that `settings` already includes."""
    managed_problems: list[str] = field(default_factory=list)
    """Why (part of) the administrator's file was not used: said once, at start."""

    def message(self) -> str | None:
        if not self.problems:
            return join_texts(self.managed_problems, "\n") if self.managed_problems else None
        lines: list[str] = [
            translatable(
                "Settings", "Some settings could not be used, so defaults stand in for them:"
            )
        ]
        lines += [join_texts(["-", problem], " ") for problem in self.problems]
        lines += self.managed_problems
        if self.backup is not None:
            lines.append(
                translatable("Settings", "Your original file is kept as {path}.").format(
                    path=self.backup
                )
            )
        return join_texts(lines, "\n")


def load_settings(
    path: Path, now: datetime, managed_file: Path | None = None
) -> LoadedSettings:
    """Read settings; a missing file gives defaults silently, a bad one gives defaults loudly.

    `managed_file` is the administrator's defaults.json (core/managed_settings.py): its
    defaults stand in for the built-in ones, and its locked keys override the user's file.
    """
    found = load_managed_defaults(managed_file)
    managed = found.managed
    loaded = _load_user_settings(path, now, defaults_with(managed), managed.locked)
    return replace(loaded, managed=managed, managed_problems=list(found.problems))


def _load_user_settings(
    path: Path, now: datetime, base: Settings, locked: frozenset[str]
) -> LoadedSettings:
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):
        # NotADirectoryError: a file where the config folder should be; the app says
        # it cannot save there (app.py), and nothing was read to back up.
        return LoadedSettings(base)
    except (OSError, UnicodeDecodeError) as error:
        return LoadedSettings(
            base,
            [
                translatable("Settings", "{path} could not be read ({error})").format(
                    path=path, error=error
                )
            ],
            _backup(path, now),
        )
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as error:
        problem = translatable(
            "Settings", "{file} is not valid JSON (line {line}, column {column})"
        ).format(file=path.name, line=error.lineno, column=error.colno)
        return LoadedSettings(base, [problem], _backup(path, now))
    except RecursionError:
        # Thousands of nested brackets: no settings file looks like that.
        problem = translatable("Settings", "{file} is nested too deeply to be settings").format(
            file=path.name
        )
        return LoadedSettings(base, [problem], _backup(path, now))
    if not isinstance(raw, dict):
        problem = translatable(
            "Settings", "{file} must hold a JSON object with one key per setting"
        ).format(file=path.name)
        return LoadedSettings(base, [problem], _backup(path, now))

    # A locked key is the administrator's: the user's value stays in their file, unused
    # (and unchecked, so an old value does not raise an alarm).
    user = {key: value for key, value in raw.items() if key not in locked}
    version = raw.get("schema_version", SCHEMA_VERSION)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        settings, problems = validate(user, base)
        problems.insert(
            0,
            translatable("Settings", "'schema_version' {version} is not a version number").format(
                version=repr(version)
            ),
        )
        return LoadedSettings(settings, problems, _backup(path, now))
    if version > SCHEMA_VERSION:
        settings, problems = validate(user, base)
        note = translatable(
            "Settings",
            "{file} was written by a newer knotbreak (schema {version}; this one "
            "understands {known}). It is used as far as possible and left unchanged",
        ).format(file=path.name, version=version, known=SCHEMA_VERSION)
        return LoadedSettings(settings, [note, *problems], None, writable=False)

    settings, problems = validate(user, base)
    backup = _backup(path, now) if problems else None
    return LoadedSettings(settings, problems, backup)


def save_settings(
    path: Path, settings: Settings, managed: ManagedDefaults = NO_MANAGED_DEFAULTS
) -> None:
    """Write atomically; raises OSError (e.g. disk full) with the old file intact.

    Keys the administrator manages are left out while they hold the administrator's
    value, so a later change of their defaults reaches this user too; a locked key keeps
    whatever the user's file had for it (it is theirs again if the lock goes).
    """
    data = settings.to_json()
    if managed.defaults or managed.locked:
        previous = _json_object(path)
        for key in managed.locked:
            if key in previous:
                data[key] = previous[key]
            else:
                data.pop(key, None)
        for key, value in managed.defaults.items():
            if key not in managed.locked and data.get(key) == json_value(value):
                del data[key]
    text = json.dumps(data, indent=2) + "\n"
    write_atomically(path, text.encode("utf-8"))


def _json_object(path: Path) -> dict[str, Any]:
    """The file's JSON object, or {} when there is none to read (best effort)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return {}
    return raw if isinstance(raw, dict) else {}


def _backup(path: Path, now: datetime) -> Path | None:
    try:
        return keep_copy(path, f"invalid-{now.strftime('%Y%m%d-%H%M%S')}")
    except OSError:
        # Nothing is kept and the original is then not rewritten either (app.py).
        return None
