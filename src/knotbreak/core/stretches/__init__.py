"""Stretch catalog, routine builder and routine player: pure Python, time passed in."""

from knotbreak.core.stretches.catalog import (
    BODY_AREAS,
    CUSTOM_FILE_NAME,
    FOCUS_AREAS,
    FOCUS_ORDER,
    Catalog,
    CatalogLoad,
    Source,
    StretchEntry,
    catalog_as_json,
    load_catalog,
)
from knotbreak.core.stretches.player import Position, RoutinePlayer
from knotbreak.core.stretches.routine import (
    Routine,
    RoutinePrefs,
    Segment,
    SegmentKind,
    build_routine,
    routine_duration,
    routine_stretch_ids,
)

__all__ = [
    "BODY_AREAS",
    "CUSTOM_FILE_NAME",
    "FOCUS_AREAS",
    "FOCUS_ORDER",
    "Catalog",
    "CatalogLoad",
    "Position",
    "Routine",
    "RoutinePlayer",
    "RoutinePrefs",
    "Segment",
    "SegmentKind",
    "Source",
    "StretchEntry",
    "build_routine",
    "catalog_as_json",
    "load_catalog",
    "routine_duration",
    "routine_stretch_ids",
]
