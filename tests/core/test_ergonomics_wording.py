"""The workstation check in German: every text worded, and a lagging or broken file safe."""

from __future__ import annotations

import json

from knotbreak.core.ergonomics import load_checklist
from knotbreak.core.ergonomics.wording import (
    checklist_wording_path,
    load_checklist_wording,
)
from knotbreak.resources_path import resource

PATH = resource("ergonomics/checklist.json")


def test_every_area_and_item_has_german_words_and_nothing_else_changes():
    checklist = load_checklist(PATH)
    wording, problems = load_checklist_wording(checklist_wording_path(PATH, "de"))
    assert problems == []
    german = wording.apply(checklist)
    for area, original in zip(german.areas, checklist.areas, strict=True):
        assert area.title != original.title and area.intro != original.intro
        for item, before in zip(area.items, original.items, strict=True):
            assert item.question != before.question, item.id
            assert item.looks_good != before.looks_good, item.id
            assert item.fix != before.fix, item.id
            # Only words: answers, weights, setups and sources are the checklist's.
            assert (item.id, item.good_answer, item.weight, item.setups, item.source) == (
                before.id, before.good_answer, before.weight, before.setups, before.source
            )


def test_a_lagging_file_keeps_english_for_what_it_lacks(tmp_path):
    checklist = load_checklist(PATH)
    path = tmp_path / "checklist.de.json"
    path.write_text(json.dumps({
        "schema_version": 1,
        "areas": {"chair": {"title": "Stuhl"}},
        "items": {"chair-adjustable": {"question": "Sitzhöhe?", "fix": ""}, "gone": {}},
    }), encoding="utf-8")
    wording, problems = load_checklist_wording(path)
    assert problems == []
    german = wording.apply(checklist)
    chair = german.area("chair")
    assert chair.title == "Stuhl" and chair.intro == checklist.area("chair").intro
    item = german.item("chair-adjustable")
    assert item.question == "Sitzhöhe?"
    assert item.fix == checklist.item("chair-adjustable").fix  # empty: English kept


def test_a_broken_or_foreign_file_says_so_and_changes_nothing(tmp_path):
    checklist = load_checklist(PATH)
    broken = tmp_path / "checklist.de.json"
    broken.write_text("{not json", encoding="utf-8")
    wording, problems = load_checklist_wording(broken)
    assert wording.apply(checklist) == checklist
    assert "could not be read" in problems[0] and "stays in English" in problems[0]
    broken.write_text(json.dumps({"schema_version": 9}), encoding="utf-8")
    wording, problems = load_checklist_wording(broken)
    assert wording.apply(checklist) == checklist and "version 1" in problems[0]
    wording, problems = load_checklist_wording(tmp_path / "absent.json")
    assert problems == [] and wording.apply(checklist) == checklist
