"""A fullscreen window on X11: the active window (EWMH _NET_ACTIVE_WINDOW) has
_NET_WM_STATE_FULLSCREEN. Read with libX11 through ctypes; knotbreak's own windows
(_NET_WM_PID is this process) never count.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from typing import Any

from knotbreak.adapters.meetings import DetectorUnavailable

XA_ATOM = 4
XA_CARDINAL = 6
XA_WINDOW = 33
SUCCESS = 0

_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


def _ignore(_display: Any, _event: Any) -> int:
    # Xlib's default handler exits the process on any error, e.g. BadWindow when the
    # active window closes between two requests. A missed look is harmless.
    return 0


_ignore_x_error = _ERROR_HANDLER(_ignore)  # kept alive for as long as the module is


def _load_xlib() -> Any:
    path = ctypes.util.find_library("X11") or "libX11.so.6"
    try:
        xlib = ctypes.CDLL(path)
    except OSError as error:
        raise DetectorUnavailable(f"cannot load libX11 ({error})") from None
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XOpenDisplay.argtypes = (ctypes.c_char_p,)
    xlib.XDefaultRootWindow.restype = ctypes.c_ulong
    xlib.XDefaultRootWindow.argtypes = (ctypes.c_void_p,)
    xlib.XInternAtom.restype = ctypes.c_ulong
    xlib.XInternAtom.argtypes = (ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int)
    xlib.XGetWindowProperty.argtypes = (
        ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long,
        ctypes.c_int, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)),
    )
    xlib.XFree.argtypes = (ctypes.c_void_p,)
    xlib.XCloseDisplay.argtypes = (ctypes.c_void_p,)
    xlib.XSetErrorHandler.restype = ctypes.c_void_p
    xlib.XSetErrorHandler.argtypes = (_ERROR_HANDLER,)
    return xlib


class FullscreenX11Detector:
    source = "fullscreen"

    def __init__(self, display: str | None = None, own_pid: int | None = None) -> None:
        display = display or os.environ.get("DISPLAY")
        if not display:
            raise DetectorUnavailable("no X display (DISPLAY is not set)")
        if os.environ.get("WAYLAND_DISPLAY") or os.environ.get("XDG_SESSION_TYPE") == "wayland":
            raise DetectorUnavailable("this is a Wayland session, where X11 sees only X windows")
        self._xlib = _load_xlib()
        self._xlib.XSetErrorHandler(_ignore_x_error)
        self._display = self._xlib.XOpenDisplay(display.encode())
        if not self._display:
            raise DetectorUnavailable(f"cannot open X display {display}")
        self._own_pid = os.getpid() if own_pid is None else own_pid
        self._root = self._xlib.XDefaultRootWindow(self._display)
        self._atoms = {
            name: self._xlib.XInternAtom(self._display, name.encode(), 0)
            for name in ("_NET_ACTIVE_WINDOW", "_NET_WM_STATE", "_NET_WM_STATE_FULLSCREEN",
                         "_NET_WM_PID")
        }

    def _property(self, window: int, name: str, kind: int, count: int = 64) -> list[int] | None:
        actual_type, actual_format = ctypes.c_ulong(), ctypes.c_int()
        items, after = ctypes.c_ulong(), ctypes.c_ulong()
        data = ctypes.POINTER(ctypes.c_ulong)()
        status = self._xlib.XGetWindowProperty(
            self._display, window, self._atoms[name], 0, count, 0, kind,
            ctypes.byref(actual_type), ctypes.byref(actual_format), ctypes.byref(items),
            ctypes.byref(after), ctypes.byref(data),
        )
        if status != SUCCESS:
            return None
        try:
            if actual_format.value != 32 or not data:
                return []
            # Format-32 properties come back as C longs, whatever their width.
            return [int(data[i]) for i in range(items.value)]
        finally:
            if data:
                self._xlib.XFree(data)

    def active(self) -> bool | None:
        if not self._display:
            return None
        active = self._property(self._root, "_NET_ACTIVE_WINDOW", XA_WINDOW, 1)
        if active is None:
            return None
        if not active or active[0] == 0:
            return False
        window = active[0]
        pid = self._property(window, "_NET_WM_PID", XA_CARDINAL, 1)
        if pid and pid[0] == self._own_pid:
            return False
        states = self._property(window, "_NET_WM_STATE", XA_ATOM)
        # None: the window went away (BadWindow) since the window manager named it.
        return states is not None and self._atoms["_NET_WM_STATE_FULLSCREEN"] in states

    def close(self) -> None:
        if self._display:
            self._xlib.XCloseDisplay(self._display)
            self._display = None
