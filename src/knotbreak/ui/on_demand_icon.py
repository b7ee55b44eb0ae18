"""An icon painted at the one size it is shown at, when it is shown.

The tray icon changes about once a minute (its ring fills over the work interval). Drawn
up front at the seven sizes a tray host may ask for, each redraw cost ~127 context
switches: Qt's raster engine hands antialiased fills of that size to its GUI thread pool.
An X11 tray asks for one size per redraw, so this engine paints that one (~16 switches,
docs/performance.md). Hosts that list the sizes first (a StatusNotifierItem over DBus,
Windows) still get every size from `availableSizes()`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap

from knotbreak.core.cycle import Phase
from knotbreak.ui.tray_icon_art import TRAY_ICON_SIZES, paint_tray_icon, screen_ratios

Painter = Callable[[int, float], QPixmap]
"""(side in device-independent pixels, device pixel ratio) -> a square pixmap."""


@dataclass
class ShownSizes:
    """Every (side, pixel ratio) a host has asked the tray icon for: where a change shows."""

    keys: set[tuple[int, float]] = field(default_factory=set)

    def same_picture(
        self, before: tuple[Phase, float], after: tuple[Phase, float]
    ) -> bool:
        """Whether `after` has exactly the pixels of `before` at every size shown so far.

        Then a new icon would change nothing on screen and the tray is left alone (each
        new icon is a repaint and an X round trip). False until a host has asked.
        """
        if not self.keys:
            return False
        if before[0] is not after[0]:
            return False
        return all(
            paint_tray_icon(*before, side, ratio).toImage()
            == paint_tray_icon(*after, side, ratio).toImage()
            for side, ratio in self.keys
        )


class OnDemandIconEngine(QIconEngine):
    def __init__(
        self, paint: Painter, sizes: Sequence[int], shown: ShownSizes | None = None
    ) -> None:
        super().__init__()
        self._paint = paint
        self._sizes = tuple(sizes)
        self._shown = shown
        self._last: tuple[tuple[int, float], QPixmap] | None = None

    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return [QSize(side, side) for side in self._sizes]

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        key = (max(1, min(size.width(), size.height())), scale)
        if self._shown is not None:
            self._shown.keys.add(key)
        # Kept: a tray repaints its icon on every expose, always at the same size.
        if self._last is None or self._last[0] != key:
            self._last = (key, self._paint(*key))
        return self._last[1]

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        side = min(rect.width(), rect.height())
        target = QRect(0, 0, side, side)
        target.moveCenter(rect.center())
        # The screens' ratio, not painter.device()'s: wrapping the tray's private window
        # for Python costs PySide 1.5 MB (measured), for the same number.
        ratio = max(screen_ratios())
        painter.drawPixmap(target, self.scaledPixmap(QSize(side, side), mode, state, ratio))

    def clone(self) -> QIconEngine:
        return OnDemandIconEngine(self._paint, self._sizes, self._shown)


def on_demand_tray_icon(
    phase: Phase, progress: float, shown: ShownSizes | None = None
) -> QIcon:
    """What tray_icon_art.tray_icon() draws, painted only at the size the tray shows;
    the sizes asked for are noted in `shown`."""
    return QIcon(
        OnDemandIconEngine(
            lambda side, ratio: paint_tray_icon(phase, progress, side, ratio), TRAY_ICON_SIZES,
            shown,
        )
    )
