"""The statistics window: the numbers it shows, the charts, the empty state, CSV export."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from knotbreak.core.cycle import BreakRecord, Outcome
from knotbreak.core.history import BreakHistory
from knotbreak.core.statistics import CSV_COLUMNS
from knotbreak.ui.statistics import StatisticsLauncher, StatisticsSource

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from history_year import generate_year

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 20, 17, 0, tzinfo=BERLIN)  # a Friday
TODAY = NOW.date()


def at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=BERLIN)


def done(due: datetime, minutes: float = 3) -> BreakRecord:
    return BreakRecord(due, due, due + timedelta(minutes=minutes), Outcome.COMPLETED)


def small_history() -> BreakHistory:
    """Today: 2 taken (one after a snooze), 1 away, 1 skipped; Mon-Thu 6 taken each."""
    history = BreakHistory.in_memory()
    rows = [
        done(at(TODAY, 9), minutes=10),
        BreakRecord(at(TODAY, 10), None, at(TODAY, 10), Outcome.SNOOZED),
        done(at(TODAY, 10) + timedelta(minutes=5)),
        BreakRecord(at(TODAY, 11), at(TODAY, 11), at(TODAY, 11) + timedelta(minutes=20),
                    Outcome.NATURAL),
        BreakRecord(at(TODAY, 12), None, at(TODAY, 12), Outcome.SKIPPED),
    ]
    # The snooze and the take share the first due time, as the cycle records them.
    rows[2] = BreakRecord(at(TODAY, 10), at(TODAY, 10) + timedelta(minutes=5),
                          at(TODAY, 10) + timedelta(minutes=8), Outcome.COMPLETED)
    for back in range(1, 5):
        day = TODAY - timedelta(days=back)
        rows += [done(at(day, hour)) for hour in range(9, 15)]
    history.record_many(rows)
    return history


def make_window(qtbot, history: BreakHistory, goal: int = 6):
    source = StatisticsSource(history, goal=lambda: goal, now=lambda: NOW, tz=BERLIN)
    launcher = StatisticsLauncher(source)
    launcher.open_window()
    window = launcher.window
    assert window is not None
    qtbot.addWidget(window)
    return launcher, window


def test_the_summary_shows_today_this_week_minutes_and_streak(qtbot):
    _launcher, window = make_window(qtbot, small_history())
    assert window.pages.currentIndex() == 0
    assert window.today_card.value.text() == "3 breaks"
    assert window.today_card.caption.text() == "today · goal: 6"
    assert "4 due, 1 skipped, Snooze pressed 1 time" in window.today_card.detail.text()
    assert window.week_card.value.text() == "27 breaks"
    assert "28 due" in window.week_card.detail.text()
    assert "met on 4 days" in window.week_card.detail.text()
    # 4 days x 6 x 3 min + 10 + 3 today; the away time is not stretching.
    assert window.minutes_card.value.text() == "85 min"
    # Monday to Thursday met the goal; today has not yet, and that does not end it.
    assert window.streak_card.value.text() == "4 days"
    assert "Best: 4 days. Goal: 6 breaks a day." in window.streak_card.detail.text()
    assert "6 breaks a day" in window.goal_label.text()


def test_the_day_chart_stacks_the_outcomes_with_the_goal_line(qtbot):
    _launcher, window = make_window(qtbot, small_history(), goal=5)
    chart = window.day_view.chart()
    bars, goal_line = chart.series()
    names = [bar_set.label() for bar_set in bars.barSets()]
    assert names == ["Taken", "Away", "Snoozed", "Skipped"]
    values = {bar_set.label(): [bar_set.at(i) for i in range(bar_set.count())]
              for bar_set in bars.barSets()}
    assert len(values["Taken"]) == 14
    assert values["Taken"][-1] == 2 and values["Away"][-1] == 1
    assert values["Skipped"][-1] == 1 and values["Snoozed"][-1] == 0
    assert values["Taken"][-5:-1] == [6, 6, 6, 6]
    assert [point.y() for point in goal_line.points()] == [5, 5]
    assert goal_line.name() == "Goal (5 a day)"

    week_bars = window.week_view.chart().series()[0]
    week_taken = week_bars.barSets()[0]
    assert week_taken.count() == 12
    assert week_taken.at(11) == 26 and week_taken.at(10) == 0


def test_axis_and_legend_text_follow_the_palette(qtbot):
    _launcher, window = make_window(qtbot, small_history())
    dark = QPalette(window.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    window.setPalette(dark)
    QApplication.sendEvent(window, QEvent(QEvent.Type.PaletteChange))
    chart = window.day_view.chart()
    for axis in chart.axes():
        assert axis.labelsBrush().color() == QColor("#eeeeee")
    assert chart.legend().labelColor() == QColor("#eeeeee")


def test_empty_history_shows_a_friendly_page_and_no_export(qtbot):
    _launcher, window = make_window(qtbot, BreakHistory.in_memory(), goal=8)
    assert window.pages.currentIndex() == 1
    assert window.empty_title.text() == "No breaks yet"
    assert "goal of 8 breaks" in window.empty_text.text()
    assert not window.export_button.isEnabled()


def test_export_writes_every_row_and_says_where(qtbot, tmp_path, monkeypatch):
    _launcher, window = make_window(qtbot, small_history())
    target = tmp_path / "my breaks"  # no suffix: .csv is added
    monkeypatch.setattr(window, "ask_export_path", lambda: str(target))
    window.export_button.click()
    written = target.with_suffix(".csv")
    lines = written.read_text(encoding="utf-8").splitlines()
    assert lines[0] == ",".join(CSV_COLUMNS)
    assert len(lines) == 1 + 5 + 24
    assert window.message_label.isVisibleTo(window)
    assert window.message_label.text() == f"Saved 29 history rows to {written}."


def test_export_failure_says_what_happened_and_what_to_do(qtbot, tmp_path, monkeypatch):
    _launcher, window = make_window(qtbot, small_history())
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setattr(window, "ask_export_path", lambda: str(blocker / "breaks.csv"))
    window.export_csv()
    text = window.message_label.text()
    assert text.startswith(f"Could not save {blocker / 'breaks.csv'}: ")
    assert "Choose another folder" in text


def test_export_cancelled_does_nothing(qtbot, monkeypatch):
    _launcher, window = make_window(qtbot, small_history())
    monkeypatch.setattr(window, "ask_export_path", lambda: None)
    window.export_csv()
    assert not window.message_label.isVisibleTo(window)


def test_opening_again_raises_the_same_window_with_fresh_numbers(qtbot):
    history = small_history()
    launcher, window = make_window(qtbot, history)
    history.record(done(at(TODAY, 15)))
    launcher.open_window()
    assert launcher.window is window
    assert window.today_card.value.text() == "4 breaks"
    window.close()
    qtbot.waitUntil(lambda: launcher.window is None)
    launcher.open_window()
    assert launcher.window is not None and launcher.window is not window
    qtbot.addWidget(launcher.window)


def test_the_window_paints_its_chart_and_the_bars_are_there(qtbot, tmp_path):
    history = BreakHistory.in_memory()
    history.record_many(generate_year(NOW, BERLIN))
    _launcher, window = make_window(qtbot, history)
    with qtbot.waitSignal(window.painted, timeout=5000):
        window.show()
    picture = window.day_view.grab().toImage()
    picture.save(str(tmp_path / "statistics.png"))
    taken = QColor("#2E9E5B")
    hits = sum(
        1
        for y in range(0, picture.height(), 3)
        for x in range(0, picture.width(), 3)
        if picture.pixelColor(x, y) == taken
    )
    assert hits > 500, f"the day chart looks empty (saved to {tmp_path})"


def test_the_launcher_does_not_load_qtcharts_until_the_window_opens():
    script = (
        "import sys\n"
        "import knotbreak.ui.statistics\n"
        "assert 'PySide6.QtCharts' not in sys.modules\n"
        "assert 'knotbreak.ui.statistics.window' not in sys.modules\n"
        "print('light')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.stdout.strip() == "light", result.stderr


@pytest.mark.parametrize("goal", [1, 20])
def test_goal_changes_are_shown_on_refresh(qtbot, goal):
    _launcher, window = make_window(qtbot, small_history(), goal=goal)
    assert window.today_card.value.text() == "3 breaks"
    caption = window.today_card.caption.text()
    assert caption == ("today · goal reached" if goal == 1 else f"today · goal: {goal}")


def test_counts_read_right_in_the_singular(qtbot):
    """"met on 1 days", "Best: 1 days", "12 of 6 breaks": Qt's %n plural forms instead."""
    _launcher, window = make_window(qtbot, small_history(), goal=1)
    texts = " ".join(
        label.text()
        for card in (window.today_card, window.week_card, window.streak_card)
        for label in (card.value, card.caption, card.detail)
    ) + window.goal_label.text()
    assert " 1 days" not in texts and " 1 breaks" not in texts
    assert "Goal: 1 break a day." in window.streak_card.detail.text()
    assert "Your goal: 1 break a day" in window.goal_label.text()


