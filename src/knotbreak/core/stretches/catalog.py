"""The stretch catalog: frozen entries, loaded and validated from JSON.

The built-in catalog ships as `resources/stretches/catalog.json`; people may add their own
entries in `<config>/custom-stretches.json` (same schema, see docs/stretches.md). Loading
never raises: every broken entry is skipped and reported with its file, its position and
id, and the field at fault, so the app can tell the user exactly what to fix.

Callers pass the paths in (core knows nothing about where resources live).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, cast

SCHEMA_VERSION = 1
CUSTOM_FILE_NAME = "custom-stretches.json"

Kind = Literal["stretch", "strengthening", "movement", "self-care"]
Position = Literal["sitting", "standing", "either"]
Style = Literal["hold", "reps"]

KINDS: tuple[Kind, ...] = ("stretch", "strengthening", "movement", "self-care")
POSITIONS: tuple[Position, ...] = ("sitting", "standing", "either")
STYLES: tuple[Style, ...] = ("hold", "reps")

# Body areas: the places a stretch works, one vocabulary for the catalog, the routine
# builder and (later) the knot journal's body map. Paired places are named per side.
BODY_AREAS: tuple[str, ...] = (
    "neck",
    "jaw",
    "shoulder-left",
    "shoulder-right",
    "upper-back",
    "chest",
    "low-back",
    "hip-left",
    "hip-right",
    "thigh-front-left",
    "thigh-front-right",
    "thigh-back-left",
    "thigh-back-right",
    "forearm-left",
    "forearm-right",
    "hand-left",
    "hand-right",
    "eyes",
)

# The focus areas a user picks map onto body areas; every body area belongs to exactly one.
FOCUS_AREAS: Mapping[str, frozenset[str]] = {
    "neck-shoulders": frozenset({"neck", "jaw", "shoulder-left", "shoulder-right"}),
    "upper-back-chest": frozenset({"upper-back", "chest"}),
    "low-back-hips": frozenset(
        {
            "low-back",
            "hip-left",
            "hip-right",
            "thigh-front-left",
            "thigh-front-right",
            "thigh-back-left",
            "thigh-back-right",
        }
    ),
    "wrists-forearms": frozenset({"forearm-left", "forearm-right", "hand-left", "hand-right"}),
    "eyes": frozenset({"eyes"}),
}
FOCUS_ORDER: tuple[str, ...] = tuple(FOCUS_AREAS)

PROPS: tuple[str, ...] = ("chair", "desk", "screen", "wall", "door", "step", "ball", "heatpad")

HOLD_RANGE = (5, 300)
"""Seconds for one timed block of an entry that goes into routines."""
HOLD_RANGE_OUTSIDE_ROUTINES = (5, 3600)
"""Entries kept out of routines (like heat, about 20 minutes) may be longer."""
SETS_RANGE = (1, 5)
REPS_RANGE = (1, 30)
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_ID_MAX = 40
_TEXT_MAX = 300


@dataclass(frozen=True)
class Source:
    id: str
    name: str
    title: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class StretchEntry:
    """One stretch or self-care item.

    Timing: a timed block lasts `hold_seconds`. Style "hold" holds still for the block;
    style "reps" repeats a movement `reps` times, about `rep_seconds` each, within it.
    `sets` blocks are done (per side when `one_sided`).
    """

    id: str
    name: str
    kind: Kind
    target_muscles: tuple[str, ...]
    body_areas: tuple[str, ...]
    position: Position
    steps: tuple[str, ...]
    source: str
    style: Style = "hold"
    hold_seconds: int = 30
    sets: int = 2
    reps: int = 1
    rep_seconds: int | None = None
    one_sided: bool = False
    long_hold_ok: bool = False
    """May be held for one 2-minute block per side when the user prefers long holds."""
    in_routines: bool = True
    cautions: tuple[str, ...] = ()
    props: tuple[str, ...] = ()
    hold_cue: str | None = None
    """A short prompt shown during each block instead of the plain "Hold"."""
    note: str | None = None
    picture: str | None = None
    """Custom entries: "pose:<built-in id>", or an image file in the config folder."""
    builtin: bool = True

    @property
    def focus_areas(self) -> frozenset[str]:
        return frozenset(
            focus for focus, areas in FOCUS_AREAS.items() if areas & set(self.body_areas)
        )


@dataclass(frozen=True)
class Catalog:
    entries: tuple[StretchEntry, ...] = ()
    general_cautions: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()

    def ids(self) -> tuple[str, ...]:
        return tuple(entry.id for entry in self.entries)

    def get(self, entry_id: str) -> StretchEntry | None:
        for entry in self.entries:
            if entry.id == entry_id:
                return entry
        return None

    def __getitem__(self, entry_id: str) -> StretchEntry:
        entry = self.get(entry_id)
        if entry is None:
            raise KeyError(entry_id)
        return entry

    def source_of(self, entry: StretchEntry) -> Source:
        """The entry's source; a custom entry's free-text source becomes a bare Source."""
        for source in self.sources:
            if source.id == entry.source:
                return source
        return Source(id=entry.source, name=entry.source)


@dataclass(frozen=True)
class CatalogLoad:
    catalog: Catalog
    problems: list[str] = field(default_factory=list)

    def message(self) -> str | None:
        if not self.problems:
            return None
        lines = ["Some stretches could not be used and were left out:"]
        lines += [f"- {problem}" for problem in self.problems]
        return "\n".join(lines)


# Loading ---------------------------------------------------------------------------------


def load_catalog(builtin_path: Path, custom_path: Path | None = None) -> CatalogLoad:
    """The built-in catalog plus the user's own entries; problems instead of exceptions."""
    problems: list[str] = []
    builtin = _read_file(builtin_path, problems, builtin=True)
    entries: list[StretchEntry] = []
    general_cautions: list[str] = []
    sources: dict[str, Source] = {}
    if builtin is not None:
        sources.update(_sources(builtin_path.name, builtin, problems))
        general_cautions = _text_list_top(builtin_path.name, builtin, problems)
        entries += _entries(builtin_path.name, builtin, problems, {}, builtin=True)
    if custom_path is not None:
        custom = _read_file(custom_path, problems, builtin=False)
        if custom is not None:
            for source_id, source in _sources(custom_path.name, custom, problems).items():
                sources.setdefault(source_id, source)
            taken = {entry.id: "a built-in stretch" for entry in entries}
            entries += _entries(custom_path.name, custom, problems, taken, builtin=False)
    catalog = Catalog(tuple(entries), tuple(general_cautions), tuple(sources.values()))
    return CatalogLoad(catalog, problems)


