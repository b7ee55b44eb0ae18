"""One place for "raise the open window, or build one, and forget it when it closes".

Every launcher (settings, statistics, the journal's three windows, the stretch library,
the workstation check) keeps at most one window of a kind: a second request brings the
open one to the front instead of opening two, the window's modules load on the first
request, and a closed window is let go so its Python objects can be freed.

How a close is noticed: an event filter on the window sees its (non-spontaneous) Hide
event while the window is no longer visible, which is what closing, Cancel and Finish
all end in; minimising is a spontaneous hide of a window still "visible" and keeps it.
Not the window's `destroyed` signal: when the app ends, the launcher's Python object can
go first and take the window with it, and a slot on the launcher would then be called on
an object already half gone (a crash at exit that the statistics window once had). The
filter belongs to this slot object, which Qt takes off the window when the slot goes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QWidget

W = TypeVar("W", bound=QWidget)


class WindowSlot(QObject, Generic[W]):
    """At most one window built by `build`; `open()` shows it or brings it forward."""

    def __init__(
        self,
        build: Callable[[], W],
        *,
        on_raise: Callable[[W], None] | None = None,
        on_closed: Callable[[W], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`build` makes the window (and may import its modules) without showing it.
        `on_raise` runs when an open window is asked for again (statistics reloads its
        numbers); `on_closed` once the window was closed (the workstation check plans
        its re-check)."""
        super().__init__(parent)
        self._build = build
        self._on_raise = on_raise
        self._on_closed = on_closed
        self._window: W | None = None
        self._retired: list[QWidget] = []

    @property
    def window(self) -> W | None:
        """The open window, or None."""
        return self._window

    def is_open(self) -> bool:
        return self._window is not None and self._window.isVisible()

    def open(self) -> W:
        """Bring the open window to the front, or build and show a new one."""
        window = self._window
        if window is not None and window.isVisible():
            if self._on_raise is not None:
                self._on_raise(window)
            window.showNormal()
            window.raise_()
            window.activateWindow()
            return window
        if window is not None:
            self._let_go(window)  # hidden some other way: a new one replaces it
        ensure_control_style()
        window = self._build()
        # Closing deletes the Qt side at once; the Python side goes when let go.
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        window.installEventFilter(self)
        self._window = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def close(self) -> None:
        """Close the open window (the app is ending, or its data was deleted)."""
        if self._window is not None:
            self._window.close()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Hide
            and not event.spontaneous()
            and watched is self._window
            and not self._window.isVisible()
        ):
            window = self._window
            self._let_go(window)
            if self._on_closed is not None:
                self._on_closed(window)
        return False

    def _let_go(self, window: QWidget) -> None:
        self._window = None
        window.removeEventFilter(self)
        # Not dropped inside its own Hide event: the last reference going deletes a
        # window PySide owns, under the event being delivered to it.
        self._retired.append(window)
        QTimer.singleShot(0, self, self._retired.clear)


def app_windows_open() -> bool:
    """Whether any of the app's own windows is on screen: a launcher's, a break, a notice,
    the status window. The tray icon (an embedded window of Qt's on X11) and its menu
    do not count."""
    for widget in QApplication.topLevelWidgets():
        if not widget.isVisible() or isinstance(widget, QMenu):
            continue
        if widget.metaObject().className() == "QSystemTrayIconSys":
            continue
        return True
    return False


STYLE_PROPERTY = "knotbreak_control_style"


def ensure_control_style() -> None:
    """Install the control-edge style (ui/control_style.py) before the app's first window.

    Every place that builds a window calls this first. Not at start-up: the style is
    about 1.2 MB of the idle app (the QStyle types and enums PySide builds on first use)
    and the tray icon and its menu draw nothing it changes. A dynamic property on the
    application remembers it, so asking is cheap and touches no QStyle."""
    app = QApplication.instance()
    if app is None or app.property(STYLE_PROPERTY):
        return
    from knotbreak.ui.control_style import install_control_style

    install_control_style(app)  # type: ignore[arg-type]
    app.setProperty(STYLE_PROPERTY, True)
