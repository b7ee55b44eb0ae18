"""The shipped checklist is valid, and bad edits are caught with messages naming the item."""

from __future__ import annotations

import copy
import json

import pytest

from knotbreak.core.ergonomics import ChecklistError, FocusArea, Setup, load_checklist
from knotbreak.core.ergonomics.checklist import parse_checklist
from knotbreak.resources_path import resource

PATH = resource("ergonomics/checklist.json")
RAW = json.loads(PATH.read_text(encoding="utf-8"))
WIZARD_AREAS = [
    "chair", "posture", "desk", "keyboard-mouse", "screens", "lighting",
    "phone-documents", "habits",
]  # fmt: skip


def test_shipped_checklist_loads_with_every_wizard_area():
    checklist = load_checklist(PATH)
    assert [area.id for area in checklist.areas] == WIZARD_AREAS
    assert len(checklist.items()) >= 35
    for item in checklist.items():
        assert item.source in checklist.sources
        assert item.question.endswith("?")
        assert item.fix.endswith(".")
        assert 1 <= item.weight <= 3


def test_screen_items_differ_by_setup():
    checklist = load_checklist(PATH)
    screens = checklist.area("screens")
    laptop = {item.id for item in screens.items_for(Setup.LAPTOP)}
    two = {item.id for item in screens.items_for(Setup.TWO)}
    assert "laptop-raised" in laptop and "laptop-raised" not in two
    assert "screen-dual-layout" in two and "screen-dual-layout" not in laptop
    assert "screen-distance" in laptop & two


def test_every_focus_area_is_reachable():
    checklist = load_checklist(PATH)
    used = {area for item in checklist.items() for area in item.focus}
    assert used == set(FocusArea)


def broken(change):
    raw = copy.deepcopy(RAW)
    change(raw)
    return raw


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda r: r["areas"][0]["items"][0].update(source="NOPE"), "source 'NOPE'"),
        (lambda r: r["areas"][0]["items"][0].update(weight=5), "'weight' must be 1, 2 or 3"),
        (lambda r: r["areas"][0]["items"][0].update(setups=["tablet"]), "unknown setup"),
        (lambda r: r["areas"][0]["items"][0].update(focus=["knees"]), "unknown focus"),
        (lambda r: r["areas"][0]["items"][0].update(fix=" "), "needs a non-empty 'fix'"),
        (lambda r: r["areas"][0]["items"][0].update(good_answer="maybe"), "'good_answer'"),
        (lambda r: r["areas"][0]["items"][0].update(allow_na="yes"), "'allow_na'"),
        (
            lambda r: r["areas"][1]["items"].append(r["areas"][0]["items"][0]),
            "'chair-adjustable' appears twice",
        ),
        (lambda r: r.update(areas=[]), "'areas' must be a non-empty list"),
        (lambda r: r["sources"]["UCLA"].pop("title"), "source 'UCLA' needs a 'title'"),
    ],
)
def test_bad_edits_are_named(change, message):
    with pytest.raises(ChecklistError, match=message.replace("(", r"\(")):
        parse_checklist(broken(change))


def test_newer_schema_is_refused_with_advice():
    with pytest.raises(ChecklistError, match="update knotbreak"):
        parse_checklist(broken(lambda r: r.update(schema_version=99)))


def test_unreadable_file_says_what_happened(tmp_path):
    bad = tmp_path / "checklist.json"
    bad.write_text("{ not json", encoding="utf-8")
    with pytest.raises(ChecklistError, match="not valid JSON"):
        load_checklist(bad)
    with pytest.raises(ChecklistError, match="missing"):
        load_checklist(tmp_path / "absent.json")


def test_a_fix_group_must_name_known_items():
    with pytest.raises(ChecklistError, match="unknown item 'nope'"):
        parse_checklist(broken(lambda r: r.update(fix_groups={"g": ["chair-lumbar", "nope"]})))


def test_health_content_of_the_checklist_is_attributed_and_consistent():
    import re

    from knotbreak.core.settings_presets import PRESETS

    checklist = load_checklist(resource("ergonomics/checklist.json"))
    items = {item.id: item for item in checklist.items()}
    elbows = items["posture-elbows"]
    assert "90 to 100 degrees" in elbows.question and elbows.source == "OSHA-EC"
    eye_test = items["habits-eye-test"]
    assert eye_test.source == "HSE-EYES" and "eye test" in eye_test.fix.lower()
    assert checklist.sources["HSE-EYES"].url.startswith("https://www.hse.gov.uk/msd/dse/eye")
    assert "seat pan" in items["chair-knee-gap"].question
    sit_stand = items["desk-sit-stand"]
    assert checklist.sources[sit_stand.source].url.startswith("https://www.ccohs.ca/")
    assert "standing" in checklist.sources[sit_stand.source].url
    # Every source is a page with a path, not a bare home page.
    for source in checklist.sources.values():
        assert source.url.split("://", 1)[1].partition("/")[2].strip("/"), source.id
    # No item promises knotbreak breaks more often than the presets give them.
    slowest = max(preset.values["work_interval_minutes"] for preset in PRESETS)
    for item in items.values():
        text = " ".join((item.question, item.looks_good, item.fix))
        if "knotbreak" in text and "break" in text:
            for minutes in re.findall(r"breaks? [^.]*?every (\d+) minutes", text):
                assert int(minutes) >= slowest, (item.id, text)
