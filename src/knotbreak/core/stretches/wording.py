"""The built-in stretches in another language: resources/stretches/catalog.<lang>.json.

The catalog is content, not UI text, so it is not in Qt's .ts files. A wording file holds
only words, keyed by stretch id: name, steps, cautions and the hold cue, plus the general
cautions and source names. Timing, pictures and everything else stay in catalog.json.

It only ever replaces text of a *built-in* entry, and only a list of the same length
(steps, cautions), so a wording file that lags behind an edited catalog shows the
English of what changed instead of the wrong step. Stretches the user added keep their
own words.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from knotbreak.core.stretches.catalog import Source, StretchEntry

WORDING_SCHEMA_VERSION = 1


@dataclass(frozen=True)
class EntryWording:
    name: str | None = None
    steps: tuple[str, ...] = ()
    cautions: tuple[str, ...] = ()
    hold_cue: str | None = None


@dataclass(frozen=True)
class CatalogWording:
    """How to say the built-in stretches; an empty one says everything as the catalog does."""

    entries: Mapping[str, EntryWording] = field(default_factory=dict)
    general_cautions: tuple[str, ...] = ()
    source_names: Mapping[str, str] = field(default_factory=dict)

    def _of(self, entry: StretchEntry) -> EntryWording | None:
        return self.entries.get(entry.id) if entry.builtin else None

    def name(self, entry: StretchEntry) -> str:
        wording = self._of(entry)
        return wording.name if wording is not None and wording.name else entry.name

    def steps(self, entry: StretchEntry) -> tuple[str, ...]:
        wording = self._of(entry)
        return _same_length(wording.steps if wording else (), entry.steps)

    def cautions(self, entry: StretchEntry) -> tuple[str, ...]:
        wording = self._of(entry)
        return _same_length(wording.cautions if wording else (), entry.cautions)

    def hold_cue(self, entry: StretchEntry) -> str | None:
        wording = self._of(entry)
        if wording is not None and wording.hold_cue and entry.hold_cue:
            return wording.hold_cue
        return entry.hold_cue

    def general(self, cautions: Sequence[str]) -> tuple[str, ...]:
        return _same_length(self.general_cautions, tuple(cautions))

    def source_name(self, source: Source) -> str:
        return self.source_names.get(source.id, source.name)


def _same_length(translated: tuple[str, ...], original: tuple[str, ...]) -> tuple[str, ...]:
    return translated if translated and len(translated) == len(original) else original


def wording_path(catalog_path: Path, language: str) -> Path:
    """catalog.json -> catalog.de.json beside it."""
    return catalog_path.with_name(f"{catalog_path.stem}.{language}{catalog_path.suffix}")


def load_wording(path: Path) -> tuple[CatalogWording, list[str]]:
    """The wording in `path`; a missing file is no problem (the catalog's own words)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return CatalogWording(), []
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        problem = f"{path.name} could not be read ({error}); stretches stay in English"
        return CatalogWording(), [problem]
    if not isinstance(raw, dict) or raw.get("schema_version") != WORDING_SCHEMA_VERSION:
        return CatalogWording(), [
            f"{path.name} is not a version {WORDING_SCHEMA_VERSION} wording file; "
            "stretches stay in English"
        ]
    problems: list[str] = []
    entries: dict[str, EntryWording] = {}
    for stretch_id, item in _mapping(raw.get("entries")).items():
        if not isinstance(item, dict):
            problems.append(f"{path.name}: {stretch_id!r} must be an object; left in English")
            continue
        entries[str(stretch_id)] = EntryWording(
            name=_text(item.get("name")),
            steps=_texts(item.get("steps")),
            cautions=_texts(item.get("cautions")),
            hold_cue=_text(item.get("hold_cue")),
        )
    sources = {
        str(key): value for key, value in _mapping(raw.get("sources")).items()
        if isinstance(value, str) and value.strip()
    }  # fmt: skip
    return CatalogWording(entries, _texts(raw.get("general_cautions")), sources), problems


def _mapping(value: Any) -> Mapping[Any, Any]:
    return value if isinstance(value, dict) else {}


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _texts(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip()
                                               for item in value):  # fmt: skip
        return ()
    return tuple(item.strip() for item in value)
