"""Health data stays private: knotbreak's folders are 0700 and its files 0600 (POSIX).

The journal holds where it hurts and the user's notes; the history and the log say when
they sat and took breaks. Two parts keep them from other local users:

- `restrict_new_files()` sets the process umask to 077 at start, so every file created
  from then on (databases and their -wal/-shm, the log and its rotations, backups, exports'
  temporary files) is 0600 and every folder 0700, whichever code creates it;
- `tighten()` brings the folders and the files an older knotbreak made (0644 in 0755)
  down to that at start. Only what this user owns is touched, and links are never followed.

On Windows both do nothing: the profile folders are already private to the user.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Callable, Iterable
from pathlib import Path

log = logging.getLogger(__name__)

PRIVATE_UMASK = 0o077
FOLDER_MODE = 0o700
FILE_MODE = 0o600


def restrict_new_files() -> None:
    if os.name == "posix":
        os.umask(PRIVATE_UMASK)


# knotbreak's own files, backups and sidecars included (history.sqlite3-wal,
# settings.json.invalid-<time>, knotbreak.log.1). Nothing else in the folders is touched:
# --data-dir may point at a folder the user keeps other things in.
OWN_FILES = ("*.sqlite3*", "*.json*", "knotbreak.log*", ".knotbreak.lock")


def tighten(folders: Iterable[Path]) -> list[Path]:
    """Make each folder and knotbreak's files in it private; returns what changed."""
    if os.name != "posix":
        return []
    changed: list[Path] = []
    for folder in folders:
        if _is_shared(folder):
            # --data-dir /tmp: a folder everyone shares by design keeps its mode; only
            # knotbreak's files in it are made private.
            log.warning("%s is a shared folder; only knotbreak's files in it are private", folder)
        elif not _tighten_one(folder, FOLDER_MODE, stat.S_ISDIR, changed):
            continue
        try:
            found = {path for pattern in OWN_FILES for path in folder.glob(pattern)}
        except OSError:
            continue
        for path in sorted(found):
            _tighten_one(path, FILE_MODE, stat.S_ISREG, changed)
    return changed


def _is_shared(folder: Path) -> bool:
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and bool(info.st_mode & stat.S_ISVTX)


def _tighten_one(
    path: Path, mode: int, kind: Callable[[int], bool], changed: list[Path]
) -> bool:
    """True if `path` is a `kind` (S_ISDIR / S_ISREG) of ours, now at most `mode`."""
    try:
        info = os.lstat(path)
    except OSError:
        return False
    if not kind(info.st_mode) or info.st_uid != os.getuid():
        return False  # a link, or another user's: left alone
    if stat.S_IMODE(info.st_mode) & ~mode:
        try:
            os.chmod(path, stat.S_IMODE(info.st_mode) & mode)
        except OSError as error:
            log.warning("could not make %s private: %s", path, error)
            return True
        changed.append(path)
    return True
