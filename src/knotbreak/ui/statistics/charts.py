"""Stacked bar charts of break outcomes, coloured to read on light and dark palettes.

The bars use mid-tone colours that stand out from both a light and a dark window;
everything that is text or a line (axis labels, grid, legend) takes the palette's text
colour, so the charts follow the desktop theme instead of QtCharts' fixed themes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QCursor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from knotbreak.core.statistics import Tally

TAKEN_COLOR = QColor("#2E9E5B")
NATURAL_COLOR = QColor("#3B82C4")
SNOOZED_COLOR = QColor("#E0A526")
SKIPPED_COLOR = QColor("#9AA5AD")
# The team's highlight colour (docs/team-rules.md); dashed, so it is not taken for a bar.
GOAL_COLOR = QColor("#E4572E")


# Written out in full (not through a helper) so pyside6-lupdate finds every string.


def outcome_names() -> tuple[str, str, str, str]:
    """Legend names, in stacking order (bottom first)."""
    return (
        QCoreApplication.translate("Statistics", "Taken"),
        QCoreApplication.translate("Statistics", "Away"),
        QCoreApplication.translate("Statistics", "Snoozed"),
        QCoreApplication.translate("Statistics", "Skipped"),
    )


def _values(tally: Tally) -> tuple[int, int, int, int]:
    return (tally.taken, tally.natural, tally.snoozed, tally.skipped)


def nice_step(top: int) -> int:
    """A tick interval giving at most ~8 whole-number ticks."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if top / step <= 8:
            return step
    return max(1, top // 8)


def describe(label: str, tally: Tally) -> str:
    return QCoreApplication.translate(
        "Statistics",
        "{label}: {taken} taken, {natural} away, {snoozed} snoozed, {skipped} skipped "
        "({due} due)",
    ).format(
        label=label,
        taken=tally.taken,
        natural=tally.natural,
        snoozed=tally.snoozed,
        skipped=tally.skipped,
        due=tally.due,
    )


def stacked_chart(
    labels: Sequence[str],
    tallies: Sequence[Tally],
    palette: QPalette,
    *,
    goal: int | None = None,
    descriptions: Sequence[str] | None = None,
) -> QChart:
    """One stacked bar per label; a dashed goal line across the bars when `goal` is set."""
    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    grid = QColor(text)
    grid.setAlphaF(0.18)
    axis_line = QColor(text)
    axis_line.setAlphaF(0.55)

    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundVisible(False)
    chart.setMargins(QMargins(2, 2, 2, 2))
    chart.layout().setContentsMargins(0, 0, 0, 0)

    series = QStackedBarSeries()
    series.setBarWidth(0.7)
    colors = (TAKEN_COLOR, NATURAL_COLOR, SNOOZED_COLOR, SKIPPED_COLOR)
    for index, (name, color) in enumerate(zip(outcome_names(), colors, strict=True)):
        bar_set = QBarSet(name)
        bar_set.setColor(color)
        bar_set.setBorderColor(color)
        bar_set.append([float(_values(tally)[index]) for tally in tallies])
        series.append(bar_set)
    chart.addSeries(series)

    axis_x = QBarCategoryAxis()
    axis_x.append(list(labels))
    axis_y = QValueAxis()
    highest = max([tally.due for tally in tallies] + [goal or 0, 1])
    step = nice_step(highest)
    # Room above the tallest bar, so it never touches the frame.
    top = -(-highest * 21 // 20 // step) * step
    top = top if top > highest else top + step
    axis_y.setRange(0, top)
    axis_y.setTickType(QValueAxis.TickType.TicksDynamic)
    axis_y.setTickAnchor(0)
    axis_y.setTickInterval(step)
    axis_y.setLabelFormat("%d")
    axis_y.setMinorTickCount(0)
    for axis in (axis_x, axis_y):
        axis.setLabelsBrush(QBrush(text))
        axis.setLinePen(QPen(axis_line, 1))
        axis.setGridLinePen(QPen(grid, 1))
    axis_x.setGridLineVisible(False)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)

    if goal is not None and labels:
        line = QLineSeries()
        name = QCoreApplication.translate("Statistics", "Goal ({goal} a day)")
        line.setName(name.format(goal=goal))
        pen = QPen(GOAL_COLOR, 2, Qt.PenStyle.DashLine)
        line.setPen(pen)
        # On a category axis, bar i sits at x = i: reach from the first bar's left edge
        # to the last bar's right edge.
        line.append([QPointF(-0.5, goal), QPointF(len(labels) - 0.5, goal)])
        chart.addSeries(line)
        line.attachAxis(axis_x)
        line.attachAxis(axis_y)

    legend = chart.legend()
    legend.setLabelColor(text)
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)

    if descriptions is not None:
        texts = list(descriptions)

        def hovered(status: bool, index: int, _bar_set: QBarSet) -> None:
            if status and 0 <= index < len(texts):
                QToolTip.showText(QCursor.pos(), texts[index])
            else:
                QToolTip.hideText()

        series.hovered.connect(hovered)
    return chart


class ChartView(QChartView):
    """A chart view that says when it has first painted (the window's open time ends there)."""

    painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setMinimumHeight(220)
        self._announce = True

    def expect_paint(self) -> None:
        self._announce = True

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._announce:
            self._announce = False
            self.painted.emit()
