"""Give back the memory a window leaves behind once the app is back in the tray alone.

Opening settings, statistics, the journal, the workstation check or a break and closing
them again used to leave the tray process 20 MB larger for the rest of the day
(docs/performance.md, "Memory"): about half of it pages of Qt, fonts and the PySide
bindings that only drawing those windows reads (file-backed: they stay counted in the
process's resident memory until the kernel needs the room), the rest Python objects of
the windows' modules, Qt's caches and freed heap that glibc keeps.

`MemoryGiveBack` waits `delay_ms` after the app's last window closed (or focus left
them), and if none is open then (one opened meanwhile stops the wait):
- collects Python's reference cycles (closed windows' signal connections form some);
- empties Qt's pixmap cache (styles keep rendered control pieces there);
- `malloc_trim(0)`: glibc returns free heap pages to the system;
- `madvise(MADV_PAGEOUT)` over the file-backed mappings (libraries, fonts): the kernel
  drops the pages that only this process maps. Pages the idle app uses come back by a
  page fault the next time they run; a window opened later reads its code again (from
  the page cache or the disk: settings measured 100 ms to open afterwards, as before).

Each step fails soft (no glibc, a kernel before 5.4, not Linux): the app runs as before,
only larger. Nothing here runs while a window is open or on a timer of its own.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QPixmapCache, QWindow

log = logging.getLogger(__name__)

DELAY_MS = 30_000
"""After the last window lost focus: long enough that going from one window to the next
(statistics, then the journal) does not give back what the next one needs."""
MADV_PAGEOUT = 21  # Linux 5.4+, <asm-generic/mman-common.h>
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def resident_kb() -> int:
    """This process's resident memory, from /proc/self/statm (0 where there is none)."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[1]) * _PAGE // 1024
    except (OSError, ValueError, IndexError):
        return 0


@dataclass(frozen=True)
class GaveBack:
    """Resident kB given back by each step (negative: it grew meanwhile)."""

    cycles: int
    pixmaps: int
    heap: int
    file_pages: int

    @property
    def total(self) -> int:
        return self.cycles + self.pixmaps + self.heap + self.file_pages


def give_back_memory() -> GaveBack:
    """Run the four steps once, measuring each; safe to call at any time."""
    start = resident_kb()
    gc.collect()
    after_cycles = resident_kb()
    QPixmapCache.clear()
    after_pixmaps = resident_kb()
    _malloc_trim()
    after_heap = resident_kb()
    _page_out_file_mappings()
    after_pages = resident_kb()
    return GaveBack(
        start - after_cycles,
        after_cycles - after_pixmaps,
        after_pixmaps - after_heap,
        after_heap - after_pages,
    )


def _libc() -> object | None:
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None


def _malloc_trim() -> None:
    libc = _libc()
    trim = getattr(libc, "malloc_trim", None)  # glibc only (not musl)
    if trim is not None:
        trim(0)


def _page_out_file_mappings() -> None:
    libc = _libc()
    madvise = getattr(libc, "madvise", None)
    if madvise is None:
        return
    import ctypes

    madvise.argtypes = (ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int)
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            lines = maps.read().splitlines()
    except OSError:
        return
    for line in lines:
        fields = line.split(maxsplit=5)
        if len(fields) < 6 or not _is_plain_file(fields[5]):
            continue
        low, _, high = fields[0].partition("-")
        start, end = int(low, 16), int(high, 16)
        if madvise(start, end - start, MADV_PAGEOUT) != 0:
            error = ctypes.get_errno()
            if error == 22:  # EINVAL: a kernel without MADV_PAGEOUT; no use trying on
                log.debug("MADV_PAGEOUT unsupported; file pages stay resident")
                return


def _is_plain_file(path: str) -> bool:
    # Libraries, fonts, the locale archive. Not shared memory (X11 MIT-SHM images,
    # "/SYSV..."), devices (GPU buffers) or files already deleted.
    return (
        path.startswith("/")
        and not path.startswith(("/dev/", "/SYSV", "/memfd:"))
        and not path.endswith("(deleted)")
    )


class MemoryGiveBack(QObject):
    """Calls `give_back_memory()` once `delay_ms` after the app's windows were left."""

    def __init__(
        self,
        windows_open: Callable[[], bool],
        delay_ms: int = DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        """`windows_open`: whether any of the app's windows is on screen (the tray icon
        and its menu do not count)."""
        super().__init__(parent)
        self._windows_open = windows_open
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._run)
        self.last: GaveBack | None = None

    def windows_closed(self) -> None:
        """Connect to QGuiApplication.lastWindowClosed (Qt emits it whether or not the
        app quits then): the app is in the tray alone, start the wait."""
        self._timer.start()

    def focus_changed(self, window: QWindow | None) -> None:
        """Connect to QGuiApplication.focusWindowChanged: a window of the app taking the
        focus again stops the wait; focus leaving them starts it (Qt does not say so
        when the focused window closes: that is `windows_closed`)."""
        if window is None:
            self._timer.start()
        else:
            self._timer.stop()

    def stop(self) -> None:
        """The app is ending: no give-back after this."""
        self._timer.stop()

    def _run(self) -> None:
        if self._windows_open():
            return  # the user is elsewhere with a window open: its close comes later
        started = time.monotonic()
        self.last = gave = give_back_memory()
        log.info(
            "gave back %.1f MB after the windows closed (cycles %.1f, pixmap cache %.1f, "
            "free heap %.1f, file pages %.1f) in %.0f ms",
            gave.total / 1024, gave.cycles / 1024, gave.pixmaps / 1024, gave.heap / 1024,
            gave.file_pages / 1024, (time.monotonic() - started) * 1000,
        )
