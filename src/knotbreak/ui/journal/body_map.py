"""A clickable body map: the figure from the front and from the back, side by side.

Drawn with QPainter in the team's figure style: outline strokes #37474F with round joins,
the body filled in the props' light #ECEFF1 (so the figure reads on light and dark
palettes alike), the hovered area as a soft #E4572E glow, the chosen area as a glow plus
a solid fill. Captions use the palette's text colours.

Everything is laid out in model units: each figure stands in a box FIGURE_W x FIGURE_H
(y down), the two boxes GAP apart, scaled to fit the widget. Sides are the person's own:
from the front their left is on the viewer's right, from the back on the viewer's left,
and small "left"/"right" captions under the feet say so.

Keyboard: the map takes focus; the arrow keys move the choice through the areas in list
order, and the dialog's combobox lists the same areas in the same order.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPaintEvent,
    QPalette,
    QPen,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from knotbreak.core.journal import AREA_IDS, journal_area
from knotbreak.core.journal.areas import View
from knotbreak.ui.journal.texts import area_title

STROKE_COLOR = QColor("#37474F")
HIGHLIGHT_COLOR = QColor("#E4572E")
BODY_FILL = QColor("#ECEFF1")
ZONE_LINE = QColor(120, 144, 156, 230)  # #78909C: dotted hints, about 3:1 on the body fill

FIGURE_W = 100.0
FIGURE_H = 218.0
GAP = 36.0
CAPTION_PX = 26  # room above the figures for "Front" / "Back"
SIDE_PX = 22  # room below for the "right" / "left" hints
OUTLINE = 2.6  # model units: the figure's outline
ZONE = 1.0
ZONE_RADIUS = 4.0
GLOW = 7.0
HOVER_ALPHA = 80
GLOW_ALPHA = 90
SOLID_ALPHA = 220

VIEWS: tuple[View, ...] = ("front", "back")


# Geometry (model units) ---------------------------------------------------------------


def _capsule(points: Iterable[tuple[float, float]], width: float) -> QPainterPath:
    line = QPainterPath()
    first, *rest = list(points)
    line.moveTo(*first)
    for point in rest:
        line.lineTo(*point)
    stroker = QPainterPathStroker()
    stroker.setWidth(width)
    stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
    stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return stroker.createStroke(line)


def _head() -> QPainterPath:
    head = QPainterPath()
    head.addEllipse(QPointF(50, 20), 12.5, 16)
    return head


def silhouette() -> QPainterPath:
    """The outline shared by both views (the figure is symmetric)."""
    torso = QPainterPath()
    torso.moveTo(40, 46)
    torso.lineTo(60, 46)
    torso.quadTo(75, 47, 77, 58)
    torso.lineTo(70, 70)
    torso.lineTo(67, 100)
    torso.lineTo(70, 120)
    torso.lineTo(30, 120)
    torso.lineTo(33, 100)
    torso.lineTo(30, 70)
    torso.lineTo(23, 58)
    torso.quadTo(25, 47, 40, 46)
    torso.closeSubpath()
    neck = QPainterPath()
    neck.addRect(QRectF(44, 30, 12, 20))
    body = _head().united(neck).united(torso)
    for side in (1, -1):
        body = body.united(_limbs(side))
    return body.simplified()


def _limbs(side: int) -> QPainterPath:
    """An arm, its hand and a leg: on the viewer's right for side 1, mirrored for -1."""
    # A module function, not a `def` inside the loop above: pyside6-lupdate (6.11) loses
    # track of classes after a nested def in a for loop and files BodyMap's self.tr()
    # texts under an empty context, where no translation is ever looked up.

    def x(value: float) -> float:
        return 50 + side * (value - 50)

    limbs = _capsule([(x(72), 57), (x(79), 98), (x(83), 136)], 12)
    hand = QPainterPath()
    hand.addEllipse(QPointF(x(84), 146), 6, 9)
    limbs = limbs.united(hand)
    return limbs.united(_capsule([(x(59), 116), (x(60), 160), (x(60), 207)], 18))


def _box(x0: float, y0: float, x1: float, y1: float, radius: float = 0.0) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(x0, y0, x1 - x0, y1 - y0), radius, radius)
    return path


def _mirror_x(x0: float, x1: float) -> tuple[float, float]:
    return FIGURE_W - x1, FIGURE_W - x0


