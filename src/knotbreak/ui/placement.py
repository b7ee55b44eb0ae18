"""Where knotbreak's windows appear: on the screen the user is looking at, i.e. the mouse's.

On Wayland a client can neither place its windows nor keep them above others: the
compositor puts a new window where it puts every new window (GNOME and KDE: on the
active screen, in front; tiling compositors such as sway: into the layout). There
knotbreak does not try: the small popups (notice, prompts) get a fixed height, which
tiling compositors take as "float me" (sway floats and centres them), and the break
window opens as a normal, activated window. docs/architecture.md tells the rest.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QEvent, QObject, QPoint, QRect
from PySide6.QtGui import QCursor, QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

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
    else:
        top_left = QPoint(
            area.right() + 1 - margin - size.width(),
            area.bottom() + 1 - margin - size.height(),
        )
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
    from PySide6.QtWidgets import QApplication

    screen = cursor_screen()
    if screen is None:
        return
    widget.adjustSize()
    area: QRect = screen.availableGeometry()
    size = widget.frameGeometry().size() if widget.isVisible() else widget.size()
    others = [
        other.frameGeometry()
        for other in QApplication.topLevelWidgets()
        if other is not widget and other.isVisible() and other.isWindow()
        # Qt's X11 tray icon is a top-level widget too, reporting the whole tray panel.
        and not other.objectName().startswith("QSystemTrayIcon")
    ]
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
