"""Camera in use on Linux: some process holds a video device open.

Scans /proc/<pid>/fd of the user's own processes (others' are unreadable anyway) for a
link to a file matching the device pattern. When no such device exists the scan is
skipped entirely, so a machine without a camera pays nothing.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable
from pathlib import Path

PROC = Path("/proc")


def devices(pattern: str) -> set[str]:
    return {os.path.realpath(path) for path in glob.glob(pattern)}


def holders(
    targets: set[str], proc: Path = PROC, uid: int | None = None, exclude: Iterable[int] = ()
) -> list[int]:
    """Pids (of `uid`, by default ours) with one of `targets` open."""
    if not targets:
        return []
    uid = os.getuid() if uid is None else uid
    skip = set(exclude)
    found = []
    try:
        entries = list(os.scandir(proc))
    except OSError:
        return []
    for entry in entries:
        if not entry.name.isdigit() or int(entry.name) in skip:
            continue
        try:
            if entry.stat().st_uid != uid:
                continue
            fds = os.scandir(os.path.join(entry.path, "fd"))
        except OSError:
            continue
        with fds:
            for fd in fds:
                try:
                    link = os.readlink(fd.path)
                except OSError:
                    continue
                if link in targets:
                    found.append(int(entry.name))
                    break
    return found


class CameraDetector:
    source = "camera"

    def __init__(self, pattern: str = "/dev/video*", proc: Path = PROC) -> None:
        if not proc.is_dir():
            from knotbreak.adapters.meetings import DetectorUnavailable

            raise DetectorUnavailable(f"{proc} is not available")
        self.pattern = pattern
        self._proc = proc

    def active(self) -> bool | None:
        targets = devices(self.pattern)
        return bool(holders(targets, self._proc, exclude=(os.getpid(),)))

    def close(self) -> None:
        pass