def _zones(view: View) -> dict[str, QPainterPath]:
    """Area id -> its zone on one figure, clipped to the body."""
    body = silhouette()
    head = _head()
    # On the front view the person's right side is on the viewer's left.
    near, far = ("right", "left") if view == "front" else ("left", "right")
    boxes: dict[str, tuple[float, float, float, float]] = {}

    def pair(stem: str, x0: float, y0: float, x1: float, y1: float) -> None:
        boxes[f"{stem}-{near}"] = (x0, y0, x1, y1)
        mx0, mx1 = _mirror_x(x0, x1)
        boxes[f"{stem}-{far}"] = (mx0, y0, mx1, y1)

    zones: dict[str, QPainterPath] = {}
    if view == "front":
        zones["head"] = head.intersected(_box(0, 0, 100, 18.5))
        zones["eyes"] = head.intersected(_box(0, 18.5, 100, 25.5))
        zones["jaw"] = head.intersected(_box(0, 27, 100, 37))
        boxes["chest"] = (37, 50, 63, 80)
        pair("hip", 29, 100, 50, 121)
        pair("thigh-front", 27, 121, 50, 166)
    else:
        zones["head"] = head.intersected(_box(0, 0, 100, 30))
        pair("upper-back", 37, 50, 50, 84)
        pair("lower-back", 30, 84, 50, 103)
        pair("glute", 29, 103, 50, 124)
        pair("thigh-back", 27, 124, 50, 166)
    pair("neck", 44, 37, 50, 50)
    pair("shoulder", 16, 47, 37, 66)
    pair("forearm", 4, 98, 30, 136)
    pair("wrist", 4, 136, 30, 158)
    for area_id, (x0, y0, x1, y1) in boxes.items():
        # Rounded corners where a zone meets its neighbours: softer, like the glow.
        zones[area_id] = body.intersected(_box(x0, y0, x1, y1, ZONE_RADIUS))
    return {area_id: zones[area_id] for area_id in AREA_IDS if area_id in zones}


