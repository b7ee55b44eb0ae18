"""Where knotbreak's windows appear: on the screen the user is looking at, i.e. the mouse's.

The app's own windows never cover each other: a window placed in the bottom-right corner
(the notice, the first-run welcome) goes above any other knotbreak window already shown
there, stacked with a small gap, instead of on top of it; a centred one (the break window)
moves the least it must, left, up, right or down, to clear them, as long as it stays on
the screen.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QCursor, QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QWidget

Anchor = Literal["center", "bottom-right"]


def cursor_screen() -> QScreen | None:
    """The screen under the mouse cursor, else the primary screen."""
    screen = QGuiApplication.screenAt(QCursor.pos())
    return screen if screen is not None else QGuiApplication.primaryScreen()


def place_on_cursor_screen(widget: QWidget, anchor: Anchor = "center", margin: int = 24) -> None:
    """Move a top-level `widget` onto the cursor's screen, centred or in the bottom-right corner.

    Call it before `show()` (and again after, to allow for the window frame); it sizes the
    widget to its hint first, since an unshown widget has no real size yet.
    """
    screen = cursor_screen()
    if screen is None:
        return
    widget.adjustSize()
    area: QRect = screen.availableGeometry()
    # Once shown, the window manager's frame is known and counts too; before that,
    # only the client area is, which is why the notice places itself a second time.
    size = widget.frameGeometry().size() if widget.isVisible() else widget.size()
    if anchor == "center":
        top_left = QPoint(
            area.x() + (area.width() - size.width()) // 2,
            area.y() + (area.height() - size.height()) // 2,
        )
        # Before show() the frame is unknown: allow for a title bar.
        framed = size if widget.isVisible() else QSize(size.width(), size.height() + 30)
        top_left = _beside_others(widget, QRect(top_left, framed), area, margin // 2)
    else:
        top_left = QPoint(
            area.right() + 1 - margin - size.width(),
            area.bottom() + 1 - margin - size.height(),
        )
        top_left = _above_others(widget, QRect(top_left, size), area, margin // 2)
    # A window larger than the screen would otherwise start off its top-left edge.
    top_left.setX(max(area.x(), top_left.x()))
    top_left.setY(max(area.y(), top_left.y()))
    if widget.screen() is not screen:
        widget.setScreen(screen)
    widget.move(top_left)


def move_clear_of_others(widget: QWidget, margin: int = 24) -> None:
    """Move a shown window (as it is, not resized) off any other window of the app it
    covers, the least it must; it stays where it is when there is no room."""
    screen = widget.screen() or cursor_screen()
    if screen is None or not widget.isVisible():
        return
    frame = widget.frameGeometry()
    place = _beside_others(widget, frame, screen.availableGeometry(), margin // 2)
    if place != frame.topLeft():
        widget.move(place)


def _other_windows(widget: QWidget) -> list[QRect]:
    return [
        other.frameGeometry()
        for other in QApplication.topLevelWidgets()
        if other is not widget and other.isVisible() and other.isWindow()
    ]


def _beside_others(widget: QWidget, wanted: QRect, area: QRect, gap: int) -> QPoint:
    """`wanted`'s top-left, or the nearest shift left, up, right or down that covers no
    other visible window of the app and stays on screen; `wanted` when none does."""
    others = _other_windows(widget)
    if not any(other.intersects(wanted) for other in others):
        return wanted.topLeft()
    candidates = []
    for other in others:
        for dx, dy in (
            (other.left() - gap - wanted.right(), 0),
            (0, other.top() - gap - wanted.bottom()),
            (other.right() + gap - wanted.left(), 0),
            (0, other.bottom() + gap - wanted.top()),
        ):
            candidates.append(wanted.translated(dx, dy))
    fitting = [
        place
        for place in candidates
        if area.contains(place) and not any(other.intersects(place) for other in others)
    ]
    if not fitting:
        return wanted.topLeft()
    best = min(fitting, key=lambda place: (place.topLeft() - wanted.topLeft()).manhattanLength())
    return best.topLeft()


def _above_others(widget: QWidget, wanted: QRect, area: QRect, gap: int) -> QPoint:
    """`wanted`'s top-left, moved up past every other visible window of the app it overlaps."""
    others = _other_windows(widget)
    place = QRect(wanted)
    # Each move goes above the window in the way; at most one move per window.
    for _ in range(len(others)):
        blocking = [other for other in others if other.intersects(place)]
        if not blocking:
            break
        top = min(other.top() for other in blocking)
        place.moveBottom(top - gap - 1)
        if place.top() < area.top():
            # No room above: keep the corner (covering beats being off screen).
            return wanted.topLeft()
    return place.topLeft()
