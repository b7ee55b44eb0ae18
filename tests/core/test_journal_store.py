"""Knot journal store: round trip, validation with user-facing messages, clear, schema,
damaged files set aside, and the body-map areas it accepts."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone

import pytest

from knotbreak.core.journal import (
    AREA_IDS,
    JOURNAL_AREAS,
    NOTE_MAX,
    JournalError,
    JournalInputError,
    JournalStore,
    area_label,
    breaks_per_day,
    focus_areas_of,
    intensity_word,
    journal_path,
    suggest_area,
)
from knotbreak.core.journal.store import SCHEMA_VERSION
from knotbreak.core.stretches import BODY_AREAS, FOCUS_AREAS

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
BERLIN_WINTER = timezone(timedelta(hours=1))


@pytest.fixture
def store(tmp_path):
    journal = JournalStore.open(journal_path(tmp_path))
    yield journal
    journal.close()


def test_entries_survive_reopening_in_utc(tmp_path):
    path = journal_path(tmp_path)
    journal = JournalStore.open(path)
    local = NOW.astimezone(BERLIN_WINTER)
    saved = journal.log("upper-back-left", 7, "  after a long call  ", local)
    journal.log("wrist-right", "3", None, local + timedelta(hours=2))
    journal.close()

    reopened = JournalStore.open(path)
    first, second = reopened.entries_since(NOW - timedelta(days=1))
    assert (first.area, first.intensity, first.note) == ("upper-back-left", 7, "after a long call")
    assert first.logged_at == NOW and first.logged_at.utcoffset() == timedelta(0)
    assert first.id == saved.id is not None
    assert (second.area, second.intensity, second.note) == ("wrist-right", 3, None)
    assert [e.area for e in reopened.recent(1)] == ["wrist-right"], "newest first"
    assert reopened.entries_since(NOW + timedelta(hours=1)) == [second]
    assert reopened.count() == 2
    reopened.close()


@pytest.mark.parametrize(
    ("area", "intensity", "note", "field", "words"),
    [
        ("upperback-left", 5, None, "area", ["upperback-left", "Did you mean upper-back-left?"]),
        ("elbow", 5, None, "area", ["no body area", "Choose one of: head"]),
        ("neck-left", 11, None, "intensity", ["whole number from 0 (none) to 10 (worst)"]),
        ("neck-left", -1, None, "intensity", ["0 (none) to 10"]),
        ("neck-left", 6.5, None, "intensity", ["6.5"]),
        ("neck-left", "six", None, "intensity", ["'six'"]),
        ("neck-left", True, None, "intensity", ["True"]),
        ("neck-left", 4, "x" * (NOTE_MAX + 1), "note", ["501 characters", "500 or fewer"]),
    ],
)
def test_bad_input_is_refused_with_a_message_that_says_what_to_do(
    store, area, intensity, note, field, words
):
    with pytest.raises(JournalInputError) as refused:
        store.log(area, intensity, note, NOW)
    assert refused.value.field == field
    for word in words:
        assert word in str(refused.value)
    assert store.count() == 0


def test_note_limits_count_after_trimming_and_an_empty_note_is_none(store):
    assert store.log("jaw", 2, " " + "n" * NOTE_MAX + " ", NOW).note == "n" * NOTE_MAX
    assert store.log("jaw", 0, "   ", NOW).note is None


def test_clear_deletes_everything_and_the_store_stays_usable(tmp_path, store):
    for hours in range(5):
        store.log("chest", 4, "private words", NOW + timedelta(hours=hours))
    store.clear()
    assert store.count() == 0
    assert store.recent() == []
    store.log("chest", 1, None, NOW)
    assert store.count() == 1
    assert b"private words" not in journal_path(tmp_path).read_bytes()


def test_schema_version_wal_and_busy_timeout(tmp_path, store):
    db = sqlite3.connect(journal_path(tmp_path))
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()


def test_a_second_writer_waits_instead_of_failing(tmp_path, store):
    other = JournalStore.open(journal_path(tmp_path))
    other.log("neck-left", 5, None, NOW)
    store.log("neck-right", 5, None, NOW)
    assert store.count() == other.count() == 2
    other.close()


def test_damaged_file_is_set_aside_and_a_new_one_started(tmp_path):
    path = journal_path(tmp_path)
    path.write_bytes(b"not a database" * 100)
    opened = JournalStore.open_or_replace(path, NOW)
    assert opened.problem is not None and "kept as" in opened.problem
    opened.journal.log("eyes", 3, None, NOW)
    assert opened.journal.count() == 1
    kept = [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
    assert kept and kept[0].read_bytes().startswith(b"not a database")
    opened.journal.close()


def test_newer_journal_is_left_alone_and_this_run_keeps_entries_in_memory(tmp_path):
    path = journal_path(tmp_path)
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version=7")
    db.close()
    opened = JournalStore.open_or_replace(path, NOW)
    assert opened.problem is not None and "newer knotbreak" in opened.problem
    assert "not saved this time" in opened.problem
    with pytest.raises(JournalError):
        JournalStore.open(path)


def test_every_area_maps_to_catalog_areas_and_some_focus_area():
    assert len(AREA_IDS) == len(set(AREA_IDS)) >= 20
    for area in JOURNAL_AREAS:
        assert set(area.targets) <= set(BODY_AREAS)
        assert focus_areas_of(area.id) <= set(FOCUS_AREAS)
        if area.id == "chest":
            # Chest pain can be the heart: a chest entry never steers the routines.
            assert not area.targets and not focus_areas_of(area.id)
            continue
        assert max(area.targets.values()) == 1.0
        assert focus_areas_of(area.id), area.id
        assert area.views and set(area.views) <= {"front", "back"}
    for paired in ("neck", "shoulder", "upper-back", "lower-back", "hip", "forearm", "wrist"):
        assert {f"{paired}-left", f"{paired}-right"} <= set(AREA_IDS)
    assert focus_areas_of("upper-back-left") == {"upper-back-chest"}
    assert area_label("upper-back-left") == "left upper back"
    assert area_label("from-a-newer-version") == "from-a-newer-version"


def test_mistyped_areas_get_a_suggestion():
    assert suggest_area("Upper back left") == "upper-back-left"
    assert suggest_area("shoulder_rigth") == "shoulder-right"
    assert suggest_area("banana") is None


def test_intensity_words_cover_the_scale():
    assert intensity_word(0) == "none"
    assert intensity_word(10) == "worst"
    assert intensity_word(7) == "strong"
    assert intensity_word(42) == "worst"


def test_breaks_per_day_counts_completed_breaks_per_local_date(tmp_path):
    from knotbreak.core.cycle import BreakRecord, Outcome
    from knotbreak.core.history import BreakHistory

    path = tmp_path / "history.sqlite3"
    assert breaks_per_day(path, NOW, UTC) == {}
    history = BreakHistory.open(path)
    late_evening = datetime(2026, 11, 23, 23, 30, tzinfo=UTC)  # already the 24th in Berlin
    for ended, outcome in [
        (NOW, Outcome.COMPLETED),
        (NOW + timedelta(hours=1), Outcome.COMPLETED),
        (NOW + timedelta(hours=2), Outcome.SKIPPED),
        (late_evening, Outcome.COMPLETED),
        (NOW - timedelta(days=3), Outcome.COMPLETED),
    ]:
        history.record(BreakRecord(ended, ended, ended, outcome))
    counts = breaks_per_day(path, NOW - timedelta(hours=1), BERLIN_WINTER)
    history.close()
    day = NOW.date()
    assert counts == {day: 2, day + timedelta(days=1): 1}


def test_breaks_per_day_reports_an_unreadable_history(tmp_path):
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"garbage" * 200)
    with pytest.raises(JournalError, match="break history could not be read"):
        breaks_per_day(path, NOW, UTC)
