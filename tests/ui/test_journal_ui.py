"""The knot journal's windows, offscreen: the body map, the "Log a knot" dialog, the
journal window's chart, the health notes and the launcher."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, time, timedelta

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from knotbreak.core.journal import (
    AREA_IDS,
    JOURNAL_AREAS,
    Finding,
    JournalStore,
    area_label,
    load_health_notes,
)
from knotbreak.core.journal import advice as core_advice
from knotbreak.core.journal.entries import INTENSITY_WORDS
from knotbreak.resources_path import resource
from knotbreak.ui.journal.body_map import BodyMap
from knotbreak.ui.journal.log_dialog import DEFAULT_INTENSITY, LogKnotDialog
from knotbreak.ui.journal.texts import (
    advice_closing,
    area_name,
    finding_text,
    intensity_word,
)

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
NOTES = load_health_notes(resource("health/red_flags.json"))


@pytest.fixture
def journal():
    store = JournalStore.in_memory()
    yield store
    store.close()


@pytest.fixture
def body_map(qtbot):
    widget = BodyMap()
    qtbot.addWidget(widget)
    widget.resize(520, 460)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def dialog(qtbot, journal):
    opened: list[str] = []
    widget = LogKnotDialog(
        journal,
        lambda: NOW,
        health_notes=NOTES,
        open_journal=lambda: opened.append("journal"),
        open_health_notes=lambda: opened.append("notes"),
    )
    widget.opened = opened  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.resize(620, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


# Body map ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("area", "view"),
    [(area.id, view) for area in JOURNAL_AREAS for view in area.views],
)
def test_clicking_an_areas_centre_selects_that_area(qtbot, body_map, area, view):
    centre = body_map.area_centre(area, view)
    assert body_map.area_at(centre) == area
    with qtbot.waitSignal(body_map.area_chosen) as chosen:
        QTest.mouseClick(body_map, Qt.MouseButton.LeftButton, pos=centre.toPoint())
    assert chosen.args == [area]
    assert body_map.selected == area
    assert area_name(area)[:1].upper() + area_name(area)[1:] in body_map.accessibleDescription()


def test_every_area_is_on_the_map_and_sides_are_the_persons_own(body_map):
    for area in JOURNAL_AREAS:
        assert body_map.views_of(area.id) == area.views
    # From the front the person's right is on the viewer's left; from the back it is not.
    front_right = body_map.area_centre("shoulder-right", "front").x()
    front_left = body_map.area_centre("shoulder-left", "front").x()
    back_left = body_map.area_centre("shoulder-left", "back").x()
    back_right = body_map.area_centre("shoulder-right", "back").x()
    assert front_right < front_left < back_left < back_right


def test_clicking_outside_the_body_chooses_nothing(qtbot, body_map):
    with qtbot.assertNotEmitted(body_map.area_chosen):
        QTest.mouseClick(body_map, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    assert body_map.selected is None


def test_hovering_highlights_and_names_the_area(qtbot, body_map):
    centre = body_map.area_centre("jaw")
    with qtbot.waitSignal(body_map.hovered) as hovered:
        QTest.mouseMove(body_map, centre.toPoint())
    assert hovered.args == ["jaw"]
    assert body_map.toolTip() == "Jaw"
    assert body_map.selected is None, "hovering does not choose"


def test_arrow_keys_move_the_choice_through_the_list(qtbot, body_map):
    body_map.setFocus()
    QTest.keyClick(body_map, Qt.Key.Key_Right)
    assert body_map.selected == AREA_IDS[0]
    QTest.keyClick(body_map, Qt.Key.Key_Right)
    assert body_map.selected == AREA_IDS[1]
    QTest.keyClick(body_map, Qt.Key.Key_Left)
    QTest.keyClick(body_map, Qt.Key.Key_Left)
    assert body_map.selected == AREA_IDS[-1], "wraps around"


def test_the_map_paints_at_any_size(body_map):
    for width, height in ((300, 280), (900, 500), (400, 900)):
        body_map.resize(width, height)
        assert not body_map.grab().isNull()
        centre = body_map.area_centre("upper-back-left")
        assert body_map.area_at(centre) == "upper-back-left"


# The "Log a knot" dialog ------------------------------------------------------------------


def click_area(dialog, area, view=None):
    centre = dialog.body_map.area_centre(area, view)
    QTest.mouseClick(dialog.body_map, Qt.MouseButton.LeftButton, pos=centre.toPoint())


def test_a_click_on_the_map_names_the_area_and_syncs_the_list(dialog):
    click_area(dialog, "upper-back-left")
    assert dialog.chosen_label.text() == "Chosen: Left upper back"
    assert dialog.area_box.currentData() == "upper-back-left"
    dialog.area_box.setCurrentIndex(dialog.area_box.findData("wrist-right"))
    assert dialog.body_map.selected == "wrist-right"
    assert dialog.chosen_label.text() == "Chosen: Right wrist and hand"


def test_the_list_offers_every_area_in_map_order(dialog):
    ids = [dialog.area_box.itemData(i) for i in range(dialog.area_box.count())]
    assert ids == [None, *AREA_IDS]


def test_intensity_starts_at_five_and_shows_its_word(dialog):
    assert dialog.slider.value() == DEFAULT_INTENSITY
    assert dialog.intensity_label.text() == "5 - moderate"
    dialog.slider.setValue(10)
    assert dialog.intensity_label.text() == "10 - worst"
    dialog.slider.setValue(0)
    assert dialog.intensity_label.text() == "0 - none"


def test_click_and_enter_log_the_entry(qtbot, dialog, journal):
    click_area(dialog, "upper-back-left", "back")
    dialog.slider.setValue(7)
    dialog.note_edit.setText("after a long call")
    with qtbot.waitSignal(dialog.saved) as saved:
        QTest.keyClick(dialog.note_edit, Qt.Key.Key_Return)
    (entry,) = journal.recent()
    assert (entry.area, entry.intensity, entry.note, entry.logged_at) == (
        "upper-back-left", 7, "after a long call", NOW,
    )
    assert saved.args[0].id == entry.id
    assert dialog.is_done
    assert dialog.done_title.text() == "Saved: Left upper back, 7 of 10 (strong)."
    assert "next breaks will lean toward stretches for the left upper back" in (
        dialog.done_text.text()
    )
    assert not dialog.advice_frame.isVisible(), "one entry is no reason for advice"


def test_enter_on_the_body_map_saves_too(qtbot, dialog, journal):
    click_area(dialog, "chest")
    QTest.keyClick(dialog.body_map, Qt.Key.Key_Enter)
    assert [e.area for e in journal.recent()] == ["chest"]


def test_saving_without_an_area_says_what_to_do(dialog, journal):
    dialog.save_button.click()
    assert journal.count() == 0
    assert dialog.error_label.isVisible()
    assert "Choose where the knot is first" in dialog.error_label.text()
    assert not dialog.is_done
    click_area(dialog, "jaw")
    assert not dialog.error_label.isVisible()


def test_a_zero_says_breaks_stop_leaning(dialog):
    click_area(dialog, "eyes")
    dialog.slider.setValue(0)
    dialog.save()
    assert "Glad it has eased" in dialog.done_text.text()


def test_the_third_strong_knot_shows_the_clinician_note_with_the_red_flags(dialog, journal):
    for days in (5, 2):
        journal.log("neck-left", 8, None, NOW - timedelta(days=days))
    click_area(dialog, "neck-left", "back")
    dialog.slider.setValue(8)
    dialog.save()
    assert dialog.advice_frame.isVisible()
    text = dialog.advice_label.text()
    assert "strong knot in the left side of the neck 3 times" in text
    assert "doctor or physiotherapist" in text
    assert "Get help straight away" in text
    assert "chest" in text and "stiff neck" in text.lower()
    assert "prevention and comfort" in text
    assert dialog.notes_button is not None
    dialog.notes_button.click()
    assert dialog.opened == ["notes"]


def test_a_disk_that_refuses_keeps_the_form_and_says_so(dialog, journal):
    journal.close()  # any further use raises
    click_area(dialog, "chest")
    dialog.save()
    assert not dialog.is_done
    assert dialog.error_label.isVisible()


# Texts: translated strings must say what the core says --------------------------------


def test_english_area_names_match_the_core():
    for area in JOURNAL_AREAS:
        assert area_name(area.id) == area_label(area.id)
    assert area_name("from-a-newer-version") == "from-a-newer-version"


def test_english_intensity_words_and_advice_match_the_core():
    assert [intensity_word(i) for i in range(11)] == list(INTENSITY_WORDS)
    for finding in (
        Finding("upper-back-left", "repeated-high", 3, 7, 8, 6),
        Finding("jaw", "no-improvement", 4, 5, 6, 15),
        Finding("hip-left", "recurring", 9, 5, 4, 27),
    ):
        assert finding_text(finding) == core_advice.finding_text(finding)
    assert advice_closing() == core_advice.CLOSING


# Journal window ---------------------------------------------------------------------------


def test_chart_data_places_entries_on_their_local_day():
    from knotbreak.core.journal import JournalEntry
    from knotbreak.ui.journal.journal_window import chart_data, label_step

    local_now = NOW.astimezone()
    first_day = local_now.date() - timedelta(days=13)
    entries = [
        JournalEntry(NOW, "wrist-right", 4),
        JournalEntry(NOW - timedelta(days=2), "neck-left", 6),
        JournalEntry(NOW - timedelta(days=1), "neck-left", 7),
        JournalEntry(NOW - timedelta(days=40), "neck-left", 9),  # before the range
    ]
    data = chart_data(entries, {local_now.date(): 5}, first_day, 14)
    assert list(data.lines) == ["neck-left", "wrist-right"], "body-map order"
    assert [value for _, value in data.lines["neck-left"]] == [6, 7]
    x, _ = data.lines["wrist-right"][0]
    assert x == 13, "today is the last day, over its bar, off the axis"
    assert data.breaks[-1] == 5 and sum(data.breaks) == 5
    assert label_step(14) == 1 and label_step(28) == 3 and label_step(90) == 9


def test_entries_of_one_day_share_the_middle_of_its_slot_in_time_order():
    from knotbreak.core.journal import JournalEntry
    from knotbreak.ui.journal.journal_window import chart_data

    local_now = NOW.astimezone()
    first_day = local_now.date() - timedelta(days=13)
    morning = datetime.combine(local_now.date(), time(8)).astimezone()
    entries = [
        JournalEntry(morning + timedelta(hours=15), "neck-left", 5),  # late evening
        JournalEntry(morning, "neck-left", 3),
    ]
    points = chart_data(entries, {}, first_day, 14).lines["neck-left"]
    assert [value for _, value in points] == [3, 5]
    assert all(12.6 < x < 13.4 for x, _ in points)
    assert points[0][0] < points[1][0]


@pytest.mark.parametrize("most", [0, 3, 4, 7, 12, 30])
def test_both_axes_share_their_gridlines(most):
    from knotbreak.ui.journal.journal_window import INTENSITY_TICKS, breaks_axis_top

    top = breaks_axis_top(most)
    assert top > most
    # Same number of ticks on both axes, and whole numbers at each of them.
    assert top % (INTENSITY_TICKS - 1) == 0


def test_journal_window_draws_a_line_per_area_beside_breaks_per_day(qtbot, journal, tmp_path):
    from PySide6.QtCharts import QBarSeries, QLineSeries

    from knotbreak.core.cycle import BreakRecord, Outcome
    from knotbreak.core.history import BreakHistory
    from knotbreak.ui.journal.journal_window import JournalWindow

    now = datetime.now(UTC)
    history = BreakHistory.open(tmp_path / "history.sqlite3")
    for hours in (1, 2, 3):
        moment = now - timedelta(hours=hours)
        history.record(BreakRecord(moment, moment, moment, Outcome.COMPLETED))
    history.close()
    journal.log("upper-back-left", 7, None, now - timedelta(days=3))
    journal.log("upper-back-left", 5, "better", now - timedelta(days=1))
    journal.log("wrist-right", 3, None, now - timedelta(hours=2))

    window = JournalWindow(journal, tmp_path / "history.sqlite3", lambda: now)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    series = window.chart.series()
    lines = [s for s in series if isinstance(s, QLineSeries)]
    bars = [s for s in series if isinstance(s, QBarSeries)]
    assert [line.name() for line in lines] == ["Left upper back", "Right wrist and hand"]
    assert [p.y() for p in lines[0].points()] == [7, 5]
    (bar_series,) = bars
    counts = [bar_series.barSets()[0].at(i) for i in range(bar_series.barSets()[0].count())]
    assert sum(counts) == 3 and len(counts) == 28
    assert window.table.rowCount() == 3
    cell = window.table.item(0, 1)
    assert cell is not None and cell.text() == "Right wrist and hand"
    assert not window.advice_frame.isVisible()

    journal.log("chest", 2, None, now)  # e.g. from the command line
    window.reload()
    assert window.table.rowCount() == 4
    window.range_box.setCurrentIndex(window.range_box.findData(14))
    assert window.data is not None and window.data.days == 14


def test_journal_window_without_history_or_entries_says_how_to_start(qtbot, journal, tmp_path):
    from knotbreak.ui.journal.journal_window import JournalWindow

    window = JournalWindow(journal, tmp_path / "missing.sqlite3", lambda: NOW)
    qtbot.addWidget(window)
    assert "Nothing logged in this time" in window.status.text()


def test_journal_window_at_its_smallest_shows_every_column_whole(qtbot, journal, tmp_path):
    # It could be made 390 px wide: the Note column was cut off and the chart's dates
    # and axis title were elided to "7..." and "10 am stär...".
    from knotbreak.ui.journal.journal_window import JournalWindow

    journal.log("upper-back-left", 6, "after a long call", NOW - timedelta(hours=1))
    window = JournalWindow(journal, tmp_path / "missing.sqlite3", lambda: NOW)
    qtbot.addWidget(window)
    window.show()
    window.resize(100, 100)
    qtbot.waitUntil(lambda: window.width() >= 680)
    window.table.resizeColumnsToContents()
    header = window.table.horizontalHeader()
    used = sum(header.sectionSize(column) for column in range(4))
    assert used <= window.table.viewport().width()


# Health notes and the launcher ------------------------------------------------------------


def test_health_notes_show_red_flags_clinician_advice_and_linked_sources(qtbot):
    from knotbreak.ui.journal.health_notes_dialog import HealthNotesDialog

    dialog = HealthNotesDialog(NOTES)
    qtbot.addWidget(dialog)
    page = dialog.browser.toHtml()
    plain = dialog.browser.toPlainText()
    assert "prevention and comfort" in plain and "does not diagnose" in plain
    assert "Get help straight away" in plain and "Book an appointment" in plain
    assert "See a doctor or physiotherapist" in plain
    assert 'href="https://www.nhs.uk/conditions/heart-attack/"' in page
    assert "mayoclinic.org" in page
    assert dialog.browser.openExternalLinks()


def test_health_notes_cite_their_sources_in_ascending_order(qtbot):
    import re

    from knotbreak.ui.journal.health_notes_dialog import HealthNotesDialog

    dialog = HealthNotesDialog(NOTES)
    qtbot.addWidget(dialog)
    # Joined by a no-break space, so a mark never breaks across two lines.
    text = dialog.browser.document().toRawText()  # toPlainText turns it into a space
    marks = re.findall(r"\[(\d+(?:,\u00a0\d+)+)\]", text)
    assert marks, "some red flags cite more than one source"
    for mark in marks:
        numbers = [int(n) for n in mark.split(",\u00a0")]
        assert numbers == sorted(numbers), mark


def test_health_notes_at_their_smallest_still_read_as_text(qtbot):
    from PySide6.QtGui import QFont, QFontMetrics

    from knotbreak.ui.journal.health_notes_dialog import HealthNotesDialog

    dialog = HealthNotesDialog(NOTES)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(100, 100)
    # The German heading, in a heading-sized bold font, fits on one line.
    heading = QFont(dialog.font())
    heading.setBold(True)
    heading.setPointSizeF(heading.pointSizeF() * 1.5)
    assert QFontMetrics(heading).horizontalAdvance("Gesundheitshinweise") < (
        dialog.browser.viewport().width()
    )
    assert dialog.browser.viewport().height() >= dialog.fontMetrics().lineSpacing() * 8


def test_health_notes_without_their_file_still_say_the_essentials(qtbot):
    from knotbreak.ui.journal.health_notes_dialog import HealthNotesDialog

    dialog = HealthNotesDialog(None, "red_flags.json is missing")
    qtbot.addWidget(dialog)
    plain = dialog.browser.toPlainText()
    assert "not diagnosis" in plain and "Chest pain" in plain


def test_launcher_opens_each_window_once_and_gives_weights(qtbot, tmp_path):
    from knotbreak.ui.journal.journal_window import JournalWindow
    from knotbreak.ui.journal.launcher import JournalLauncher

    messages: list[str] = []
    launcher = JournalLauncher(tmp_path, None, lambda: NOW, messages.append)
    launcher.open_log()
    log = launcher.log_dialog
    assert isinstance(log, LogKnotDialog)
    launcher.open_log()
    assert launcher.log_dialog is log, "a second click raises the open dialog"
    log.choose("upper-back-right")
    log.slider.setValue(6)
    log.save()
    launcher.open_journal()
    journal = launcher.journal_window
    assert isinstance(journal, JournalWindow) and journal.table.rowCount() == 1
    launcher.open_health_notes()
    notes = launcher.notes_dialog
    launcher.open_health_notes()
    assert launcher.notes_dialog is notes
    assert launcher.area_weights(NOW)["upper-back"] > 1
    log.close()
    qtbot.waitUntil(lambda: launcher.log_dialog is None)
    launcher.open_log()
    assert launcher.log_dialog is not None and launcher.log_dialog is not log
    launcher.close_all()
    assert messages == []


def test_launcher_tells_once_about_a_damaged_journal(qtbot, tmp_path):
    from knotbreak.ui.journal.launcher import JournalLauncher

    (tmp_path / "journal.sqlite3").write_bytes(b"garbage" * 300)
    messages: list[str] = []
    launcher = JournalLauncher(tmp_path, None, lambda: NOW, messages.append)
    assert launcher.area_weights(NOW) == {}
    launcher.open_log()
    assert len(messages) == 1 and "kept as" in messages[0]
    launcher.close_all()


def test_importing_the_launcher_loads_no_window_module_and_no_qtcharts():
    script = (
        "import sys; import knotbreak.ui.journal.launcher; "
        "loaded = [m for m in sys.modules if m.startswith('PySide6.QtCharts') "
        "or m.startswith('knotbreak.ui.journal.') and not m.endswith(('launcher', 'texts'))]; "
        "print(loaded)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_body_map_point_inside_falls_back_for_odd_shapes():
    from PySide6.QtGui import QPainterPath

    from knotbreak.ui.journal.body_map import point_inside

    ring = QPainterPath()
    ring.addEllipse(QPointF(0, 0), 10, 10)
    hole = QPainterPath()
    hole.addEllipse(QPointF(0, 0), 5, 5)
    donut = ring.subtracted(hole)
    assert donut.contains(point_inside(donut))


def test_the_confirmation_does_not_keep_the_forms_height(qtbot, dialog):
    click_area(dialog, "neck-left", "back")
    form_height = dialog.height()
    dialog.save()
    qtbot.waitUntil(lambda: dialog.height() < form_height / 2)
    assert dialog.done_text.isVisible() and dialog.close_button.isVisible()


def test_area_names_and_ranges_are_said_in_german(qapp):
    from PySide6.QtCore import QLocale

    from knotbreak.core.journal.areas import AREA_IDS
    from knotbreak.ui.journal.texts import area_name, area_title
    from knotbreak.ui.translations import install_translations

    english = {area: area_name(area) for area in AREA_IDS}
    install_translations(qapp, "de")
    try:
        assert area_title("neck-left") == "Linke Halsseite"
        for area in AREA_IDS:
            assert area_name(area) != english[area], area
    finally:
        install_translations(qapp, "en")
        QLocale.setDefault(QLocale.c())


@pytest.mark.parametrize("area", ["chest", "jaw", "head"])
@pytest.mark.parametrize("intensity", [1, 5, 10])
def test_chest_jaw_and_head_show_the_urgent_signs_first(dialog, area, intensity):
    dialog.choose(area)
    dialog.slider.setValue(intensity)
    dialog.save()
    assert dialog.urgent_frame.isVisible()
    text = dialog.urgent_label.text()
    assert "First, the warning signs" in text and "emergency number" in text
    warning = NOTES.area_warning(area)
    assert warning is not None and warning.text[:30] in text
    # Above everything else on the confirmation page.
    layout = dialog.done_page.layout()
    assert layout.indexOf(dialog.urgent_frame) < layout.indexOf(dialog.done_title)
    if area == "chest":
        assert "do not lean toward chest stretches" in dialog.done_text.text()


def test_other_areas_show_no_urgent_box(dialog):
    dialog.choose("neck-left")
    dialog.save()
    assert not dialog.urgent_frame.isVisible()


def test_every_health_notes_text_is_listed_for_translation():
    from knotbreak.ui.journal.health_strings import HEALTH_NOTE_TEXTS

    texts = {NOTES.not_diagnosis}
    for group in NOTES.groups:
        texts |= {group.title, group.intro, *(item.text for item in group.items)}
    texts |= {warning.text for warning in NOTES.area_warnings.values()}
    assert set(HEALTH_NOTE_TEXTS) == texts
