"""The settings file: schema, validation with messages a person can act on, safe saving.

The file is plain JSON meant to be hand-edited (docs/settings.md documents every key).
Loading never fails: a broken file is copied aside, every bad value falls back to its
default, and the caller gets the list of problems to show the user.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

from knotbreak.core.atomic_file import keep_copy, write_atomically
from knotbreak.core.cycle import CyclePolicy
from knotbreak.core.stretches.catalog import FOCUS_ORDER
from knotbreak.core.text import join_texts, translatable
from knotbreak.core.working_hours import DAY_NAMES, WorkingHours

SCHEMA_VERSION = 1
SETTINGS_FILE_NAME = "settings.json"
# "system" follows the desktop's locale; the others are the translations knotbreak ships.
LANGUAGES: tuple[str, ...] = ("system", "en", "de")


@dataclass(frozen=True)
class Settings:
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

Validator = Callable[[Any], Any]
_CLOCK = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


def _parse_clock(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


# Units as they appear in the messages below; translated like the messages.
_MINUTES = translatable("Settings", "minutes")
_SECONDS = translatable("Settings", "seconds")
_SNOOZES = translatable("Settings", "snoozes")
_BREAKS = translatable("Settings", "breaks")
_PERCENT = translatable("Settings", "percent")
_HOURS = translatable("Settings", "hours")


def _whole_number(low: int, high: int, unit: str) -> Validator:
    def check(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(
                translatable("Settings", "must be a whole number of {unit} from {low} to {high}")
                .format(unit=unit, low=low, high=high)
            )
        if not low <= value <= high:
            raise ValueError(
                translatable("Settings", "{value} is outside the allowed {low} to {high} {unit}")
                .format(value=value, low=low, high=high, unit=unit)
            )
        return value

    return check


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(translatable("Settings", "must be true or false"))
    return value


def _clock_text(value: Any) -> str:
    if not isinstance(value, str) or not _CLOCK.match(value):
        raise ValueError(
            translatable("Settings", '{value} is not a 24-hour time like "09:00"').format(
                value=repr(value)
            )
        )
    return value


def _day_list(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(day, str) for day in value):
        raise ValueError(
            translatable("Settings", 'must be a list of day names such as ["mon", "tue"]')
        )
    unknown = [day for day in value if day.lower() not in DAY_NAMES]
    if unknown:
        raise ValueError(
            translatable("Settings", "unknown day {day}; use {days}").format(
                day=repr(unknown[0]), days=", ".join(DAY_NAMES)
            )
        )
    chosen = {day.lower() for day in value}
    return tuple(day for day in DAY_NAMES if day in chosen)


def _device_glob(value: Any) -> str:
    if not isinstance(value, str) or not value.startswith("/") or len(value) > 200:
        raise ValueError(
            translatable("Settings", 'must be an absolute path pattern such as "/dev/video*"')
        )
    return value


def _focus_list(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(area, str) for area in value):
        raise ValueError(
            translatable("Settings", "must be a list of focus areas such as {example}").format(
                example=f'["{FOCUS_ORDER[0]}"]'
            )
        )
    unknown = [area for area in value if area not in FOCUS_ORDER]
    if unknown:
        raise ValueError(
            translatable("Settings", "unknown focus area {area}; use {areas}").format(
                area=repr(unknown[0]), areas=", ".join(FOCUS_ORDER)
            )
        )
    if not value:
        raise ValueError(translatable("Settings", "needs at least one focus area"))
    return tuple(area for area in FOCUS_ORDER if area in value)


_STRETCH_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
STRETCH_IDS_MAX = 200


def _stretch_ids(value: Any) -> tuple[str, ...]:
    # Ids only: the catalog is not read with the settings, so an id that is not (or no
    # longer) in it is kept and simply matches nothing.
    if (
        not isinstance(value, list)
        or len(value) > STRETCH_IDS_MAX
        or not all(isinstance(i, str) and _STRETCH_ID.match(i) and len(i) <= 40 for i in value)
    ):
        raise ValueError(
            translatable("Settings", "must be a list of stretch ids such as \"chin-tuck\"")
        )
    return tuple(dict.fromkeys(value))


def _language(value: Any) -> str:
    if not isinstance(value, str) or value not in LANGUAGES:
        raise ValueError(
            translatable("Settings", "{value} is not a language knotbreak has; use {languages}")
            .format(value=repr(value), languages=", ".join(LANGUAGES))
        )
    return value


VALIDATORS: dict[str, Validator] = {
    "work_interval_minutes": _whole_number(30, 60, _MINUTES),
    "break_seconds": _whole_number(30, 1800, _SECONDS),
    "notice_seconds": _whole_number(0, 300, _SECONDS),
    "snooze_minutes": _whole_number(1, 30, _MINUTES),
    "snooze_limit": _whole_number(0, 10, _SNOOZES),
    "working_hours_enabled": _boolean,
    "working_hours_start": _clock_text,
    "working_hours_end": _clock_text,
    "working_days": _day_list,
    "idle_detection": _boolean,
    "meeting_fullscreen": _boolean,
    "meeting_camera": _boolean,
    "meeting_microphone": _boolean,
    "meeting_dnd": _boolean,
    "meeting_camera_devices": _device_glob,
    "long_break_every": _whole_number(0, 20, _BREAKS),
    "long_break_seconds": _whole_number(30, 1800, _SECONDS),
    "focus_areas": _focus_list,
    "sitting_only": _boolean,
    "prefer_long_holds": _boolean,
    "strict_mode": _boolean,
    "sounds": _boolean,
    "sound_volume": _whole_number(0, 100, _PERCENT),
    "language": _language,
    "daily_break_goal": _whole_number(1, 20, _BREAKS),
    "micro_breaks_enabled": _boolean,
    "micro_break_interval_minutes": _whole_number(10, 30, _MINUTES),
    "micro_break_seconds": _whole_number(15, 60, _SECONDS),
    "count_active_time": _boolean,
    "daily_limit_enabled": _boolean,
    "daily_limit_hours": _whole_number(4, 10, _HOURS),
    "hidden_stretches": _stretch_ids,
    "favourite_stretches": _stretch_ids,
    "posture_coach": _boolean,
    "posture_interval_seconds": _whole_number(30, 600, _SECONDS),
}
assert set(VALIDATORS) == {f.name for f in fields(Settings)}, "every setting needs a validator"


def validate(raw: dict[str, Any]) -> tuple[Settings, list[str]]:
    """Settings from a parsed JSON object: each bad or unknown key is named in a problem."""
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
    settings = replace(Settings(), **values)
    if settings.working_hours_enabled and not settings.working_days:
        problems.append(
            translatable(
                "Settings", "'working_days' is empty, so breaks would never come; using weekdays"
            )
        )
        settings = replace(settings, working_days=Settings().working_days)
    return settings, problems


def merge_settings(current: Settings, changes: Mapping[str, Any]) -> Settings:
    """`current` with `changes` applied; raises ValueError naming every bad change."""
    _checked, problems = validate(dict(changes))
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

    def message(self) -> str | None:
        if not self.problems:
            return None
        lines: list[str] = [
            translatable(
                "Settings", "Some settings could not be used, so defaults stand in for them:"
            )
        ]
        lines += [join_texts(["-", problem], " ") for problem in self.problems]
        if self.backup is not None:
            lines.append(
                translatable("Settings", "Your original file is kept as {path}.").format(
                    path=self.backup
                )
            )
        return join_texts(lines, "\n")


def load_settings(path: Path, now: datetime) -> LoadedSettings:
    """Read settings; a missing file gives defaults silently, a bad one gives defaults loudly."""
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):
        # NotADirectoryError: a file where the config folder should be; the app says
        # it cannot save there (app.py), and nothing was read to back up.
        return LoadedSettings(Settings())
    except (OSError, UnicodeDecodeError) as error:
        return LoadedSettings(
            Settings(),
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
        return LoadedSettings(Settings(), [problem], _backup(path, now))
    except RecursionError:
        # Thousands of nested brackets: no settings file looks like that.
        problem = translatable("Settings", "{file} is nested too deeply to be settings").format(
            file=path.name
        )
        return LoadedSettings(Settings(), [problem], _backup(path, now))
    if not isinstance(raw, dict):
        problem = translatable(
            "Settings", "{file} must hold a JSON object with one key per setting"
        ).format(file=path.name)
        return LoadedSettings(Settings(), [problem], _backup(path, now))

    version = raw.get("schema_version", SCHEMA_VERSION)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        settings, problems = validate(raw)
        problems.insert(
            0,
            translatable("Settings", "'schema_version' {version} is not a version number").format(
                version=repr(version)
            ),
        )
        return LoadedSettings(settings, problems, _backup(path, now))
    if version > SCHEMA_VERSION:
        settings, problems = validate(raw)
        note = translatable(
            "Settings",
            "{file} was written by a newer knotbreak (schema {version}; this one "
            "understands {known}). It is used as far as possible and left unchanged",
        ).format(file=path.name, version=version, known=SCHEMA_VERSION)
        return LoadedSettings(settings, [note, *problems], None, writable=False)

    settings, problems = validate(raw)
    backup = _backup(path, now) if problems else None
    return LoadedSettings(settings, problems, backup)


def save_settings(path: Path, settings: Settings) -> None:
    """Write atomically; raises OSError (e.g. disk full) with the old file intact."""
    text = json.dumps(settings.to_json(), indent=2) + "\n"
    write_atomically(path, text.encode("utf-8"))


def _backup(path: Path, now: datetime) -> Path | None:
    try:
        return keep_copy(path, f"invalid-{now.strftime('%Y%m%d-%H%M%S')}")
    except OSError:
        # Nothing is kept and the original is then not rewritten either (app.py).
        return None
