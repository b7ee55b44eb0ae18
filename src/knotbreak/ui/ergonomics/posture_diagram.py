"""The side-view posture diagram: a seated figure with the target angles and distances.

Drawn with QPainter in the team's figure style (strokes #37474F with round caps about 6 %
of the figure's height, targets in #E4572E as a soft glow under a solid line, props in
#B0BEC5 filled #ECEFF1, transparent background). Geometry is in a fixed logical canvas
scaled to fit, so it stays sharp on screen, in the PDF and when the window is resized.
On a dark palette the widget draws with the dark figure colours (ui/palette.py); the PDF
report is always printed light.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from knotbreak.ui.palette import LIGHT_FIGURE, FigureColors, figure_colors
from knotbreak.ui.translations import QT_TRANSLATE_NOOP, translate

FIGURE_COLOR = LIGHT_FIGURE.stroke
TARGET_COLOR = LIGHT_FIGURE.highlight
PROP_LINE = LIGHT_FIGURE.prop_stroke
PROP_FILL = LIGHT_FIGURE.prop_fill

CANVAS_W = 150.0
SHIFT_X = 18.0  # room on the left for the backrest label
CANVAS_H = 104.0
FLOOR_Y = 98.0
FIGURE_HEIGHT = 80.0  # head top to floor, seated
STROKE = 0.06 * FIGURE_HEIGHT

DESCRIPTION = QT_TRANSLATE_NOOP(
    "PostureDiagram",
    "Side view of a person sitting well: the top of the screen is level with the eyes, "
    "the screen is about an arm's length away (50 to 100 cm), elbows are open to about "
    "90 to 110 degrees, hips and knees are at about 90 degrees, feet are flat on the floor "
    "and the back rests against the backrest.",
)

# Joints of the seated figure, facing right, in canvas units (y down).
HEAD = QPointF(33.0, 25.0)
HEAD_R = 6.8
EYE = QPointF(37.5, 24.0)
NECK = QPointF(30.5, 33.0)
SHOULDER = QPointF(29.0, 39.0)
HIP = QPointF(33.0, 69.0)
KNEE = QPointF(60.0, 69.0)
ANKLE = QPointF(60.0, 94.0)
HEEL = QPointF(57.0, FLOOR_Y - STROKE / 2)
TOE = QPointF(70.0, FLOOR_Y - STROKE / 2)
ELBOW = QPointF(31.5, 58.5)
HAND = QPointF(52.0, 58.5)

DESK_TOP = 62.0
SCREEN_TOP = QPointF(95.0, EYE.y())
SCREEN_BOTTOM = QPointF(93.0, 46.0)


def paint_posture_diagram(
    painter: QPainter,
    target: QRectF,
    *,
    labels: bool = True,
    colors: FigureColors = LIGHT_FIGURE,
) -> None:
    """Draw the diagram fitted (aspect kept, centred) into `target`."""
    scale = min(target.width() / CANVAS_W, target.height() / CANVAS_H)
    if scale <= 0:
        return
    offset_x = target.x() + (target.width() - CANVAS_W * scale) / 2
    offset_y = target.y() + (target.height() - CANVAS_H * scale) / 2
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.translate(offset_x, offset_y)
        painter.scale(scale, scale)
        painter.translate(SHIFT_X, 0)
        _props(painter, colors)
        _targets(painter, colors.highlight)
        _figure(painter, colors)
        if labels:
            # The target's left edge in the labels' (device-sized) coordinates.
            left_edge = target.x() - offset_x - SHIFT_X * scale
            right_edge = left_edge + target.width()
            _labels(painter, scale, colors.stroke, (left_edge, right_edge))
    finally:
        painter.restore()


def posture_image(width: int, height: int, *, labels: bool = True) -> QImage:
    """The diagram on a transparent image (for the PDF report)."""
    image = QImage(max(1, width), max(1, height), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        paint_posture_diagram(painter, QRectF(0, 0, width, height), labels=labels)
    finally:
        painter.end()
    return image


def _pen(color: QColor, width: float, dashed: bool = False) -> QPen:
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def _props(p: QPainter, colors: FigureColors) -> None:
    p.setPen(_pen(colors.prop_stroke, 0.8))
    p.setBrush(colors.prop_fill)
    # Floor
    p.drawLine(QPointF(2 - SHIFT_X, FLOOR_Y), QPointF(CANVAS_W - SHIFT_X - 2, FLOOR_Y))
    # Chair: backrest following the slightly reclined back, seat, post, base and castors.
    back = QPainterPath()
    back.moveTo(21.0, 38.0)
    back.lineTo(26.5, 38.0)
    back.lineTo(29.0, 66.0)
    back.lineTo(23.5, 66.0)
    back.closeSubpath()
    p.drawPath(back)
    p.drawRoundedRect(QRectF(22.0, 72.0, 30.0, 4.5), 1.5, 1.5)
    p.drawRect(QRectF(35.0, 76.5, 3.0, 14.0))
    p.drawRoundedRect(QRectF(22.0, 90.5, 29.0, 2.5), 1.0, 1.0)
    for x in (24.0, 36.5, 49.0):
        p.drawEllipse(QPointF(x, 95.5), 2.2, 2.2)
    # Desk top and leg (knees go underneath).
    p.drawRect(QRectF(47.0, DESK_TOP, 80.0, 3.5))
    p.drawRect(QRectF(121.0, DESK_TOP + 3.5, 3.5, FLOOR_Y - DESK_TOP - 3.5))
    # Keyboard and mouse hand rest on the desk.
    p.drawRoundedRect(QRectF(47.5, DESK_TOP - 2.0, 13.0, 2.0), 0.6, 0.6)
    # Screen, top tipped slightly back, on a stand.
    screen = QPainterPath()
    screen.moveTo(SCREEN_TOP.x() - 0.5, SCREEN_TOP.y() - 1.5)
    screen.lineTo(SCREEN_TOP.x() + 2.5, SCREEN_TOP.y() - 1.5)
    screen.lineTo(SCREEN_BOTTOM.x() + 2.5, SCREEN_BOTTOM.y())
    screen.lineTo(SCREEN_BOTTOM.x() - 0.5, SCREEN_BOTTOM.y())
    screen.closeSubpath()
    p.drawPath(screen)
    p.drawRect(QRectF(95.0, SCREEN_BOTTOM.y(), 2.0, DESK_TOP - SCREEN_BOTTOM.y()))
    p.drawRoundedRect(QRectF(90.0, DESK_TOP - 1.5, 12.0, 1.5), 0.5, 0.5)


def _glow_line(
    p: QPainter, a: QPointF, b: QPointF, width: float, target: QColor, dashed: bool = False
) -> None:
    glow = QColor(target)
    glow.setAlphaF(0.22)
    p.setPen(_pen(glow, width * 2.6))
    p.drawLine(a, b)
    p.setPen(_pen(target, width, dashed))
    p.drawLine(a, b)


def _arc(
    p: QPainter, centre: QPointF, radius: float, start_deg: float, span_deg: float, target: QColor
) -> None:
    """An angle marker: soft glow plus a solid arc (angles counter-clockwise from +x)."""
    rect = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
    glow = QColor(target)
    glow.setAlphaF(0.22)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(_pen(glow, 3.2))
    p.drawArc(rect, round(start_deg * 16), round(span_deg * 16))
    p.setPen(_pen(target, 1.2))
    p.drawArc(rect, round(start_deg * 16), round(span_deg * 16))


def _arrow_head(p: QPainter, tip: QPointF, towards: QPointF, size: float = 2.2) -> None:
    angle = math.atan2(tip.y() - towards.y(), tip.x() - towards.x())
    for side in (-1, 1):
        end = QPointF(
            tip.x() - size * math.cos(angle + side * 0.5),
            tip.y() - size * math.sin(angle + side * 0.5),
        )
        p.drawLine(tip, end)


def _targets(p: QPainter, target: QColor) -> None:
    # Eye line to the top of the screen.
    _glow_line(p, QPointF(EYE.x() + 1.5, EYE.y()), QPointF(SCREEN_TOP.x() - 1.0, EYE.y()), 1.0,
               target, dashed=True)  # fmt: skip
    # Viewing distance: about an arm's length.
    y = 12.0
    left, right = QPointF(EYE.x(), y), QPointF(SCREEN_TOP.x(), y)
    _glow_line(p, left, right, 1.0, target)
    p.setPen(_pen(target, 1.0))
    _arrow_head(p, left, right)
    _arrow_head(p, right, left)
    thin = _pen(target, 0.5, dashed=True)
    p.setPen(thin)
    p.drawLine(QPointF(EYE.x(), y + 1), QPointF(EYE.x(), EYE.y() - 2))
    p.drawLine(QPointF(SCREEN_TOP.x(), y + 1), QPointF(SCREEN_TOP.x(), SCREEN_TOP.y() - 2))
    # Feet flat on the floor.
    _glow_line(p, HEEL, TOE, 1.6, target)
    # Angles: elbow (upper arm to forearm), hip (back to thigh), knee (thigh to shin).
    upper_arm = math.degrees(math.atan2(-(SHOULDER.y() - ELBOW.y()), SHOULDER.x() - ELBOW.x()))
    _arc(p, ELBOW, 6.0, 0.0, upper_arm, target)
    trunk = math.degrees(math.atan2(-(SHOULDER.y() - HIP.y()), SHOULDER.x() - HIP.x()))
    _arc(p, HIP, 7.0, 0.0, trunk, target)
    _arc(p, KNEE, 6.0, 180.0, 90.0, target)


def _figure(p: QPainter, colors: FigureColors) -> None:
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(_pen(colors.stroke, STROKE))
    legs = QPainterPath(HIP)
    legs.lineTo(KNEE)
    legs.lineTo(ANKLE)
    p.drawPath(legs)
    p.drawLine(HEEL, TOE)
    p.drawLine(ANKLE, QPointF(ANKLE.x(), HEEL.y()))
    body = QPainterPath(HIP)
    body.lineTo(SHOULDER)
    body.lineTo(NECK)
    p.drawPath(body)
    arm = QPainterPath(SHOULDER)
    arm.lineTo(ELBOW)
    arm.lineTo(HAND)
    p.drawPath(arm)
    p.setBrush(colors.stroke)
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(HEAD, HEAD_R, HEAD_R)
    p.setBrush(colors.eye)
    p.drawEllipse(EYE, 0.9, 0.9)


def _labels(
    p: QPainter, scale: float, color: QColor, edges: tuple[float, float] = (-1e9, 1e9)
) -> None:
    # Text is drawn at device size so it stays readable when the diagram is small.
    font = QFont(p.font())
    pixel = max(9.0, 3.4 * scale)
    font.setPixelSize(round(pixel))
    p.save()
    p.scale(1 / scale, 1 / scale)
    p.setFont(font)
    p.setPen(color)

    metrics = QFontMetricsF(font)

    def text(x: float, y: float, words: str, align: Qt.AlignmentFlag) -> None:
        # Labels are drawn at a readable size even when the picture is small, so one could
        # run off the picture ("ack supported"): keep each wholly inside it.
        width = metrics.horizontalAdvance(words)
        start = {
            Qt.AlignmentFlag.AlignLeft: x * scale,
            Qt.AlignmentFlag.AlignRight: x * scale - width,
        }.get(align, x * scale - width / 2)
        low, high = edges[0] + 2, edges[1] - 2 - width
        start = max(low, min(start, high)) if high >= low else low
        box = QRectF(start, y * scale - 0.7 * pixel, width + 1, 1.4 * pixel)
        align = Qt.AlignmentFlag.AlignLeft
        flags = align | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextDontClip
        p.drawText(box, int(flags), words)

    left, right, centre = (
        Qt.AlignmentFlag.AlignLeft,
        Qt.AlignmentFlag.AlignRight,
        Qt.AlignmentFlag.AlignHCenter,
    )
    mid = (EYE.x() + SCREEN_TOP.x()) / 2
    text(mid, 7.0, translate("PostureDiagram", "About an arm's length (50–100 cm)"), centre)  # noqa: RUF001
    text(mid + 6, EYE.y() - 3.5, translate("PostureDiagram", "Top of screen at eye level"), centre)
    text(ELBOW.x() + 8.0, 52.0, translate("PostureDiagram", "Elbows 90–110°"), left)  # noqa: RUF001
    text(KNEE.x() + 4.0, 76.0, translate("PostureDiagram", "Hips and knees about 90°"), left)
    text(TOE.x() + 3.0, FLOOR_Y - 3.0, translate("PostureDiagram", "Feet flat"), left)
    text(20.0, 50.0, translate("PostureDiagram", "Back supported"), right)
    text(SCREEN_TOP.x() + 5.0, 36.0, translate("PostureDiagram", "Screen"), left)
    p.restore()


class PostureDiagram(QWidget):
    """The diagram as a widget; scales with the window and keeps its proportions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Posture diagram"))
        self.setAccessibleDescription(self.tr(DESCRIPTION))
        self.setToolTip(self.tr(DESCRIPTION))
        self.setMinimumSize(260, 200)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return round(width * CANVAS_H / CANVAS_W)

    def sizeHint(self) -> QSize:
        return QSize(420, round(420 * CANVAS_H / CANVAS_W))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            # The palette is read on every paint: a scheme switch repaints it in the new one.
            paint_posture_diagram(
                painter, QRectF(self.rect()), colors=figure_colors(self.palette())
            )
        finally:
            painter.end()
