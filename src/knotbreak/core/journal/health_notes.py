"""Red flags and when to see a clinician, read from `resources/health/red_flags.json`.

The text lives in data, not code, so that a clinician or translator can review it in
one place, and every item keeps the ids of the sources it was taken from.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 1


class HealthNotesError(Exception):
    """The health notes file is missing or malformed; the message names the problem."""


@dataclass(frozen=True)
class HealthSource:
    id: str
    name: str
    title: str
    url: str | None = None


@dataclass(frozen=True)
class RedFlag:
    id: str
    text: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class RedFlagGroup:
    id: str
    """"urgent" or "appointment"."""
    title: str
    intro: str
    items: tuple[RedFlag, ...]


@dataclass(frozen=True)
class HealthNotes:
    not_diagnosis: str
    groups: tuple[RedFlagGroup, ...]
    sources: tuple[HealthSource, ...]
    area_warnings: Mapping[str, RedFlag] = field(default_factory=dict)
    """Journal area id -> the urgent signs shown first when that area is logged
    (chest, jaw, head: see advice.URGENT_AREAS)."""

    def group(self, group_id: str) -> RedFlagGroup | None:
        return next((group for group in self.groups if group.id == group_id), None)

    def area_warning(self, area: str) -> RedFlag | None:
        return self.area_warnings.get(area)

    def source(self, source_id: str) -> HealthSource | None:
        return next((source for source in self.sources if source.id == source_id), None)


def load_health_notes(path: Path) -> HealthNotes:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise HealthNotesError(f"{path.name} could not be read ({error})") from error
    return parse_health_notes(data, path.name)


def parse_health_notes(data: Any, name: str = "red_flags.json") -> HealthNotes:
    if not isinstance(data, dict) or data.get("schema_version") != SCHEMA_VERSION:
        raise HealthNotesError(f"{name}: expected an object with schema_version {SCHEMA_VERSION}")
    sources = tuple(
        HealthSource(
            source_id,
            _text(raw, "name", f"{name}: source {source_id}"),
            _text(raw, "title", f"{name}: source {source_id}"),
            _optional_url(raw, f"{name}: source {source_id}"),
        )
        for source_id, raw in _mapping(data.get("sources"), f"{name}: sources").items()
    )
    known = {source.id for source in sources}
    groups = []
    for index, raw_group in enumerate(_list(data.get("groups"), f"{name}: groups")):
        where = f"{name}: group {index + 1}"
        items = []
        for item_index, raw_item in enumerate(_list(_get(raw_group, "items", where), where)):
            items.append(_red_flag(raw_item, f"{where}, item {item_index + 1}", known))
        groups.append(
            RedFlagGroup(
                _text(raw_group, "id", where),
                _text(raw_group, "title", where),
                _text(raw_group, "intro", where),
                tuple(items),
            )
        )
    warnings = {
        area: _red_flag(raw, f"{name}: area_warnings {area}", known)
        for area, raw in _mapping(data.get("area_warnings", {}), f"{name}: area_warnings").items()
    }
    return HealthNotes(_text(data, "not_diagnosis", name), tuple(groups), sources, warnings)


def _red_flag(raw_item: Any, where: str, known: set[str]) -> RedFlag:
    cited = tuple(_list(_get(raw_item, "sources", where), where))
    unknown = [s for s in cited if s not in known]
    if not cited or unknown:
        raise HealthNotesError(f"{where}: every item needs known sources {unknown}")
    return RedFlag(_text(raw_item, "id", where), _text(raw_item, "text", where),
                   tuple(str(s) for s in cited))


def _get(raw: Any, key: str, where: str) -> Any:
    if not isinstance(raw, dict) or key not in raw:
        raise HealthNotesError(f"{where}: {key!r} is missing")
    return raw[key]


def _text(raw: Any, key: str, where: str) -> str:
    value = _get(raw, key, where)
    if not isinstance(value, str) or not value.strip():
        raise HealthNotesError(f"{where}: {key!r} must be non-empty text")
    return value


def _optional_url(raw: Any, where: str) -> str | None:
    if not isinstance(raw, dict) or raw.get("url") is None:
        return None
    url = raw["url"]
    if not isinstance(url, str) or not url.startswith("https://"):
        raise HealthNotesError(f"{where}: 'url' must be an https:// address")
    return url


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise HealthNotesError(f"{where}: expected a list")
    return value


def _mapping(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise HealthNotesError(f"{where}: expected an object")
    return value
