"""The workstation check in another language: resources/ergonomics/checklist.<lang>.json.

Like the stretch catalog's wording files (core/stretches/wording.py), the checklist is
content, not UI text, so it is not in Qt's .ts files. A wording file holds only words,
keyed by area and item id: an area's title and intro, an item's question, what good
looks like, and its fix. Answers, weights, setups and sources stay in checklist.json.

A text that is missing or empty keeps the checklist's English, so a wording file that lags
behind an edited checklist shows the English of what is new instead of failing.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from knotbreak.core.ergonomics.checklist import Area, Checklist, Item

CHECKLIST_WORDING_SCHEMA_VERSION = 1
_AREA_FIELDS = ("title", "intro")
_ITEM_FIELDS = ("question", "looks_good", "fix")


@dataclass(frozen=True)
class ChecklistWording:
    """Translated texts by id; an empty one says everything as the checklist does."""

    areas: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    items: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def apply(self, checklist: Checklist) -> Checklist:
        """The checklist with every text this wording has replaced; the rest unchanged."""
        if not self.areas and not self.items:
            return checklist
        return replace(checklist, areas=tuple(self._area(area) for area in checklist.areas))

    def _area(self, area: Area) -> Area:
        words = self.areas.get(area.id, {})
        return replace(
            area,
            title=words.get("title", area.title),
            intro=words.get("intro", area.intro),
            items=tuple(self._item(item) for item in area.items),
        )

    def _item(self, item: Item) -> Item:
        words = self.items.get(item.id, {})
        return replace(
            item,
            question=words.get("question", item.question),
            looks_good=words.get("looks_good", item.looks_good),
            fix=words.get("fix", item.fix),
        )


def checklist_wording_path(checklist_path: Path, language: str) -> Path:
    """checklist.json -> checklist.de.json beside it."""
    return checklist_path.with_name(f"{checklist_path.stem}.{language}{checklist_path.suffix}")


def load_checklist_wording(path: Path) -> tuple[ChecklistWording, list[str]]:
    """The wording in `path` and any problems; a missing file means the checklist's words."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return ChecklistWording(), []
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        return ChecklistWording(), [
            f"{path.name} could not be read ({error}); the workstation check stays in English"
        ]
    if not isinstance(raw, dict) or raw.get("schema_version") != CHECKLIST_WORDING_SCHEMA_VERSION:
        return ChecklistWording(), [
            f"{path.name} is not a version {CHECKLIST_WORDING_SCHEMA_VERSION} wording file; "
            "the workstation check stays in English"
        ]
    problems: list[str] = []
    areas = _texts_by_id(raw.get("areas"), _AREA_FIELDS, path.name, problems)
    items = _texts_by_id(raw.get("items"), _ITEM_FIELDS, path.name, problems)
    return ChecklistWording(areas, items), problems


def _texts_by_id(
    value: Any, fields: tuple[str, ...], file_name: str, problems: list[str]
) -> dict[str, dict[str, str]]:
    result: dict[str, dict[str, str]] = {}
    entries: Mapping[Any, Any] = value if isinstance(value, dict) else {}
    for key, entry in entries.items():
        if not isinstance(entry, dict):
            problems.append(f"{file_name}: {key!r} must be an object; left in English")
            continue
        texts = {
            name: text.strip()
            for name in fields
            if isinstance(text := entry.get(name), str) and text.strip()
        }
        result[str(key)] = texts
    return result