def catalog_as_json(catalog: Catalog) -> list[dict[str, Any]]:
    """Every entry as a JSON-ready dict (for `knotbreak stretches --json`); keys only grow."""
    result: list[dict[str, Any]] = []
    for entry in catalog.entries:
        source = catalog.source_of(entry)
        result.append(
            {
                "id": entry.id,
                "name": entry.name,
                "kind": entry.kind,
                "target_muscles": list(entry.target_muscles),
                "body_areas": list(entry.body_areas),
                "focus_areas": [f for f in FOCUS_ORDER if f in entry.focus_areas],
                "position": entry.position,
                "steps": list(entry.steps),
                "style": entry.style,
                "hold_seconds": entry.hold_seconds,
                "sets": entry.sets,
                "reps": entry.reps,
                "rep_seconds": entry.rep_seconds,
                "one_sided": entry.one_sided,
                "long_hold_ok": entry.long_hold_ok,
                "in_routines": entry.in_routines,
                "cautions": list(entry.cautions),
                "props": list(entry.props),
                "hold_cue": entry.hold_cue,
                "note": entry.note,
                "picture": entry.picture,
                "source": entry.source,
                "source_name": source.name,
                "source_url": source.url,
                "builtin": entry.builtin,
            }
        )
    return result


def _read_file(path: Path, problems: list[str], *, builtin: bool) -> dict[str, Any] | None:
    name = path.name
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        if builtin:
            problems.append(
                f"{path} is missing, so there are no built-in stretches; reinstall knotbreak"
            )
        return None
    except (OSError, UnicodeDecodeError) as error:
        problems.append(f"{path} could not be read ({error}); its stretches were left out")
        return None
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as error:
        problems.append(
            f"{name} is not valid JSON (line {error.lineno}, column {error.colno}: "
            f"{error.msg}); none of its stretches were used. Fix it and restart knotbreak"
        )
        return None
    except RecursionError:
        problems.append(
            f"{name} is nested too deeply to be a stretch list; none of its stretches were "
            "used. Fix it and restart knotbreak"
        )
        return None
    if not isinstance(raw, dict) or not isinstance(raw.get("entries"), list):
        problems.append(
            f'{name} must hold a JSON object with a list under "entries"; '
            "none of its stretches were used"
        )
        return None
    version = raw.get("schema_version", SCHEMA_VERSION)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        problems.append(
            f"{name}: 'schema_version' {version!r} is not a version number; reading it as version 1"
        )
    elif version > SCHEMA_VERSION:
        problems.append(
            f"{name} was written for a newer knotbreak (schema {version}; this one "
            f"understands {SCHEMA_VERSION}); its entries are used as far as possible"
        )
    return cast(dict[str, Any], raw)


