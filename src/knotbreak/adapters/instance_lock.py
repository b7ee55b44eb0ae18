"""A lock file that makes sure only one knotbreak runs per user and data directory."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QLockFile

from knotbreak.paths import AppPaths


class InstanceLock:
    """Non-blocking single-instance lock on `path`.

    QLockFile records the owner's PID, host and app name, so a lock left behind by a crashed
    instance is recognised as stale and taken over instead of blocking every later start.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._lock = QLockFile(str(path))
        # The default (30 s) would also treat a live instance's lock as stale once it is older
        # than that, letting a second instance start. Staleness must come from the PID check only.
        self._lock.setStaleLockTime(0)
        self.unwritable: str | None = None
        """Why the lock file could not be made at all (a read-only or full disk, a file
        where the folder should be); None when the lock simply belongs to someone else."""

    @property
    def path(self) -> Path:
        return self._path

    def is_held(self) -> bool:
        return self._lock.isLocked()

    def try_acquire(self) -> bool:
        """Take the lock if no live process holds it; True on success. Never waits."""
        if self._lock.isLocked():
            return True
        self.unwritable = None
        try:
            # Private: the fallback folder is the control socket's, which must be 0700.
            self._path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as error:
            folder = self._path.parent
            self.unwritable = (
                f"{folder} is a file, not a folder"
                if folder.exists() and not folder.is_dir()
                else f"{folder} cannot be created ({error.strerror})"
            )
            return False
        if self._lock.tryLock(0):
            return True
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            # Not held by anyone: the folder refuses new files. Say which and why, as far
            # as the OS tells (QLockFile keeps errno to itself).
            self.unwritable = f"{self._path.parent} does not accept new files ({_why(self._path)})"
        return False

    def holder_pid(self) -> int | None:
        """The process that holds the lock, as its lock file says (None if unreadable)."""
        info = self._lock.getLockInfo()
        if isinstance(info, tuple) and info and isinstance(info[0], int) and info[0] > 0:
            return info[0]
        return None

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()


def _why(path: Path) -> str:
    probe = path.with_name(f"{path.name}.probe-{os.getpid()}")
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, b"x" * 64)
        finally:
            os.close(fd)
            probe.unlink()
    except OSError as error:
        return error.strerror or str(error)
    return "unknown error"


def fallback_lock_path(paths: AppPaths) -> Path:
    """Where the lock goes when the config folder takes no files: beside the control
    socket (one per config folder, in the user's runtime folder, which is in memory and
    not the disk that is full or read-only)."""
    if sys.platform == "win32":
        return Path(tempfile.gettempdir()) / f"{paths.control_address}.lock"
    return Path(paths.control_address).with_suffix(".lock")
