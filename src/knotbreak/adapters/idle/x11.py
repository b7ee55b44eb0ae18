"""X11 idle time: the MIT-SCREEN-SAVER extension (libXss) through ctypes."""

from __future__ import annotations

import ctypes
import ctypes.util
import os

from knotbreak.adapters.idle import IdleUnavailable


class _XScreenSaverInfo(ctypes.Structure):
    _fields_ = (
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),
        ("eventMask", ctypes.c_ulong),
    )


def _load(name: str, fallback: str) -> ctypes.CDLL:
    path = ctypes.util.find_library(name) or fallback
    try:
        return ctypes.CDLL(path)
    except OSError as error:
        raise IdleUnavailable(f"cannot load {fallback} ({error})") from None


class X11Idle:
    name = "x11-screensaver"

    def __init__(self, display: str | None = None) -> None:
        display = display or os.environ.get("DISPLAY")
        if not display:
            raise IdleUnavailable("no X display (DISPLAY is not set)")
        if os.environ.get("WAYLAND_DISPLAY") or os.environ.get("XDG_SESSION_TYPE") == "wayland":
            # Under XWayland the extension sees only input to X programs.
            raise IdleUnavailable("this is a Wayland session")
        xlib = _load("X11", "libX11.so.6")
        xss = _load("Xss", "libXss.so.1")
        xlib.XOpenDisplay.restype = ctypes.c_void_p
        xlib.XOpenDisplay.argtypes = (ctypes.c_char_p,)
        xlib.XDefaultRootWindow.restype = ctypes.c_ulong
        xlib.XDefaultRootWindow.argtypes = (ctypes.c_void_p,)
        xlib.XCloseDisplay.argtypes = (ctypes.c_void_p,)
        xlib.XFree.argtypes = (ctypes.c_void_p,)
        xss.XScreenSaverQueryExtension.argtypes = (
            ctypes.c_void_p, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int),
        )
        xss.XScreenSaverAllocInfo.restype = ctypes.POINTER(_XScreenSaverInfo)
        xss.XScreenSaverQueryInfo.argtypes = (
            ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(_XScreenSaverInfo),
        )
        self._xlib, self._xss = xlib, xss
        self._display = xlib.XOpenDisplay(display.encode())
        if not self._display:
            raise IdleUnavailable(f"cannot open X display {display}")
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        if not xss.XScreenSaverQueryExtension(
            self._display, ctypes.byref(event_base), ctypes.byref(error_base)
        ):
            self.close()
            raise IdleUnavailable("the X server has no MIT-SCREEN-SAVER extension")
        self._root = xlib.XDefaultRootWindow(self._display)
        self._info = xss.XScreenSaverAllocInfo()

    def idle_seconds(self) -> float | None:
        if not self._display:
            return None
        if not self._xss.XScreenSaverQueryInfo(self._display, self._root, self._info):
            return None
        return float(self._info.contents.idle) / 1000.0

    def close(self) -> None:
        if self._display:
            if getattr(self, "_info", None):
                self._xlib.XFree(self._info)
                self._info = None
            self._xlib.XCloseDisplay(self._display)
            self._display = None