class BodyMap(QWidget):
    """Emits area_chosen(id) when the user clicks an area or moves with the arrow keys."""

    area_chosen = Signal(str)
    hovered = Signal(str)
    """The area under the pointer, "" when none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zones: dict[View, dict[str, QPainterPath]] = {view: _zones(view) for view in VIEWS}
        self._body = silhouette()
        self._selected: str | None = None
        self._hover: str | None = None
        self._keyboard_focus = False
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(300, 280)
        self.setAccessibleName(self.tr("Body map"))
        self._describe()

    # Public -------------------------------------------------------------------------

    @property
    def selected(self) -> str | None:
        return self._selected

    def set_area(self, area_id: str | None) -> None:
        """Show `area_id` as chosen (no signal: the caller already knows)."""
        if area_id is not None and journal_area(area_id) is None:
            area_id = None
        if area_id != self._selected:
            self._selected = area_id
            self._describe()
            self.update()

    def area_at(self, point: QPointF) -> str | None:
        for view in VIEWS:
            model = self._transform(view).inverted()[0].map(point)
            for area_id, zone in self._zones[view].items():
                if zone.contains(model):
                    return area_id
        return None

    def area_centre(self, area_id: str, view: View | None = None) -> QPointF:
        """A point inside the area's zone, in widget coordinates (for tests and tools)."""
        for candidate in (view,) if view else VIEWS:
            zone = self._zones[candidate].get(area_id)
            if zone is None:
                continue
            inside = point_inside(zone)
            return self._transform(candidate).map(inside)
        raise KeyError(area_id)

    def views_of(self, area_id: str) -> tuple[View, ...]:
        return tuple(view for view in VIEWS if area_id in self._zones[view])

    def sizeHint(self) -> QSize:
        return QSize(460, 420)

    # Events -------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._set_hover(self.area_at(event.position()))

    def leaveEvent(self, event: object) -> None:
        self._set_hover(None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        area_id = self.area_at(event.position())
        if area_id is not None:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self._choose(area_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Up: -1,
        }.get(Qt.Key(event.key()))
        if step is None:
            super().keyPressEvent(event)
            return
        if self._selected is None:
            index = 0 if step > 0 else len(AREA_IDS) - 1
        else:
            index = (AREA_IDS.index(self._selected) + step) % len(AREA_IDS)
        self._keyboard_focus = True
        self._choose(AREA_IDS[index])

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # The frame says "the arrow keys work here": only worth showing to keyboard users.
        self._keyboard_focus = event.reason() in (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
            Qt.FocusReason.ShortcutFocusReason,
        )
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        palette = self.palette()
        for view in VIEWS:
            self._paint_figure(painter, view)
            self._paint_captions(painter, view, palette)
        if self.hasFocus() and self._keyboard_focus:
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 1.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 6, 6)
        painter.end()

    # Internals ------------------------------------------------------------------------

    def _choose(self, area_id: str) -> None:
        self.set_area(area_id)
        self.area_chosen.emit(area_id)

    def _set_hover(self, area_id: str | None) -> None:
        if area_id == self._hover:
            return
        self._hover = area_id
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if area_id else Qt.CursorShape.ArrowCursor
        )
        self.setToolTip(area_title(area_id) if area_id else "")
        self.hovered.emit(area_id or "")
        self.update()

    def _describe(self) -> None:
        if self._selected is None:
            text = self.tr("No area chosen. Use the arrow keys to choose one.")
        else:
            text = self.tr("Chosen: {area}. Use the arrow keys to choose another.").format(
                area=area_title(self._selected)
            )
        self.setAccessibleDescription(text)

    def _layout(self) -> tuple[float, float, float]:
        """Scale and top-left offset of the pair of figures."""
        width = self.width()
        height = self.height() - CAPTION_PX - SIDE_PX
        total_w = 2 * FIGURE_W + GAP
        scale = max(0.1, min(width / total_w, height / FIGURE_H))
        left = (width - total_w * scale) / 2
        top = CAPTION_PX + (height - FIGURE_H * scale) / 2
        return scale, left, top

    def _transform(self, view: View) -> QTransform:
        scale, left, top = self._layout()
        shift = 0.0 if view == "front" else FIGURE_W + GAP
        return QTransform(scale, 0, 0, scale, left + shift * scale, top)

    def _paint_figure(self, painter: QPainter, view: View) -> None:
        painter.save()
        painter.setTransform(self._transform(view))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BODY_FILL)
        painter.drawPath(self._body)
        zones = self._zones[view]
        zone_pen = QPen(ZONE_LINE, ZONE, Qt.PenStyle.DotLine, Qt.PenCapStyle.RoundCap)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(zone_pen)
        for zone in zones.values():
            painter.drawPath(zone)
        if self._hover in zones and self._hover != self._selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_alpha(HIGHLIGHT_COLOR, HOVER_ALPHA))
            painter.drawPath(zones[self._hover])
        if self._selected in zones:
            zone = zones[self._selected]
            glow = QPen(_alpha(HIGHLIGHT_COLOR, GLOW_ALPHA), GLOW)
            glow.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(glow)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(zone)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_alpha(HIGHLIGHT_COLOR, SOLID_ALPHA))
            painter.drawPath(zone)
        outline = QPen(STROKE_COLOR, OUTLINE, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                       Qt.PenJoinStyle.RoundJoin)
        painter.setPen(outline)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._body)
        if view == "front":
            # Eyes and a mouth tell the front view from the back at a glance.
            painter.setPen(QPen(STROKE_COLOR, 2.2, Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap))
            painter.drawPoint(QPointF(45.5, 21.5))
            painter.drawPoint(QPointF(54.5, 21.5))
            painter.setPen(QPen(STROKE_COLOR, 1.4, Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap))
            painter.drawLine(QPointF(47, 30), QPointF(53, 30))
        else:
            # The spine: a quiet line down the middle of the back.
            painter.setPen(QPen(_alpha(STROKE_COLOR, 110), 1.3, Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap))
            painter.drawLine(QPointF(50, 50), QPointF(50, 103))
        painter.restore()

    def _paint_captions(self, painter: QPainter, view: View, palette: QPalette) -> None:
        scale, left, top = self._layout()
        shift = 0.0 if view == "front" else FIGURE_W + GAP
        x0 = left + shift * scale
        width = FIGURE_W * scale
        painter.save()
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        title = self.tr("Front") if view == "front" else self.tr("Back")
        painter.drawText(QRectF(x0, 0, width, CAPTION_PX), Qt.AlignmentFlag.AlignCenter, title)
        font.setBold(False)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        bottom = top + FIGURE_H * scale
        near, far = (self.tr("right"), self.tr("left"))
        if view == "back":
            near, far = far, near
        band = QRectF(x0, bottom, width, SIDE_PX)
        painter.drawText(band, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, near)
        painter.drawText(band, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, far)
        painter.restore()


def _alpha(color: QColor, alpha: int) -> QColor:
    faded = QColor(color)
    faded.setAlpha(alpha)
    return faded


def point_inside(zone: QPainterPath) -> QPointF:
    """The bounding box's centre if it is inside, else the inside point nearest to it."""
    box = zone.boundingRect()
    centre = box.center()
    if zone.contains(centre):
        return centre
    best: QPointF | None = None
    steps = 24
    for i in range(1, steps):
        for j in range(1, steps):
            point = QPointF(box.left() + box.width() * i / steps,
                            box.top() + box.height() * j / steps)
            if zone.contains(point) and (
                best is None
                or (point - centre).manhattanLength() < (best - centre).manhattanLength()
            ):
                best = point
    return best if best is not None else centre
