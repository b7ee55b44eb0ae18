"""catalog.<lang>.json: the built-in stretches' words in another language, kept in step."""

from __future__ import annotations

import json
from dataclasses import replace

from knotbreak.core.stretches.catalog import Source, load_catalog
from knotbreak.core.stretches.wording import (
    CatalogWording,
    EntryWording,
    load_wording,
    wording_path,
)
from knotbreak.resources_path import resource

CATALOG_PATH = resource("stretches/catalog.json")
CATALOG = load_catalog(CATALOG_PATH).catalog


def test_the_german_wording_covers_every_built_in_stretch_in_step():
    path = wording_path(CATALOG_PATH, "de")
    assert path.name == "catalog.de.json"
    wording, problems = load_wording(path)
    assert problems == []
    assert set(wording.entries) == {entry.id for entry in CATALOG.entries}
    for entry in CATALOG.entries:
        words = wording.entries[entry.id]
        assert words.name and words.name != entry.name, entry.id
        # Same number of steps and cautions, or the English would show instead.
        assert len(words.steps) == len(entry.steps), entry.id
        assert len(words.cautions) == len(entry.cautions), entry.id
        assert (words.hold_cue is None) == (entry.hold_cue is None), entry.id
        assert wording.steps(entry) == words.steps
    assert len(wording.general(CATALOG.general_cautions)) == len(CATALOG.general_cautions)
    assert wording.general(CATALOG.general_cautions) != tuple(CATALOG.general_cautions)


def test_only_built_in_entries_and_matching_lists_are_replaced():
    entry = CATALOG.entries[0]
    wording = CatalogWording(
        {entry.id: EntryWording("Name", ("only one step",), (), "Cue")},
        ("x",),
        {"nhs": "NHS (UK)"},
    )
    assert wording.name(entry) == "Name"
    assert wording.hold_cue(entry) == ("Cue" if entry.hold_cue else None)
    assert wording.steps(entry) == entry.steps  # a lagging list: the catalog's own
    assert wording.cautions(entry) == entry.cautions
    custom = replace(entry, builtin=False)
    assert wording.name(custom) == entry.name
    assert wording.general(["a", "b"]) == ("a", "b")
    assert wording.source_name(Source(id="nhs", name="NHS")) == "NHS (UK)"
    assert wording.source_name(Source(id="other", name="Other")) == "Other"


def test_missing_or_broken_wording_files(tmp_path):
    assert load_wording(tmp_path / "catalog.fr.json") == (CatalogWording(), [])
    broken = tmp_path / "catalog.xx.json"
    broken.write_text("{", encoding="utf-8")
    wording, problems = load_wording(broken)
    assert wording == CatalogWording() and "stay in English" in problems[0]
    old = tmp_path / "catalog.yy.json"
    old.write_text(json.dumps({"schema_version": 9}), encoding="utf-8")
    assert "version 1" in load_wording(old)[1][0]
