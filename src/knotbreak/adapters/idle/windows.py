"""Windows idle time: GetLastInputInfo against GetTickCount (not yet verified on Windows)."""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from knotbreak.adapters.idle import IdleUnavailable

TICK_WRAP = 2**32


def idle_ms_from_ticks(now_tick: int, last_input_tick: int) -> int:
    """Both are 32-bit millisecond tick counts that wrap every 49.7 days."""
    return (now_tick - last_input_tick) % TICK_WRAP


class _LastInputInfo(ctypes.Structure):
    _fields_ = (("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint))


class WindowsIdle:
    name = "windows-lastinput"

    def __init__(self) -> None:
        if sys.platform != "win32":
            raise IdleUnavailable("not Windows")
        windll: Any = getattr(ctypes, "windll")  # noqa: B009 (absent on other platforms)
        self._user32: Any = windll.user32
        self._kernel32: Any = windll.kernel32
        self._kernel32.GetTickCount.restype = ctypes.c_uint

    def idle_seconds(self) -> float | None:
        info = _LastInputInfo()
        info.cbSize = ctypes.sizeof(info)
        if not self._user32.GetLastInputInfo(ctypes.byref(info)):
            return None
        return idle_ms_from_ticks(int(self._kernel32.GetTickCount()), int(info.dwTime)) / 1000.0

    def close(self) -> None:
        pass
