"""Delete all data, while the app keeps running.

The running app holds some databases open (the break history, the journal). Unlinking an
open SQLite file would leave the app writing into a file nobody can see any more, and on
Windows it fails outright. So every store empties itself in place (`clear()`), through the
list of `Clearable`s the composition root builds: it is the one place that knows which
stores exist and which connections are open. Stores nobody holds open are opened, cleared
and closed; leftover copies (damaged databases, invalid settings files) are plain files
and are removed; the log is emptied.

Settings, the user's own stretches, a pause they set (pause.json) and the note that the
welcome was shown (first-run.json) are kept: they are choices, not records.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from knotbreak.paths import AppPaths

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Clearable:
    what: str
    """What the confirmation lists, e.g. "Break history (history.sqlite3)"."""
    clear: Callable[[], None]
    """Empties the store; raises an exception whose message says what went wrong."""


class _ClosableStore(Protocol):
    def clear(self) -> None: ...
    def close(self) -> None: ...


def closed_store(open_store: Callable[[Path], _ClosableStore], path: Path) -> Callable[[], None]:
    """A clear() for a store the app does not keep open: open it, clear it, close it.

    A missing file has nothing to delete, and is not created.
    """

    def clear() -> None:
        if not path.exists():
            return
        store = open_store(path)
        try:
            store.clear()
        finally:
            store.close()

    return clear


def leftover_copies(paths: AppPaths) -> list[Path]:
    """Copies knotbreak set aside (damaged databases and their -wal/-shm, files it could not
    use), and half-written temporary files an interrupted save left behind."""
    found: list[Path] = []
    for folder in (paths.data_dir, paths.config_dir):
        for pattern in ("*.damaged-*", "*.invalid-*", ".*.tmp"):
            try:
                found += sorted(path for path in folder.glob(pattern) if path.is_file())
            except OSError:
                continue
    return found


def clear_log(log_file: Path) -> Callable[[], None]:
    """A clear() for the log: it names every break's start and end, so it goes too.

    The running app's log handler keeps the file open (appending), so it is emptied in
    place rather than removed; the rotated copies (knotbreak.log.1, .2) are removed.
    """

    def clear() -> None:
        try:
            with log_file.open("r+b") as handle:
                handle.truncate(0)
        except FileNotFoundError:
            pass
        remove_files(lambda: sorted(log_file.parent.glob(f"{log_file.name}.*")))()

    return clear


def remove_files(files: Callable[[], Iterable[Path]]) -> Callable[[], None]:
    """A clear() that deletes the files `files()` names at the moment it runs."""

    def clear() -> None:
        failures = []
        for path in files():
            try:
                path.unlink(missing_ok=True)
            except OSError as error:
                failures.append(f"{path} ({error.strerror or error})")
        if failures:
            raise OSError(f"could not remove {', '.join(failures)}")

    return clear


def delete_all(clearables: Sequence[Clearable]) -> list[str]:
    """Clear every store; one failing does not stop the others.

    Returns one line per store that could not be cleared (empty when all went well).
    """
    problems: list[str] = []
    for item in clearables:
        try:
            item.clear()
        except Exception as error:  # any store's failure is reported, never fatal
            log.error("could not delete %s: %s", item.what, error)
            problems.append(f"{item.what}: {error}")
        else:
            log.info("deleted %s", item.what)
    return problems
