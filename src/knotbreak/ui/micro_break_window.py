"""The micro-break: a small window with one task, a tiny picture and a countdown.

It shows while the cycle says a micro-break runs and closes by itself when it ends. Like
the notice it never takes the keyboard: the user may be mid-sentence and should be able
to go on typing if they choose to. It sits in a corner that none of knotbreak's own
windows covers. Skip and Snooze are one click each; strict mode does not apply to it.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Mapping
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from knotbreak.core.cycle import MICRO_SNOOZE, showing_task
from knotbreak.core.durations import format_duration
from knotbreak.core.micro_breaks import MicroTask
from knotbreak.ui.live_window import QUIET_POPUP_FLAGS, LiveWindow, make_quiet_popup
from knotbreak.ui.palette import FigureColors, figure_colors
from knotbreak.ui.placement import place_clear_of_own_windows
from knotbreak.ui.translations import QT_TRANSLATE_NOOP, localized

if TYPE_CHECKING:
    from knotbreak.adapters.cycle_runner import CycleRunner
    from knotbreak.core.figure.pose import PoseEntry

log = logging.getLogger(__name__)

TITLE = QT_TRANSLATE_NOOP("MicroBreakWindow", "Micro-break — knotbreak")
REFRESH_MS = 250
PICTURE_SIZE = 88
CUE_WIDTH = 300

PoseSource = Callable[[], Mapping[str, "PoseEntry"]]


def task_picture(task: MicroTask, poses: Mapping[str, PoseEntry], colors: FigureColors,
                 ratio: float) -> QPixmap:
    """The task's pose from poses.json, or a small glass of water where none fits."""
    size = QSize(PICTURE_SIZE, PICTURE_SIZE)
    entry = poses.get(task.pose) if task.pose else None
    if entry is not None:
        from knotbreak.ui.figure_painter import render_pose_pixmap

        return render_pose_pixmap(entry, size, 1.0, False, ratio, colors)
    return _water_glass(size, colors, ratio)


def _water_glass(size: QSize, colors: FigureColors, ratio: float) -> QPixmap:
    pixmap = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = float(size.width()), float(size.height())
        top_left, top_right = QPointF(w * 0.28, h * 0.14), QPointF(w * 0.72, h * 0.14)
        bottom_left, bottom_right = QPointF(w * 0.34, h * 0.88), QPointF(w * 0.66, h * 0.88)
        water = QPainterPath(QPointF(w * 0.295, h * 0.42))
        water.lineTo(QPointF(w * 0.705, h * 0.42))
        water.lineTo(bottom_right)
        water.lineTo(bottom_left)
        water.closeSubpath()
        fill = QColor(colors.highlight)
        fill.setAlpha(150)
        painter.fillPath(water, fill)
        pen = QPen(QColor(colors.stroke), max(2.0, w / 24))
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        glass = QPainterPath(top_left)
        glass.lineTo(bottom_left)
        glass.lineTo(bottom_right)
        glass.lineTo(top_right)
        painter.drawPath(glass)
        painter.drawEllipse(QRectF(w * 0.28, h * 0.10, w * 0.44, h * 0.08))
    finally:
        painter.end()
    return pixmap


class MicroBreakWindow(LiveWindow):
    def __init__(
        self, runner: CycleRunner, poses: PoseSource, parent: QWidget | None = None
    ) -> None:
        super().__init__(runner, REFRESH_MS, parent, QUIET_POPUP_FLAGS)
        make_quiet_popup(self)
        self.setWindowTitle(self.tr(TITLE))
        self._poses = poses
        self._shown: tuple[int, str | None] | None = None

        self.picture_label = QLabel()
        self.picture_label.setFixedSize(PICTURE_SIZE, PICTURE_SIZE)
        self.picture_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.title_label = QLabel()
        font = QFont(self.title_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.cue_label = QLabel()
        self.cue_label.setWordWrap(True)
        self.cue_label.setFixedWidth(CUE_WIDTH)
        self.cue_label.setAccessibleName(self.tr("What to do"))

        self.countdown_label = QLabel()
        self.countdown_label.setAccessibleName(self.tr("Time left"))
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.setAccessibleName(self.tr("Time left"))

        snooze = localized(format_duration(MICRO_SNOOZE))
        self.snooze_button = self._button(
            self.tr("&Snooze {duration}").format(duration=snooze),
            self.tr("Show this micro-break again in {duration} (S)").format(duration=snooze),
            runner.snooze_micro_break,
        )
        self.skip_button = self._button(
            self.tr("S&kip"), self.tr("Skip this micro-break (Esc)"), runner.skip_micro_break
        )

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Message"))
        self.message_label.hide()

        text = QVBoxLayout()
        text.addWidget(self.title_label)
        text.addWidget(self.cue_label)
        text.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.picture_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(text, 1)
        timer_row = QHBoxLayout()
        timer_row.addWidget(self.progress, 1)
        timer_row.addWidget(self.countdown_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.snooze_button)
        buttons.addWidget(self.skip_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(timer_row)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)

        runner.changed.connect(self.refresh)
        self.refresh()

    def show_clear_of_own_windows(self) -> None:
        place_clear_of_own_windows(self)
        self.show()
        # The window manager adds the frame after show(): place once more when it is known.
        QTimer.singleShot(100, self, self._replace)

    def _replace(self) -> None:
        if self.isVisible():
            place_clear_of_own_windows(self)

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        if self.isVisible():
            self.adjustSize()

    def refresh(self) -> None:
        state = self._runner.state
        if state.micro_ends is None:
            return
        shown = (state.micros_started, state.micro_task)
        if shown != self._shown:
            self._shown = shown
            # A posture-coach nudge is not brought back later, so it offers no Snooze.
            self.snooze_button.setVisible(state.micro_task is None)
            self._show_task(showing_task(state))
        total = self._runner.policy.micro_length.total_seconds()
        remaining = max(timedelta(0), state.micro_ends - self._runner.now())
        seconds = max(0, math.ceil(remaining.total_seconds() - 1e-6))
        self.countdown_label.setText(self.tr("{seconds} s").format(seconds=seconds))
        self.progress.setRange(0, max(1, round(total * 10)))
        self.progress.setValue(round(remaining.total_seconds() * 10))

    def _show_task(self, task: MicroTask) -> None:
        self.title_label.setText(localized(task.title))
        self.cue_label.setText(localized(task.cue))
        self.cue_label.setToolTip(self.tr("Source: {source}").format(source=task.source))
        try:
            poses = self._poses()
        except Exception as error:  # a damaged poses file must not stop the reminder
            log.warning("no picture for the micro-break: %s", error)
            poses = {}
        self.picture_label.setPixmap(
            task_picture(task, poses, figure_colors(self.palette()), self.devicePixelRatioF())
        )
        self.picture_label.setAccessibleName(localized(task.title))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Only reached if the window manager gave the window the keyboard after all.
        if event.key() == Qt.Key.Key_Escape:
            self._run(self._runner.skip_micro_break)
        elif event.key() == Qt.Key.Key_S:
            self._run(self._runner.snooze_micro_break)
        else:
            super().keyPressEvent(event)

    def _button(
        self, text: str, accessible: str, intent: Callable[[], str | None]
    ) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible.split(" (")[0])
        button.setToolTip(accessible)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda _checked=False: self._run(intent))
        return button

