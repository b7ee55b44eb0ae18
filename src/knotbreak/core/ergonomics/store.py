"""Checklist runs in SQLite (ergonomics.sqlite3 in the data folder), with tick-off state.

Same conventions as core/history.py: WAL journal, schema version in PRAGMA user_version,
times stored as UTC ISO-8601 text, errors raised as one exception type with a message a
person can act on.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from knotbreak.core.ergonomics.answers import Answers
from knotbreak.core.ergonomics.checklist import Checklist
from knotbreak.core.ergonomics.proposal import recheck_due
from knotbreak.core.ergonomics.scoring import area_scores, prioritised_fixes
from knotbreak.core.sqlite_file import SqliteStore, StoreError

SCHEMA_VERSION = 1
ERGONOMICS_FILE_NAME = "ergonomics.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    completed_at TEXT NOT NULL,
    checklist_version INTEGER NOT NULL,
    answers TEXT NOT NULL,
    scores TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS fixes (
    run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    item_id TEXT NOT NULL,
    rank INTEGER NOT NULL,
    action TEXT NOT NULL,
    done_at TEXT,
    PRIMARY KEY (run_id, item_id)
);
CREATE TABLE IF NOT EXISTS notes (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""
_MOVED_DESKS = "moved_desks_at"


class ErgonomicsStoreError(StoreError):
    """The ergonomics database cannot be used; the message says what happened."""


@dataclass(frozen=True)
class StoredFix:
    item_id: str
    rank: int
    """1 is the fix that matters most."""
    action: str
    done_at: datetime | None

    @property
    def done(self) -> bool:
        return self.done_at is not None


@dataclass(frozen=True)
class Run:
    id: int
    completed_at: datetime
    checklist_version: int
    answers: Answers
    scores: dict[str, int | None]
    """Area id -> score 0-100 (None when nothing in the area was answered)."""
    fixes: tuple[StoredFix, ...]

    def open_fixes(self) -> tuple[StoredFix, ...]:
        return tuple(fix for fix in self.fixes if not fix.done)


@dataclass(frozen=True)
class OpenedStore:
    store: ErgonomicsStore
    problem: str | None = None


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _parse(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


class ErgonomicsStore(SqliteStore):
    SCHEMA = _SCHEMA
    SCHEMA_VERSION = SCHEMA_VERSION
    WHAT = "ergonomics database"
    ERROR = ErgonomicsStoreError
    NOT_SAVED = "Checklist results are not saved this time."
    TABLES = ("fixes", "runs", "notes")  # fixes first: they reference runs

    def __init__(self, connection: sqlite3.Connection, path: Path | None = None) -> None:
        super().__init__(connection, path)
        self._db.execute("PRAGMA foreign_keys=ON")

    @classmethod
    def open_or_replace(cls, path: Path, now: datetime) -> OpenedStore:
        """Open; a damaged file is kept aside and a new one started."""
        return OpenedStore(*cls.open_or_stand_in(path, now))

    # Runs ------------------------------------------------------------------------------

    def save_run(self, checklist: Checklist, answers: Answers, completed_at: datetime) -> Run:
        """Store a finished run with its scores and prioritised fixes."""
        return self._write_run(None, checklist, answers, completed_at)

    def replace_run(
        self, run_id: int, checklist: Checklist, answers: Answers, completed_at: datetime
    ) -> Run:
        """Update a run (the user went Back and changed answers); ticks on kept fixes stay."""
        return self._write_run(run_id, checklist, answers, completed_at)

    def _write_run(
        self, run_id: int | None, checklist: Checklist, answers: Answers, at: datetime
    ) -> Run:
        answers = answers.relevant(checklist)
        scores = {s.area_id: s.score for s in area_scores(checklist, answers)}
        fixes = prioritised_fixes(checklist, answers)
        try:
            with self._transaction():
                ticks: dict[str, str | None] = {}
                if run_id is None:
                    cursor = self._db.execute(
                        "INSERT INTO runs (completed_at, checklist_version, answers, scores)"
                        " VALUES (?, ?, ?, ?)",
                        (
                            _utc(at),
                            checklist.schema_version,
                            json.dumps(answers.to_json()),
                            json.dumps(scores),
                        ),
                    )
                    new_id = cursor.lastrowid
                    assert new_id is not None
                    run_id = new_id
                else:
                    ticks = dict(
                        self._db.execute(
                            "SELECT item_id, done_at FROM fixes WHERE run_id = ?", (run_id,)
                        ).fetchall()
                    )
                    self._db.execute(
                        "UPDATE runs SET completed_at = ?, checklist_version = ?,"
                        " answers = ?, scores = ? WHERE id = ?",
                        (
                            _utc(at),
                            checklist.schema_version,
                            json.dumps(answers.to_json()),
                            json.dumps(scores),
                            run_id,
                        ),
                    )
                    self._db.execute("DELETE FROM fixes WHERE run_id = ?", (run_id,))
                self._db.executemany(
                    "INSERT INTO fixes (run_id, item_id, rank, action, done_at)"
                    " VALUES (?, ?, ?, ?, ?)",
                    [
                        (run_id, fix.item_id, rank, fix.action, ticks.get(fix.item_id))
                        for rank, fix in enumerate(fixes, start=1)
                    ],
                )
        except sqlite3.Error as error:
            raise ErgonomicsStoreError(
                f"could not save the checklist result ({error}); check that the disk has "
                "space and try again"
            ) from error
        run = self.run(run_id)
        assert run is not None
        return run

    def run(self, run_id: int) -> Run | None:
        row = self._db.execute(
            "SELECT id, completed_at, checklist_version, answers, scores FROM runs WHERE id = ?",
            (run_id,),
        ).fetchone()
        return None if row is None else self._load(row)

    def last_run(self) -> Run | None:
        runs = self.runs(limit=1)
        return runs[0] if runs else None

    def previous_run(self, run_id: int) -> Run | None:
        """The run saved before `run_id`, to say what changed since then."""
        row = self._db.execute(
            "SELECT id, completed_at, checklist_version, answers, scores FROM runs"
            " WHERE id < ? ORDER BY id DESC LIMIT 1",
            (run_id,),
        ).fetchone()
        return None if row is None else self._load(row)

    def runs(self, limit: int = 20) -> list[Run]:
        rows = self._db.execute(
            "SELECT id, completed_at, checklist_version, answers, scores FROM runs"
            " ORDER BY id DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return [self._load(row) for row in rows]

    def _load(self, row: tuple[int, str, int, str, str]) -> Run:
        run_id, completed, version, answers_text, scores_text = row
        fixes = tuple(
            StoredFix(item_id, rank, action, _parse(done))
            for item_id, rank, action, done in self._db.execute(
                "SELECT item_id, rank, action, done_at FROM fixes WHERE run_id = ? ORDER BY rank",
                (run_id,),
            ).fetchall()
        )
        completed_at = _parse(completed)
        assert completed_at is not None
        # A row rescued from a damaged file or edited by hand may hold anything: what
        # cannot be read counts as unanswered rather than breaking every window.
        try:
            raw_scores = json.loads(scores_text)
        except (TypeError, ValueError, RecursionError):
            raw_scores = {}
        scores = {
            str(key): (value if isinstance(value, int) else None)
            for key, value in (raw_scores.items() if isinstance(raw_scores, dict) else ())
        }
        try:
            raw_answers = json.loads(answers_text)
            answers = Answers.from_json(raw_answers if isinstance(raw_answers, dict) else {})
        except (TypeError, ValueError, RecursionError):
            answers = Answers.from_json({})
        return Run(run_id, completed_at, version, answers, scores, fixes)

    # Ticking off fixes -------------------------------------------------------------------

    def set_fix_done(self, run_id: int, item_id: str, done_at: datetime | None) -> None:
        """Tick a fix off (done_at set) or un-tick it (None)."""
        try:
            with self._transaction():
                self._db.execute(
                    "UPDATE fixes SET done_at = ? WHERE run_id = ? AND item_id = ?",
                    (None if done_at is None else _utc(done_at), run_id, item_id),
                )
        except sqlite3.Error as error:
            raise ErgonomicsStoreError(
                f"could not save the tick ({error}); check that the disk has space"
            ) from error

    # Re-check ---------------------------------------------------------------------------

    def note_moved_desks(self, at: datetime) -> None:
        """The user says they moved desks: the re-check becomes due at once."""
        try:
            with self._transaction():
                self._db.execute(
                    "INSERT INTO notes (key, value) VALUES (?, ?)"
                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (_MOVED_DESKS, _utc(at)),
                )
        except sqlite3.Error as error:
            raise ErgonomicsStoreError(f"could not save the note ({error})") from error

    def moved_desks_at(self) -> datetime | None:
        row = self._db.execute("SELECT value FROM notes WHERE key = ?", (_MOVED_DESKS,)).fetchone()
        return None if row is None else _parse(row[0])

    def recheck_due(self, days: int | None = None) -> datetime | None:
        """When the next check is due; None if the checklist was never completed."""
        last = self.last_run()
        if last is None:
            return None
        kwargs = {} if days is None else {"days": days}
        return recheck_due(
            last.completed_at, last.answers.moving_soon, self.moved_desks_at(), **kwargs
        )
