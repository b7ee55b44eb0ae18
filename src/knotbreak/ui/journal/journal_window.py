"""The knot journal window: intensity over time per area, beside the breaks taken per day.

One chart, two y axes: a line per area on the left axis (0-10) and a bar per day for the
breaks completed on the right. Bars need a category axis and lines a value axis, so the
bars sit on a hidden category axis (day i spans i-0.5 .. i+0.5) and the lines on a value
axis with the same range, where an entry logged at 14:00 on day i lies at i - 0.5 + 14/24.
The visible date labels are a QCategoryAxis on that value axis.

This module imports QtCharts, which costs time and memory; the launcher imports it only
when the window is first opened.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QEvent, QLocale, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from knotbreak.core.journal import (
    AREA_IDS,
    ClinicianAdvice,
    JournalEntry,
    JournalError,
    JournalStore,
    breaks_per_day,
    clinician_advice,
)
from knotbreak.core.journal.advice import EPISODE
from knotbreak.ui.journal.texts import advice_paragraphs, area_title, intensity_word
from knotbreak.ui.translations import QT_TRANSLATE_NOOP
from knotbreak.ui.window_fit import keep_wrapped_text_whole

# The first line is the team's highlight; the rest are distinct on light and dark grounds.
LINE_COLORS = ("#E4572E", "#3F7C8A", "#8E5BA8", "#5C9E4A", "#D89A1E", "#2F6DB5", "#B5475F")
BAR_COLOR = QColor("#B0BEC5")  # the props' grey: the breaks are the backdrop, knots the story
RANGES = (
    (14, QT_TRANSLATE_NOOP("JournalWindow", "Last 2 weeks")),
    (28, QT_TRANSLATE_NOOP("JournalWindow", "Last 4 weeks")),
    (90, QT_TRANSLATE_NOOP("JournalWindow", "Last 3 months")),
)
DEFAULT_RANGE_DAYS = 28
MAX_DATE_LABELS = 10
"""Each date label gets days/10 slots or more: "10 Nov." fits at the smallest width."""

Clock = Callable[[], datetime]


@dataclass(frozen=True)
class ChartData:
    first_day: date
    days: int
    lines: dict[str, list[tuple[float, int]]]
    """Area id -> (x, intensity) points in time order, areas in body-map order."""
    breaks: list[int]
    """Breaks completed on each day, first_day first."""


DAY_SPREAD = 0.6
"""The share of a day's slot that its entries spread over, centred on the day."""
INTENSITY_TICKS = 6
"""0, 2, ... 10: the breaks axis gets as many ticks, so both share the gridlines."""


def breaks_axis_top(most: int) -> int:
    """The top of the breaks-per-day axis: a multiple of the INTENSITY_TICKS intervals
    (5), so its ticks are whole numbers and fall on the intensity axis's gridlines."""
    intervals = INTENSITY_TICKS - 1
    return max(intervals, intervals * math.ceil((most + 1) / intervals))


def chart_data(
    entries: Iterable[JournalEntry], breaks: Mapping[date, int], first_day: date, days: int
) -> ChartData:
    per_day: dict[str, dict[int, list[int]]] = {}
    for entry in sorted(entries, key=lambda e: e.logged_at):
        local = entry.logged_at.astimezone()
        index = (local.date() - first_day).days
        if not 0 <= index < days:
            continue
        per_day.setdefault(entry.area, {}).setdefault(index, []).append(entry.intensity)
    # One entry sits over its day's bar; several share the middle of the slot, in time
    # order. By time of day across the whole slot, an entry from this evening sat on the
    # right-hand axis.
    lines: dict[str, list[tuple[float, int]]] = {}
    for area, by_index in per_day.items():
        points = lines.setdefault(area, [])
        for index, values in sorted(by_index.items()):
            step = DAY_SPREAD / len(values)
            for number, value in enumerate(values):
                points.append((index + step * (number - (len(values) - 1) / 2), value))
    order = {area: number for number, area in enumerate(AREA_IDS)}
    ordered = dict(sorted(lines.items(), key=lambda item: (order.get(item[0], 99), item[0])))
    counts = [breaks.get(first_day + timedelta(days=i), 0) for i in range(days)]
    return ChartData(first_day, days, ordered, counts)