def _sources(file_name: str, raw: dict[str, Any], problems: list[str]) -> dict[str, Source]:
    found: dict[str, Source] = {}
    block = raw.get("sources", {})
    if not isinstance(block, dict):
        problems.append(f"{file_name}: 'sources' must be an object of source ids; ignored")
        return found
    for source_id, value in block.items():
        if isinstance(value, str) and value.strip():
            found[source_id] = Source(source_id, value.strip())
            continue
        name = value.get("name") if isinstance(value, dict) else None
        if not isinstance(name, str) or not name.strip():
            problems.append(f"{file_name}: source {source_id!r} needs a 'name'; ignored")
            continue
        title, url = value.get("title"), value.get("url")
        found[source_id] = Source(
            source_id,
            name.strip(),
            title if isinstance(title, str) else None,
            url if isinstance(url, str) else None,
        )
    return found


def _text_list_top(file_name: str, raw: dict[str, Any], problems: list[str]) -> list[str]:
    value = raw.get("general_cautions", [])
    try:
        return list(_text_list(value, allow_empty=True))
    except ValueError as error:
        problems.append(f"{file_name}: 'general_cautions' {error}; ignored")
        return []


def _entries(
    file_name: str,
    raw: dict[str, Any],
    problems: list[str],
    taken: dict[str, str],
    *,
    builtin: bool,
) -> list[StretchEntry]:
    entries: list[StretchEntry] = []
    for index, item in enumerate(raw["entries"], start=1):
        label = _label(file_name, index, item)
        try:
            entry = _entry(item, problems, label, builtin=builtin)
        except _EntryError as error:
            problems.append(f"{label}: {error}; this entry was skipped")
            continue
        where = taken.get(entry.id)
        if where is not None:
            problems.append(
                f"{label}: 'id' {entry.id!r} is already used by {where}; choose another id. "
                "This entry was skipped"
            )
            continue
        # Named after the entry that has it, so a duplicate points at the right one.
        taken[entry.id] = f"entry {index} of {file_name}"
        entries.append(entry)
    return entries


def _label(file_name: str, index: int, item: Any) -> str:
    entry_id = item.get("id") if isinstance(item, dict) else None
    if isinstance(entry_id, str) and entry_id:
        return f"{file_name}, entry {index} ({entry_id!r})"
    return f"{file_name}, entry {index}"


# Field checks ----------------------------------------------------------------------------


class _EntryError(ValueError):
    pass


Check = Callable[[Any], Any]


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("must be a non-empty text")
    if len(value) > _TEXT_MAX:
        raise ValueError(f"is longer than {_TEXT_MAX} characters; keep it short")
    return value.strip()


def _text_list(value: Any, *, allow_empty: bool = False) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError('must be a list of texts, like ["first", "second"]')
    if not value and not allow_empty:
        raise ValueError("must list at least one item")
    return tuple(_text(v) for v in value)


def _one_of(choices: tuple[str, ...]) -> Check:
    def check(value: Any) -> str:
        if value not in choices:
            options = ", ".join(f'"{c}"' for c in choices)
            raise ValueError(f"must be one of {options}, not {json.dumps(value)}")
        return cast(str, value)

    return check


