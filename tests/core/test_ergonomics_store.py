"""Runs and ticks survive reopening; damage is set aside; newer files are left alone."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from knotbreak.core.ergonomics import (
    Answer,
    Answers,
    ErgonomicsStore,
    ErgonomicsStoreError,
    FocusArea,
    Setup,
    SittingHours,
    load_checklist,
    store_path,
)
from knotbreak.resources_path import resource

CHECKLIST = load_checklist(resource("ergonomics/checklist.json"))
NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


def answers(setup=Setup.LAPTOP, **bad):
    items = {item.id: Answer.YES for item in CHECKLIST.items(setup)}
    items.update(dict.fromkeys(bad, Answer.NO))
    return Answers(setup, items, SittingHours.OVER_6, True,
                   frozenset({FocusArea.EYES}), moving_soon=False)  # fmt: skip


def test_run_round_trip(tmp_path):
    path = store_path(tmp_path)
    assert path.name == "ergonomics.sqlite3"
    store = ErgonomicsStore.open(path)
    original = answers(**{"laptop-raised": 1, "chair-lumbar": 1})
    saved = store.save_run(CHECKLIST, original, NOW)
    store.close()

    reopened = ErgonomicsStore.open(path)
    run = reopened.last_run()
    assert run is not None and run.id == saved.id
    assert run.answers == original
    assert run.completed_at == NOW
    assert [fix.item_id for fix in run.fixes] == ["laptop-raised", "chair-lumbar"]
    assert [fix.rank for fix in run.fixes] == [1, 2]
    assert run.scores["screens"] is not None and run.scores["screens"] < 100
    assert run.scores["habits"] == 100


def test_schema_version_and_wal(tmp_path):
    path = store_path(tmp_path)
    ErgonomicsStore.open(path).close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_answers_for_other_setups_are_not_stored(tmp_path):
    store = ErgonomicsStore.open(store_path(tmp_path))
    mixed = answers(Setup.TWO)
    mixed = Answers(Setup.TWO, {**mixed.items, "laptop-raised": Answer.NO})
    run = store.save_run(CHECKLIST, mixed, NOW)
    assert "laptop-raised" not in run.answers.items
    assert run.fixes == ()


def test_ticks_persist_and_can_be_undone(tmp_path):
    path = store_path(tmp_path)
    store = ErgonomicsStore.open(path)
    run = store.save_run(CHECKLIST, answers(**{"laptop-raised": 1, "posture-feet": 1}), NOW)
    store.set_fix_done(run.id, "posture-feet", NOW + timedelta(hours=1))
    store.close()
    store = ErgonomicsStore.open(path)
    last = store.last_run()
    assert last is not None
    run = last
    assert [fix.item_id for fix in run.open_fixes()] == ["laptop-raised"]
    done = next(fix for fix in run.fixes if fix.item_id == "posture-feet")
    assert done.done_at == NOW + timedelta(hours=1)
    store.set_fix_done(run.id, "posture-feet", None)
    last = store.last_run()
    assert last is not None and len(last.open_fixes()) == 2


def test_replacing_a_run_keeps_ticks_on_fixes_that_remain(tmp_path):
    store = ErgonomicsStore.open(store_path(tmp_path))
    run = store.save_run(CHECKLIST, answers(**{"laptop-raised": 1, "posture-feet": 1}), NOW)
    store.set_fix_done(run.id, "posture-feet", NOW)
    changed = store.replace_run(
        run.id, CHECKLIST, answers(**{"posture-feet": 1, "light-glare": 1}), NOW
    )
    assert changed.id == run.id
    assert len(store.runs()) == 1
    ticks = {fix.item_id: fix.done for fix in changed.fixes}
    assert ticks == {"posture-feet": True, "light-glare": False}


def test_previous_run_is_the_one_before(tmp_path):
    store = ErgonomicsStore.open(store_path(tmp_path))
    first = store.save_run(CHECKLIST, answers(**{"posture-feet": 1}), NOW)
    second = store.save_run(CHECKLIST, answers(), NOW + timedelta(days=90))
    previous = store.previous_run(second.id)
    assert previous is not None and previous.id == first.id
    assert store.previous_run(first.id) is None
    assert [run.id for run in store.runs()] == [second.id, first.id]


def test_recheck_due_follows_the_last_run_and_moved_desks(tmp_path):
    store = ErgonomicsStore.open(store_path(tmp_path))
    assert store.recheck_due() is None
    store.save_run(CHECKLIST, answers(), NOW)
    assert store.recheck_due() == NOW + timedelta(days=90)
    moved = NOW + timedelta(days=3)
    store.note_moved_desks(moved)
    assert store.moved_desks_at() == moved
    assert store.recheck_due() == moved
    moving = answers()
    store.save_run(CHECKLIST, Answers(moving.setup, moving.items, moving_soon=True),
                   NOW + timedelta(days=5))  # fmt: skip
    assert store.recheck_due() == NOW + timedelta(days=35)


def test_damaged_file_is_kept_aside(tmp_path):
    path = store_path(tmp_path)
    path.write_bytes(b"this is not sqlite" * 100)
    opened = ErgonomicsStore.open_or_replace(path, NOW)
    assert opened.problem is not None and "kept as" in opened.problem
    assert list(tmp_path.glob("ergonomics.sqlite3.damaged-*"))
    opened.store.save_run(CHECKLIST, answers(), NOW)
    assert opened.store.last_run() is not None


def test_newer_schema_is_left_untouched(tmp_path):
    path = store_path(tmp_path)
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version=7")
    db.close()
    with pytest.raises(ErgonomicsStoreError, match="newer knotbreak"):
        ErgonomicsStore.open(path)
    opened = ErgonomicsStore.open_or_replace(path, NOW)
    assert opened.problem is not None and "not saved this time" in opened.problem
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 7
