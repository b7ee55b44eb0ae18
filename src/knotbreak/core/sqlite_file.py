"""Opening knotbreak's SQLite files the same way everywhere.

Every database carries its schema version in `user_version`, runs in WAL mode (a writer
killed mid-write loses nothing committed), is never touched when a newer knotbreak wrote
it, and is set aside rather than deleted when it is damaged. `SqliteStore` is what the
stores (history, knot journal, workstation checks) share: opening, the in-memory stand-in,
setting a damaged file aside, transactions, emptying and closing.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import ClassVar, Self, TypeVar

from knotbreak.core.atomic_file import unique_name
from knotbreak.core.text import translatable

T = TypeVar("T")


class StoreError(Exception):
    """A database cannot be used; the message says what happened."""

    def __init__(
        self,
        message: str,
        *,
        newer_schema: bool = False,
        busy: bool = False,
        full: bool = False,
    ) -> None:
        super().__init__(message)
        self.newer_schema = newer_schema
        self.busy = busy
        """Another program holds the file's lock: the file itself is fine."""
        self.full = full
        """The disk is full, read-only or failing (or the user's quota is used up): the
        file may be fine and is left where it is."""


def _primary_code(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    # Extended codes (SQLITE_BUSY_SNAPSHOT, ...) keep the primary code in the low byte.
    return code & 0xFF if isinstance(code, int) else None


def is_damaged(error: sqlite3.Error) -> bool:
    """True when `error` says the file itself is damaged (not a lock, not a full disk)."""
    code = _primary_code(error)
    if code is not None:
        return code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
    return "malformed" in str(error) or "not a database" in str(error)


_UNREACHABLE = (
    sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY,
    sqlite3.SQLITE_PERM, sqlite3.SQLITE_NOMEM, sqlite3.SQLITE_FULL,
)


def is_unreachable(error: sqlite3.Error) -> bool:
    """True when the disk or the OS refused (full, read-only, I/O error, no memory): the
    file may be perfectly good and must never be set aside as damaged for it."""
    return _primary_code(error) in _UNREACHABLE


def is_full(error: sqlite3.Error) -> bool:
    """True when a write failed because the disk or the quota is full."""
    code = _primary_code(error)
    if code is not None:
        return code == sqlite3.SQLITE_FULL
    return "full" in str(error)


def is_busy(error: sqlite3.Error) -> bool:
    """True when `error` says another connection holds a lock (the file is not damaged)."""
    code = _primary_code(error)
    if code is not None:
        return code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
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
    if path.is_dir():
        # Set aside like a damaged file: the folder is kept, and breaks are saved again.
        raise error_type(f"{path} is a folder, not a {what}")
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
        if found:
            # A good header says nothing about the pages behind it: one bad page would
            # lose every later write with a misleading error. quick_check reads each page
            # once: about 10 ms for a year of history (3.3 MB), so it stays at open.
            verdict = db.execute("PRAGMA quick_check(1)").fetchone()[0]
            if verdict != "ok":
                db.close()
                detail = verdict.replace("*** in database main ***", "").strip()
                raise error_type(f"{path} is damaged ({detail.splitlines()[0]})")
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
        with contextlib.suppress(UnboundLocalError, sqlite3.Error):
            db.close()
        if is_full(error):
            raise error_type(f"the disk holding {path} is full ({error})", full=True) from error
        if is_unreachable(error):
            raise error_type(f"{path} cannot be opened ({error})", full=True) from error
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
        if error.full:
            # Not damage: the file (if any) is left as it is, and used again once there
            # is room.
            return in_memory(), (
                f"{error}. {not_saved} Free some disk space (or check the disk) and "
                "restart knotbreak to use it."
            )
        if error.busy:
            # A healthy file another program has locked: never set it aside as damaged.
            return in_memory(), (
                f"{error}. {not_saved} Close the other program and restart knotbreak "
                "to use it again."
            )
        try:
            aside = set_aside(path, now)
            store = open_file(path)
        except (OSError, StoreError) as second:
            return in_memory(), f"{error}; {second}. {not_saved}"
        return store, rescued_message(error, aside, rescue_rows(aside, path))


def set_aside(path: Path, now: datetime) -> Path:
    """Rename a damaged database (and its -wal/-shm) to a name no other file has.

    A rename needs no free space and cannot leave half a copy; the name carries the time
    and, when two files are set aside in the same second, a counter.
    """
    aside = unique_name(path, f"damaged-{now.strftime('%Y%m%d-%H%M%S')}")
    path.replace(aside)
    for suffix in ("-wal", "-shm"):
        sidecar = path.with_name(path.name + suffix)
        if sidecar.exists():
            sidecar.replace(aside.with_name(aside.name + suffix))
    return aside


def rescued_message(error: Exception, aside: Path, rescued: int) -> str:
    """What the user is told once: what was wrong, where the file is kept, what was saved."""
    if rescued:
        return translatable(
            "Store",
            "{problem}. The file was kept as {aside}; the %n record(s) that could still be "
            "read were copied into a new file, which is used from now on.",
            None,
            1,
        ).counted(rescued).format(problem=str(error), aside=str(aside))
    return translatable(
        "Store",
        "{problem}. The file was kept as {aside} and a new one started (nothing in it "
        "could be read).",
    ).format(problem=str(error), aside=str(aside))


def rescue_rows(aside: Path, path: Path) -> int:
    """Copy every row that can still be read from `aside` into the database at `path`.

    Only the tables and columns the new file has; each table is read in rowid order, and a
    damaged stretch of pages is stepped over (a seek past it usually still works), so one
    bad page costs the rows on it, not the file. The damaged file is opened read-only and
    never changed. Returns how many rows were copied; never raises.
    """
    try:
        old = _open_damaged(aside)
    except sqlite3.Error:
        return 0
    try:
        new = sqlite3.connect(path, timeout=5.0, isolation_level=None)
    except sqlite3.Error:
        old.close()
        return 0
    try:
        return copy_readable(old, new)
    finally:
        old.close()
        new.close()


def copy_readable(old: sqlite3.Connection, new: sqlite3.Connection) -> int:
    """Copy the readable rows of `old` into the same tables of `new` (see rescue_rows)."""
    copied = 0
    try:
        tables = [row[0] for row in new.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )]
        new.execute("BEGIN IMMEDIATE")
        for table in tables:
            columns = _shared_columns(old, new, table)
            if not columns:
                continue
            names = ", ".join(columns)
            marks = ", ".join("?" for _ in columns)
            for row in _readable_rows(old, table, names):
                # OR IGNORE: a row whose values a damaged page garbled fails the table's
                # checks and is left out rather than stopping the rescue.
                cursor = new.execute(
                    f"INSERT OR IGNORE INTO {table} ({names}) VALUES ({marks})", row
                )
                copied += max(cursor.rowcount, 0)
        new.execute("COMMIT")
    except sqlite3.Error:
        with contextlib.suppress(sqlite3.Error):
            new.execute("ROLLBACK")
        return 0
    return copied


