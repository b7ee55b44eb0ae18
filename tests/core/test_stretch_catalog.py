"""The stretch catalog: the built-in file is complete and clean; custom files fail softly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from knotbreak.core.stretches import (
    BODY_AREAS,
    FOCUS_AREAS,
    CatalogLoad,
    catalog_as_json,
    load_catalog,
)

BUILTIN = Path(__file__).resolve().parents[2] / "resources" / "stretches" / "catalog.json"

STRETCH_IDS = [
    "chin-tuck",
    "upper-trap",
    "levator",
    "neck-rotation",
    "shrug-roll",
    "cross-body",
    "doorway-pec",
    "seated-chest",
    "reach-round",
    "thoracic-ext",
    "seated-twist",
    "wall-slide",
    "desk-bow",
    "knee-chest",
    "figure-4",
    "hip-flexor",
    "hamstring",
    "back-ext",
    "wrist-flexor",
    "wrist-extensor",
    "finger-glides",
]
STRENGTHENING_IDS = ["scapular-squeeze", "chin-tuck-hold", "core-brace", "sit-to-stand"]
MOVEMENT_IDS = ["walk-water"]
SELF_CARE_IDS = ["ball-compression", "breathing", "pmr", "eye-break", "heat"]
ALL_IDS = STRETCH_IDS + STRENGTHENING_IDS + MOVEMENT_IDS + SELF_CARE_IDS

GOOD = {
    "id": "neck-roll",
    "name": "Slow neck roll",
    "kind": "stretch",
    "target_muscles": ["upper trapezius"],
    "body_areas": ["neck"],
    "position": "sitting",
    "steps": ["Let your chin drop.", "Roll slowly from side to side."],
    "source": "my physio",
}


@pytest.fixture(scope="module")
def builtin() -> CatalogLoad:
    return load_catalog(BUILTIN, None)


def custom(tmp_path: Path, entries: list[object], **top: object) -> CatalogLoad:
    path = tmp_path / "custom-stretches.json"
    path.write_text(json.dumps({"schema_version": 1, "entries": entries, **top}))
    return load_catalog(BUILTIN, path)


def test_builtin_catalog_loads_without_problems(builtin):
    assert builtin.problems == []
    assert builtin.message() is None
    assert list(builtin.catalog.ids()) == (
        STRETCH_IDS + STRENGTHENING_IDS + MOVEMENT_IDS + SELF_CARE_IDS
    )


def test_builtin_catalog_has_enough_stretches_and_the_self_care_items(builtin):
    kinds = {entry.id: entry.kind for entry in builtin.catalog.entries}
    assert sum(kind == "stretch" for kind in kinds.values()) >= 20
    assert all(kinds[i] == "stretch" for i in STRETCH_IDS)
    assert all(kinds[i] == "self-care" for i in SELF_CARE_IDS)
    assert all(kinds[i] == "strengthening" for i in STRENGTHENING_IDS)
    assert kinds["walk-water"] == "movement"


def test_every_builtin_entry_has_a_named_source_and_cautions(builtin):
    catalog = builtin.catalog
    known_sources = {source.id for source in catalog.sources}
    for entry in catalog.entries:
        assert entry.source in known_sources, entry.id
        assert catalog.source_of(entry).name, entry.id
        assert entry.cautions, entry.id
        assert entry.steps and entry.target_muscles and entry.body_areas, entry.id
    assert len(catalog.general_cautions) >= 4


def test_builtin_doses_follow_the_reference(builtin):
    catalog = builtin.catalog
    for entry_id in ("breathing", "pmr"):
        assert catalog[entry_id].hold_seconds == 120
    # Ball compression: one spot per block of 60 s (30-90 s per spot), two spots.
    ball = catalog["ball-compression"]
    assert (ball.hold_seconds, ball.sets) == (60, 2)
    assert "30 to 90 seconds" in " ".join(ball.steps)
    assert catalog["eye-break"].hold_seconds == 20
    assert catalog["heat"].in_routines is False and catalog["heat"].note
    for entry in catalog.entries:
        if entry.kind == "stretch" and entry.style == "hold":
            assert (entry.hold_seconds, entry.sets) == (30, 2), entry.id
            assert entry.long_hold_ok, entry.id
        if entry.style == "reps":
            assert entry.rep_seconds is not None
            assert entry.reps * entry.rep_seconds <= entry.hold_seconds == 30, entry.id
    reps_style = {e.id for e in catalog.entries if e.style == "reps"}
    assert reps_style == {
        "scapular-squeeze",
        "chin-tuck-hold",
        "core-brace",
        "sit-to-stand",
        "chin-tuck",
        "shrug-roll",
        "thoracic-ext",
        "wall-slide",
        "back-ext",
        "finger-glides",
    }


def test_every_focus_area_is_served_and_every_body_area_has_one_focus(builtin):
    for focus in FOCUS_AREAS:
        assert any(focus in e.focus_areas for e in builtin.catalog.entries if e.in_routines)
    owners = [focus for areas in FOCUS_AREAS.values() for focus in areas]
    assert sorted(owners) == sorted(BODY_AREAS)


def test_catalog_as_json_is_plain_json(builtin):
    listed = catalog_as_json(builtin.catalog)
    assert json.loads(json.dumps(listed)) == listed
    first = listed[0]
    assert first["id"] == "chin-tuck"
    assert first["source_name"] == "NHS inform"
    assert first["source_url"].startswith("https://www.nhsinform.scot/")
    assert first["focus_areas"] == ["neck-shoulders"]
    assert {"steps", "cautions", "hold_seconds", "one_sided", "position"} <= set(first)


def test_a_good_custom_entry_is_added(tmp_path):
    loaded = custom(tmp_path, [GOOD])
    assert loaded.problems == []
    entry = loaded.catalog["neck-roll"]
    assert entry.builtin is False
    assert (entry.hold_seconds, entry.sets, entry.one_sided) == (30, 2, False)
    assert loaded.catalog.source_of(entry).name == "my physio"
    assert len(loaded.catalog.entries) == len(ALL_IDS) + 1


def test_missing_custom_file_is_quietly_fine(tmp_path):
    loaded = load_catalog(BUILTIN, tmp_path / "custom-stretches.json")
    assert loaded.problems == []


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"hold_seconds": 900}, "'hold_seconds' must be a whole number from 5 to 300"),
        ({"hold_seconds": "30"}, "'hold_seconds' must be a whole number from 5 to 300"),
        ({"hold_seconds": True}, "'hold_seconds' must be a whole number"),
        ({"sets": 0}, "'sets' must be a whole number from 1 to 5"),
        ({"name": ""}, "'name' must be a non-empty text"),
        ({"name": None}, "'name' must be a non-empty text"),
        (
            {"kind": "yoga"},
            '\'kind\' must be one of "stretch", "strengthening", "movement", "self-care"',
        ),
        ({"position": "lying"}, "'position' must be one of"),
        ({"body_areas": ["knee"]}, "'body_areas' has unknown body area 'knee'"),
        ({"body_areas": []}, "'body_areas' must list at least one item"),
        ({"steps": "Roll your neck"}, "'steps' must be a list of texts"),
        ({"one_sided": "yes"}, "'one_sided' must be true or false"),
        ({"props": ["sofa"]}, "'props' has unknown prop 'sofa'"),
        ({"style": "reps"}, "'rep_seconds' is missing"),
        ({"style": "reps", "reps": 10, "rep_seconds": 5}, "must fit into 'hold_seconds'"),
        ({"id": "Neck Roll!"}, "'id' must be lowercase letters"),
    ],
)
def test_each_kind_of_broken_custom_entry_is_named_and_skipped(tmp_path, change, words):
    broken = {**GOOD, "id": "second", **change}
    loaded = custom(tmp_path, [GOOD, broken])
    assert len(loaded.problems) == 1, loaded.problems
    problem = loaded.problems[0]
    assert problem.startswith("custom-stretches.json, entry 2"), problem
    assert words in problem
    assert problem.endswith("this entry was skipped")
    assert "second" not in loaded.catalog.ids()
    assert "neck-roll" in loaded.catalog.ids()


def test_the_message_names_file_entry_id_and_field(tmp_path):
    entries = [GOOD, {**GOOD, "id": "a"}, {**GOOD, "id": "neck-roll-2", "hold_seconds": 301}]
    loaded = custom(tmp_path, entries)
    assert loaded.problems == [
        "custom-stretches.json, entry 3 ('neck-roll-2'): 'hold_seconds' must be a whole "
        "number from 5 to 300; this entry was skipped"
    ]
    message = loaded.message()
    assert message is not None and "left out" in message


@pytest.mark.parametrize("missing", ["id", "name", "kind", "body_areas", "steps", "source"])
def test_a_missing_required_field_is_named(tmp_path, missing):
    broken = {key: value for key, value in GOOD.items() if key != missing}
    loaded = custom(tmp_path, [broken])
    assert len(loaded.problems) == 1
    assert f"'{missing}' is missing" in loaded.problems[0]
    assert "custom-stretches.json, entry 1" in loaded.problems[0]


def test_a_custom_entry_reusing_a_builtin_id_is_skipped(tmp_path):
    loaded = custom(tmp_path, [{**GOOD, "id": "chin-tuck", "name": "My chin tuck"}])
    assert len(loaded.problems) == 1
    assert "'chin-tuck' is already used by a built-in stretch" in loaded.problems[0]
    assert loaded.catalog["chin-tuck"].name == "Chin tuck"


def test_duplicate_ids_within_the_custom_file_keep_the_first(tmp_path):
    loaded = custom(tmp_path, [GOOD, {**GOOD, "name": "Again"}])
    assert len(loaded.problems) == 1 and "entry 2 ('neck-roll')" in loaded.problems[0]
    assert loaded.catalog["neck-roll"].name == "Slow neck roll"


def test_an_entry_that_is_not_an_object_is_skipped(tmp_path):
    loaded = custom(tmp_path, ["neck roll", GOOD])
    assert loaded.problems == [
        'custom-stretches.json, entry 1: must be a JSON object with fields like "id" and '
        '"name"; this entry was skipped'
    ]
    assert "neck-roll" in loaded.catalog.ids()


def test_unknown_fields_are_reported_but_the_entry_is_kept(tmp_path):
    loaded = custom(tmp_path, [{**GOOD, "hold_second": 40}])
    assert loaded.problems == [
        "custom-stretches.json, entry 1 ('neck-roll'): 'hold_second' is not a field "
        "knotbreak knows; it was ignored"
    ]
    assert loaded.catalog["neck-roll"].hold_seconds == 30


def test_long_holds_are_allowed_only_outside_routines(tmp_path):
    outside = {**GOOD, "id": "hot-bath", "hold_seconds": 1200, "in_routines": False}
    loaded = custom(tmp_path, [outside])
    assert loaded.problems == []
    assert loaded.catalog["hot-bath"].hold_seconds == 1200


def test_a_custom_file_that_is_not_json_is_reported(tmp_path):
    path = tmp_path / "custom-stretches.json"
    path.write_text('{"entries": [ {"id": "x",, } ]}')
    loaded = load_catalog(BUILTIN, path)
    assert len(loaded.problems) == 1
    assert loaded.problems[0].startswith("custom-stretches.json is not valid JSON (line 1")
    assert "Fix it and restart knotbreak" in loaded.problems[0]
    assert len(loaded.catalog.entries) == len(ALL_IDS)


@pytest.mark.parametrize("content", ["[]", '{"schema_version": 1}', '{"entries": {}}'])
def test_a_custom_file_of_the_wrong_shape_is_reported(tmp_path, content):
    path = tmp_path / "custom-stretches.json"
    path.write_text(content)
    loaded = load_catalog(BUILTIN, path)
    assert len(loaded.problems) == 1
    assert 'must hold a JSON object with a list under "entries"' in loaded.problems[0]


def test_a_custom_file_that_cannot_be_decoded_is_reported(tmp_path):
    path = tmp_path / "custom-stretches.json"
    path.write_bytes(b"\xff\xfe\x00garbage")
    loaded = load_catalog(BUILTIN, path)
    assert len(loaded.problems) == 1 and "could not be read" in loaded.problems[0]


def test_a_newer_custom_file_is_used_as_far_as_possible(tmp_path):
    loaded = custom(tmp_path, [GOOD], schema_version=7)
    assert len(loaded.problems) == 1 and "newer knotbreak" in loaded.problems[0]
    assert "neck-roll" in loaded.catalog.ids()


def test_custom_sources_resolve(tmp_path):
    entry = {**GOOD, "source": "my-physio"}
    sources = {"my-physio": {"name": "My physiotherapist", "url": "https://example.org/"}}
    loaded = custom(tmp_path, [entry], sources=sources)
    assert loaded.problems == []
    source = loaded.catalog.source_of(loaded.catalog["neck-roll"])
    assert (source.name, source.url) == ("My physiotherapist", "https://example.org/")


def test_a_missing_builtin_file_is_a_problem_not_a_crash(tmp_path):
    loaded = load_catalog(tmp_path / "nope.json", None)
    assert loaded.catalog.entries == ()
    assert "reinstall knotbreak" in loaded.problems[0]


def test_the_example_in_the_docs_loads_cleanly(tmp_path):
    docs = (BUILTIN.parents[2] / "docs" / "stretches.md").read_text(encoding="utf-8")
    example = docs.split("```json\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "custom-stretches.json"
    path.write_text(example)
    loaded = load_catalog(BUILTIN, path)
    assert loaded.problems == []
    entry = loaded.catalog["neck-roll"]
    assert loaded.catalog.source_of(entry).name == "My physiotherapist"


def test_content_safety_rules_hold(builtin):
    catalog = builtin.catalog
    chair = "lock it or hold on to the desk"
    for entry_id in ("thoracic-ext", "seated-twist", "knee-chest", "sit-to-stand"):
        assert any(chair in c for c in catalog[entry_id].cautions), entry_id
    for entry_id in ("thoracic-ext", "seated-twist"):
        assert any("osteoporosis" in c for c in catalog[entry_id].cautions), entry_id
    heat = " ".join(catalog["heat"].steps + catalog["heat"].cautions)
    for words in ("15 to 20 minutes", "fall asleep", "Don't lie on the pad", "numb skin",
                  "diabetes or poor circulation", "Check your skin"):
        assert words in heat
    ball = " ".join(catalog["ball-compression"].steps + catalog["ball-compression"].cautions)
    assert "strongly tender" not in ball and "moderately tender" in ball
    for words in ("bones, the spine or joints", "blood thinners", "bruise easily"):
        assert words in ball
    # Extension stretches the front: no "extensors" among what back-ext and friends stretch.
    for entry_id in ("back-ext", "thoracic-ext", "seated-chest"):
        assert not any("extensor" in m for m in catalog[entry_id].target_muscles), entry_id
    glides = catalog["finger-glides"]
    assert glides.reps * (glides.rep_seconds or 0) == 30 and "2 seconds" in glides.steps[0]


def test_every_source_is_a_page_or_the_entry_says_no_guideline_supports_it(builtin):
    catalog = builtin.catalog
    for entry in catalog.entries:
        source = catalog.source_of(entry)
        if source.url:
            path = source.url.split("://", 1)[1].partition("/")[2]
            assert path.strip("/"), f"{entry.id} cites a home page: {source.url}"
            assert not any(name in source.url for name in ("spine-health", "healthwise"))
        else:
            assert entry.note and (
                "No public clinical guideline" in entry.note
            ), f"{entry.id} has no page and does not say so"


def test_new_strengthening_and_movement_items(builtin):
    catalog = builtin.catalog
    for entry_id in STRENGTHENING_IDS:
        entry = catalog[entry_id]
        assert entry.kind == "strengthening" and entry.in_routines and entry.cautions
    walk = catalog["walk-water"]
    assert walk.kind == "movement" and "water" in " ".join(walk.steps).lower()
    assert "walk" in " ".join(walk.steps).lower()
