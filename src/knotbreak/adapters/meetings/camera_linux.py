"""Camera in use on Linux: some process holds a video device open.

Scans /proc/<pid>/fd of the user's own processes (others' are unreadable anyway) for a
link to a file matching the device pattern. When no such device exists the scan is
skipped entirely, so a machine without a camera pays nothing.

Watched, not polled: inotify on the devices' folder says when a camera appears or goes
(IN_CREATE / IN_DELETE / IN_MOVED_*), and on each device when any process opens or
closes it (IN_OPEN / IN_CLOSE): only then is /proc scanned. A pattern whose folder has
wildcards, or a system without inotify, is looked at on the watcher's timer instead.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import fnmatch
import glob
import logging
import os
import struct
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

PROC = Path("/proc")

IN_OPEN = 0x20
IN_CLOSE_WRITE = 0x08
IN_CLOSE_NOWRITE = 0x10
IN_ATTRIB = 0x04
IN_MOVED_FROM = 0x40
IN_MOVED_TO = 0x80
IN_CREATE = 0x100
IN_DELETE = 0x200
IN_DELETE_SELF = 0x400
IN_IGNORED = 0x8000
IN_Q_OVERFLOW = 0x4000
IN_NONBLOCK = os.O_NONBLOCK
IN_CLOEXEC = os.O_CLOEXEC
FOLDER_EVENTS = IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB
DEVICE_EVENTS = IN_OPEN | IN_CLOSE_WRITE | IN_CLOSE_NOWRITE | IN_DELETE_SELF
_HEADER = struct.Struct("iIII")  # wd, mask, cookie, len


class Inotify:
    """The few inotify calls needed, through libc (Python has no binding of its own)."""

    def __init__(self) -> None:
        from knotbreak.adapters.meetings import DetectorUnavailable

        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        try:
            self._add = libc.inotify_add_watch
            self._remove = libc.inotify_rm_watch
            init = libc.inotify_init1
        except AttributeError:
            raise DetectorUnavailable("this system has no inotify") from None
        self._add.argtypes = (ctypes.c_int, ctypes.c_char_p, ctypes.c_uint32)
        self._remove.argtypes = (ctypes.c_int, ctypes.c_int)
        self.fd = int(init(IN_NONBLOCK | IN_CLOEXEC))
        if self.fd < 0:
            raise DetectorUnavailable(f"inotify: {os.strerror(ctypes.get_errno())}")

    def add(self, path: str, mask: int) -> int | None:
        wd = int(self._add(self.fd, os.fsencode(path), mask))
        return wd if wd >= 0 else None

    def remove(self, wd: int) -> None:
        self._remove(self.fd, wd)

    def read(self) -> list[tuple[int, int, str]]:
        """(watch, mask, name) of every event waiting; [] when none."""
        events: list[tuple[int, int, str]] = []
        while True:
            try:
                data = os.read(self.fd, 65536)
            except BlockingIOError:
                return events
            offset = 0
            while offset + _HEADER.size <= len(data):
                wd, mask, _cookie, length = _HEADER.unpack_from(data, offset)
                offset += _HEADER.size
                name = data[offset:offset + length].rstrip(b"\0")
                offset += length
                events.append((wd, mask, os.fsdecode(name)))

    def close(self) -> None:
        os.close(self.fd)


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

        self._inotify: Inotify | None = None
        self._devices: dict[int, str] = {}
        """Watch descriptor -> device path, for the devices watched for open/close."""
        self._notifier: Any = None
        self._changed: Callable[[], None] | None = None

    def active(self) -> bool | None:
        targets = devices(self.pattern)
        return bool(holders(targets, self._proc, exclude=(os.getpid(),)))

    def watch(self, changed: Callable[[], None], parent: Any) -> None:
        """Call `changed` when a camera appears or goes, or a process opens or closes one."""
        from PySide6.QtCore import QSocketNotifier

        from knotbreak.adapters.meetings import DetectorUnavailable

        folder, name = os.path.split(self.pattern)
        if glob.has_magic(folder) or not name:
            raise DetectorUnavailable(f"{self.pattern}: its folder has wildcards")
        inotify = Inotify()
        if inotify.add(folder, FOLDER_EVENTS) is None:
            inotify.close()
            raise DetectorUnavailable(f"cannot watch {folder} with inotify")
        self._inotify, self._changed = inotify, changed
        self._name_pattern = name
        self._follow_devices()
        self._notifier = QSocketNotifier(inotify.fd, QSocketNotifier.Type.Read, parent)
        self._notifier.activated.connect(self.dispatch)

    def _follow_devices(self) -> None:
        """Watch every device that matches now for opens and closes (once each)."""
        assert self._inotify is not None
        watched = set(self._devices.values())
        for path in sorted(glob.glob(self.pattern)):
            if path in watched:
                continue
            wd = self._inotify.add(path, DEVICE_EVENTS)
            if wd is not None:
                self._devices[wd] = path

    def dispatch(self, *_args: object) -> None:
        """Read what inotify says; `changed` once if a device came, went, opened or closed."""
        if self._inotify is None:
            return
        matters = False
        for wd, mask, name in self._inotify.read():
            if mask & IN_Q_OVERFLOW:
                matters = True
            elif wd in self._devices:
                if mask & (IN_IGNORED | IN_DELETE_SELF):
                    del self._devices[wd]
                matters = True
            elif name and fnmatch.fnmatch(name, self._name_pattern):
                matters = True  # a camera plugged in or out
        if matters:
            self._follow_devices()
            if self._changed is not None:
                self._changed()

    def close(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._inotify is not None:
            self._inotify.close()
            self._inotify = None
