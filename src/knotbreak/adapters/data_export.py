"""Export all data: one .zip holding every file knotbreak keeps about its user.

Databases are copied with SQLite's backup API, so the copy is consistent even while the
running app writes to the original, and each copy is a single self-contained file (no
-wal beside it). The zip is written to a temporary file next to the target and renamed
into place, so a full disk never leaves a half-written archive under the chosen name.

No Qt here: the settings dialog calls it, and so could a command.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from knotbreak.paths import AppPaths

README_NAME = "README.txt"


class ExportError(Exception):
    """The export could not be written; the message says what happened and what to do."""


@dataclass(frozen=True)
class ExportSource:
    path: Path
    name: str
    """The name inside the zip: config/<file> or data/<file>."""
    is_database: bool


@dataclass(frozen=True)
class ExportResult:
    path: Path
    names: tuple[str, ...]
    """Every file inside the zip, README.txt included."""
    skipped: tuple[str, ...] = ()
    """Files that could not be read, each with the reason; the rest were exported."""


def export_sources(paths: AppPaths) -> list[ExportSource]:
    """What an export holds: JSON files in the config folder, databases and JSON files in
    the data folder. Backups of damaged files, logs and the lock file are left out."""
    sources: list[ExportSource] = []
    for folder, prefix, patterns in (
        (paths.config_dir, "config", ("*.json",)),
        (paths.data_dir, "data", ("*.sqlite3", "*.json")),
    ):
        for pattern in patterns:
            for path in sorted(_glob(folder, pattern)):
                if path.is_file():
                    sources.append(
                        ExportSource(path, f"{prefix}/{path.name}", path.suffix == ".sqlite3")
                    )
    return sources


def _glob(folder: Path, pattern: str) -> list[Path]:
    try:
        return list(folder.glob(pattern))
    except OSError:
        return []


def suggested_file_name(now: datetime) -> str:
    return f"knotbreak-data-{now.strftime('%Y-%m-%d')}.zip"


def export_all_data(
    paths: AppPaths, out: Path, now: datetime, version: str
) -> ExportResult:
    """Write every data file to the zip `out`; raises ExportError if it cannot be written.

    A file that cannot be read is skipped and named in the result (one unreadable file
    should not cost the user the rest of their data).
    """
    sources = export_sources(paths)
    out = out.expanduser()
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, partial_name = tempfile.mkstemp(
            prefix=f".{out.name}.", suffix=".partial", dir=out.parent
        )
    except OSError as error:
        raise ExportError(
            f"The folder {out.parent} cannot be written to ({error.strerror or error}). "
            "Choose another folder."
        ) from error
    partial = Path(partial_name)
    names: list[str] = []
    skipped: list[str] = []
    try:
        with os.fdopen(fd, "wb") as handle:
            with (
                tempfile.TemporaryDirectory(prefix="knotbreak-export-") as scratch,
                zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive,
            ):
                for source in sources:
                    # Reading and writing fail apart: an unreadable file is skipped, but a
                    # failed write (disk full) fails the whole export.
                    try:
                        info, data = _read_source(source, Path(scratch))
                    except (OSError, sqlite3.Error) as error:
                        skipped.append(f"{source.name}: {error}")
                        continue
                    archive.writestr(info, data)
                    names.append(source.name)
                archive.writestr(README_NAME, readme_text(names, skipped, now, version))
                names.insert(0, README_NAME)
            # Only after the zip's directory is written: the rename must not publish a
            # file whose end is still in the page cache.
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, out)
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise ExportError(
            f"The export could not be written to {out} ({error.strerror or error}). "
            "Check that the disk has space, or choose another folder."
        ) from error
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    return ExportResult(out, tuple(names), tuple(skipped))


def _read_source(source: ExportSource, scratch: Path) -> tuple[zipfile.ZipInfo, bytes]:
    path = source.path
    if source.is_database:
        path = scratch / source.path.name
        _consistent_copy(source.path, path)
    info = zipfile.ZipInfo.from_file(source.path, source.name)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info, path.read_bytes()


def _consistent_copy(database: Path, copy: Path) -> None:
    # Read-only: an export must never change, create or upgrade the user's database.
    source = sqlite3.connect(f"{database.absolute().as_uri()}?mode=ro", uri=True, timeout=5.0)
    try:
        target = sqlite3.connect(copy)
        try:
            source.backup(target)
            # The copy inherits WAL mode; a rollback journal keeps it a single file.
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
    finally:
        source.close()


_DESCRIPTIONS = {
    "config/settings.json": "your settings (docs/settings.md explains every key)",
    "config/custom-stretches.json": "stretches you added to the catalog",
    "data/history.sqlite3": "break history: every break and its outcome, and the stretches done",
    "data/ergonomics.sqlite3": "workstation checks: answers, scores and the fixes you ticked off",
    "data/journal.sqlite3": "knot journal: where it hurt, how much, and your notes",
    "data/first-run.json": "notes that the first-run welcome was shown",
}


def readme_text(
    names: Sequence[str], skipped: Sequence[str], now: datetime, version: str
) -> str:
    lines = [
        "knotbreak data export",
        "=====================",
        "",
        f"Exported {now.strftime('%Y-%m-%d %H:%M')} by knotbreak {version}.",
        "",
        "What is inside:",
    ]
    for name in names:
        description = _DESCRIPTIONS.get(name)
        if description is None and name.endswith(".sqlite3"):
            description = "a knotbreak database"
        lines.append(f"- {name}" + (f": {description}" if description else ""))
    if not names:
        lines.append("- nothing yet: knotbreak had not stored any data")
    if skipped:
        lines += ["", "Could not be read, so they are missing:"]
        lines += [f"- {entry}" for entry in skipped]
    lines += [
        "",
        "The .json files are plain text. The .sqlite3 files are SQLite databases: open them",
        "with any SQLite tool (for example `sqlite3 history.sqlite3 .dump`). Times in them",
        "are UTC, written as ISO-8601 text.",
        "",
        "To restore: quit knotbreak, copy the files from config/ into its config folder and",
        "those from data/ into its data folder (Settings > Data shows both), then start it.",
        "",
    ]
    return "\n".join(lines)
