"""Draws the stretch figure (knotbreak.core.figure) with QPainter, in the team style.

Strokes #37474F with round caps (limbs ~6 % of the figure's height, the trunk a little
wider), the target area in #E4572E (a soft glow plus the solid segment), props in
#B0BEC5 filled #ECEFF1, motion arrows in a quieter slate, transparent background.
Limbs on the far side of a side view are drawn in a lighter tone so depth reads.
On a dark palette the caller passes `DARK_FIGURE` (ui/palette.py): the same picture with
light strokes, so the figure does not vanish into the background.

Everything is drawn in the model's box units through one transform, so the picture is
the same at 160 px and at 600 px.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QRadialGradient,
    QTransform,
)

from knotbreak.core.figure.pose import (
    FLOOR_Y,
    HAND_OUTLINE,
    SEAT_Y,
    Figure,
    GlowSpot,
    Hand,
    HighlightPiece,
    Pose,
    PoseEntry,
    Prop,
    Segment,
    finger_width,
    forward_kinematics,
    glow_center,
    highlight_pieces,
    mirror_entry,
    stroke_for,
    stroke_width,
)
from knotbreak.ui.palette import LIGHT_FIGURE, FigureColors

# The light scheme's colours under their old names (tests and the contact sheet use them).
STROKE_COLOR = LIGHT_FIGURE.stroke
FAR_COLOR = LIGHT_FIGURE.far
HIGHLIGHT_COLOR = LIGHT_FIGURE.highlight
PROP_STROKE = LIGHT_FIGURE.prop_stroke
PROP_FILL = LIGHT_FIGURE.prop_fill
ARROW_COLOR = LIGHT_FIGURE.arrow

PROP_STROKE_FACTOR = 0.32
GLOW_ALPHA = 80

_BACK_PROPS = ("floor", "chair", "desk", "screen", "wall", "door", "step", "far", "sight")

Annotate = Callable[[QPainter, Figure], None]


def _pen(color: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(color, width, style, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    return pen


def box_transform(rect: QRectF, view_box: Sequence[float]) -> QTransform:
    """Maps the model's box (y up) onto `rect` (y down), keeping proportions, centred."""
    x0, y0, x1, y1 = view_box
    scale = min(rect.width() / (x1 - x0), rect.height() / (y1 - y0))
    cx = rect.center().x() - (x0 + x1) / 2 * scale
    cy = rect.center().y() + (y0 + y1) / 2 * scale
    return QTransform(scale, 0.0, 0.0, -scale, cx, cy)


def _stroke_for(view_box: Sequence[float]) -> float:
    return stroke_for((view_box[0], view_box[1], view_box[2], view_box[3]))


def paint_figure(
    painter: QPainter,
    rect: QRectF,
    pose: Pose,
    props: Iterable[Prop] = (),
    highlight: Iterable[str] = (),
    view_box: Sequence[float] = (0.0, 0.0, 1.0, 1.0),
    annotate: Annotate | None = None,
    colors: FigureColors = LIGHT_FIGURE,
    close_up: bool = False,
) -> Figure:
    """Draws any pose with props and highlighted areas into `rect`; returns the geometry.

    `annotate(painter, figure)` runs last with the painter still in box units (y up), so
    a caller can add marks (angles, labels via its own transform) on top. A `close_up`
    draws each hand whole (palm, fingers with their joints, thumb) instead of its strokes.
    """
    figure = forward_kinematics(pose)
    props = tuple(props)
    stroke = _stroke_for(view_box)
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setClipRect(rect)
        painter.setTransform(box_transform(rect, view_box), True)
        for prop in props:
            if prop.kind in _BACK_PROPS:
                _paint_prop(painter, prop, figure, stroke, view_box, colors)
        pieces, spots, eyes = highlight_pieces(figure, highlight)
        hot_hands: set[str] = set()
        if close_up:
            # The whole hand replaces the hand strokes, highlighted or not.
            hot_hands = {p.segment[-1] for p in pieces if figure.segment(p.segment).kind == "hand"}
            pieces = [p for p in pieces if figure.segment(p.segment).kind != "hand"]
        _paint_glow(painter, figure, pieces, spots, eyes, stroke, colors.highlight)
        _paint_body(painter, figure, stroke, colors, close_up, hot_hands)
        _paint_solid_highlight(painter, figure, pieces, eyes, stroke, colors.highlight)
        if pieces and _face_tips_down(figure):
            # A nodding face comes in front of the neck: keep its nose and eyes over the
            # neck's highlight, or the nod and the way the head turns do not show.
            _paint_head(painter, figure, colors.stroke, colors.eye)
            if eyes:
                _paint_solid_highlight(painter, figure, (), eyes, stroke, colors.highlight)
        for prop in props:
            if prop.kind not in _BACK_PROPS:
                _paint_prop(painter, prop, figure, stroke, view_box, colors)
        if annotate is not None:
            annotate(painter, figure)
    finally:
        painter.restore()
    return figure


