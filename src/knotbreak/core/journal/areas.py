"""The knot journal's body map: the places a user can log a knot, and what they mean to
the routine builder.

A journal area is finer than a catalog body area: people feel a knot on one side of the
upper back, not in "the upper back". Each journal area therefore maps onto the catalog's
BODY_AREAS with a share (1.0 for the place itself, less for a neighbour the same stretches
reach), so the builder can lean toward stretches that work there.

Sides are the person's own: "neck-left" is the left side of the user's neck. On the front
view of the map that side is drawn on the viewer's right.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from knotbreak.core.stretches.catalog import BODY_AREAS, FOCUS_AREAS

View = Literal["front", "back"]


@dataclass(frozen=True)
class JournalArea:
    id: str
    label: str
    """English name, lower case so it reads inside a sentence ("your left upper back")."""
    views: tuple[View, ...]
    """Where the area is drawn on the body map; some show on both figures."""
    targets: Mapping[str, float]
    """Catalog body area -> share of this area's weight (1.0 the place itself)."""


def _area(area_id: str, label: str, views: tuple[View, ...], **targets: float) -> JournalArea:
    # Catalog area names use hyphens; keyword arguments cannot, so "_" stands for "-".
    return JournalArea(
        area_id, label, views, {name.replace("_", "-"): share for name, share in targets.items()}
    )


def _sided(
    stem: str, label: str, views: tuple[View, ...], **targets: float
) -> tuple[JournalArea, JournalArea]:
    """The left and right area; "{side}" in target names becomes the side."""
    pair = []
    for side in ("left", "right"):
        named = {key.replace("SIDE", side): share for key, share in targets.items()}
        pair.append(_area(f"{stem}-{side}", label.format(side=side), views, **named))
    return pair[0], pair[1]


JOURNAL_AREAS: tuple[JournalArea, ...] = (
    # Tension headaches mostly come from the neck, jaw and shoulders, and from the eyes.
    _area("head", "head and temples", ("front", "back"), neck=1.0, jaw=0.5, eyes=0.5),
    _area("eyes", "eyes", ("front",), eyes=1.0),
    _area("jaw", "jaw", ("front",), jaw=1.0, neck=0.3),
    *_sided("neck", "{side} side of the neck", ("front", "back"), neck=1.0, shoulder_SIDE=0.5),
    *_sided("shoulder", "{side} shoulder", ("front", "back"), shoulder_SIDE=1.0, neck=0.3,
            upper_back=0.3),
    # Chest pain is a reason to check with a clinician (it can be the heart), not to
    # stretch: a chest entry shows the urgent signs and does not steer the routines.
    _area("chest", "chest", ("front",)),
    *_sided("upper-back", "{side} upper back", ("back",), upper_back=1.0, shoulder_SIDE=0.5),
    *_sided("lower-back", "{side} lower back", ("back",), low_back=1.0, hip_SIDE=0.3),
    *_sided("hip", "front of the {side} hip", ("front",), hip_SIDE=1.0, thigh_front_SIDE=0.5),
    *_sided("glute", "{side} buttock", ("back",), hip_SIDE=1.0, low_back=0.3),
    *_sided("thigh-front", "front of the {side} thigh", ("front",), thigh_front_SIDE=1.0,
            hip_SIDE=0.3),
    *_sided("thigh-back", "back of the {side} thigh", ("back",), thigh_back_SIDE=1.0,
            hip_SIDE=0.3),
    *_sided("forearm", "{side} forearm", ("front", "back"), forearm_SIDE=1.0, hand_SIDE=0.5),
    *_sided("wrist", "{side} wrist and hand", ("front", "back"), hand_SIDE=1.0,
            forearm_SIDE=1.0),
)
AREA_IDS: tuple[str, ...] = tuple(area.id for area in JOURNAL_AREAS)
_BY_ID: Mapping[str, JournalArea] = {area.id: area for area in JOURNAL_AREAS}


def journal_area(area_id: str) -> JournalArea | None:
    return _BY_ID.get(area_id)


def area_label(area_id: str) -> str:
    """The English name; an id this version does not know (from a newer one) as it is."""
    area = _BY_ID.get(area_id)
    return area.label if area is not None else area_id


def suggest_area(text: str) -> str | None:
    """The known area closest to a mistyped one ("upperback-left" -> "upper-back-left")."""
    cleaned = text.strip().lower().replace("_", "-").replace(" ", "-")
    if cleaned in _BY_ID:
        return cleaned
    close = difflib.get_close_matches(cleaned, AREA_IDS, n=1, cutoff=0.6)
    return close[0] if close else None


def focus_areas_of(area_id: str) -> frozenset[str]:
    """The focus areas (FOCUS_AREAS) holding the catalog areas this area leans on most."""
    area = _BY_ID.get(area_id)
    if area is None:
        return frozenset()
    main = {name for name, share in area.targets.items() if share >= 1.0}
    return frozenset(focus for focus, members in FOCUS_AREAS.items() if members & main)


def _check() -> None:
    """Import-time guard: a mapping to a catalog area that does not exist would be silent."""
    for area in JOURNAL_AREAS:
        unknown = set(area.targets) - set(BODY_AREAS)
        if unknown:
            raise ValueError(f"journal area {area.id} maps to unknown body areas {unknown}")


_check()
