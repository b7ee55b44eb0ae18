"""The on-demand tray icon: the same picture as tray_icon(), painted only at the size shown."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap, Qt

from knotbreak.core.cycle import Phase
from knotbreak.ui.on_demand_icon import OnDemandIconEngine, ShownSizes, on_demand_tray_icon
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


def test_a_step_that_changes_no_pixel_at_the_sizes_shown_is_no_new_picture(qapp):
    shown = ShownSizes()
    assert not shown.same_picture((Phase.WORKING, 0.0), (Phase.WORKING, 0.0)), (
        "nothing shown yet: nothing to compare"
    )
    icon = on_demand_tray_icon(Phase.WORKING, 0.5, shown)
    icon.pixmap(QSize(16, 16))
    assert shown.keys == {(16, 1.0)}
    # Full and one 48th short of full differ by a pixel's worth of arc at 16 px...
    assert not shown.same_picture((Phase.WORKING, 47 / 48), (Phase.WORKING, 1.0))
    # ... a sliver of the ring does not (Qt draws arcs in 1/16 degree); a phase always does.
    assert shown.same_picture((Phase.WORKING, 0.5), (Phase.WORKING, 0.50005))
    assert not shown.same_picture((Phase.PAUSED, 0.0), (Phase.OFF_HOURS, 0.0))


def test_the_ring_is_painted_without_qts_thread_pool(qapp):
    """A translucent antialiased fill starts Qt's GUI pool threads (16 switches a redraw).

    Up to 64 device pixels (a 32 px slot at 2x); larger fills still use the pool."""
    import os

    def threads() -> int:
        return len(os.listdir("/proc/self/task"))

    before = threads()
    for size in TRAY_ICON_SIZES:
        for ratio in (1.0, 2.0):
            if size * ratio <= 64:
                paint_tray_icon(Phase.WORKING, 0.37, size, ratio)
    assert threads() <= before, "no new threads (pool threads left by other tests may end)"
