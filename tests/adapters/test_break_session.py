"""A guided break session built from the real catalog, with a fake clock."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from knotbreak.adapters.break_session import RoutineChoices, StretchLibrary, start_session
from knotbreak.core.stretches import routine_duration
from knotbreak.resources_path import resource

START = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def library():
    return StretchLibrary(
        resource("stretches/catalog.json"), None, resource("stretches/poses.json")
    )


def make(library, choices=None, length=timedelta(minutes=3), used=None):
    ends: list[datetime | None] = []
    finished: list[datetime] = []
    session = start_session(
        library,
        choices or RoutineChoices(),
        started_at=START,
        break_length=length,
        recently_used=used or {},
        area_weights=None,
        on_break_end_changed=ends.append,
        on_finished=finished.append,
        rng=random.Random(7),
    )
    return session, ends, finished


def test_builtin_library_loads_without_problems_and_has_every_picture(library):
    assert library.problems == []
    assert set(library.catalog.ids()) <= set(library.poses)


def test_routine_fits_the_break_and_covers_chosen_areas(library):
    session, _, _ = make(library, RoutineChoices(focus_areas=frozenset({"wrists-forearms"})))
    assert timedelta(0) < routine_duration(session.routine) <= timedelta(minutes=3)
    first_work = next(segment for segment in session.routine if segment.is_work)
    assert "wrists-forearms" in session.catalog[first_work.stretch_id].focus_areas


def test_pause_holds_the_break_open_and_resume_sets_a_new_end(library):
    session, ends, _ = make(library)
    session.pause(START + timedelta(seconds=20))
    assert ends == [None]
    session.resume(START + timedelta(minutes=2))
    assert ends[-1] == START + timedelta(minutes=2) + (
        session.player.total - timedelta(seconds=20)
    )


def test_finishing_is_reported_once_and_all_stretches_count(library):
    session, _, finished = make(library)
    end = START + session.player.total
    session.routine_finished(end)
    session.routine_finished(end)
    assert finished == [end]
    assert set(session.stretches_reached(end)) == {s.stretch_id for s in session.routine}


def test_skipping_early_counts_only_the_stretches_reached(library):
    session, _, _ = make(library)
    assert session.stretches_reached(START + timedelta(seconds=1)) == (), "still getting ready"
    first_hold = session.routine[0].duration + timedelta(seconds=1)
    assert session.stretches_reached(START + first_hold) == (session.routine[1].stretch_id,)


def test_sitting_only_never_asks_to_stand(library):
    session, _, _ = make(library, RoutineChoices(sitting_only=True), timedelta(minutes=10))
    positions = {session.catalog[s.stretch_id].position for s in session.routine}
    assert "standing" not in positions


def test_a_custom_exercise_brings_its_photo_to_the_break(tmp_path):
    import json


    resources = Path(__file__).resolve().parents[2] / "resources" / "stretches"
    (tmp_path / "custom-pictures").mkdir()
    photo = tmp_path / "custom-pictures" / "towel-glide.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n")
    base = {
        "name": "Towel glide", "kind": "stretch", "target_muscles": ["upper trapezius"],
        "body_areas": ["neck"], "position": "sitting", "steps": ["Sit tall.", "Tilt gently."],
        "source": "physio", "hold_seconds": 30, "sets": 1,
    }
    entries = [
        {**base, "id": "towel-glide", "picture": "custom-pictures/towel-glide.png"},
        {**base, "id": "towel-gone", "picture": "custom-pictures/missing.png"},
        {**base, "id": "towel-pose", "picture": "pose:chin-tuck"},
    ]
    (tmp_path / "custom-stretches.json").write_text(json.dumps({
        "schema_version": 1,
        "sources": {"physio": {"name": "Ms Berg, physiotherapist"}},
        "entries": entries,
    }))
    library = StretchLibrary(
        resources / "catalog.json", tmp_path / "custom-stretches.json", resources / "poses.json"
    )
    assert library.photos == {"towel-glide": photo}
    assert "towel-pose" in library.poses  # drawn as the built-in pose instead
