"""A fullscreen window on X11: the active window (EWMH _NET_ACTIVE_WINDOW) has
_NET_WM_STATE_FULLSCREEN. Read with libX11 through ctypes; knotbreak's own windows
(_NET_WM_PID is this process) never count.

Watched, not polled: the connection asks for property events on the root window (the
window manager sets _NET_ACTIVE_WINDOW there when the focus moves) and on the active
window (_NET_WM_STATE when it goes fullscreen; its unmapping or end, too), and its
socket sits in a QSocketNotifier. Other property changes of the active window (its
title) wake the app too but are dropped unread; GTK and Qt keep the per-keystroke
_NET_WM_USER_TIME on a separate window, so typing costs nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from collections.abc import Callable
from typing import Any

from knotbreak.adapters.meetings import DetectorUnavailable

XA_ATOM = 4
XA_CARDINAL = 6
XA_WINDOW = 33
SUCCESS = 0
PROPERTY_NOTIFY = 28
DESTROY_NOTIFY = 17
UNMAP_NOTIFY = 18
PROPERTY_CHANGE_MASK = 1 << 22
STRUCTURE_NOTIFY_MASK = 1 << 17
NO_EVENT_MASK = 0
_QUEUED_ALREADY = 0


class _PropertyEvent(ctypes.Structure):
    _fields_ = (
        ("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p), ("window", ctypes.c_ulong), ("atom", ctypes.c_ulong),
        ("time", ctypes.c_ulong), ("state", ctypes.c_int),
    )


class _Event(ctypes.Union):
    _fields_ = (("type", ctypes.c_int), ("property", _PropertyEvent),
                ("pad", ctypes.c_long * 24))

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
    xlib.XSelectInput.argtypes = (ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long)
    xlib.XConnectionNumber.argtypes = (ctypes.c_void_p,)
    xlib.XFlush.argtypes = (ctypes.c_void_p,)
    xlib.XPending.argtypes = (ctypes.c_void_p,)
    xlib.XEventsQueued.argtypes = (ctypes.c_void_p, ctypes.c_int)
    xlib.XNextEvent.argtypes = (ctypes.c_void_p, ctypes.POINTER(_Event))
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
        self._changed: Callable[[], None] | None = None
        self._notifier: Any = None
        self._followed = 0
        """The active window whose property events we asked for (0: none)."""

    def watch(self, changed: Callable[[], None], parent: Any) -> None:
        """Call `changed` when the active window changes or changes its state."""
        from PySide6.QtCore import QSocketNotifier

        if not self._display:
            raise DetectorUnavailable("the X connection is closed")
        self._changed = changed
        self._xlib.XSelectInput(self._display, self._root, PROPERTY_CHANGE_MASK)
        self._xlib.XFlush(self._display)
        self._notifier = QSocketNotifier(
            self._xlib.XConnectionNumber(self._display), QSocketNotifier.Type.Read, parent
        )
        self._notifier.activated.connect(self.dispatch)

    def dispatch(self, *_args: object) -> None:
        """Read the events that arrived; `changed` once if any of them matters."""
        if not self._display:
            return
        event = _Event()
        wanted = {self._atoms["_NET_ACTIVE_WINDOW"], self._atoms["_NET_WM_STATE"]}
        matters = False
        while self._display and (
            self._xlib.XEventsQueued(self._display, _QUEUED_ALREADY)
            or self._xlib.XPending(self._display)
        ):
            self._xlib.XNextEvent(self._display, ctypes.byref(event))
            if event.type == PROPERTY_NOTIFY and event.property.atom in wanted:
                matters = True
            elif event.type in (DESTROY_NOTIFY, UNMAP_NOTIFY):
                # The active window closed or was hidden; a window manager need not
                # change _NET_ACTIVE_WINDOW when nothing else takes the focus.
                matters = True
        if matters and self._changed is not None:
            self._changed()

    def _follow(self, window: int) -> None:
        """Property events from `window` (the active one) only, from now on."""
        if not self._changed or window == self._followed:
            return
        if self._followed:
            # It may be gone already: the BadWindow is ignored (_ignore).
            self._xlib.XSelectInput(self._display, self._followed, NO_EVENT_MASK)
        if window:
            self._xlib.XSelectInput(
                self._display, window, PROPERTY_CHANGE_MASK | STRUCTURE_NOTIFY_MASK
            )
        self._followed = window
        self._xlib.XFlush(self._display)

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
        try:
            return self._active()
        finally:
            if self._notifier is not None:
                # The round trips may have read events into Xlib's queue, where the
                # socket notifier cannot see them: handle them on the next loop turn.
                from PySide6.QtCore import QTimer

                QTimer.singleShot(0, self._notifier, self.dispatch)

    def _active(self) -> bool | None:
        active = self._property(self._root, "_NET_ACTIVE_WINDOW", XA_WINDOW, 1)
        if active is None:
            return None
        self._follow(active[0] if active else 0)
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
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._display:
            self._xlib.XCloseDisplay(self._display)
            self._display = None