def test_the_legend_says_what_snoozed_counts(qtbot):
    from PySide6.QtWidgets import QLabel

    _launcher, window = make_window(qtbot, small_history())
    texts = " ".join(label.text() for label in window.findChildren(QLabel))
    assert "every press of Snooze" in texts


def test_a_year_view_icon_and_the_whole_frame_on_screen(qtbot):
    from knotbreak.ui.window_fit import fully_on_screen

    _launcher, window = make_window(qtbot, small_history())
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Last 14 days", "Weeks", "Year",
    ]  # fmt: skip
    assert window.month_view.chart() is not None
    assert len(window.month_view.chart().axes()[0].categories()) == 12
    assert not window.windowIcon().isNull()
    qtbot.waitUntil(lambda: fully_on_screen(window))


def test_german_counts_use_their_plural_forms(qtbot, qapp):
    from PySide6.QtCore import QLocale

    from knotbreak.ui.translations import install_translations

    install_translations(qapp, "de")
    try:
        _launcher, window = make_window(qtbot, small_history(), goal=1)
        assert "Ziel: 1 Pause am Tag." in window.streak_card.detail.text()
        assert window.goal_label.text().startswith("Ihr Ziel: 1 Pause am Tag")
        assert window.today_card.value.text() == "3 Pausen"
    finally:
        install_translations(qapp, "en")
        QLocale.setDefault(QLocale.c())


