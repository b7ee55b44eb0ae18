"""The statistics window: today, this week, minutes stretched and the streak; a stacked
bar chart of the last 14 days and one of recent weeks; Export CSV.

Imported only when the window first opens (QtCharts is loaded with it).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QLocale, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from knotbreak.core.history import HistoryError
from knotbreak.core.statistics import Report, Tally, export_csv
from knotbreak.core.text import english_plural
from knotbreak.ui.statistics.charts import ChartView, describe, stacked_chart
from knotbreak.ui.statistics.source import StatisticsSource
from knotbreak.ui.tray_icon_art import app_icon
from knotbreak.ui.window_fit import fit_on_screen

WINDOW_SIZE = (900, 660)
MINIMUM_SIZE = (680, 560)


def _scaled(font: QFont, factor: float, bold: bool = False) -> QFont:
    bigger = QFont(font)
    bigger.setPointSizeF(font.pointSizeF() * factor)
    bigger.setBold(bold)
    return bigger


class SummaryCard(QFrame):
    """One number with a caption and a detail line."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(name)
        self.value = QLabel()
        self.value.setFont(_scaled(self.font(), 1.9, bold=True))
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setFont(_scaled(self.font(), 0.9))
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def show_numbers(self, value: str, caption: str, detail: str) -> None:
        self.value.setText(value)
        self.caption.setText(caption)
        self.detail.setText(detail)
        self.setToolTip(f"{value} {caption}\n{detail}")


