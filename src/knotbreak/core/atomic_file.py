"""Writing files so that a crash or a full disk never leaves half a file behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data`, or leave it untouched and raise OSError.

    The bytes go to a temporary file in the same folder, are flushed to disk, and only
    then renamed over the target, which is atomic on POSIX and on Windows (os.replace).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open folders this way.
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def unique_name(path: Path, label: str) -> Path:
    """`path` + `.label`, or `.label-2`, `-3`, ...: a name beside `path` that no file has.

    Backups made in the same second (two bad files, two starts) must not overwrite each
    other.
    """
    candidate = path.with_name(f"{path.name}.{label}")
    count = 1
    while candidate.exists() or candidate.is_symlink():
        count += 1
        candidate = path.with_name(f"{path.name}.{label}-{count}")
    return candidate


def keep_copy(path: Path, label: str) -> Path:
    """Copy `path` to a new unique name beside it (see unique_name); returns that name.

    Raises OSError and leaves nothing behind when the copy fails (a full disk must not
    leave an empty or half "backup" that looks like the user's file).
    """
    data = path.read_bytes()
    while True:
        target = unique_name(path, label)
        try:
            # O_EXCL: another process picking the same name a moment ago is not overwritten.
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        break
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink()
        raise
    return target
