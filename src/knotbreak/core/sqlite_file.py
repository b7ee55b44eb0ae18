"""Opening knotbreak's SQLite files the same way everywhere.

Every database carries its schema version in `user_version`, runs in WAL mode (a writer
killed mid-write loses nothing committed), is never touched when a newer knotbreak wrote
it, and is set aside rather than deleted when it is damaged.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


class StoreError(Exception):
    """A database cannot be used; the message says what happened."""

    def __init__(self, message: str, *, newer_schema: bool = False, busy: bool = False) -> None:
        super().__init__(message)
        self.newer_schema = newer_schema
        self.busy = busy
        """Another program holds the file's lock: the file itself is fine."""


def is_busy(error: sqlite3.Error) -> bool:
    """True when `error` says another connection holds a lock (the file is not damaged)."""
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        # Extended codes (SQLITE_BUSY_SNAPSHOT, ...) keep the primary code in the low byte.
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return "locked" in str(error) or "busy" in str(error)


def connect_versioned(
    path: Path,
    schema_sql: str,
    version: int,
    what: str,
    error_type: type[StoreError] = StoreError,
) -> sqlite3.Connection:
    """Open or create `path` at schema `version`; raises `error_type` if it is unusable.

    `schema_sql` must be idempotent (CREATE ... IF NOT EXISTS): running it again is how an
    older file is brought up to date.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise error_type(f"the folder {path.parent} could not be created ({error})") from error
    try:
        db = sqlite3.connect(path, timeout=5.0, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        found = db.execute("PRAGMA user_version").fetchone()[0]
        if found > version:
            db.close()
            raise error_type(
                f"{path} was written by a newer knotbreak (schema {found}); "
                f"this version understands {version}",
                newer_schema=True,
            )
        db.executescript(schema_sql)
        if found != version:
            # The only write when the file is current: skipped, a file another program
            # is writing to opens at once (WAL lets us read meanwhile).
            db.execute(f"PRAGMA user_version={version}")
    except sqlite3.DatabaseError as error:
        if is_busy(error):
            raise error_type(
                f"{path} is in use by another program ({error})", busy=True
            ) from error
        raise error_type(f"{path} is not a usable {what} ({error})") from error
    return db


def connect_in_memory(schema_sql: str) -> sqlite3.Connection:
    db = sqlite3.connect(":memory:", isolation_level=None)
    db.executescript(schema_sql)
    return db


def open_or_set_aside(
    path: Path,
    now: datetime,
    open_file: Callable[[Path], T],
    in_memory: Callable[[], T],
    not_saved: str,
) -> tuple[T, str | None]:
    """Open `path`; if it is damaged, keep it aside and start a new one.

    Returns the store and a sentence for the user when something went wrong. A file from
    a newer knotbreak is left where it is and this run keeps its data in memory only.
    """
    try:
        return open_file(path), None
    except StoreError as error:
        if error.newer_schema:
            return in_memory(), f"{error}. {not_saved}"
        if error.busy:
            # A healthy file another program has locked: never set it aside as damaged.
            return in_memory(), (
                f"{error}. {not_saved} Close the other program and restart knotbreak "
                "to use it again."
            )
        aside = path.with_name(f"{path.name}.damaged-{now.strftime('%Y%m%d-%H%M%S')}")
        try:
            path.replace(aside)
            for suffix in ("-wal", "-shm"):
                sidecar = path.with_name(path.name + suffix)
                if sidecar.exists():
                    sidecar.replace(aside.with_name(aside.name + suffix))
            return open_file(path), f"{error}. It was kept as {aside} and a new one started."
        except (OSError, StoreError) as second:
            return in_memory(), f"{error}; {second}. {not_saved}"


def delete_all_rows(
    db: sqlite3.Connection, tables: tuple[str, ...], error_type: type[StoreError] = StoreError
) -> None:
    """Empty `tables` in one transaction, then squeeze the deleted rows out of the file.

    Used by "Delete all data": the connection stays open (the running app keeps using the
    store), and the file is never unlinked under it. DELETE alone leaves the old rows in
    free pages and in the WAL; VACUUM rewrites the file without them and the TRUNCATE
    checkpoint empties the WAL. Those two need no other reader in the middle of a
    transaction; if one is, the rows are still gone for every reader, and secure_delete
    has already overwritten them in the file's pages, so that step failing is not an error.
    """
    db.execute("PRAGMA secure_delete=ON")
    try:
        db.execute("BEGIN IMMEDIATE")
        try:
            for table in tables:
                # Table names come from the stores' own constants, never from input.
                db.execute(f"DELETE FROM {table}")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
    except sqlite3.Error as error:
        raise error_type(f"could not delete the stored data ({error})") from error
    finally:
        db.execute("PRAGMA secure_delete=OFF")
    try:
        db.execute("VACUUM")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error:
        pass


def utc_text(moment: datetime) -> str:
    """How the stores keep a moment: UTC ISO-8601 text, so text order is time order."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")