class StatisticsWindow(QWidget):
    painted = Signal()
    """The visible chart has painted with the current numbers (once per refresh)."""
    closed = Signal()
    """The user closed the window; it is deleted right after."""

    def __init__(self, source: StatisticsSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowTitle(self.tr("Statistics — knotbreak"))
        self.setWindowIcon(app_icon())
        self._placed = False
        self.source = source
        self.report: Report | None = None

        self.heading = QLabel()
        self.heading.setFont(_scaled(self.font(), 1.35, bold=True))
        self.goal_label = QLabel()
        self.goal_label.setWordWrap(True)

        self.today_card = SummaryCard(self.tr("Today"))
        self.week_card = SummaryCard(self.tr("This week"))
        self.minutes_card = SummaryCard(self.tr("Minutes stretched"))
        self.streak_card = SummaryCard(self.tr("Streak"))
        cards = QGridLayout()
        for column, card in enumerate(
            (self.today_card, self.week_card, self.minutes_card, self.streak_card)
        ):
            cards.addWidget(card, 0, column)
            cards.setColumnStretch(column, 1)

        self.day_view = ChartView()
        self.day_view.setAccessibleName(self.tr("Breaks per day, last 14 days"))
        self.week_view = ChartView()
        self.week_view.setAccessibleName(self.tr("Breaks per week"))
        self.month_view = ChartView()
        self.month_view.setAccessibleName(self.tr("Breaks per month, last 12 months"))
        for view in (self.day_view, self.week_view, self.month_view):
            view.painted.connect(self._chart_painted)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.day_view, self.tr("Last 14 days"))
        self.tabs.addTab(self.week_view, self.tr("Weeks"))
        self.tabs.addTab(self.month_view, self.tr("Year"))

        legend_note = QLabel(
            self.tr(
                "Taken: breaks you took. Away: you were away from the desk long enough, "
                "which counts as a break. Snoozed: breaks snoozed and then not taken "
                "(the Today card counts every press of Snooze). Skipped: breaks you skipped."
            )
        )
        legend_note.setWordWrap(True)
        legend_note.setFont(_scaled(self.font(), 0.9))

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(cards)
        # Micro-breaks and the posture coach are not breaks due: one line of their own,
        # shown only for what the user has turned on and used.
        self.more_label = QLabel()
        self.more_label.setWordWrap(True)
        self.more_label.setAccessibleName(self.tr("Micro-breaks and posture this week"))
        self.more_label.hide()
        content_layout.addWidget(self.more_label)
        content_layout.addWidget(self.tabs, 1)
        content_layout.addWidget(legend_note)

        self.empty_title = QLabel(self.tr("No breaks yet"))
        self.empty_title.setFont(_scaled(self.font(), 1.5, bold=True))
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text = QLabel()
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A short measure reads better than one line across the whole window.
        self.empty_text.setMaximumWidth(self.fontMetrics().averageCharWidth() * 60)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_title)
        empty_layout.addWidget(self.empty_text, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)

        self.pages = QStackedWidget()
        self.pages.addWidget(content)
        self.pages.addWidget(empty)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Message"))
        self.message_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.message_label.hide()

        self.export_button = QPushButton(self.tr("&Export CSV..."))
        self.export_button.setToolTip(self.tr("Save every break in the history as a CSV file"))
        self.export_button.clicked.connect(self.export_csv)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message_label, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.goal_label)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

        # Below this, axis labels and the legend get elided.
        self.setMinimumSize(*MINIMUM_SIZE)
        self._fit_to_screen(*WINDOW_SIZE)
        self.refresh()

    # Numbers ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the history again and show it."""
        try:
            self.report = self.source.report()
        except HistoryError as error:
            self.report = None
            self._show_empty(
                self.tr(
                    "The break history could not be read ({error}). Restarting knotbreak "
                    "usually helps; the file is in knotbreak's data folder."
                ).format(error=error)
            )
            return
        report = self.report
        self.heading.setText(self.tr("Your breaks"))
        self.goal_label.setText(
            english_plural(
                self.tr(
                    "Your goal: %n break(s) a day (breaks taken, or time away from the desk).",
                    "",
                    report.goal,
                ),
                report.goal,
            )
        )
        if report.empty:
            self._show_empty(
                english_plural(
                    self.tr(
                        "When knotbreak has offered you a few breaks, this window shows how many "
                        "you took each day and week, how long you stretched, and your streak "
                        "of days at your goal of %n break(s).",
                        "",
                        report.goal,
                    ),
                    report.goal,
                )
            )
            return
        self.pages.setCurrentIndex(0)
        self.export_button.setEnabled(True)
        self._fill_cards(report)
        self._fill_more(report)
        self._draw_charts()

    def _show_empty(self, text: str) -> None:
        self.heading.setText(self.tr("Your breaks"))
        self.empty_text.setText(text)
        self.pages.setCurrentIndex(1)
        self.export_button.setEnabled(False)

    def _fill_cards(self, report: Report) -> None:
        locale = QLocale()
        goal = report.goal
        today = report.today_tally
        # "12 of 6 breaks today" read as if 6 were the most: the count stands alone and
        # the goal is said as a goal. Counts use Qt's %n plurals (English and German).
        reached = (
            self.tr("goal reached")
            if today.counted >= goal
            else english_plural(self.tr("goal: %n", "", goal), goal)
        )
        self.today_card.show_numbers(
            english_plural(self.tr("%n break(s)", "", today.counted), today.counted),
            self.tr("today") + " · " + reached,
            ", ".join(
                (
                    english_plural(self.tr("%n due", "", today.due), today.due),
                    english_plural(self.tr("%n skipped", "", today.skipped), today.skipped),
                    english_plural(
                        self.tr("Snooze pressed %n time(s)", "", today.snoozes), today.snoozes
                    ),
                )
            )
            if today.due
            else self.tr("No break has been due yet today."),
        )
        week = report.this_week
        monday = report.weeks[-1].monday if report.weeks else report.today
        days_met = sum(
            1 for entry in report.days if entry.day >= monday and entry.tally.meets(goal)
        )
        self.week_card.show_numbers(
            english_plural(self.tr("%n break(s)", "", week.counted), week.counted),
            self.tr("this week"),
            english_plural(self.tr("%n due", "", week.due), week.due)
            + "; "
            + english_plural(self.tr("goal met on %n day(s)", "", days_met), days_met),
        )
        self.minutes_card.show_numbers(
            self.tr("{minutes} min").format(minutes=locale.toString(round(week.minutes))),
            self.tr("stretched this week"),
            self.tr("{total} in all since {first}").format(
                total=self._minutes_text(report.total.minutes),
                first=self._date_text(report.first_day or report.today),
            ),
        )
        self.streak_card.show_numbers(
            english_plural(
                self.tr("%n day(s)", "", report.streak.current), report.streak.current
            ),
            self.tr("in a row at your goal"),
            english_plural(self.tr("Best: %n day(s).", "", report.streak.best), report.streak.best)
            + " "
            + english_plural(self.tr("Goal: %n break(s) a day.", "", goal), goal),
        )

    def _fill_more(self, report: Report) -> None:
        parts: list[str] = []
        monday = report.weeks[-1].monday if report.weeks else report.today
        if report.weeks:
            micro = report.micro_in_week(report.weeks[-1])
            if micro.shown:
                parts.append(
                    english_plural(
                        self.tr("Micro-breaks this week: %n shown", "", micro.shown),
                        micro.shown,
                    )
                    + " ("
                    + self.tr("{done} done, {skipped} skipped, {snoozed} put off").format(
                        done=micro.done, skipped=micro.skipped, snoozed=micro.snoozed
                    )
                    + ")."
                )
        posture = self.source.posture_since(monday)
        if posture.share is not None:
            parts.append(
                self.tr("Posture coach: good posture in {percent} of its checks this week.")
                .format(percent=QLocale().toString(round(100 * posture.share)) + " %")
            )
        self.more_label.setText(" ".join(parts))
        self.more_label.setVisible(bool(parts))

    def _draw_charts(self) -> None:
        report = self.report
        if report is None:
            return
        palette = self.palette()
        locale = QLocale()
        day_labels = [self._day_label(entry.day, report.today) for entry in report.days]
        day_tallies = [entry.tally for entry in report.days]
        day_texts = [
            describe(locale.toString(_qdate(entry.day), QLocale.FormatType.LongFormat), tally)
            for entry, tally in zip(report.days, day_tallies, strict=True)
        ]
        week_labels = [
            # Day and month on lines of their own: in the narrowest window QtCharts elided
            # "14 Sep" (German "14. Sept.") to "14 ..."; no line is wider than "W38" now.
            "<center>{week}<br>{day}<br>{month}</center>".format(
                week=self.tr("W{week}").format(week=entry.week),
                day=QLocale().toString(_qdate(entry.monday), "d"),
                month=QLocale().toString(_qdate(entry.monday), "MMM"),
            )
            for entry in report.weeks
        ]
        week_tallies: list[Tally] = [entry.tally for entry in report.weeks]
        week_texts = [
            describe(
                self.tr("Week {week} (from {monday})").format(
                    week=entry.week, monday=self._date_text(entry.monday)
                ),
                entry.tally,
            )
            for entry in report.weeks
        ]
        month_labels = [
            "<center>{month}<br>{year}</center>".format(
                month=locale.toString(_qdate(entry.first), "MMM"), year=entry.year
            )
            for entry in report.months
        ]
        month_texts = [
            describe(locale.toString(_qdate(entry.first), "MMMM yyyy"), entry.tally)
            for entry in report.months
        ]
        for view, chart in (
            (
                self.day_view,
                stacked_chart(
                    day_labels, day_tallies, palette, goal=report.goal, descriptions=day_texts
                ),
            ),
            (
                self.week_view,
                stacked_chart(week_labels, week_tallies, palette, descriptions=week_texts),
            ),
            (
                self.month_view,
                stacked_chart(
                    month_labels,
                    [entry.tally for entry in report.months],
                    palette,
                    descriptions=month_texts,
                ),
            ),
        ):
            previous = view.chart()
            view.expect_paint()
            view.setChart(chart)
            # The view does not delete a chart it is done with.
            if previous is not None:
                previous.deleteLater()

    @staticmethod
    def _day_label(day: date, today: date) -> str:
        # Two short lines fit 14 bars in the narrowest window; one line gets elided
        # ("Wed ..."), and so would a word like "Today": today is in bold instead.
        locale = QLocale()
        text = f"{locale.toString(_qdate(day), 'ddd')}<br>{locale.toString(_qdate(day), 'd')}"
        return f"<center><b>{text}</b></center>" if day == today else f"<center>{text}</center>"

    @staticmethod
    def _date_text(day: date) -> str:
        # Not QLocale's ShortFormat: in the C locale that is "24 11 2025".
        return QLocale().toString(_qdate(day), "d MMM yyyy")

    def _minutes_text(self, minutes: float) -> str:
        if minutes < 120:
            return self.tr("{minutes} min").format(minutes=QLocale().toString(round(minutes)))
        return self.tr("{hours} h").format(hours=QLocale().toString(round(minutes / 60)))

    def _chart_painted(self) -> None:
        if self.report is not None and not self.report.empty:
            self.painted.emit()

    # Export -------------------------------------------------------------------------------

    def ask_export_path(self) -> str | None:
        """The file the user picks, or None if they cancel."""
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        if not folder or not Path(folder).is_dir():
            folder = str(Path.home())
        today = self.report.today if self.report is not None else date.today()
        suggested = str(Path(folder) / f"knotbreak-breaks-{today.isoformat()}.csv")
        path, _chosen_filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export break history"),
            suggested,
            self.tr("CSV files (*.csv);;All files (*)"),
        )
        return path or None

    def export_csv(self) -> None:
        chosen = self.ask_export_path()
        if chosen is None:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".csv")
        try:
            count = export_csv(
                path, self.source.rows(), self.source.tz, self.source.micro_rows()
            )
        except (OSError, HistoryError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else error
            self.show_message(
                self.tr(
                    "Could not save {path}: {reason}. Choose another folder, or check that "
                    "the disk has free space."
                ).format(path=path, reason=reason),
                problem=True,
            )
            return
        self.show_message(
            english_plural(self.tr("Saved %n history row(s) to {path}.", "", count), count).format(
                path=path
            )
        )

    def show_message(self, text: str, *, problem: bool = False) -> None:
        self.message_label.setText(text)
        font = self.message_label.font()
        font.setBold(problem)
        self.message_label.setFont(font)
        self.message_label.show()

    # Window -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.report is not None:
            # Light to dark (or back): axis and legend text follow the new palette.
            self._draw_charts()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._placed:
            # Fully on the screen, frame and title bar included: sized for the client
            # area alone it opened ~15 px past the bottom of a 768 px screen.
            self._placed = True
            fit_on_screen(self)
            QTimer.singleShot(150, self, self._fit_again)

    def _fit_again(self) -> None:
        if self.isVisible():
            fit_on_screen(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()

    def _fit_to_screen(self, width: int, height: int) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            free = screen.availableGeometry()
            width = min(width, int(free.width() * 0.92))
            height = min(height, int(free.height() * 0.92))
        self.resize(width, height)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