def _open_damaged(aside: Path) -> sqlite3.Connection:
    uri = aside.absolute().as_uri()
    for mode in ("mode=ro", "immutable=1"):
        # immutable: a write-ahead log that cannot be read; the main file as it is.
        db = sqlite3.connect(f"{uri}?{mode}", uri=True, isolation_level=None)
        try:
            db.execute("SELECT name FROM sqlite_master").fetchall()
            return db
        except sqlite3.Error:
            db.close()
    return _open_cut_short(aside)


def _open_cut_short(aside: Path) -> sqlite3.Connection:
    """A file cut short (a copy that stopped, a full disk): its header still counts the
    lost pages and SQLite then refuses every page. An in-memory copy whose header lets
    SQLite count the pages from the size reads what is there; the file is not changed."""
    data = bytearray(aside.read_bytes())
    if len(data) < 100 or not data.startswith(b"SQLite format 3\x00"):
        raise sqlite3.DatabaseError(f"{aside} is not a SQLite database")
    data[18:20] = b"\x01\x01"  # not WAL: an in-memory copy has no log to read
    data[92:96] = (int.from_bytes(data[24:28], "big") ^ 1).to_bytes(4, "big")
    size = int.from_bytes(data[16:18], "big")
    size = 65536 if size == 1 else size
    if size >= 512:
        del data[len(data) - len(data) % size:]
    db = sqlite3.connect(":memory:", isolation_level=None)
    db.deserialize(bytes(data))
    db.execute("SELECT name FROM sqlite_master").fetchall()
    return db


def _shared_columns(old: sqlite3.Connection, new: sqlite3.Connection, table: str) -> list[str]:
    try:
        had = {row[1] for row in old.execute(f"PRAGMA table_info({table})")}
    except sqlite3.Error:
        return []
    return [row[1] for row in new.execute(f"PRAGMA table_info({table})") if row[1] in had]


_LARGEST_ROWID = 2**63 - 1


def _readable_rows(db: sqlite3.Connection, table: str, names: str) -> Iterator[tuple[object, ...]]:
    """Rows of `table` in rowid order, stepping over pages that cannot be read."""
    sql = f"SELECT rowid, {names} FROM {table} WHERE rowid > ? ORDER BY rowid"
    after = -_LARGEST_ROWID
    while True:
        try:
            for row in db.execute(sql, (after,)):
                after = row[0]
                yield row[1:]
            return
        except sqlite3.Error:
            pass
        resumed = _next_readable(db, table, after)
        if resumed is None:
            return
        after = resumed


