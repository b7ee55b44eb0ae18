"""A lock file that makes sure only one knotbreak runs per user and data directory."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile


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

    @property
    def path(self) -> Path:
        return self._path

    def is_held(self) -> bool:
        return self._lock.isLocked()

    def try_acquire(self) -> bool:
        """Take the lock if no live process holds it; True on success. Never waits."""
        if self._lock.isLocked():
            return True
        self._path.parent.mkdir(parents=True, exist_ok=True)
        return self._lock.tryLock(0)

    def holder_pid(self) -> int | None:
        """The process that holds the lock, as its lock file says (None if unreadable)."""
        info = self._lock.getLockInfo()
        if isinstance(info, tuple) and info and isinstance(info[0], int) and info[0] > 0:
            return info[0]
        return None

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
