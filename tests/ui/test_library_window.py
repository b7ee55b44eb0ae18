"""The stretch library window, driven like a user: browse, search, read, start now."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from knotbreak.adapters.break_session import StretchLibrary
from knotbreak.core.stretches.start_now import StartNowRequest
from knotbreak.resources_path import resource
from knotbreak.ui.library.custom_form import CustomExerciseForm
from knotbreak.ui.library.launcher import LibraryLauncher


@pytest.fixture(scope="module")
def library():
    return StretchLibrary(
        resource("stretches/catalog.json"), None, resource("stretches/poses.json")
    )


class Starts:
    def __init__(self) -> None:
        self.requests: list[StartNowRequest] = []
        self.refusal: str | None = None

    def __call__(self, request: StartNowRequest) -> str | None:
        self.requests.append(request)
        return self.refusal


@pytest.fixture
def opened(qtbot, library):
    starts = Starts()
    favourites: set[str] = set()

    def set_favourites(chosen: frozenset[str]) -> str | None:
        favourites.clear()
        favourites.update(chosen)
        return None

    launcher = LibraryLauncher(
        library, starts, lambda _text: None, lambda: frozenset(favourites), set_favourites
    )
    launcher.open_window()
    window = launcher.window
    assert window is not None
    qtbot.addWidget(window)
    return window, starts, favourites, launcher


def _entries(window):
    found = []
    root = window.tree.invisibleRootItem()
    for a in range(root.childCount()):
        area = root.child(a)
        for k in range(area.childCount()):
            kind = area.child(k)
            for e in range(kind.childCount()):
                found.append((area.text(0), kind.text(0), kind.child(e)))
    return found


def test_every_entry_is_listed_with_a_picture_under_area_and_kind(opened, library):
    window, *_ = opened
    listed = _entries(window)
    ids = {item.data(0, Qt.ItemDataRole.UserRole) for _, _, item in listed}
    assert ids == set(library.catalog.ids())  # heat too, which never enters a routine
    areas = {area for area, _, _ in listed}
    assert "Neck and shoulders" in areas and "Eyes" in areas
    assert {kind for _, kind, _ in listed} >= {"Stretches", "Self-care"}
    with_picture = [item for _, _, item in listed if not item.icon(0).isNull()]
    assert len(with_picture) >= len(listed) - 2


def test_search_narrows_the_list_and_says_when_nothing_matches(opened):
    window, *_ = opened
    window.search.setText("wrist")
    assert _entries(window)
    assert all(area == "Wrists and forearms" for area, _, _ in _entries(window))
    window.search.setText("zzzz nothing")
    assert _entries(window) == []
    assert window.empty_label.isVisibleTo(window)
    window.search.clear()
    assert len(_entries(window)) > 10


def test_selecting_shows_steps_dose_cautions_and_source(opened, library):
    window, *_ = opened
    entry = library.catalog["chin-tuck"]
    item = next(i for _, _, i in _entries(window) if i.data(0, Qt.ItemDataRole.UserRole)
                == "chin-tuck")
    window.tree.setCurrentItem(item)
    assert window.name_label.text() == entry.name
    text = window.details.text()
    assert entry.steps[0].split()[0] in text
    assert "Dose" in text and "Source" in text
    assert library.catalog.source_of(entry).name.split()[0] in text
    assert not window.picture.pixmap().isNull()


def test_start_this_stretch_and_start_an_area(opened, qtbot):
    window, starts, *_ = opened
    item = next(i for _, _, i in _entries(window) if i.data(0, Qt.ItemDataRole.UserRole)
                == "levator")
    window.tree.setCurrentItem(item)
    qtbot.mouseClick(window.start_stretch_button, Qt.MouseButton.LeftButton)
    assert starts.requests[-1] == StartNowRequest(stretch_id="levator")
    assert window.start_area_button.text() == "Start now: Neck and shoulders, up to 3 minutes"
    window.minutes_spin.setValue(5)
    window.area_combo.setCurrentIndex(window.area_combo.findData("eyes"))
    assert window.start_area_button.text() == "Start now: Eyes, up to 5 minutes"
    qtbot.mouseClick(window.start_area_button, Qt.MouseButton.LeftButton)
    assert starts.requests[-1] == StartNowRequest(area="eyes", minutes=5)


def test_a_refusal_shows_in_the_window(opened, qtbot):
    window, starts, *_ = opened
    starts.refusal = "A break is already in progress."
    qtbot.mouseClick(window.start_area_button, Qt.MouseButton.LeftButton)
    assert window.message_label.isVisibleTo(window)
    assert window.message_label.text() == "A break is already in progress."


def test_heat_cannot_be_started_as_a_guided_stretch(opened):
    window, *_ = opened
    item = next(i for _, _, i in _entries(window) if i.data(0, Qt.ItemDataRole.UserRole)
                == "heat")
    window.tree.setCurrentItem(item)
    assert not window.start_stretch_button.isEnabled()


def test_favourite_toggles_and_comes_first(opened):
    window, _, favourites, _ = opened
    item = next(i for _, _, i in _entries(window) if i.data(0, Qt.ItemDataRole.UserRole)
                == "levator")
    window.tree.setCurrentItem(item)
    window.favourite_button.click()
    assert favourites == {"levator"}
    neck = [i for area, kind, i in _entries(window)
            if area == "Neck and shoulders" and kind == "Stretches"]
    assert neck[0].data(0, Qt.ItemDataRole.UserRole) == "levator"
    assert neck[0].text(0).startswith("★")
    window.favourite_button.click()  # undo
    assert favourites == set()


def test_closing_frees_the_window(qtbot, library):
    launcher = LibraryLauncher(library, Starts(), lambda _text: None)
    launcher.open_window()
    window = launcher.window
    assert window is not None and window.isVisible()
    with qtbot.waitSignal(window.destroyed, timeout=2000):
        window.close()
    assert launcher.window is None
    launcher.open_window()  # opens afresh
    assert launcher.window is not None
    qtbot.addWidget(launcher.window)


def test_the_window_loads_only_when_opened():
    code = (
        "import sys; import knotbreak.ui.tray; import knotbreak.ui.library.launcher; "
        "print('knotbreak.ui.library.window' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False"


def test_an_exercise_added_in_the_window_is_listed_with_its_photo(qtbot, tmp_path):
    from PySide6.QtGui import QColor, QImage

    custom = tmp_path / "custom-stretches.json"
    own = StretchLibrary(
        resource("stretches/catalog.json"), custom, resource("stretches/poses.json")
    )
    launcher = LibraryLauncher(own, Starts(), lambda _text: None)
    launcher.open_window()
    window = launcher.window
    assert window is not None
    qtbot.addWidget(window)
    assert window.add_button.isVisible()
    window.add_button.click()
    form = window.form
    assert isinstance(form, CustomExerciseForm)
    form.name_edit.setText("Towel neck glide")
    form.steps_edit.setPlainText("Hold a towel behind your neck.\nGlide gently.")
    form.area_boxes["neck"].setChecked(True)
    form.muscles_edit.setText("deep neck flexors")
    form.source_edit.setText("My physiotherapist")
    photo = tmp_path / "me.png"
    image = QImage(60, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("orange"))
    image.save(str(photo))
    form.set_image(photo)
    assert form.save()
    assert window.selected is not None and window.selected.id == "towel-neck-glide"
    assert window.name_label.text() == "Towel neck glide"
    assert not window.picture.pixmap().isNull()
    assert window.edit_button.isVisibleTo(window)
    assert "towel-neck-glide" in own.catalog.ids()  # the next break sees it too


def test_export_then_import_in_another_home_through_the_window(qtbot, tmp_path):
    import json

    therapist = tmp_path / "therapist" / "custom-stretches.json"
    therapist.parent.mkdir()
    therapist.write_text(json.dumps({"schema_version": 1, "entries": [{
        "id": "towel-glide", "name": "Towel glide", "kind": "stretch",
        "target_muscles": ["neck flexors"], "body_areas": ["neck"], "position": "sitting",
        "steps": ["Glide."], "source": "Ms Berg", "sets": 1, "picture": "pose:chin-tuck",
    }]}))

    def window_for(custom):
        library = StretchLibrary(
            resource("stretches/catalog.json"), custom, resource("stretches/poses.json")
        )
        launcher = LibraryLauncher(library, Starts(), lambda _text: None)
        launcher.open_window()
        qtbot.addWidget(launcher.window)
        return launcher.window, library

    sender, _ = window_for(therapist)
    shared = tmp_path / "neck.zip"
    sender.export_file(shared)
    assert "Exported 1 exercise to" in sender.message_label.text()

    receiver, library = window_for(tmp_path / "me" / "custom-stretches.json")
    receiver.export_file(tmp_path / "nothing.zip")
    assert "no exercises of your own" in receiver.message_label.text()
    receiver.import_file(shared)
    assert receiver.message_label.text() == "Imported 1 exercise."
    assert receiver.selected is not None and receiver.selected.id == "towel-glide"
    assert "towel-glide" in library.poses  # drawn as the chin tuck in breaks too
    (tmp_path / "junk.zip").write_text("not a zip")
    receiver.import_file(tmp_path / "junk.zip")
    assert "not a routine file" in receiver.message_label.text()


def test_hiding_from_breaks_is_shown_and_undone_here(qtbot, library):
    hidden: set[str] = set()

    def set_hidden(chosen: frozenset[str]) -> str | None:
        hidden.clear()
        hidden.update(chosen)
        return None

    launcher = LibraryLauncher(
        library, Starts(), lambda _text: None,
        hidden=lambda: frozenset(hidden), set_hidden=set_hidden,
    )
    launcher.open_window()
    window = launcher.window
    assert window is not None
    qtbot.addWidget(window)
    item = next(i for _, _, i in _entries(window)
                if i.data(0, Qt.ItemDataRole.UserRole) == "thoracic-ext")
    window.tree.setCurrentItem(item)
    assert window.hide_button.text().replace("&", "") == "Hide from breaks"
    window.hide_button.click()
    assert hidden == {"thoracic-ext"}
    listed = next(i for _, _, i in _entries(window)
                  if i.data(0, Qt.ItemDataRole.UserRole) == "thoracic-ext")
    assert listed.text(0).endswith("(hidden)")  # still listed, marked
    assert "show again" in window.hide_button.text().replace("&", "")
    window.hide_button.click()  # undo
    assert hidden == set()
