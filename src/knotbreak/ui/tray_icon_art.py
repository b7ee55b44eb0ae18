"""The tray artwork, drawn with QPainter so it stays crisp at any size and scale.

Every phase differs in both colour and shape, so the state stays readable for people who
cannot tell the colours apart and on panels that tint or shrink icons to 16 px.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)

from knotbreak.core.cycle import Phase

WORKING_COLOR = QColor("#14a38b")
NOTICE_COLOR = QColor("#f0a020")
BREAK_COLOR = QColor("#2f7de1")
IDLE_COLOR = QColor("#8a9099")
GLYPH_COLOR = QColor("#ffffff")

# The unfilled part of the working ring: faint enough to read as "not yet", strong enough
# that an empty ring is still visible on a busy panel.
_TRACK_ALPHA = 100

APP_ICON_SIZES = (16, 20, 24, 32, 48, 64, 128, 256)
# What tray hosts ask for (logical pixels); each is drawn for every screen's pixel ratio,
# so a 2x panel gets a 44 px drawing for its 22 px slot instead of a scaled 22 px one.
TRAY_ICON_SIZES = (16, 20, 22, 24, 32, 48, 64)


def paint_tray_icon(
    phase: Phase, progress: float, size: int = 64, device_pixel_ratio: float = 1.0
) -> QPixmap:
    """The icon for `phase`; while working, a ring filled clockwise to `progress` (0..1)."""
    ratio = max(device_pixel_ratio, 0.1)
    pixmap = QPixmap(max(1, round(size * ratio)), max(1, round(size * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        _paint(painter, phase, min(1.0, max(0.0, progress)), float(size))
    finally:
        painter.end()
    return pixmap


def screen_ratios() -> tuple[float, ...]:
    """The device pixel ratios of the connected screens, 1.0 always among them."""
    ratios = {1.0}
    if isinstance(QGuiApplication.instance(), QGuiApplication):
        ratios.update(screen.devicePixelRatio() for screen in QGuiApplication.screens())
    return tuple(sorted(ratios))


def tray_icon(
    phase: Phase, progress: float, ratios: tuple[float, ...] | None = None
) -> QIcon:
    """The tray icon at every size a tray host may ask for, sharp at each screen's scale."""
    icon = QIcon()
    for ratio in ratios or screen_ratios():
        for size in TRAY_ICON_SIZES:
            icon.addPixmap(paint_tray_icon(phase, progress, size, ratio))
    return icon


def app_icon() -> QIcon:
    """The window icon: a mostly filled working ring, at the sizes desktops ask for."""
    icon = QIcon()
    for ratio in screen_ratios():
        for size in APP_ICON_SIZES:
            icon.addPixmap(paint_tray_icon(Phase.WORKING, 0.75, size, ratio))
    return icon


def _paint(painter: QPainter, phase: Phase, progress: float, size: float) -> None:
    # Thick strokes relative to the size: at 16 px a thin ring vanishes into the panel.
    stroke = size * 0.17
    inset = stroke / 2 + size * 0.03
    ring = QRectF(inset, inset, size - 2 * inset, size - 2 * inset)
    disc = QRectF(size * 0.04, size * 0.04, size * 0.92, size * 0.92)

    if phase is Phase.WORKING:
        _translucent_ring(painter, ring, stroke, WORKING_COLOR, _TRACK_ALPHA, size)
        if progress > 0:
            pen = QPen(WORKING_COLOR, stroke)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            # Qt angles are in 1/16 degree, counter-clockwise from 3 o'clock; start at
            # 12 o'clock and go negative to fill clockwise like a clock hand.
            painter.drawArc(ring, 90 * 16, -round(progress * 360 * 16))
    elif phase is Phase.NOTICE:
        _ring(painter, ring, stroke, NOTICE_COLOR)
        # A centre dot sets it apart from a full green ring by shape, not only colour.
        dot = size * 0.2
        _disc(painter, QRectF(size / 2 - dot / 2, size / 2 - dot / 2, dot, dot), NOTICE_COLOR)
    elif phase is Phase.ON_BREAK:
        _disc(painter, disc, BREAK_COLOR)
        _stretching_figure(painter, size)
    elif phase is Phase.PAUSED:
        _disc(painter, disc, IDLE_COLOR)
        _pause_bars(painter, size)
    else:
        _ring(painter, ring, stroke, IDLE_COLOR)


def _ring(painter: QPainter, rect: QRectF, stroke: float, color: QColor) -> None:
    painter.setPen(QPen(color, stroke))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(rect)


def _translucent_ring(
    painter: QPainter, rect: QRectF, stroke: float, color: QColor, alpha: int, size: float
) -> None:
    """A ring in `color` at `alpha`, drawn opaque on a layer that is then made translucent.

    The same pixels as drawing with a translucent pen, without its cost: Qt's raster
    engine hands an antialiased translucent fill of more than ~100 spans (a 16 px ring
    already) to its GUI thread pool, which starts two threads that end 30 s later, so
    every ring step cost ~16 context switches. An opaque fill and one rectangle fill
    stay on this thread (docs/performance.md, "Wake-ups").
    """
    device = painter.device()
    ratio = device.devicePixelRatio() if device is not None else 1.0
    side = max(1, round(size * ratio))
    layer = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    layer.setDevicePixelRatio(ratio)
    layer.fill(Qt.GlobalColor.transparent)
    layer_painter = QPainter(layer)
    try:
        layer_painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        _ring(layer_painter, rect, stroke, color)
        layer_painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationIn)
        layer_painter.fillRect(QRectF(0, 0, size, size), QColor(0, 0, 0, alpha))
    finally:
        layer_painter.end()
    painter.drawImage(QRectF(0, 0, size, size), layer)


def _disc(painter: QPainter, rect: QRectF, color: QColor) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawEllipse(rect)


def _pause_bars(painter: QPainter, size: float) -> None:
    width = size * 0.13
    height = size * 0.42
    top = size / 2 - height / 2
    gap = size * 0.09
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(GLYPH_COLOR)
    painter.drawRect(QRectF(size / 2 - gap / 2 - width, top, width, height))
    painter.drawRect(QRectF(size / 2 + gap / 2, top, width, height))


def _stretching_figure(painter: QPainter, size: float) -> None:
    """A person with arms raised: the stretch the break is for."""
    head = size * 0.15
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(GLYPH_COLOR)
    painter.drawEllipse(QRectF(size / 2 - head / 2, size * 0.2, head, head))

    pen = QPen(GLYPH_COLOR, size * 0.085)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    shoulders = QPointF(size / 2, size * 0.42)
    hips = QPointF(size / 2, size * 0.6)
    body = QPainterPath(QPointF(size * 0.3, size * 0.26))
    body.lineTo(shoulders)
    body.lineTo(QPointF(size * 0.7, size * 0.26))
    body.moveTo(shoulders)
    body.lineTo(hips)
    body.lineTo(QPointF(size * 0.38, size * 0.78))
    body.moveTo(hips)
    body.lineTo(QPointF(size * 0.62, size * 0.78))
    painter.drawPath(body)
