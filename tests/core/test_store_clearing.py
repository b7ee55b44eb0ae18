"""Delete all data: the ergonomics store empties itself in place and keeps working."""

from __future__ import annotations

from datetime import UTC, datetime

from knotbreak.core.ergonomics import (
    Answer,
    Answers,
    ErgonomicsStore,
    FocusArea,
    Setup,
    SittingHours,
    load_checklist,
    store_path,
)
from knotbreak.resources_path import resource

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)
CHECKLIST = load_checklist(resource("ergonomics/checklist.json"))


def test_ergonomics_store_clear(tmp_path):
    path = store_path(tmp_path)
    store = ErgonomicsStore.open(path)
    items = {item.id: Answer.NO for item in CHECKLIST.items(Setup.LAPTOP)}
    answers = Answers(
        Setup.LAPTOP, items, SittingHours.OVER_6, True, frozenset({FocusArea.EYES}),
        moving_soon=False,
    )
    run = store.save_run(CHECKLIST, answers, NOW)
    store.set_fix_done(run.id, run.fixes[0].item_id, NOW)
    store.note_moved_desks(NOW)
    store.clear()
    assert store.last_run() is None
    assert store.moved_desks_at() is None
    assert store.recheck_due() is None
    # Still usable afterwards.
    assert store.save_run(CHECKLIST, answers, NOW).fixes
    store.close()
