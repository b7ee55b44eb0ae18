"""The countdown ring: what is left of a hold, as an arc and as mm:ss in the middle.

The ring holds no clock of its own. Its owner hands it `remaining` (computed fresh from
a deadline: `RoutinePlayer.position(now).remaining`) and the segment's length on every
refresh, so it is exactly as right as the deadline and never drifts. Its track and text
take their colours from the palette at paint time (ui/palette.py), so it reads in light
and dark schemes alike.
"""

from __future__ import annotations

import math
from datetime import timedelta
from enum import StrEnum

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from knotbreak.core import text as core_text
from knotbreak.ui.palette import tones
from knotbreak.ui.translations import localized, translate


class RingMood(StrEnum):
    WORK = "work"  # a hold or a set of reps: the warm target colour
    CALM = "calm"  # relax, switch sides, get ready: a quiet blue-green
    DONE = "done"  # the routine is over


ARC_COLORS = {
    RingMood.WORK: QColor("#E4572E"),
    RingMood.CALM: QColor("#5A9AA8"),
    RingMood.DONE: QColor("#7CA982"),
}


def countdown_text(remaining: timedelta) -> str:
    """mm:ss, rounded up: 00:30 at the start of a 30 s hold, 00:00 only at its very end."""
    seconds = max(0, math.ceil(remaining.total_seconds() - 1e-6))
    minutes, seconds = divmod(seconds, 60)
    return f"{minutes:02d}:{seconds:02d}"


def spoken_time(remaining: timedelta) -> str:
    seconds = max(0, math.ceil(remaining.total_seconds() - 1e-6))
    minutes, seconds = divmod(seconds, 60)
    parts = []
    if minutes:
        said = core_text.translatable("HoldRing", "%n minute(s)", None, 1).counted(minutes)
        parts.append(localized(said))
    if seconds or not minutes:
        said = core_text.translatable("HoldRing", "%n second(s)", None, 1).counted(seconds)
        parts.append(localized(said))
    return translate("HoldRing", "{time} left").format(time=" ".join(parts))


class HoldRing(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.remaining = timedelta(0)
        self.total = timedelta(0)
        self.paused = False
        self.mood = RingMood.WORK
        self.caption = ""
        self.setMinimumSize(120, 120)
        # Square by painting into the largest centred square, not by heightForWidth:
        # a height-for-width layout would make adjustSize() shrink the window.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Time left"))
        self._spoken = ""

    def sizeHint(self) -> QSize:
        return QSize(150, 150)

    @property
    def text(self) -> str:
        return countdown_text(self.remaining)

    @property
    def fraction_left(self) -> float:
        total = self.total.total_seconds()
        if total <= 0:
            return 0.0
        return min(1.0, max(0.0, self.remaining.total_seconds() / total))

    def set_state(
        self,
        remaining: timedelta,
        total: timedelta,
        *,
        paused: bool = False,
        mood: RingMood = RingMood.WORK,
        caption: str = "",
    ) -> None:
        changed = (remaining, total, paused, mood, caption) != (
            self.remaining,
            self.total,
            self.paused,
            self.mood,
            self.caption,
        )
        self.remaining, self.total = remaining, total
        self.paused, self.mood, self.caption = paused, mood, caption
        spoken = spoken_time(remaining)
        if paused:
            spoken = self.tr("{time}, paused").format(time=spoken)
        if spoken != self._spoken:
            # Only when the words change: a screen reader is not flooded 20 times a second.
            self._spoken = spoken
            self.setAccessibleDescription(spoken)
        if changed:
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height())
        pen_width = max(6.0, side * 0.07)
        box = QRectF(
            (self.width() - side) / 2 + pen_width / 2,
            (self.height() - side) / 2 + pen_width / 2,
            side - pen_width,
            side - pen_width,
        )
        colors = tones(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(colors.track, pen_width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        painter.drawEllipse(box)

        fraction = 1.0 if self.mood is RingMood.DONE else self.fraction_left
        if fraction > 0:
            color = QColor(ARC_COLORS[self.mood])
            if self.paused:
                color.setAlpha(110)
            pen = QPen(color, pen_width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            # Qt angles: 1/16 degree, counter-clockwise from 3 o'clock. Start at 12 and
            # sweep clockwise; the arc shrinks back toward 12 as time runs out.
            painter.drawArc(box, 90 * 16, -round(fraction * 360 * 16))

        font = QFont(self.font())
        font.setPixelSize(max(12, round(side * 0.2)))
        font.setWeight(QFont.Weight.DemiBold)
        if hasattr(font, "setFeature"):  # Qt 6.7+: digits of equal width, no jitter
            font.setFeature(QFont.Tag("tnum"), 1)
        painter.setFont(font)
        painter.setPen(colors.text)
        text_box = QRectF(box)
        if self.paused or self.caption:
            text_box.translate(0, -side * 0.06)
        painter.drawText(text_box, Qt.AlignmentFlag.AlignCenter, self.text)
        small = QFont(self.font())
        small.setPixelSize(max(9, round(side * 0.085)))
        painter.setFont(small)
        painter.setPen(colors.quiet)
        label = self.tr("Paused") if self.paused else self.caption
        if label:
            below = QRectF(box.left(), box.center().y() + side * 0.08, box.width(), side * 0.14)
            painter.drawText(below, Qt.AlignmentFlag.AlignCenter, label)
        painter.end()
