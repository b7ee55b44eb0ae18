"""The knot journal in SQLite (`journal.sqlite3` in the data folder).

Same conventions as core/history.py: WAL journal and a busy timeout (the command line
may log while the app reads), schema version in PRAGMA user_version, times stored as UTC
ISO-8601 text so that text order is time order, a damaged file set aside.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from knotbreak.core.journal.entries import (
    JournalEntry,
    check_area,
    check_intensity,
    check_note,
)
from knotbreak.core.sqlite_file import SqliteStore, StoreError, is_damaged, utc_text

SCHEMA_VERSION = 1
JOURNAL_FILE_NAME = "journal.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    id INTEGER PRIMARY KEY,
    logged_at TEXT NOT NULL,
    area TEXT NOT NULL,
    intensity INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 10),
    note TEXT CHECK (note IS NULL OR length(note) <= 500)
);
CREATE INDEX IF NOT EXISTS entries_by_time ON entries (logged_at);
"""


class JournalError(StoreError):
    """The journal database cannot be used; the message says what happened."""


@dataclass(frozen=True)
class OpenedJournal:
    journal: JournalStore
    problem: str | None = None
    """Set when the file was unusable and moved aside; a fresh journal was started."""


def journal_path(data_dir: Path) -> Path:
    return data_dir / JOURNAL_FILE_NAME


class JournalStore(SqliteStore):
    SCHEMA = _SCHEMA
    SCHEMA_VERSION = SCHEMA_VERSION
    WHAT = "knot journal"
    ERROR = JournalError
    NOT_SAVED = "Knots you log are not saved this time."
    TABLES = ("entries",)

    def __init__(self, connection: sqlite3.Connection, path: Path | None = None) -> None:
        super().__init__(connection, path)
        self.problem: str | None = None
        """Set when a write found the file damaged and it was replaced (say it once)."""
        # "Delete all data" should mean it: deleted rows are overwritten, not just unlinked.
        self._db.execute("PRAGMA secure_delete=ON")

    @classmethod
    def open_or_replace(cls, path: Path, now: datetime) -> OpenedJournal:
        """Open the journal; if the file is damaged, keep it aside and start a new one."""
        return OpenedJournal(*cls.open_or_stand_in(path, now))

    def log(
        self, area: str, intensity: object, note: str | None, logged_at: datetime
    ) -> JournalEntry:
        """Validate and store one entry.

        Raises JournalInputError (message for the user) for bad input, JournalError when
        the disk refuses the write.
        """
        entry = JournalEntry(
            logged_at.astimezone(UTC),
            check_area(area),
            check_intensity(intensity),
            check_note(note),
        )
        row = (utc_text(entry.logged_at), entry.area, entry.intensity, entry.note)
        insert = "INSERT INTO entries (logged_at, area, intensity, note) VALUES (?, ?, ?, ?)"
        try:
            try:
                with self._transaction():
                    cursor = self._db.execute(insert, row)
            except sqlite3.DatabaseError as error:
                if not (is_damaged(error) and self._replace_damaged(error, logged_at)):
                    raise
                # The failed insert was rolled back with the damaged file: write it once,
                # into the repaired one, so a retry never makes a duplicate.
                with self._transaction():
                    cursor = self._db.execute(insert, row)
        except sqlite3.Error as error:
            raise JournalError(f"could not save the entry to the knot journal ({error})") from error
        return JournalEntry(entry.logged_at, entry.area, entry.intensity, entry.note,
                            cursor.lastrowid)

    def entries_since(self, since: datetime) -> list[JournalEntry]:
        """Entries logged at or after `since`, oldest first."""
        return self._select(
            "SELECT id, logged_at, area, intensity, note FROM entries WHERE logged_at >= ?"
            " ORDER BY logged_at, id",
            (utc_text(since),),
        )

    def recent(self, limit: int = 20) -> list[JournalEntry]:
        """The last `limit` entries, newest first."""
        return self._select(
            "SELECT id, logged_at, area, intensity, note FROM entries"
            " ORDER BY logged_at DESC, id DESC LIMIT ?",
            (limit,),
        )

    def count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM entries").fetchone()[0])

    def _replace_damaged(self, error: sqlite3.Error, now: datetime) -> bool:
        """Set the damaged file aside and go on in a new one holding what could be read."""
        if self._path is None:
            return False
        try:
            self.problem = self._reopen_rescued(error, now)
        except (OSError, sqlite3.Error, JournalError):
            return False
        return True

    def _select(self, sql: str, parameters: tuple[object, ...]) -> list[JournalEntry]:
        try:
            rows = self._db.execute(sql, parameters).fetchall()
        except sqlite3.Error as error:
            raise JournalError(f"could not read the knot journal ({error})") from error
        entries = []
        for row_id, logged, area, intensity, note in rows:
            try:
                moment = datetime.fromisoformat(logged)
                entries.append(JournalEntry(moment, area, int(intensity), note, row_id))
            except (TypeError, ValueError):
                continue  # garbled (hand-edited, or rescued from a damaged page): left out
        return entries