def _next_readable(db: sqlite3.Connection, table: str, after: int) -> int | None:
    """A rowid to go on after, past the damage that follows `after`; None when none is left.

    Seeks ever further ahead (1, 2, 4, ... rowids) until a row can be read there, then
    narrows back down to the first such distance, so few readable rows are skipped.
    """
    probe = f"SELECT rowid FROM {table} WHERE rowid > ? ORDER BY rowid LIMIT 1"

    def readable(start: int) -> bool:
        try:
            return db.execute(probe, (start,)).fetchone() is not None
        except sqlite3.Error:
            return False

    step = 1
    while after + step < _LARGEST_ROWID and not readable(after + step):
        step *= 2
    if after + step >= _LARGEST_ROWID:
        return None
    low, high = step // 2, step
    while high - low > 1:
        middle = (low + high) // 2
        if readable(after + middle):
            high = middle
        else:
            low = middle
    return after + high


def roll_back(db: sqlite3.Connection) -> None:
    """Undo the open transaction, if SQLite has not already done so.

    A full disk, a damaged page or an I/O error makes SQLite roll back by itself; an
    explicit ROLLBACK then fails with "no transaction is active", which would hide the
    error that says what really happened.
    """
    if db.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            db.execute("ROLLBACK")


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
    # As it was afterwards: a store that always overwrites what it deletes keeps doing so.
    secure_delete_was = int(db.execute("PRAGMA secure_delete").fetchone()[0])
    db.execute("PRAGMA secure_delete=ON")
    try:
        db.execute("BEGIN IMMEDIATE")
        try:
            for table in tables:
                # Table names come from the stores' own constants, never from input.
                db.execute(f"DELETE FROM {table}")
        except BaseException:
            roll_back(db)
            raise
        db.execute("COMMIT")
    except sqlite3.Error as error:
        raise error_type(f"could not delete the stored data ({error})") from error
    finally:
        db.execute(f"PRAGMA secure_delete={secure_delete_was}")
    try:
        db.execute("VACUUM")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error:
        pass


def utc_text(moment: datetime) -> str:
    """How the stores keep a moment: UTC ISO-8601 text, so text order is time order."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


class SqliteStore:
    """A store in one SQLite file, or in memory when the file cannot be used this run.

    A subclass names its schema and the words it uses; opening, the in-memory stand-in,
    setting a damaged file aside (at open, or when a write finds a damaged page), a
    transaction, "Delete all data" and closing are the same for every store.
    """

    SCHEMA: ClassVar[str]
    """Idempotent (CREATE ... IF NOT EXISTS): running it again brings an older file up."""
    SCHEMA_VERSION: ClassVar[int]
    WHAT: ClassVar[str]
    """What the file is, in messages: "history database"."""
    ERROR: ClassVar[type[StoreError]] = StoreError
    NOT_SAVED: ClassVar[str]
    """Said when the file cannot be used this run: "History is not saved this time."."""
    TABLES: ClassVar[tuple[str, ...]]
    """Emptied by clear(), in this order (rows that others reference go first)."""

    def __init__(self, connection: sqlite3.Connection, path: Path | None = None) -> None:
        self._db = connection
        self._path = path
        """The file, so a page found damaged while writing can be set aside (None: memory)."""

    @classmethod
    def open(cls, path: Path) -> Self:
        """Open or create; raises ERROR if the file is not a usable database."""
        return cls(
            connect_versioned(path, cls.SCHEMA, cls.SCHEMA_VERSION, cls.WHAT, cls.ERROR), path
        )

    @classmethod
    def in_memory(cls) -> Self:
        return cls(connect_in_memory(cls.SCHEMA))

    @classmethod
    def open_or_stand_in(cls, path: Path, now: datetime) -> tuple[Self, str | None]:
        """Open the store; a damaged file is kept aside and a new one started (see
        open_or_set_aside()). Returns the store and a sentence for the user, or None."""
        return open_or_set_aside(path, now, cls.open, cls.in_memory, cls.NOT_SAVED)

    def clear(self) -> None:
        """Delete every row; the store stays open and usable. For "Delete all data".

        Raises ERROR if the disk refuses.
        """
        delete_all_rows(self._db, self.TABLES, self.ERROR)

    def close(self) -> None:
        self._db.close()

    def _reopen_rescued(self, error: sqlite3.Error, now: datetime) -> str:
        """A write found the file damaged: set it aside and go on in a new file holding
        every row that could still be read. Returns what to tell the user; raises OSError
        or ERROR (the old connection is closed then) when no new file can be made."""
        assert self._path is not None
        problem = self.ERROR(f"{self._path} is damaged ({error})")
        with contextlib.suppress(sqlite3.Error):
            self._db.close()
        aside = set_aside(self._path, now)
        fresh = type(self).open(self._path)
        rescued = rescue_rows(aside, self._path)
        self._db = fresh._db
        return rescued_message(problem, aside, rescued)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            roll_back(self._db)
            raise
        self._db.execute("COMMIT")