@pytest.mark.parametrize("language", ["en", "de"])
def test_week_dates_fit_under_their_bars_in_the_narrowest_window(qtbot, qapp, language):
    # In the narrowest window QtCharts elided "14 Sep" (German "14. Sept.") to "14 ..."
    # while the week number above it fitted: no line may be wider than the week number.
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QFontMetrics

    from knotbreak.ui.translations import install_translations

    install_translations(qapp, language)
    try:
        _launcher, window = make_window(qtbot, small_history())
        axis = window.week_view.chart().axes()[0]
        metrics = QFontMetrics(axis.labelsFont())
        assert axis.categories()
        for label in axis.categories():
            week, *date_lines = label.removeprefix("<center>").removesuffix(
                "</center>").split("<br>")
            assert date_lines, label
            widest = max(metrics.horizontalAdvance(line) for line in date_lines)
            assert widest <= metrics.horizontalAdvance(week), label
    finally:
        install_translations(qapp, "en")
        QLocale.setDefault(QLocale.c())


def test_micro_breaks_and_posture_of_this_week_are_shown_when_used(qtbot, tmp_path):
    from knotbreak.core.cycle import MicroRecord
    from knotbreak.core.posture import store
    from knotbreak.core.posture.model import CoachState, DayShare

    history = small_history()
    _, window = make_window(qtbot, history)
    assert not window.more_label.isVisible()  # neither used: nothing said

    for minute, outcome in ((0, Outcome.COMPLETED), (20, Outcome.COMPLETED),
                            (40, Outcome.SKIPPED)):
        start = at(TODAY, 9) + timedelta(minutes=minute)
        history.record_micro(MicroRecord(start, start + timedelta(seconds=20), outcome, "eyes"))
    posture = tmp_path / store.FILE_NAME
    last_week = TODAY - timedelta(days=7)
    posture.write_bytes(store.dumps(CoachState(days={
        TODAY: DayShare(good=30, total=40), TODAY - timedelta(days=1): DayShare(10, 10),
        last_week: DayShare(0, 100),  # before Monday: not this week's
    })))
    window.source.posture_file = posture
    window.refresh()
    text = window.more_label.text()
    assert window.more_label.isVisible()
    assert "Micro-breaks this week: 3 shown (2 done, 1 skipped, 0 put off)." in text
    assert "good posture in 80 % of its checks this week" in text