def paint_pose(
    painter: QPainter,
    rect: QRectF,
    pose_entry: PoseEntry,
    t: float = 1.0,
    mirrored: bool = False,
    annotate: Annotate | None = None,
    colors: FigureColors = LIGHT_FIGURE,
    phase: float | None = None,
) -> Figure:
    """Draws a stretch `t` of the way (0 = start, 1 = hold), optionally for the other side;
    with `phase`, the moment `phase` (0..1) of one repetition instead (see
    `PoseEntry.rep_pose`)."""
    entry = mirror_entry(pose_entry) if mirrored else pose_entry
    if phase is not None:
        pose, props = entry.rep_pose(phase), entry.props_at(entry.rep_time(phase))
    else:
        pose, props = entry.at(t), entry.props_at(t)
    return paint_figure(
        painter,
        QRectF(rect),
        pose,
        props,
        entry.highlight,
        entry.view_box,
        annotate,
        colors,
        entry.close_up,
    )


def render_pose_pixmap(
    pose_entry: PoseEntry,
    size: QSize,
    t: float = 1.0,
    mirrored: bool = False,
    device_pixel_ratio: float = 1.0,
    colors: FigureColors = LIGHT_FIGURE,
) -> QPixmap:
    """A transparent pixmap of the stretch, sharp on high-DPI screens."""
    ratio = max(device_pixel_ratio, 0.1)
    pixmap = QPixmap(max(1, round(size.width() * ratio)), max(1, round(size.height() * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        paint_pose(
            painter,
            QRectF(0, 0, size.width(), size.height()),
            pose_entry,
            t,
            mirrored,
            colors=colors,
        )
    finally:
        painter.end()
    return pixmap


# --- the body -------------------------------------------------------------------------


def _width(kind: str, stroke: float) -> float:
    return stroke_width(kind, stroke)


def _line(painter: QPainter, a: tuple[float, float], b: tuple[float, float]) -> None:
    painter.drawLine(QPointF(*a), QPointF(*b))


def _paint_body(
    painter: QPainter,
    figure: Figure,
    stroke: float,
    colors: FigureColors,
    close_up: bool = False,
    hot_hands: set[str] | None = None,
) -> None:
    """Far parts first, near parts last (the painter's algorithm on each stroke's depth),
    so a near arm crosses over the trunk and a crossed leg over the other; the head takes
    its place in that order. Limbs on the far side of the body are drawn a lighter tone.
    A close-up draws each hand whole, at the depth of its wrist."""
    hot = hot_hands or set()
    items: list[tuple[float, int, Segment | Hand | None]] = [
        (segment.depth, i, segment)
        for i, segment in enumerate(figure.segments)
        if not (close_up and segment.kind == "hand")
    ]
    items.append((figure.head_depth, len(items), None))
    if close_up:
        for side, hand in sorted(figure.hands.items()):
            items.append((figure.segment(f"hand_{side}").depth, len(items), hand))
    for _depth, _i, item in sorted(items, key=lambda item: (item[0], item[1])):
        if item is None:
            _paint_head(painter, figure, colors.stroke, colors.eye)
        elif isinstance(item, Hand):
            far = figure.segment(f"hand_{item.side}").far
            _paint_hand(painter, item, colors, item.side in hot, finger_width(stroke), far)
        else:
            color = colors.far if item.far else colors.stroke
            painter.setPen(_pen(color, _width(item.kind, stroke)))
            _line(painter, item.a, item.b)


def _paint_hand(
    painter: QPainter,
    hand: Hand,
    colors: FigureColors,
    hot: bool,
    width: float,
    far: bool = False,
) -> None:
    """The palm, then the fingers and thumb from the farthest to the nearest: each over a
    rim in the panel's tone (so a finger in front of another stays separate) with its
    joints marked, so a hook, a fist and a straight fist read apart."""
    # A hand on the far side takes the far limbs' lighter tone, so a helping hand on
    # the other one reads as the other hand.
    fill = colors.highlight if hot else (colors.far if far else colors.stroke)
    rim = colors.eye
    if hot:
        painter.setPen(_pen(_glow_color(colors.highlight, GLOW_ALPHA), width * 2.4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolygon([QPointF(*p) for p in hand.palm])
        for digit in hand.digits:
            painter.drawPolyline([QPointF(*p) for p in digit.points])
    painter.setPen(_pen(fill, width))
    painter.setBrush(fill)
    painter.drawPolygon([QPointF(*p) for p in hand.palm])
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for digit in sorted(hand.digits, key=lambda d: d.depth):
        line = [QPointF(*p) for p in digit.points]
        # The rim starts past the knuckle, so it does not cut a groove into the palm.
        ax, ay = digit.points[0]
        bx, by = digit.points[1]
        rim_line = [QPointF(ax + (bx - ax) * 0.45, ay + (by - ay) * 0.45), *line[1:]]
        painter.setPen(_pen(rim, width * HAND_OUTLINE))
        painter.drawPolyline(rim_line)
        painter.setPen(_pen(fill, width))
        painter.drawPolyline(line)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(rim)
        for x, y in digit.points[1:-1]:
            painter.drawEllipse(QPointF(x, y), width * 0.16, width * 0.16)
        painter.setBrush(Qt.BrushStyle.NoBrush)


def _face_tips_down(figure: Figure) -> bool:
    """Whether the nose shows in front of the head and below its centre (a nod)."""
    if figure.nose is None or figure.nose_behind:
        return False
    return figure.nose[1] < figure.head_center[1] - figure.head_radius * 0.35


def _paint_head(painter: QPainter, figure: Figure, color: QColor, eye: QColor) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    cx, cy = figure.head_center
    r = figure.head_radius
    # A small nose bump on the outline shows where the face points (and, seen from
    # behind, that it points away).
    if figure.nose is not None:
        painter.drawEllipse(QPointF(*figure.nose), r * 0.28, r * 0.28)
    painter.drawEllipse(QPointF(cx, cy), r, r)
    # Eyes in the panel's tone: where the face looks, how far it turns, whether it nods.
    painter.setBrush(eye)
    for point in figure.eyes:
        painter.drawEllipse(QPointF(*point), r * 0.15, r * 0.15)


# --- highlight ------------------------------------------------------------------------


def _glow_color(highlight: QColor, alpha: int) -> QColor:
    color = QColor(highlight)
    color.setAlpha(alpha)
    return color


def _piece_points(
    figure: Figure, segment: str, t0: float, t1: float
) -> tuple[tuple[float, float], tuple[float, float]]:
    seg = figure.segment(segment)
    return seg.point_at(t0), seg.point_at(t1)


def _paint_glow(
    painter: QPainter,
    figure: Figure,
    pieces: Sequence[HighlightPiece],
    spots: Sequence[GlowSpot],
    eyes: bool,
    stroke: float,
    highlight: QColor,
) -> None:
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for piece in pieces:
        seg = figure.segment(piece.segment)
        a, b = _piece_points(figure, piece.segment, piece.t0, piece.t1)
        # The trunk is already wide: a narrower halo, the glow spots say front or back.
        halo = {"torso": 1.7, "hand": 1.35}.get(seg.kind, 2.4)
        painter.setPen(_pen(_glow_color(highlight, GLOW_ALPHA), _width(seg.kind, stroke) * halo))
        _line(painter, a, b)
    painter.setPen(Qt.PenStyle.NoPen)
    for spot in spots:
        cx, cy = glow_center(figure, spot)
        gradient = QRadialGradient(QPointF(cx, cy), spot.radius)
        gradient.setColorAt(0.0, _glow_color(highlight, 150))
        gradient.setColorAt(0.55, _glow_color(highlight, 95))
        gradient.setColorAt(1.0, _glow_color(highlight, 0))
        painter.setBrush(QBrush(gradient))
        painter.drawEllipse(QPointF(cx, cy), spot.radius, spot.radius)
    if eyes:
        ex, ey = figure.points["eye"]
        radius = figure.head_radius * 0.9
        gradient = QRadialGradient(QPointF(ex, ey), radius)
        gradient.setColorAt(0.0, _glow_color(highlight, 150))
        gradient.setColorAt(1.0, _glow_color(highlight, 0))
        painter.setBrush(QBrush(gradient))
        painter.drawEllipse(QPointF(ex, ey), radius, radius)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _paint_solid_highlight(
    painter: QPainter,
    figure: Figure,
    pieces: Sequence[HighlightPiece],
    eyes: bool,
    stroke: float,
    highlight: QColor,
) -> None:
    for piece in pieces:
        seg = figure.segment(piece.segment)
        a, b = _piece_points(figure, piece.segment, piece.t0, piece.t1)
        painter.setPen(_pen(highlight, _width(seg.kind, stroke)))
        _line(painter, a, b)
    if eyes:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(highlight)
        painter.drawEllipse(
            QPointF(*figure.points["eye"]), figure.head_radius * 0.24, figure.head_radius * 0.24
        )
        painter.setBrush(Qt.BrushStyle.NoBrush)


# --- props ----------------------------------------------------------------------------


def _prop_style(painter: QPainter, stroke: float, colors: FigureColors) -> None:
    painter.setPen(_pen(colors.prop_stroke, stroke * PROP_STROKE_FACTOR))
    painter.setBrush(colors.prop_fill)


def _rect(
    painter: QPainter, x0: float, y0: float, x1: float, y1: float, radius: float = 0.0
) -> None:
    r = QRectF(QPointF(min(x0, x1), min(y0, y1)), QPointF(max(x0, x1), max(y0, y1)))
    if radius > 0:
        painter.drawRoundedRect(r, radius, radius)
    else:
        painter.drawRect(r)


def _paint_prop(
    painter: QPainter,
    prop: Prop,
    figure: Figure,
    stroke: float,
    view_box: Sequence[float],
    colors: FigureColors,
) -> None:
    _prop_style(painter, stroke, colors)
    x, y = prop.origin(figure)
    f = float(prop.facing)
    # A three-quarter camera sees the chair and desk more from the front than the side.
    front = figure.view != "side"
    kind = prop.kind
    if kind == "floor":
        painter.setPen(_pen(colors.prop_stroke, stroke * 0.5))
        fy = prop.y if prop.at else FLOOR_Y - stroke * 0.5
        left = view_box[0] + 0.04 if prop.w == 0 else x - prop.w / 2
        right = view_box[2] - 0.04 if prop.w == 0 else x + prop.w / 2
        _line(painter, (left, fy), (right, fy))
    elif kind == "chair":
        seat = prop.h or SEAT_Y
        w = prop.w or (0.26 if front else 0.22)
        t = 0.028
        if figure.view == "three-quarter":
            # Turned with the figure: the backrest stands behind it, to the side its
            # back is turned to, and the seat shows its depth from front to back.
            back = -figure.facing * 0.045
            _rect(painter, x + back - 0.085, seat + 0.01, x + back + 0.085, seat + 0.3, 0.02)
            seat_top = QPainterPath(QPointF(x - w / 2, seat))
            seat_top.lineTo(QPointF(x - w / 2 + back, seat + 0.018))
            seat_top.lineTo(QPointF(x + w / 2 + back, seat + 0.018))
            seat_top.lineTo(QPointF(x + w / 2, seat))
            seat_top.closeSubpath()
            painter.drawPath(seat_top)
        elif front:
            _rect(painter, x - 0.095, seat + 0.01, x + 0.095, seat + 0.3, 0.02)  # backrest
        else:
            back_x = x - f * w / 2
            _rect(painter, back_x, seat - 0.01, back_x - f * 0.028, seat + 0.29, 0.012)
        _rect(painter, x - 0.012, FLOOR_Y + 0.03, x + 0.012, seat - t)  # column
        _rect(painter, x - w / 2, seat - t, x + w / 2, seat, 0.01)  # seat
        painter.setPen(_pen(colors.prop_stroke, stroke * 0.55))
        _line(painter, (x - w * 0.45, FLOOR_Y + 0.03), (x + w * 0.45, FLOOR_Y + 0.03))
        for wheel in (-1, 1):
            painter.drawEllipse(QPointF(x + wheel * w * 0.45, FLOOR_Y + 0.012), 0.008, 0.008)
    elif kind == "desk":
        top = FLOOR_Y + (prop.h or 0.375)
        t = 0.028
        depth = prop.w or 0.3
        if front:
            _rect(painter, x - depth / 2 + 0.02, FLOOR_Y, x - depth / 2 + 0.045, top - t)
            _rect(painter, x + depth / 2 - 0.045, FLOOR_Y, x + depth / 2 - 0.02, top - t)
            _rect(painter, x - depth / 2, top - t, x + depth / 2, top, 0.008)
        else:
            far_x = x + f * depth
            _rect(painter, far_x - f * 0.02, FLOOR_Y, far_x - f * 0.045, top - t)
            _rect(painter, x, top - t, far_x, top, 0.008)
    elif kind == "screen":
        base = y
        h = prop.h or 0.15
        if front:
            w = prop.w or 0.22
            _rect(painter, x - 0.012, base, x + 0.012, base + 0.05)
            _rect(painter, x - w / 2, base + 0.04, x + w / 2, base + 0.04 + h, 0.01)
        else:
            _rect(painter, x - 0.035, base, x + 0.035, base + 0.008)
            _rect(painter, x - 0.006, base, x + 0.006, base + 0.05)
            _rect(painter, x - f * 0.004, base + 0.035, x + f * 0.022, base + 0.035 + h, 0.006)
    elif kind == "wall":
        if front:
            # Seen face-on: a panel behind the figure.
            w = prop.w or 0.6
            _rect(painter, x - w / 2, FLOOR_Y - 0.01, x + w / 2, view_box[3] - 0.02, 0.01)
        else:
            _rect(painter, x, FLOOR_Y - 0.01, x + f * (prop.w or 0.05), view_box[3] + 0.1)
    elif kind == "door":
        if prop.w > 0:
            # A whole doorway (seen from the front or three-quarters): a post at each
            # side, `w` apart toward `facing`, under one header.
            far_x = x + f * prop.w
            _rect(painter, x - f * 0.022, 0.93, far_x + f * 0.022, 0.97, 0.006)
            for post in (x, far_x):
                _rect(painter, post - 0.022, FLOOR_Y - 0.01, post + 0.022, 0.95, 0.006)
        else:
            _rect(painter, x - 0.022, FLOOR_Y - 0.01, x + 0.022, 0.97, 0.006)
            _rect(painter, x - 0.022, 0.93, x + f * 0.12, 0.97, 0.006)
    elif kind == "step":
        _rect(
            painter, x, FLOOR_Y - 0.005, x + f * (prop.w or 0.14), FLOOR_Y + (prop.h or 0.08), 0.008
        )
    elif kind == "ball":
        # A clear, solid ball in the arrow tone: it must not read as part of the wall.
        r = prop.w or 0.034
        painter.setPen(_pen(colors.stroke, stroke * 0.25))
        painter.setBrush(colors.arrow)
        painter.drawEllipse(QPointF(x, y), r, r)
        painter.setPen(_pen(colors.prop_fill, stroke * 0.22))
        painter.drawArc(QRectF(x - r * 0.6, y - r * 0.6, r * 1.2, r * 1.2), 30 * 16, 70 * 16)
    elif kind == "heatpad":
        w = prop.w or 0.09
        h = prop.h or 0.045
        _rect(painter, x - w / 2, y - h / 2, x + w / 2, y + h / 2, min(w, h) * 0.35)
        # Warmth rising off the pad on its outer side (toward `facing`).
        painter.setPen(_pen(colors.highlight, stroke * 0.28))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for i in (-1, 0, 1):
            wy = y + i * h * 0.3
            wx = x + f * w * 0.8
            wave = QPainterPath(QPointF(wx, wy))
            wave.cubicTo(
                QPointF(wx + f * 0.02, wy + 0.015),
                QPointF(wx + f * 0.03, wy - 0.015),
                QPointF(wx + f * 0.05, wy),
            )
            painter.drawPath(wave)
    elif kind == "far":
        # Something far away to look at: a window with a small tree on a hill.
        w = prop.w or 0.16
        h = prop.h or 0.2
        _rect(painter, x - w / 2, y, x + w / 2, y + h, 0.008)
        painter.save()
        painter.setClipRect(QRectF(x - w / 2, y, w, h), Qt.ClipOperation.IntersectClip)
        hill = QPainterPath(QPointF(x - w * 0.7, y))
        hill.quadTo(QPointF(x + w * 0.1, y + h * 0.5), QPointF(x + w * 0.8, y))
        hill.closeSubpath()
        painter.setBrush(colors.prop_stroke)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawPath(hill)
        tree_x = x + w * 0.12
        _rect(painter, tree_x - w * 0.025, y + h * 0.2, tree_x + w * 0.025, y + h * 0.45)
        painter.drawEllipse(QPointF(tree_x, y + h * 0.5), w * 0.1, w * 0.1)
        painter.restore()
        painter.setPen(_pen(colors.prop_stroke, stroke * PROP_STROKE_FACTOR))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        _line(painter, (x, y), (x, y + h))
        _line(painter, (x - w / 2, y + h / 2), (x + w / 2, y + h / 2))
    elif kind == "glass":
        # A tumbler of water held at the hand: outline, water in the arrow tone.
        w = prop.w or 0.045
        h = prop.h or 0.07
        painter.setPen(_pen(colors.stroke, stroke * 0.2))
        painter.setBrush(colors.prop_fill)
        cup = QPainterPath(QPointF(x - w / 2, y + h / 2))
        cup.lineTo(QPointF(x - w * 0.38, y - h / 2))
        cup.lineTo(QPointF(x + w * 0.38, y - h / 2))
        cup.lineTo(QPointF(x + w / 2, y + h / 2))
        painter.drawPath(cup)
        water = QPainterPath(QPointF(x - w * 0.44, y + h * 0.15))
        water.lineTo(QPointF(x - w * 0.38, y - h / 2))
        water.lineTo(QPointF(x + w * 0.38, y - h / 2))
        water.lineTo(QPointF(x + w * 0.44, y + h * 0.15))
        water.closeSubpath()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colors.arrow)
        painter.drawPath(water)
    elif kind == "sight":
        pts = _prop_points(prop, figure)
        pen = _pen(colors.arrow, stroke * 0.22, Qt.PenStyle.DashLine)
        pen.setDashPattern([2.0, 3.0])
        painter.setPen(pen)
        for a, b in itertools.pairwise(pts):
            _line(painter, a, b)
    elif kind == "arrow":
        _paint_arrow(painter, _prop_points(prop, figure), prop.bend, stroke, colors.arrow)


def _prop_points(prop: Prop, figure: Figure) -> list[tuple[float, float]]:
    if prop.at is None:
        return [(px, py) for px, py in prop.points]
    ax, ay = figure.points[prop.at]
    return [(ax + prop.dx + px, ay + prop.dy + py) for px, py in prop.points]


def _paint_arrow(
    painter: QPainter, pts: list[tuple[float, float]], bend: float, stroke: float, color: QColor
) -> None:
    (x0, y0), (x1, y1) = pts[0], pts[-1]
    dx, dy = x1 - x0, y1 - y0
    length = math.hypot(dx, dy) or 1.0
    # Control point pushed sideways by `bend` (a fraction of the length).
    cx = (x0 + x1) / 2 - dy * bend
    cy = (y0 + y1) / 2 + dx * bend
    path = QPainterPath(QPointF(x0, y0))
    path.quadTo(QPointF(cx, cy), QPointF(x1, y1))
    width = stroke * 0.36
    painter.setPen(_pen(color, width))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    # Head along the curve's end tangent.
    tx, ty = x1 - cx, y1 - cy
    norm = math.hypot(tx, ty) or length
    tx, ty = tx / norm, ty / norm
    size = max(width * 2.6, 0.022)
    left = (x1 - tx * size - ty * size * 0.6, y1 - ty * size + tx * size * 0.6)
    right = (x1 - tx * size + ty * size * 0.6, y1 - ty * size - tx * size * 0.6)
    head = QPainterPath(QPointF(*left))
    head.lineTo(QPointF(x1, y1))
    head.lineTo(QPointF(*right))
    painter.drawPath(head)
