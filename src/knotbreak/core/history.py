"""Break history in SQLite: one row per break outcome, times stored as UTC ISO-8601 text."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from knotbreak.core.cycle import BreakRecord, MicroRecord, Outcome
from knotbreak.core.sqlite_file import (
    SqliteStore,
    StoreError,
    connect_in_memory,
    copy_readable,
    is_busy,
    is_damaged,
    is_full,
    is_unreachable,
    utc_text,
)

SCHEMA_VERSION = 3
WRITE_WAIT_MS = 250
MAX_WAITING = 10_000
"""Breaks kept in memory for a full disk or a lock: weeks of breaks, well under 2 MB."""
HISTORY_FILE_NAME = "history.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS breaks (
    id INTEGER PRIMARY KEY,
    due_at TEXT NOT NULL,
    started_at TEXT,
    ended_at TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('completed', 'skipped', 'snoozed', 'natural'))
);
CREATE INDEX IF NOT EXISTS breaks_by_due ON breaks (due_at);
CREATE TABLE IF NOT EXISTS stretches_done (
    id INTEGER PRIMARY KEY,
    stretch_id TEXT NOT NULL,
    done_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS stretches_by_time ON stretches_done (done_at);
CREATE TABLE IF NOT EXISTS micro_breaks (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    ended_at TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('completed', 'skipped', 'snoozed')),
    task TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS micro_breaks_by_start ON micro_breaks (started_at);
"""
# Version 1 had only `breaks`, version 2 added `stretches_done`, version 3 `micro_breaks`;
# the script above adds what is missing and leaves existing rows alone, so upgrading is
# running it again. Later versions add their steps here.


class HistoryError(StoreError):
    """The history database cannot be used; the message says what happened."""


@dataclass(frozen=True)
class OpenedHistory:
    history: BreakHistory
    problem: str | None = None
    """Set when the file was unusable and moved aside; a fresh database was started."""


