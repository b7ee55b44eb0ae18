"""The ergonomics checklist: areas and items loaded from JSON and checked before use.

The data lives in resources/ergonomics/checklist.json so the wording can be improved
without touching code. Loading checks every field and names each problem, so a bad edit
is caught by the tests rather than by a user halfway through the wizard.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from knotbreak.core.text import translatable

CHECKLIST_SCHEMA_VERSION = 1


class Setup(StrEnum):
    """Which screens the user works with."""

    LAPTOP = "laptop"
    """A laptop on its own, using its built-in screen and keyboard."""
    ONE = "one"
    """One separate screen (a laptop may be closed or docked beside it)."""
    TWO = "two"
    """Two screens, which may include a laptop screen beside a monitor."""


class FocusArea(StrEnum):
    NECK_SHOULDERS = "neck-shoulders"
    UPPER_BACK_CHEST = "upper-back-chest"
    LOW_BACK_HIPS = "low-back-hips"
    WRISTS_FOREARMS = "wrists-forearms"
    EYES = "eyes"


FOCUS_LABELS: dict[FocusArea, str] = {
    FocusArea.NECK_SHOULDERS: translatable("Ergonomics", "Neck and shoulders"),
    FocusArea.UPPER_BACK_CHEST: translatable("Ergonomics", "Upper back and chest"),
    FocusArea.LOW_BACK_HIPS: translatable("Ergonomics", "Low back and hips"),
    FocusArea.WRISTS_FOREARMS: translatable("Ergonomics", "Wrists and forearms"),
    FocusArea.EYES: translatable("Ergonomics", "Eyes"),
}

SETUP_LABELS: dict[Setup, str] = {
    Setup.LAPTOP: translatable("Ergonomics", "A laptop on its own"),
    Setup.ONE: translatable("Ergonomics", "One separate screen"),
    Setup.TWO: translatable("Ergonomics", "Two screens"),
}

# The same inside a sentence ("Screens: a laptop on its own"). A table of its own rather
# than .lower(): other languages do not lower-case the same way (German nouns keep
# their capital).
SETUP_PHRASES: dict[Setup, str] = {
    Setup.LAPTOP: translatable("Ergonomics", "a laptop on its own"),
    Setup.ONE: translatable("Ergonomics", "one separate screen"),
    Setup.TWO: translatable("Ergonomics", "two screens"),
}


class ChecklistError(ValueError):
    """The checklist data cannot be used; the message lists every problem found."""


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    url: str


@dataclass(frozen=True)
class Item:
    id: str
    area_id: str
    question: str
    good_answer: bool
    """True when "yes" is the good answer, False when "no" is."""
    looks_good: str
    fix: str
    """One concrete action that brings this item to the good answer."""
    allow_na: bool
    setups: frozenset[Setup]
    weight: int
    """1 (nice to have) to 3 (matters most)."""
    source: str
    focus: tuple[FocusArea, ...]

    def applies_to(self, setup: Setup) -> bool:
        return setup in self.setups


@dataclass(frozen=True)
class Area:
    id: str
    title: str
    intro: str
    items: tuple[Item, ...]

    def items_for(self, setup: Setup) -> tuple[Item, ...]:
        return tuple(item for item in self.items if item.applies_to(setup))


@dataclass(frozen=True)
class Checklist:
    schema_version: int
    areas: tuple[Area, ...]
    sources: dict[str, Source]
    fix_groups: dict[str, str] = field(default_factory=dict)
    """Item id -> group: items whose fixes come down to one action (put the screen in
    front), so the fix list names that action once."""

    def fix_group(self, item_id: str) -> str:
        return self.fix_groups.get(item_id, item_id)

    def area(self, area_id: str) -> Area:
        for area in self.areas:
            if area.id == area_id:
                return area
        raise KeyError(area_id)

    def item(self, item_id: str) -> Item:
        for area in self.areas:
            for item in area.items:
                if item.id == item_id:
                    return item
        raise KeyError(item_id)

    def has_item(self, item_id: str) -> bool:
        return any(item.id == item_id for area in self.areas for item in area.items)

    def items(self, setup: Setup | None = None) -> tuple[Item, ...]:
        return tuple(
            item
            for area in self.areas
            for item in area.items
            if setup is None or item.applies_to(setup)
        )


_ITEM_TEXT_FIELDS = ("id", "question", "looks_good", "fix", "source")
_WEIGHTS = range(1, 4)


def parse_checklist(raw: Any) -> Checklist:
    """A Checklist from parsed JSON; raises ChecklistError naming every problem."""
    problems: list[str] = []
    if not isinstance(raw, dict):
        raise ChecklistError("the checklist must be a JSON object with 'areas' and 'sources'")
    version = raw.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        problems.append(f"'schema_version' {version!r} is not a version number")
        version = CHECKLIST_SCHEMA_VERSION
    elif version > CHECKLIST_SCHEMA_VERSION:
        raise ChecklistError(
            f"the checklist is schema {version}, newer than this knotbreak understands "
            f"({CHECKLIST_SCHEMA_VERSION}); update knotbreak"
        )

    sources: dict[str, Source] = {}
    raw_sources = raw.get("sources")
    if not isinstance(raw_sources, dict) or not raw_sources:
        problems.append("'sources' must be an object mapping source ids to a title and url")
        raw_sources = {}
    for source_id, entry in raw_sources.items():
        if not isinstance(entry, dict) or not _text(entry.get("title")):
            problems.append(f"source {source_id!r} needs a 'title'")
            continue
        url = entry.get("url", "")
        sources[source_id] = Source(source_id, entry["title"], url if isinstance(url, str) else "")

    areas: list[Area] = []
    seen_items: set[str] = set()
    seen_areas: set[str] = set()
    raw_areas = raw.get("areas")
    if not isinstance(raw_areas, list) or not raw_areas:
        problems.append("'areas' must be a non-empty list")
        raw_areas = []
    for area_number, raw_area in enumerate(raw_areas, start=1):
        where = f"area {area_number}"
        if not isinstance(raw_area, dict):
            problems.append(f"{where} must be an object")
            continue
        if not _text(raw_area.get("id")):
            problems.append(f"{where} needs an 'id'")
            continue
        area_id = str(raw_area["id"])
        where = f"area {area_id!r}"
        if area_id in seen_areas:
            problems.append(f"{where} appears twice")
        seen_areas.add(area_id)
        for key in ("title", "intro"):
            if not _text(raw_area.get(key)):
                problems.append(f"{where} needs a non-empty {key!r}")
        items: list[Item] = []
        raw_items = raw_area.get("items")
        if not isinstance(raw_items, list) or not raw_items:
            problems.append(f"{where} needs a non-empty 'items' list")
            raw_items = []
        for raw_item in raw_items:
            item = _parse_item(raw_item, area_id, sources, problems)
            if item is None:
                continue
            if item.id in seen_items:
                problems.append(f"item {item.id!r} appears twice")
            seen_items.add(item.id)
            items.append(item)
        areas.append(
            Area(
                area_id,
                str(raw_area.get("title", "")),
                str(raw_area.get("intro", "")),
                tuple(items),
            )
        )

    fix_groups: dict[str, str] = {}
    raw_groups = raw.get("fix_groups", {})
    if not isinstance(raw_groups, dict):
        problems.append("'fix_groups' must map a group name to a list of item ids")
        raw_groups = {}
    for group, members in raw_groups.items():
        if not isinstance(members, list) or not all(isinstance(m, str) for m in members):
            problems.append(f"fix group {group!r} must be a list of item ids")
            continue
        for member in members:
            if member not in seen_items:
                problems.append(f"fix group {group!r} names unknown item {member!r}")
            elif member in fix_groups:
                problems.append(f"item {member!r} is in two fix groups")
            else:
                fix_groups[member] = str(group)

    if problems:
        raise ChecklistError("the checklist has problems: " + "; ".join(problems))
    return Checklist(version, tuple(areas), sources, fix_groups)


def _parse_item(
    raw: Any, area_id: str, sources: dict[str, Source], problems: list[str]
) -> Item | None:
    if not isinstance(raw, dict):
        problems.append(f"an item in area {area_id!r} is not an object")
        return None
    item_id = raw.get("id")
    where = f"item {item_id!r}" if _text(item_id) else f"an item in area {area_id!r}"
    start = len(problems)
    for key in _ITEM_TEXT_FIELDS:
        if not _text(raw.get(key)):
            problems.append(f"{where} needs a non-empty {key!r}")
    good = raw.get("good_answer")
    if good not in ("yes", "no"):
        problems.append(f'{where}: \'good_answer\' must be "yes" or "no"')
    allow_na = raw.get("allow_na")
    if not isinstance(allow_na, bool):
        problems.append(f"{where}: 'allow_na' must be true or false")
    weight = raw.get("weight")
    if isinstance(weight, bool) or not isinstance(weight, int) or weight not in _WEIGHTS:
        problems.append(f"{where}: 'weight' must be 1, 2 or 3")
    setups: set[Setup] = set()
    raw_setups = raw.get("setups")
    if not isinstance(raw_setups, list) or not raw_setups:
        problems.append(f"{where}: 'setups' must list at least one of laptop, one, two")
    else:
        for name in raw_setups:
            try:
                setups.add(Setup(name))
            except ValueError:
                problems.append(f"{where}: unknown setup {name!r}; use laptop, one or two")
    focus: list[FocusArea] = []
    raw_focus = raw.get("focus", [])
    if not isinstance(raw_focus, list):
        problems.append(f"{where}: 'focus' must be a list")
        raw_focus = []
    for name in raw_focus:
        try:
            focus.append(FocusArea(name))
        except ValueError:
            known = ", ".join(f.value for f in FocusArea)
            problems.append(f"{where}: unknown focus area {name!r}; use {known}")
    source = raw.get("source")
    if _text(source) and source not in sources:
        problems.append(f"{where}: source {source!r} is not in the sources table")
    if len(problems) > start:
        return None
    return Item(
        id=str(item_id),
        area_id=area_id,
        question=raw["question"],
        good_answer=good == "yes",
        looks_good=raw["looks_good"],
        fix=raw["fix"],
        allow_na=bool(allow_na),
        setups=frozenset(setups),
        weight=weight if isinstance(weight, int) else 1,
        source=str(source),
        focus=tuple(focus),
    )


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def load_checklist(path: Path) -> Checklist:
    """Read and check the checklist file; raises ChecklistError saying what is wrong."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise ChecklistError(f"the checklist {path} is missing; reinstall knotbreak") from error
    except (OSError, UnicodeDecodeError) as error:
        raise ChecklistError(f"the checklist {path} could not be read ({error})") from error
    except json.JSONDecodeError as error:
        raise ChecklistError(
            f"the checklist {path} is not valid JSON (line {error.lineno}, column {error.colno})"
        ) from error
    return parse_checklist(raw)