def _whole(low: int, high: int) -> Check:
    def check(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ValueError(f"must be a whole number from {low} to {high}")
        return value

    return check


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("must be true or false")
    return value


def _entry_id(value: Any) -> str:
    if not isinstance(value, str) or not _ID.match(value) or len(value) > _ID_MAX:
        raise ValueError(
            f"must be lowercase letters, digits and single hyphens (up to {_ID_MAX}), "
            'like "neck-roll"'
        )
    return value


def _areas(value: Any) -> tuple[str, ...]:
    areas = _text_list(value)
    unknown = [area for area in areas if area not in BODY_AREAS]
    if unknown:
        raise ValueError(f"has unknown body area {unknown[0]!r}; use {', '.join(BODY_AREAS)}")
    return tuple(dict.fromkeys(areas))


def _props(value: Any) -> tuple[str, ...]:
    props = _text_list(value, allow_empty=True)
    unknown = [prop for prop in props if prop not in PROPS]
    if unknown:
        raise ValueError(f"has unknown prop {unknown[0]!r}; use {', '.join(PROPS)}")
    return props


def _optional_text(value: Any) -> str | None:
    return None if value is None else _text(value)


def _optional_whole(low: int, high: int) -> Check:
    whole = _whole(low, high)

    def check(value: Any) -> int | None:
        return None if value is None else whole(value)

    return check


REQUIRED: dict[str, Check] = {
    "id": _entry_id,
    "name": _text,
    "kind": _one_of(KINDS),
    "target_muscles": _text_list,
    "body_areas": _areas,
    "position": _one_of(POSITIONS),
    "steps": _text_list,
    "source": _text,
}
OPTIONAL: dict[str, Check] = {
    "style": _one_of(STYLES),
    "hold_seconds": _whole(*HOLD_RANGE),  # wider when "in_routines" is false, see _entry
    "sets": _whole(*SETS_RANGE),
    "reps": _whole(*REPS_RANGE),
    "rep_seconds": _optional_whole(1, 60),
    "one_sided": _flag,
    "long_hold_ok": _flag,
    "in_routines": _flag,
    "cautions": lambda value: _text_list(value, allow_empty=True),
    "props": _props,
    "hold_cue": _optional_text,
    "note": _optional_text,
    "picture": _optional_text,
}
_ORDER = tuple(REQUIRED) + tuple(OPTIONAL)


def _entry(item: Any, problems: list[str], label: str, *, builtin: bool) -> StretchEntry:
    if not isinstance(item, dict):
        raise _EntryError('must be a JSON object with fields like "id" and "name"')
    for key in item:
        if key not in REQUIRED and key not in OPTIONAL:
            problems.append(f"{label}: {key!r} is not a field knotbreak knows; it was ignored")
    values: dict[str, Any] = {}
    for key in _ORDER:
        if key not in item:
            if key in REQUIRED:
                raise _EntryError(f"{key!r} is missing")
            continue
        check = REQUIRED.get(key) or OPTIONAL[key]
        if key == "hold_seconds" and item.get("in_routines") is False:
            check = _whole(*HOLD_RANGE_OUTSIDE_ROUTINES)
        try:
            values[key] = check(item[key])
        except ValueError as error:
            raise _EntryError(f"{key!r} {error}") from None
    entry = StretchEntry(**values, builtin=builtin)
    _check_consistency(entry)
    return entry


def _check_consistency(entry: StretchEntry) -> None:
    if entry.style == "reps":
        if entry.rep_seconds is None:
            raise _EntryError("'rep_seconds' is missing; a \"reps\" entry needs it")
        if entry.reps * entry.rep_seconds > entry.hold_seconds:
            raise _EntryError(
                f"'reps' times 'rep_seconds' ({entry.reps} x {entry.rep_seconds} s) must fit "
                f"into 'hold_seconds' ({entry.hold_seconds} s)"
            )
        if entry.long_hold_ok:
            raise _EntryError("'long_hold_ok' must be false for a \"reps\" entry")


# The custom-exercise form -------------------------------------------------------------------

_QUOTED_FIELD = re.compile(r"'([a-z_]+)'")


def entry_field_problems(item: Mapping[str, Any]) -> dict[str, str]:
    """Every field's problem, worded as the loader words it, keyed by field name.

    Unlike loading, which stops at an entry's first problem, this checks each field, so
    a form can show every message under its own field at once. Empty: the entry loads.
    """
    problems: dict[str, str] = {}
    for key in _ORDER:
        if key not in item:
            if key in REQUIRED:
                problems[key] = f"{key!r} is missing"
            continue
        check = REQUIRED.get(key) or OPTIONAL[key]
        if key == "hold_seconds" and item.get("in_routines") is False:
            check = _whole(*HOLD_RANGE_OUTSIDE_ROUTINES)
        try:
            check(item[key])
        except ValueError as error:
            problems[key] = f"{key!r} {error}"
    if problems:
        return problems
    try:
        _entry(dict(item), [], "", builtin=False)
    except _EntryError as error:
        found = _QUOTED_FIELD.search(str(error))
        problems[found.group(1) if found else "id"] = str(error)
    return problems