def _parse(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def _due_range(start: datetime | None, end: datetime | None) -> tuple[str, list[str]]:
    """A WHERE clause for due times in [start, end); stored UTC text sorts as time does."""
    clauses, values = [], []
    if start is not None:
        clauses.append("due_at >= ?")
        values.append(utc_text(start))
    if end is not None:
        clauses.append("due_at < ?")
        values.append(utc_text(end))
    return (f"WHERE {' AND '.join(clauses)}" if clauses else ""), values


def _records(rows: list[tuple[str, str | None, str, str]]) -> list[BreakRecord]:
    """Rows as records; a row no knotbreak wrote (edited by hand, or garbled in a page
    rescued from a damaged file) is left out rather than breaking every reader."""
    parse = datetime.fromisoformat
    records = []
    for due, started, ended, outcome in rows:
        try:
            record = BreakRecord(
                parse(due),
                None if started is None else parse(started),
                parse(ended),
                Outcome(outcome),
            )
        except (TypeError, ValueError):
            continue
        if record.due_at.tzinfo is None or record.ended_at.tzinfo is None:
            continue  # comparing a naive time with the others would raise
        records.append(record)
    return records


class BreakHistory(SqliteStore):
    SCHEMA = _SCHEMA
    SCHEMA_VERSION = SCHEMA_VERSION
    WHAT = "history database"
    ERROR = HistoryError
    NOT_SAVED = "History is not saved this time."
    TABLES = ("breaks", "stretches_done", "micro_breaks")

    def __init__(self, connection: sqlite3.Connection, path: Path | None = None) -> None:
        super().__init__(connection, path)
        self._waiting: list[tuple[str, str | None, str, str]] = []
        """Rows recorded while another program held the file's lock or the disk was full,
        not yet written."""
        self._waiting_micro: list[tuple[str, str, str, str]] = []
        self._told_full = False
        self.read_problem: str | None = None
        """open_read_only: the file is damaged and only the rows that could be read are here."""

    @classmethod
    def open(cls, path: Path) -> BreakHistory:
        """Open or create; raises HistoryError if the file is not a usable database."""
        history = super().open(path)
        # Writes run on the app's event loop: while another program holds the lock, wait a
        # moment, not sqlite's 5 s (a frozen window, a command line timing out); record()
        # keeps the row and writes it later.
        history._db.execute(f"PRAGMA busy_timeout={WRITE_WAIT_MS}")
        return history

    @classmethod
    def open_or_replace(cls, path: Path, now: datetime) -> OpenedHistory:
        """Open the history; if the file is damaged, keep it aside and start a new one."""
        return OpenedHistory(*cls.open_or_stand_in(path, now))

    @classmethod
    def open_read_only(cls, path: Path) -> BreakHistory:
        """Open for reading only, never creating or changing the file.

        For `knotbreak stats`, which may run beside the app: WAL lets it read while the
        app writes. A missing file is an empty history (nothing was recorded yet); an
        unusable or newer file raises HistoryError.
        """
        if not path.exists():
            return cls.in_memory()
        try:
            db = sqlite3.connect(
                f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=5.0,
                isolation_level=None,
            )
        except sqlite3.Error as error:
            raise HistoryError(f"{path} could not be opened ({error})") from error
        try:
            found = db.execute("PRAGMA user_version").fetchone()[0]
            if found <= SCHEMA_VERSION:
                db.execute("SELECT due_at, started_at, ended_at, outcome FROM breaks LIMIT 1")
                try:
                    verdict = db.execute("PRAGMA quick_check(1)").fetchone()[0]
                except sqlite3.DatabaseError as error:
                    if not is_damaged(error):
                        raise
                    verdict = str(error)
                if verdict == "ok":
                    return cls(db)
                # Damaged: read what can be read. Setting the file aside is the app's job
                # (it may be running and writing to it right now).
                history = cls.in_memory()
                rescued = copy_readable(db, history._db)
                db.close()
                history.read_problem = (
                    f"{path} is damaged; showing the {rescued} record(s) that could be read. "
                    "Start knotbreak to set the file aside and continue in a repaired copy."
                )
                return history
            problem = HistoryError(
                f"{path} was written by a newer knotbreak (schema {found}); "
                f"this version understands {SCHEMA_VERSION}",
                newer_schema=True,
            )
        except sqlite3.Error as error:
            problem = HistoryError(f"{path} is not a usable history database ({error})")
        db.close()
        raise problem

    def record(self, entry: BreakRecord) -> str | None:
        """Store one outcome; returns a sentence to tell the user, once, when it matters.

        While another program holds the file's lock (past the connection's busy timeout),
        or the disk is full, the row waits in memory and is written with the next one or
        at close(): nothing recorded is lost while knotbreak runs. A full disk is said
        once (until a write succeeds again); a lock is not a failure the user has to act
        on. A file found damaged now is set aside, what can be read is rescued into a new
        one and the row written there. Raises HistoryError when the row cannot be kept.
        """
        self._waiting.append(
            (
                utc_text(entry.due_at),
                None if entry.started_at is None else utc_text(entry.started_at),
                utc_text(entry.ended_at),
                entry.outcome.value,
            )
        )
        if len(self._waiting) > MAX_WAITING:
            del self._waiting[0]
        try:
            self._write_waiting()
        except sqlite3.Error as error:
            if is_busy(error):
                return None
            if is_unreachable(error) and self._path is not None:
                # The disk refused (full, failing): the file is fine, the row waits.
                return self._say_full(error)
            if is_damaged(error) and self._path is not None:
                return self._replace_damaged(error, entry.ended_at)
            self._waiting.pop()
            raise HistoryError(f"could not save a break to the history ({error})") from error
        self._told_full = False
        return None

    def _say_full(self, error: sqlite3.Error) -> str | None:
        if self._told_full:
            return None
        self._told_full = True
        if not is_full(error):
            return (
                f"The break could not be written to the history ({error}). knotbreak keeps "
                "it, and any later ones, in memory and tries again with each break and at "
                "quit. Quitting knotbreak before then loses them."
            )
        return (
            f"The disk is full, so the break could not be written to the history ({error}). "
            "knotbreak keeps it, and any later ones, in memory and writes them as soon as "
            "there is room: free some disk space. Quitting knotbreak before then loses them."
        )

    def _replace_damaged(self, error: sqlite3.Error, now: datetime) -> str:
        """A write found a damaged page: set the file aside, rescue, write what waits."""
        path = self._path
        try:
            said = self._reopen_rescued(error, now)
        except (OSError, HistoryError) as second:
            self._db = connect_in_memory(_SCHEMA)
            self._path = None
            self._write_waiting()
            return (
                f"{path} is damaged ({error}); {second}. Breaks are kept in memory only "
                "until knotbreak restarts."
            )
        try:
            self._write_waiting()
        except sqlite3.Error as third:
            raise HistoryError(f"could not save a break to the history ({third})") from third
        return said

    def retry_waiting(self) -> None:
        """Try once more to write what waits; never waits for a lock (the app's heartbeat
        calls this every minute, so breaks kept for a full disk are saved soon after
        there is room, not only with the next break)."""
        if not self._waiting and not self._waiting_micro:
            return
        try:
            self._db.execute("PRAGMA busy_timeout=0")
            try:
                if self._waiting:
                    self._write_waiting()
                if self._waiting_micro:
                    self._write_waiting_micro()
                self._told_full = False
            finally:
                self._db.execute(f"PRAGMA busy_timeout={WRITE_WAIT_MS}")
        except sqlite3.Error:
            pass  # still full or locked: the next break or heartbeat tries again

    @property
    def waiting(self) -> int:
        """How many recorded breaks wait for another program to release the file."""
        return len(self._waiting)

    def _write_waiting(self) -> None:
        with self._transaction():
            self._db.executemany(
                "INSERT INTO breaks (due_at, started_at, ended_at, outcome)"
                " VALUES (?, ?, ?, ?)",
                self._waiting,
            )
        self._waiting.clear()

    def record_micro(self, entry: MicroRecord) -> None:
        """Store one micro-break outcome; raises HistoryError if the disk refuses.

        While another program holds the lock, or the disk is full, it waits in memory like
        a break does, and is written with the next write, the heartbeat's retry or at close().
        """
        self._waiting_micro.append(
            (utc_text(entry.started_at), utc_text(entry.ended_at), entry.outcome.value,
             entry.task)
        )
        try:
            self._write_waiting_micro()
        except sqlite3.Error as error:
            if is_busy(error) or (is_unreachable(error) and self._path is not None):
                return
            self._waiting_micro.pop()
            raise HistoryError(f"could not save a micro-break to the history ({error})") from error

    def _write_waiting_micro(self) -> None:
        with self._transaction():
            self._db.executemany(
                "INSERT INTO micro_breaks (started_at, ended_at, outcome, task)"
                " VALUES (?, ?, ?, ?)",
                self._waiting_micro,
            )
        self._waiting_micro.clear()

    def micro_rows_between(
        self, start: datetime | None = None, end: datetime | None = None
    ) -> list[MicroRecord]:
        """Micro-breaks that started at or after `start` and before `end`, oldest first.

        A file from before micro-breaks (opened read-only, so not upgraded) has none.
        """
        clauses, values = [], []
        if start is not None:
            clauses.append("started_at >= ?")
            values.append(utc_text(start))
        if end is not None:
            clauses.append("started_at < ?")
            values.append(utc_text(end))
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        try:
            rows = self._db.execute(
                "SELECT started_at, ended_at, outcome, task FROM micro_breaks"
                f" {where} ORDER BY started_at, id",
                values,
            ).fetchall()
        except sqlite3.OperationalError as error:
            if "no such table" in str(error):
                return []
            raise HistoryError(f"could not read the micro-break history ({error})") from error
        except sqlite3.Error as error:
            raise HistoryError(f"could not read the micro-break history ({error})") from error
        parse = datetime.fromisoformat
        return [
            MicroRecord(parse(started), parse(ended), Outcome(outcome), task)
            for started, ended, outcome, task in rows
        ]

    def record_stretches(self, stretch_ids: Iterable[str], done_at: datetime) -> None:
        """Note the stretches of a break, so routines can vary them through the day."""
        rows = [(stretch_id, utc_text(done_at)) for stretch_id in stretch_ids]
        if not rows:
            return
        try:
            with self._transaction():
                self._db.executemany(
                    "INSERT INTO stretches_done (stretch_id, done_at) VALUES (?, ?)", rows
                )
        except sqlite3.Error as error:
            raise HistoryError(f"could not save the stretches done ({error})") from error

    def stretches_since(self, since: datetime) -> dict[str, datetime]:
        """Each stretch done at or after `since`, with the last time it was done."""
        rows = self._db.execute(
            "SELECT stretch_id, MAX(done_at) FROM stretches_done WHERE done_at >= ?"
            " GROUP BY stretch_id",
            (utc_text(since),),
        ).fetchall()
        found = {}
        for stretch_id, done in rows:
            try:
                moment = datetime.fromisoformat(done)
            except (TypeError, ValueError):
                continue  # a garbled row: see _records
            if moment.tzinfo is not None:
                found[stretch_id] = moment
        return found

    def recent(self, limit: int = 50) -> list[BreakRecord]:
        rows = self._db.execute(
            "SELECT due_at, started_at, ended_at, outcome FROM breaks"
            " ORDER BY id DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return _records(rows)

    def record_many(self, entries: Iterable[BreakRecord]) -> None:
        """Store many outcomes in one transaction (imports, generated test history)."""
        rows = [
            (
                utc_text(entry.due_at),
                None if entry.started_at is None else utc_text(entry.started_at),
                utc_text(entry.ended_at),
                entry.outcome.value,
            )
            for entry in entries
        ]
        try:
            with self._transaction():
                self._db.executemany(
                    "INSERT INTO breaks (due_at, started_at, ended_at, outcome)"
                    " VALUES (?, ?, ?, ?)",
                    rows,
                )
        except sqlite3.Error as error:
            raise HistoryError(f"could not save breaks to the history ({error})") from error

    def rows_between(
        self, start: datetime | None = None, end: datetime | None = None
    ) -> list[BreakRecord]:
        """Rows first due at or after `start` and before `end` (None: no bound).

        Ordered by due time, then in the order they were recorded, so the rows of one
        break (its snoozes, then its outcome) come together and in sequence. The bounds are
        a range scan of the `breaks_by_due` index: stored times are UTC text in one
        format, so text order is time order.
        """
        where, values = _due_range(start, end)
        try:
            rows = self._db.execute(
                "SELECT due_at, started_at, ended_at, outcome FROM breaks"
                f" {where} ORDER BY due_at, id",
                values,
            ).fetchall()
        except sqlite3.Error as error:
            raise HistoryError(f"could not read the break history ({error})") from error
        return _records(rows)

    def first_due(self) -> datetime | None:
        """When the oldest break in the history was due; None for an empty history."""
        try:
            row = self._db.execute("SELECT MIN(due_at) FROM breaks").fetchone()
        except sqlite3.Error as error:
            raise HistoryError(f"could not read the break history ({error})") from error
        try:
            return _parse(row[0])
        except (TypeError, ValueError):
            first = self.rows_between()  # a garbled row sorts first: skip it
            return first[0].due_at if first else None

    def close(self) -> int:  # type: ignore[override]  # says what could not be saved
        """Write what still waits for a lock, then close; returns the rows it could not save."""
        if self._waiting:
            # The last chance for them: worth a longer wait than on the event loop.
            with contextlib.suppress(sqlite3.Error):  # what is left is counted below
                self._db.execute("PRAGMA busy_timeout=5000")
                self._write_waiting()
        if self._waiting_micro:
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("PRAGMA busy_timeout=5000")
                self._write_waiting_micro()
        lost = len(self._waiting) + len(self._waiting_micro)
        self._waiting.clear()
        self._waiting_micro.clear()
        self._db.close()
        return lost
