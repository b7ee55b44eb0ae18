"""The custom exercise form: the loader's own messages under the fields, a file written
whole and atomically, other entries kept, a broken file never overwritten, pictures."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage

from knotbreak.adapters.break_session import StretchLibrary
from knotbreak.core.stretches import load_catalog
from knotbreak.resources_path import resource
from knotbreak.ui.library.custom_form import CustomExerciseForm

POSES = {"chin-tuck": "Chin tuck", "levator": "Levator scapulae stretch"}


@pytest.fixture
def custom(tmp_path: Path) -> Path:
    return tmp_path / "config" / "custom-stretches.json"


def make(qtbot, custom, **options):
    form = CustomExerciseForm(custom, {"chin-tuck", "levator"}, POSES, **options)
    qtbot.addWidget(form)
    return form


def fill(form, name="Slow neck roll"):
    form.name_edit.setText(name)
    form.steps_edit.setPlainText("Sit tall.\n\nRoll your head slowly.\n")
    form.area_boxes["neck"].setChecked(True)
    form.muscles_edit.setText("upper trapezius, scalenes")
    form.source_edit.setText("My physiotherapist")


def test_every_problem_shows_under_its_field_and_nothing_is_written(qtbot, custom):
    form = make(qtbot, custom)
    assert form.save() is False
    shown = {key for key, label in form.messages.items() if label.text()}
    assert {"name", "steps", "body_areas", "target_muscles", "source"} <= shown
    assert not custom.exists()


def test_an_empty_field_says_what_to_do_not_the_file_format(qtbot, custom):
    # The loader's wording ("'steps' must list at least one item") is for the JSON file;
    # under a form field it is jargon, and English in the German interface.
    form = make(qtbot, custom)
    assert form.save() is False
    assert form.messages["name"].text() == "Give the exercise a name."
    assert form.messages["steps"].text() == "Write at least one step, one a line."
    assert form.messages["body_areas"].text() == "Tick at least one area."
    for label in form.messages.values():
        assert "'" not in label.text() and "must" not in label.text()
    # With no name there is no id either; that is said once, under the name.
    assert not form.file_message.text()


def test_the_loader_consistency_rule_lands_under_the_reps_field(qtbot, custom):
    form = make(qtbot, custom)
    fill(form)
    form.style_combo.setCurrentIndex(form.style_combo.findData("reps"))
    form.reps_spin.setValue(10)
    form.rep_seconds_spin.setValue(6)
    form.hold_spin.setValue(30)
    assert form.save() is False
    assert form.messages["reps"].text() == (
        "10 reps of 6 s take longer than the hold (30 s): make the hold longer or do "
        "fewer reps."
    )
    form.hold_spin.setValue(60)
    assert form.save() is True


def test_a_saved_exercise_loads_with_the_catalog_and_keeps_other_entries(qtbot, custom):
    custom.parent.mkdir(parents=True)
    existing: dict[str, Any] = {"schema_version": 1, "sources": {"me": {"name": "Me"}},
                "entries": [{"id": "mine", "name": "hand written", "unknown": 1}]}
    custom.write_text(json.dumps(existing))
    saved: list[str] = []
    form = make(qtbot, custom, on_saved=saved.append)
    fill(form)
    form.pose_combo.setCurrentIndex(form.pose_combo.findData("pose:chin-tuck"))
    assert form.save() is True
    raw = json.loads(custom.read_text())
    assert raw["entries"][0] == existing["entries"][0]  # untouched, even its unknown field
    assert raw["sources"] == existing["sources"]
    assert raw["entries"][1]["id"] == "slow-neck-roll" == saved[0]
    assert raw["entries"][1]["steps"] == ["Sit tall.", "Roll your head slowly."]
    loaded = load_catalog(resource("stretches/catalog.json"), custom)
    entry = loaded.catalog["slow-neck-roll"]
    assert entry.picture == "pose:chin-tuck" and not entry.builtin
    # The break window draws it as the chosen built-in pose.
    library = StretchLibrary(resource("stretches/catalog.json"), custom,
                             resource("stretches/poses.json"))
    assert library.poses["slow-neck-roll"].id == "slow-neck-roll"
    assert library.poses["slow-neck-roll"].hold == library.poses["chin-tuck"].hold


def test_a_name_like_a_builtin_gets_its_own_id(qtbot, custom):
    form = make(qtbot, custom)
    fill(form, name="Chin tuck")
    assert form.save() is True
    assert json.loads(custom.read_text())["entries"][0]["id"] == "chin-tuck-2"


def test_editing_replaces_the_entry_in_place(qtbot, custom):
    form = make(qtbot, custom)
    fill(form)
    form.save()
    library = load_catalog(resource("stretches/catalog.json"), custom).catalog
    edit = make(qtbot, custom, editing=library["slow-neck-roll"])
    assert edit.name_edit.text() == "Slow neck roll"
    edit.sets_spin.setValue(3)
    assert edit.save() is True
    entries = json.loads(custom.read_text())["entries"]
    assert len(entries) == 1 and entries[0]["sets"] == 3


def test_a_broken_file_is_never_overwritten(qtbot, custom):
    custom.parent.mkdir(parents=True)
    custom.write_text('{"entries": [ {"id": "half written"')
    form = make(qtbot, custom)
    fill(form)
    assert form.save() is False
    assert "not a valid exercise file" in form.file_message.text()
    assert custom.read_text() == '{"entries": [ {"id": "half written"'


def test_an_image_file_is_copied_into_the_config_folder(qtbot, custom, tmp_path):
    photo = tmp_path / "Photo.PNG"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    assert image.save(str(photo))
    form = make(qtbot, custom)
    fill(form)
    form.set_image(photo)
    assert form.save() is True
    entry = json.loads(custom.read_text())["entries"][0]
    assert entry["picture"] == "custom-pictures/slow-neck-roll.png"
    assert (custom.parent / entry["picture"]).read_bytes() == photo.read_bytes()


def test_a_file_that_is_not_an_image_is_refused_under_the_picture(qtbot, custom, tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    form = make(qtbot, custom)
    form.set_image(text)
    assert "PNG, JPEG or SVG" in form.messages["picture"].text()


def test_the_first_field_to_fix_takes_the_focus(qtbot, custom):
    form = make(qtbot, custom)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    fill(form)
    form.source_edit.clear()
    form.muscles_edit.clear()
    assert form.save() is False
    qtbot.waitUntil(lambda: form.muscles_edit.hasFocus() or not form.isActiveWindow(),
                    timeout=2000)
    assert form.messages["target_muscles"].isVisibleTo(form)
    assert form.messages["source"].isVisibleTo(form)
