"""Keeping a resizable window wholly on its screen, frame and title bar included.

A window sized for its client area alone (resize()) gets the window manager's frame on
top, so on a small screen its bottom edge went past the screen's (the statistics window
by ~15 px at 1366 x 768). This keeps the size the window asked for where it fits, shrinks
it where not (never below its minimum), and moves the frame inside the available area.
"""

from __future__ import annotations

import math

import shiboken6
from PySide6 import QtGui
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import QLabel, QWidget

EDGE = 8
"""Space kept between the frame and the screen's edge."""


def frame_extra(widget: QWidget) -> tuple[int, int]:
    """How much wider and taller the frame is than the client area (0, 0 before the
    window manager has framed it)."""
    frame = widget.frameGeometry()
    inner = widget.geometry()
    return frame.width() - inner.width(), frame.height() - inner.height()


def fit_on_screen(widget: QWidget) -> None:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area: QRect = screen.availableGeometry().adjusted(EDGE, EDGE, -EDGE, -EDGE)
    extra_w, extra_h = frame_extra(widget)
    # Before the frame is known, allow for a typical title bar so the first placement is
    # already close; the second call (once shown) uses the real frame.
    if extra_h == 0:
        extra_w, extra_h = 2, 30
    width = max(widget.minimumWidth(), min(widget.width(), area.width() - extra_w))
    height = max(widget.minimumHeight(), min(widget.height(), area.height() - extra_h))
    if (width, height) != (widget.width(), widget.height()):
        widget.resize(width, height)
    frame_w, frame_h = width + extra_w, height + extra_h
    frame = widget.frameGeometry()
    x = min(max(frame.x(), area.x()), area.right() + 1 - frame_w)
    y = min(max(frame.y(), area.y()), area.bottom() + 1 - frame_h)
    if frame.x() == 0 and frame.y() == 0 and not widget.isVisible():
        # Never placed: centre it.
        x = area.x() + (area.width() - frame_w) // 2
        y = area.y() + (area.height() - frame_h) // 2
    target = QPoint(max(area.x(), x), max(area.y(), y))
    if target != frame.topLeft():
        widget.move(target)


def fully_on_screen(widget: QWidget) -> bool:
    """True when the whole frame lies inside the screen's available area."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return True
    return screen.availableGeometry().contains(widget.frameGeometry())


class _WrappedTextKeeper(QObject):
    """Each wrapped label asks for the height its text needs at its current width.

    A layout takes a wrapped label's minimum height from one guessed width, so a narrow
    window squeezed the label (its last line cut) or its neighbours (drawn over each
    other). Setting each label's minimum height to its height-for-width whenever its
    width or text changes lets the layout, and so the window's minimum size, count it.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._watched: set[int] = set()
        self._held: set[int] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not shiboken6.isValid(self._window):
            return False  # the window is being taken down; its labels still send events
        kind = event.type()
        if watched is self._window and kind in (
            QEvent.Type.Show,
            QEvent.Type.LayoutRequest,
            QEvent.Type.Resize,
        ):
            for label in self._window.findChildren(QLabel):
                if label.wordWrap():
                    if id(label) not in self._watched:
                        self._watched.add(id(label))
                        label.installEventFilter(self)
                    self._hold(label)
        elif isinstance(watched, QLabel) and kind in (
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.Hide,
        ):
            self._hold(watched)
        return False

    def _hold(self, label: QLabel) -> None:
        if not label.isVisibleTo(self._window) or not label.text():
            # A label on a page not shown (a stacked page, a hidden note) has no real
            # width yet: holding it at a guessed one made the whole window tall.
            if label.minimumHeight() and id(label) in self._held:
                self._held.discard(id(label))
                label.setMinimumHeight(0)
            return
        if label.width() <= 0:
            return
        need = text_height(label, label.width())
        if need > 0 and need != label.minimumHeight():
            self._held.add(id(label))
            label.setMinimumHeight(need)


def text_height(label: QLabel, width: int) -> int:
    """The height `label`'s wrapped text needs at `width`, margins included.

    Measured directly, not with QLabel.heightForWidth: that never answers less than the
    label's minimum height, so a minimum set at a narrow width could never come down.
    """
    margins = label.contentsMargins()
    inner = width - margins.left() - margins.right() - 2 * label.margin()
    if inner <= 0:
        return 0
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    if rich:
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(label.font())
        document.setHtml(text)
        document.setTextWidth(inner)
        body = math.ceil(document.size().height())
    else:
        flags = int(Qt.TextFlag.TextWordWrap) | int(label.alignment())
        body = label.fontMetrics().boundingRect(QRect(0, 0, inner, 1 << 20), flags, text).height()
    return body + margins.top() + margins.bottom() + 2 * label.margin()


def keep_wrapped_text_whole(window: QWidget) -> None:
    """Never let `window` be resized so small that its wrapped labels are cut off or
    squeeze their neighbours."""
    window.installEventFilter(_WrappedTextKeeper(window))
