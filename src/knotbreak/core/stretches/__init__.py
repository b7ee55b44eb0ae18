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

__all__ = [
    "BODY_AREAS",
    "CUSTOM_FILE_NAME",
    "FOCUS_AREAS",
    "FOCUS_ORDER",
    "Catalog",
    "CatalogLoad",
    "Source",
    "StretchEntry",
    "catalog_as_json",
    "load_catalog",
]
