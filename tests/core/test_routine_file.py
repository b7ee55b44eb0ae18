"""Routine files: export and import round-trip with images; bad files say what is wrong
and change nothing; nothing already there is lost."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from knotbreak.core.stretches import load_catalog
from knotbreak.core.stretches.routine_file import (
    RoutineFileError,
    export_routine,
    import_routine,
)

BUILTIN = Path(__file__).resolve().parents[2] / "resources" / "stretches" / "catalog.json"
BUILTIN_IDS = set(load_catalog(BUILTIN).catalog.ids())
PNG = b"\x89PNG\r\n\x1a\n" + b"fake image bytes" * 10


def entry(entry_id: str, **extra):
    item = {
        "id": entry_id, "name": entry_id.replace("-", " ").title(), "kind": "stretch",
        "target_muscles": ["upper trapezius"], "body_areas": ["neck"], "position": "sitting",
        "steps": ["Sit tall.", "Tilt gently."], "source": "physio", "hold_seconds": 30,
        "sets": 1,
    }
    item.update(extra)
    return item


def therapist_folder(tmp_path: Path) -> Path:
    config = tmp_path / "therapist"
    (config / "custom-pictures").mkdir(parents=True)
    (config / "custom-pictures" / "towel-glide.png").write_bytes(PNG)
    data = {
        "schema_version": 1,
        "sources": {"physio": {"name": "Ms Berg, physiotherapist"}},
        "entries": [
            entry("towel-glide", picture="custom-pictures/towel-glide.png"),
            entry("chin-tuck", picture="pose:chin-tuck"),  # same id as a built-in
        ],
    }
    (config / "custom-stretches.json").write_text(json.dumps(data))
    return config


def test_round_trip_with_images(tmp_path):
    therapist = therapist_folder(tmp_path)
    shared = tmp_path / "neck-routine.zip"
    assert export_routine(therapist / "custom-stretches.json", shared) == 2

    mine = tmp_path / "me" / "custom-stretches.json"
    mine.parent.mkdir()
    mine.write_text(json.dumps({"schema_version": 1, "sources": {},
                                "entries": [entry("my-own", source="me")]}))
    result = import_routine(shared, mine, BUILTIN_IDS)
    assert result.added == ["towel-glide", "chin-tuck-2"]
    assert result.renamed == {"chin-tuck": "chin-tuck-2"}
    assert result.skipped == []
    raw = json.loads(mine.read_text())
    assert [e["id"] for e in raw["entries"]] == ["my-own", "towel-glide", "chin-tuck-2"]
    assert raw["sources"]["physio"]["name"] == "Ms Berg, physiotherapist"
    picture = raw["entries"][1]["picture"]
    assert (mine.parent / picture).read_bytes() == PNG
    loaded = load_catalog(BUILTIN, mine)
    assert loaded.problems == []
    assert {"my-own", "towel-glide", "chin-tuck-2"} <= set(loaded.catalog.ids())

    # And back out again: the same two exercises, the same picture.
    again = tmp_path / "again.zip"
    export_routine(mine, again, {"towel-glide", "chin-tuck-2"})
    with zipfile.ZipFile(again) as archive:
        assert archive.read("custom-pictures/towel-glide.png") == PNG
        names = [e["id"] for e in json.loads(archive.read("custom-stretches.json"))["entries"]]
    assert names == ["towel-glide", "chin-tuck-2"]


def test_importing_twice_adds_copies_and_loses_nothing(tmp_path):
    therapist = therapist_folder(tmp_path)
    shared = tmp_path / "r.zip"
    export_routine(therapist / "custom-stretches.json", shared)
    mine = tmp_path / "me" / "custom-stretches.json"
    import_routine(shared, mine, BUILTIN_IDS)
    second = import_routine(shared, mine, BUILTIN_IDS)
    assert second.added == ["towel-glide-2", "chin-tuck-3"]
    assert len(json.loads(mine.read_text())["entries"]) == 4


def test_a_bare_json_with_images_beside_it_imports(tmp_path):
    therapist = therapist_folder(tmp_path)
    mine = tmp_path / "me" / "custom-stretches.json"
    result = import_routine(therapist / "custom-stretches.json", mine, BUILTIN_IDS)
    assert result.added == ["towel-glide", "chin-tuck-2"]


def _zip(tmp_path: Path, files: dict[str, bytes | str]) -> Path:
    path = tmp_path / "bad.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda d: (d / "x.txt").write_text("hello") and d / "x.txt", "not a routine file"),
        (lambda d: _zip(d, {"readme.txt": "hi"}), "has no custom-stretches.json"),
        (lambda d: _zip(d, {"custom-stretches.json": "{oops"}), "valid JSON"),
        (lambda d: _zip(d, {"custom-stretches.json": "[]"}), "no list of exercises"),
    ],
)
def test_bad_files_are_refused_in_words_and_change_nothing(tmp_path, make, words):
    mine = tmp_path / "me" / "custom-stretches.json"
    mine.parent.mkdir()
    before = json.dumps({"schema_version": 1, "entries": [entry("my-own")]})
    mine.write_text(before)
    with pytest.raises(RoutineFileError, match=words):
        import_routine(make(tmp_path), mine, BUILTIN_IDS)
    assert mine.read_text() == before


def test_bad_entries_are_left_out_with_a_reason_and_the_good_ones_come_in(tmp_path):
    data = {"entries": [
        entry("good-one"),
        entry("no-steps", steps=[]),
        entry("sneaky", picture="../../.bashrc"),
        entry("lost-photo", picture="custom-pictures/lost.png"),
        "not an object",
    ]}
    shared = _zip(tmp_path, {"custom-stretches.json": json.dumps(data)})
    mine = tmp_path / "me" / "custom-stretches.json"
    result = import_routine(shared, mine, BUILTIN_IDS)
    assert result.added == ["good-one"]
    reasons = " | ".join(result.skipped)
    assert "Exercise 2 (no-steps): 'steps' must list at least one item" in reasons
    assert "Exercise 3 (sneaky)" in reasons and "not a PNG, JPEG or SVG" in reasons
    assert "Exercise 4 (lost-photo)" in reasons and "missing from the file" in reasons
    assert "Exercise 5: not an exercise" in reasons
    assert not (tmp_path / ".bashrc").exists()


def test_a_damaged_own_file_is_not_overwritten_by_an_import(tmp_path):
    therapist = therapist_folder(tmp_path)
    mine = tmp_path / "me" / "custom-stretches.json"
    mine.parent.mkdir()
    mine.write_text("{ half written")
    with pytest.raises(RoutineFileError, match="not a valid exercise file"):
        import_routine(therapist / "custom-stretches.json", mine, BUILTIN_IDS)
    assert mine.read_text() == "{ half written"