def label_step(days: int) -> int:
    """Every day's date up to two weeks; beyond that every n-th day, about 10 labels (at
    14 a label over four weeks had two narrow days' room and was cut to "10 N...")."""
    if days <= 14:
        return 1
    return math.ceil(days / MAX_DATE_LABELS)


class JournalWindow(QWidget):
    log_requested = Signal()
    health_notes_requested = Signal()

    def __init__(
        self,
        journal: JournalStore,
        history_path: Path | None,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._history_path = history_path
        self._clock = clock
        self.data: ChartData | None = None
        self.setWindowTitle(self.tr("Knot journal"))

        header = QLabel(self.tr("How your knots have felt, beside the breaks you took."), self)
        header.setWordWrap(True)
        self.range_box = QComboBox(self)
        for days, text in RANGES:
            self.range_box.addItem(self.tr(text), days)
        self.range_box.setCurrentIndex(self.range_box.findData(DEFAULT_RANGE_DAYS))
        self.range_box.currentIndexChanged.connect(self.reload)
        self.range_box.setAccessibleName(self.tr("Time range"))
        top = QHBoxLayout()
        top.addWidget(header, 1)
        top.addWidget(self.range_box)

        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart_view = QChartView(self.chart, self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.chart_view.setMinimumHeight(300)
        self.chart_view.setAccessibleName(self.tr("Chart of knot intensity and breaks per day"))

        self.status = QLabel(self)
        self.status.setWordWrap(True)

        self.advice_frame = QFrame(self)
        self.advice_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.advice_label = QLabel(self.advice_frame)
        self.advice_label.setWordWrap(True)
        advice_layout = QVBoxLayout(self.advice_frame)
        advice_layout.addWidget(self.advice_label)
        self.advice_frame.setVisible(False)

        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Area"), self.tr("Intensity"), self.tr("Note")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Journal entries, newest first"))

        log_button = QPushButton(self.tr("&Log a knot..."), self)
        log_button.clicked.connect(self.log_requested)
        notes_button = QPushButton(self.tr("&Health notes..."), self)
        notes_button.clicked.connect(self.health_notes_requested)
        close_button = QPushButton(self.tr("&Close"), self)
        close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(log_button)
        buttons.addWidget(notes_button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.chart_view, 3)
        layout.addWidget(self.status)
        layout.addWidget(self.advice_frame)
        layout.addWidget(self.table, 2)
        layout.addLayout(buttons)
        # The status and advice lines wrap: at the smallest size they were drawn over
        # the chart unless the window keeps the height they need.
        keep_wrapped_text_whole(self)
        # Narrower, the chart elided its dates and axis title ("7...", "10 am stär...") and
        # the table cut off its Note column; the statistics window keeps the same minimum.
        self.setMinimumSize(680, 560)
        self._fit_to_screen(860, 720)
        self.reload()

    def _fit_to_screen(self, width: int, height: int) -> None:
        """The wanted size where it fits, centred, so the buttons are never off screen."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(width, height)
            return
        free = screen.availableGeometry()
        self.resize(min(width, int(free.width() * 0.9)), min(height, int(free.height() * 0.85)))
        self.move(free.center() - self.rect().center())

    # Loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the journal and the history again (the command line may have logged)."""
        now = self._clock()
        days = int(self.range_box.currentData() or DEFAULT_RANGE_DAYS)
        today = now.astimezone().date()
        first_day = today - timedelta(days=days - 1)
        since = datetime.combine(first_day, time(0)).astimezone()
        problems: list[str] = []
        try:
            entries = self._journal.entries_since(min(since, now - EPISODE))
        except JournalError as error:
            entries = []
            problems.append(self.tr("The journal could not be read ({error}).").format(error=error))
        breaks: dict[date, int] = {}
        if self._history_path is not None:
            try:
                breaks = breaks_per_day(self._history_path, since)
            except JournalError as error:
                problems.append(
                    self.tr("Breaks are not shown: {error}.").format(error=error)
                )
        shown = [entry for entry in entries if entry.logged_at >= since]
        self.data = chart_data(shown, breaks, first_day, days)
        self._fill_chart(self.data)
        self._fill_table(shown)
        self._show_advice(clinician_advice(entries, now))
        if not shown:
            problems.insert(0, self.tr(
                "Nothing logged in this time. Use Log a knot when something feels tight; "
                "the chart fills in as you go."
            ))
        self.status.setText(" ".join(problems))
        self.status.setVisible(bool(problems))

    def _fill_chart(self, data: ChartData) -> None:
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = palette.color(QPalette.ColorRole.Mid)
        chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        chart.setBackgroundRoundness(4)
        chart.legend().setLabelColor(text)

        x_min, x_max = -0.5, data.days - 0.5
        hidden_days = QBarCategoryAxis()
        hidden_days.append([str(i) for i in range(data.days)])
        hidden_days.setVisible(False)
        dates = QCategoryAxis()
        dates.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        dates.setStartValue(x_min)
        dates.setRange(x_min, x_max)
        locale = QLocale()
        step = label_step(data.days)
        # Counted back from today so today is always labelled; QCategoryAxis wants the
        # labels in increasing order.
        for i in sorted(range(data.days - 1, -1, -step)):
            day = data.first_day + timedelta(days=i)
            dates.append(locale.toString(QDate(day.year, day.month, day.day), "d MMM"), i)
        intensity = QValueAxis()
        intensity.setRange(0, 10)
        intensity.setTickCount(INTENSITY_TICKS)
        intensity.setLabelFormat("%d")
        intensity.setTitleText(self.tr("Intensity (0 none - 10 worst)"))
        most = max(data.breaks, default=0)
        per_day = QValueAxis()
        per_day.setRange(0, breaks_axis_top(most))
        per_day.setTickCount(INTENSITY_TICKS)
        per_day.setLabelFormat("%d")
        per_day.setTitleText(self.tr("Breaks per day"))
        for axis in (dates, intensity, per_day):
            axis.setLabelsColor(text)
            axis.setTitleBrush(text)
            axis.setGridLineColor(grid)
        per_day.setGridLineVisible(False)
        chart.addAxis(hidden_days, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(dates, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(intensity, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(per_day, Qt.AlignmentFlag.AlignRight)

        bars = QBarSet(self.tr("Breaks completed"))
        bars.append([float(count) for count in data.breaks])
        bars.setColor(BAR_COLOR)
        bars.setBorderColor(BAR_COLOR)
        bar_series = QBarSeries()
        bar_series.append(bars)
        bar_series.setBarWidth(0.6)
        chart.addSeries(bar_series)
        bar_series.attachAxis(hidden_days)
        bar_series.attachAxis(per_day)

        for number, (area, points) in enumerate(data.lines.items()):
            line = QLineSeries()
            line.setName(area_title(area))
            for x, value in points:
                line.append(x, value)
            color = QColor(LINE_COLORS[number % len(LINE_COLORS)])
            if dark:
                color = color.lighter(135)  # the deeper tones sink into a dark ground
            pen = QPen(color, 2.5)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            line.setPen(pen)
            line.setPointsVisible(True)
            chart.addSeries(line)
            line.attachAxis(dates)
            line.attachAxis(intensity)

    def _fill_table(self, entries: list[JournalEntry]) -> None:
        rows = sorted(entries, key=lambda e: e.logged_at, reverse=True)
        self.table.setRowCount(len(rows))
        locale = QLocale()
        for row, entry in enumerate(rows):
            local = entry.logged_at.astimezone()
            # A named month reads the same in every locale; ShortFormat gives "21 11 2026"
            # under the C locale that a bare session has.
            when = locale.toString(
                QDate(local.year, local.month, local.day), "d MMM yyyy"
            ) + local.strftime(", %H:%M")
            cells = (
                when,
                area_title(entry.area),
                self.tr("{value} - {word}").format(
                    value=entry.intensity, word=intensity_word(entry.intensity)
                ),
                entry.note or "",
            )
            for column, value in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def _show_advice(self, advice: ClinicianAdvice | None) -> None:
        if advice is None:
            self.advice_frame.setVisible(False)
            return
        text = "\n\n".join(advice_paragraphs(advice))
        self.advice_label.setText(
            text + "\n\n" + self.tr("Health notes lists the warning signs and the sources.")
        )
        self.advice_frame.setVisible(True)

    # Events --------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.reload()
        elif event.type() == QEvent.Type.PaletteChange and self.data is not None:
            self._fill_chart(self.data)  # light/dark switch: axis and legend colours follow
