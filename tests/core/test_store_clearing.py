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


def test_the_journal_still_overwrites_what_it_deletes_after_a_clear(tmp_path):
    # The journal keeps secure_delete on for good; clearing turns it on for the other
    # stores only while it runs. A later clear must still leave no words in the file.
    from knotbreak.core.journal.store import JournalStore, journal_path

    store = JournalStore.open(journal_path(tmp_path))
    store.log("neck-left", 3, "first private words", NOW)
    store.clear()
    store.log("neck-left", 4, "second private words", NOW)
    store.clear()
    store.close()
    assert b"private words" not in journal_path(tmp_path).read_bytes()


def test_clearing_leaves_secure_delete_as_it_found_it(tmp_path):
    import sqlite3

    from knotbreak.core.sqlite_file import delete_all_rows

    for before in (0, 1):
        db = sqlite3.connect(tmp_path / f"t{before}.sqlite3", isolation_level=None)
        db.execute("CREATE TABLE t (x TEXT)")
        db.execute("INSERT INTO t VALUES ('a')")
        db.execute(f"PRAGMA secure_delete={before}")
        delete_all_rows(db, ("t",))
        assert db.execute("SELECT COUNT(*) FROM t").fetchone()[0] == 0
        assert db.execute("PRAGMA secure_delete").fetchone()[0] == before
        db.close()
