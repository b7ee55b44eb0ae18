"""How the stretch library lists the catalog: by area, then by kind, filtered by a search.

Pure: the window passes in the names in the user's language, so a search for "Nacken"
finds what a German user sees.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from knotbreak.core.stretches.catalog import FOCUS_ORDER, StretchEntry

KIND_ORDER: tuple[str, ...] = ("stretch", "strengthening", "self-care")
"""The kinds in the order the library shows them; unknown kinds come last."""


@dataclass(frozen=True)
class Group:
    area: str
    """A focus area (see catalog.FOCUS_AREAS)."""
    kind: str
    entries: tuple[StretchEntry, ...]


def matches(entry: StretchEntry, query: str, name: str) -> bool:
    """Every word of `query` appears in the name, id, steps, areas or muscles."""
    words = query.casefold().split()
    if not words:
        return True
    haystack = " ".join(
        (name, entry.name, entry.id, *entry.steps, *entry.body_areas, *entry.target_muscles)
    ).casefold()
    return all(word in haystack for word in words)


def group_entries(
    entries: Iterable[StretchEntry],
    query: str = "",
    name_of: Callable[[StretchEntry], str] = lambda entry: entry.name,
    favourites: frozenset[str] = frozenset(),
) -> tuple[Group, ...]:
    """The groups to list, in area then kind order; favourites first within a group.

    An entry that works several areas is listed under each, so it is found where a
    user looks for it.
    """
    shown = [e for e in entries if matches(e, query, name_of(e))]
    kinds = list(KIND_ORDER) + sorted({e.kind for e in shown} - set(KIND_ORDER))
    groups: list[Group] = []
    for area in FOCUS_ORDER:
        for kind in kinds:
            found = [e for e in shown if e.kind == kind and area in e.focus_areas]
            if found:
                found.sort(key=lambda e: (e.id not in favourites, name_of(e).casefold()))
                groups.append(Group(area, kind, tuple(found)))
    return tuple(groups)
