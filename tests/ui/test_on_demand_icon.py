"""The on-demand tray icon: the same picture as tray_icon(), painted only at the size shown."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap, Qt

from knotbreak.core.cycle import Phase
from knotbreak.ui.on_demand_icon import OnDemandIconEngine, on_demand_tray_icon
from knotbreak.ui.tray_icon_art import TRAY_ICON_SIZES, paint_tray_icon


def _counting_engine(calls: list[tuple[int, float]]) -> OnDemandIconEngine:
    def paint(side: int, ratio: float) -> QPixmap:
        calls.append((side, ratio))
        return paint_tray_icon(Phase.WORKING, 0.4, side, ratio)

    return OnDemandIconEngine(paint, TRAY_ICON_SIZES)


def test_only_the_size_asked_for_is_painted_and_kept(qapp):
    calls: list[tuple[int, float]] = []
    icon = QIcon(_counting_engine(calls))
    first = icon.pixmap(QSize(22, 22))
    again = icon.pixmap(QSize(22, 22))
    assert calls == [(22, 1.0)]
    assert first.size() == QSize(22, 22)
    assert again.cacheKey() == first.cacheKey()


def test_hosts_that_list_sizes_still_see_every_size(qapp):
    icon = on_demand_tray_icon(Phase.NOTICE, 1.0)
    assert icon.availableSizes() == [QSize(s, s) for s in TRAY_ICON_SIZES]
    assert not icon.isNull()


def test_it_looks_exactly_like_the_drawn_icon(qapp):
    for phase, progress in ((Phase.WORKING, 0.3), (Phase.NOTICE, 1.0), (Phase.PAUSED, 0.0)):
        lazy = on_demand_tray_icon(phase, progress).pixmap(QSize(24, 24)).toImage()
        drawn = paint_tray_icon(phase, progress, 24, 1.0).toImage()
        assert lazy == drawn


def test_a_taller_slot_gets_a_square_icon_in_its_middle(qapp):
    calls: list[tuple[int, float]] = []
    icon = QIcon(_counting_engine(calls))
    canvas = QImage(22, 26, QImage.Format.Format_ARGB32_Premultiplied)
    canvas.fill(Qt.GlobalColor.transparent)
    painter = QPainter(canvas)
    icon.paint(painter, QRect(0, 0, 22, 26))
    painter.end()
    assert calls == [(22, 1.0)]
    assert canvas.pixelColor(11, 0).alpha() == 0 and canvas.pixelColor(11, 25).alpha() == 0
    assert canvas.copy(0, 2, 22, 22) == paint_tray_icon(Phase.WORKING, 0.4, 22, 1.0).toImage()
