"""Where knotbreak's windows appear: on the screen the user is looking at, i.e. the mouse's.

The app's own windows never cover each other: a window placed in the bottom-right corner
(the notice, the first-run welcome) goes above any other knotbreak window already shown
there, stacked with a small gap, instead of on top of it; a centred one (the break window)
moves the least it must, left, up, right or down, to clear them, as long as it stays on
the screen.

On Wayland a client can neither place its windows nor keep them above others: the
compositor puts a new window where it puts every new window (GNOME and KDE: on the
active screen, in front; tiling compositors such as sway: into the layout). There
knotbreak does not try: the small popups (notice, prompts) get a fixed height, which
tiling compositors take as "float me" (sway floats and centres them), and the break
window opens as a normal, activated window. docs/architecture.md tells the rest.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize
from PySide6.QtGui import QCursor, QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QWidget

Anchor = Literal["center", "bottom-right"]


def cursor_screen() -> QScreen | None:
    """The screen under the mouse cursor, else the primary screen."""
    screen = QGuiApplication.screenAt(QCursor.pos())
    return screen if screen is not None else QGuiApplication.primaryScreen()


def compositor_places_windows() -> bool:
    """True on Wayland, where move() and stay-on-top are the compositor's business."""
    return QGuiApplication.platformName().startswith("wayland")


class _KeepHeightFixed(QObject):
    """Re-fixes a popup's height to its size hint whenever its layout changes."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and isinstance(watched, QWidget):
            height = watched.sizeHint().height()
            if height > 0 and watched.minimumHeight() != height:
                watched.setFixedHeight(height)
        return False


def _float_on_tiling_compositors(widget: QWidget) -> None:
    # A toplevel whose minimum and maximum height agree is a dialog to sway and other
    # wlroots compositors: floated, not tiled (and not stretched to half the screen).
    if widget.findChild(_KeepHeightFixed) is None:
        widget.installEventFilter(_KeepHeightFixed(widget))
    widget.adjustSize()
    widget.setFixedHeight(max(1, widget.sizeHint().height()))


def place_on_cursor_screen(widget: QWidget, anchor: Anchor = "center", margin: int = 24) -> None:
    """Move a top-level `widget` onto the cursor's screen, centred or in the bottom-right corner.

    Call it before `show()` (and again after, to allow for the window frame); it sizes the
    widget to its hint first, since an unshown widget has no real size yet. On Wayland
    the compositor places the window; popups are only made to float (see above).
    """
    if compositor_places_windows():
        if anchor == "bottom-right":
            _float_on_tiling_compositors(widget)
        else:
            widget.adjustSize()
        return
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


# The corners a small reminder may take, in the order it tries them.
_CORNERS = ("bottom-right", "top-right", "bottom-left", "top-left")


def place_clear_of_own_windows(widget: QWidget, margin: int = 24) -> None:
    """Put a small top-level `widget` in a corner of the cursor's screen that none of the
    app's other visible windows covers (the notice, a settings or statistics window), so
    it never hides one of them; if every corner is taken, the one it overlaps least.
    """
    if compositor_places_windows():
        _float_on_tiling_compositors(widget)
        return
    screen = cursor_screen()
    if screen is None:
        return
    widget.adjustSize()
    area: QRect = screen.availableGeometry()
    size = widget.frameGeometry().size() if widget.isVisible() else widget.size()
    others = _other_windows(widget)
    left = area.x() + margin
    right = area.right() + 1 - margin - size.width()
    top = area.y() + margin
    bottom = area.bottom() + 1 - margin - size.height()
    spots = {
        "bottom-right": QPoint(right, bottom),
        "top-right": QPoint(right, top),
        "bottom-left": QPoint(left, bottom),
        "top-left": QPoint(left, top),
    }

    def overlap(corner: str) -> int:
        rect = QRect(spots[corner], size)
        total = 0
        for other in others:
            shared = rect.intersected(other)
            if not shared.isEmpty():
                total += shared.width() * shared.height()
        return total

    best = min(_CORNERS, key=lambda corner: (overlap(corner), _CORNERS.index(corner)))
    spot = spots[best]
    spot.setX(max(area.x(), spot.x()))
    spot.setY(max(area.y(), spot.y()))
    if widget.screen() is not screen:
        widget.setScreen(screen)
    widget.move(spot)


def move_clear_of_others(widget: QWidget, margin: int = 24) -> None:
    """Move a shown window (as it is, not resized) off any other window of the app it
    covers, the least it must; it stays where it is when there is no room."""
    if compositor_places_windows():
        return
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
        # Qt's X11 tray icon is a top-level widget too, reporting the whole tray panel.
        and not other.objectName().startswith("QSystemTrayIcon")
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
