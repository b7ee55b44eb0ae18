"""The break window as a user meets it: keys whatever has the focus, the closing moment,
"Don't show this stretch again", names of long breaks, and text that is never clipped."""

from datetime import timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from knotbreak.core.cycle import CyclePolicy, Phase
from knotbreak.core.stretches.catalog import load_catalog
from knotbreak.core.stretches.player import RoutinePlayer
from knotbreak.core.stretches.routine import Segment, SegmentKind
from knotbreak.core.text import translatable as mark
from knotbreak.resources_path import resource
from knotbreak.ui.break_window import CLOSING_GRACE_MS, BreakWindow
from knotbreak.ui.translations import install_translations
from knotbreak.ui.window_presenter import WindowPresenter

CATALOG = load_catalog(resource("stretches/catalog.json")).catalog
S = timedelta(seconds=1)


def _seg(kind, stretch_id, side, set_number, sets, seconds, cue):
    return Segment(kind, stretch_id, side, set_number, sets, seconds * S, cue)


TWO_SETS = mark("Routine", "{cue}, {set} of {sets}")
ROUTINE = (
    _seg(SegmentKind.RELAX, "upper-trap", "left", 1, 2, 8, mark("Routine", "Get ready")),
    _seg(SegmentKind.HOLD, "upper-trap", "left", 1, 2, 30,
         TWO_SETS.format(cue=mark("Routine", "Left side"), set=1, sets=2)),
    _seg(SegmentKind.SWITCH, "upper-trap", "right", 1, 2, 5, mark("Routine", "Switch sides")),
    _seg(SegmentKind.HOLD, "upper-trap", "right", 1, 2, 30,
         TWO_SETS.format(cue=mark("Routine", "Right side"), set=1, sets=2)),
    _seg(SegmentKind.RELAX, "chin-tuck", None, 1, 1, 8, mark("Routine", "Relax and breathe")),
    _seg(SegmentKind.REPS, "chin-tuck", None, 1, 1, 30, "Chin back, hold, release"),
)


class Session:
    def __init__(self, runner, routine=ROUTINE):
        self.routine = routine
        self.player = RoutinePlayer(routine, runner.now())
        self.catalog = CATALOG
        self.poses = {}
        self.general_cautions = CATALOG.general_cautions
        self.photos = {}
        self.strict = False
        self.sound_enabled = False
        self.sound_volume = 0
        self.calls: list[str] = []
        self.hide_refusal: str | None = None

    def pause(self, now):
        self.calls.append("pause")
        self.player.pause(now)

    def resume(self, now):
        self.calls.append("resume")
        self.player.resume(now)

    def next(self, now):
        self.calls.append("next")
        self.player.next(now)

    def back(self, now):
        self.calls.append("back")
        self.player.back(now)

    def routine_finished(self, now):
        self.calls.append("routine_finished")

    def hide_stretch(self, stretch_id, now):
        self.calls.append(f"hide {stretch_id}")
        while (segment := self.player.position(now).segment) and segment.stretch_id == stretch_id:
            self.player.next(now)
        return self.hide_refusal


@pytest.fixture
def session(runner):
    runner.go_on_break()
    return Session(runner)


@pytest.fixture
def window(qtbot, runner, session):
    window = BreakWindow(runner, session)
    qtbot.addWidget(window)
    window.show_on_cursor_screen()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def _at(window, runner, seconds):
    runner.clock = runner.state.break_started + timedelta(seconds=seconds)
    window.refresh()


# Keys -------------------------------------------------------------------------------------


def test_opens_with_the_keyboard_and_space_pauses_at_once(qtbot, window, session):
    assert window.isActiveWindow() and window.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert session.calls == ["pause"]


@pytest.mark.parametrize("name", ["back_button", "next_button", "cautions_button", "done_button"])
def test_space_on_a_focused_button_pauses_and_presses_nothing(
    qtbot, window, runner, session, name
):
    _at(window, runner, 8 + 14)  # mid-hold: Back would restart it (00:16 -> 00:30)
    button = getattr(window, name)
    button.setFocus(Qt.FocusReason.TabFocusReason)
    assert button.hasFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert session.calls == ["pause"]
    assert runner.calls == []
    assert not window.card.showing_cautions
    assert window.ring.text == "00:16"
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert session.calls == ["pause", "resume"]


def test_arrows_go_back_and_on_whatever_has_the_focus(qtbot, window, runner, session):
    _at(window, runner, 8 + 14)
    window.pause_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(window.pause_button, Qt.Key.Key_Right)
    assert session.calls == ["next"]
    window.card.hide_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(window.card.hide_button, Qt.Key.Key_Left)
    assert session.calls == ["next", "back"]


def test_enter_presses_the_focused_button(qtbot, window, runner, session):
    _at(window, runner, 8 + 14)
    window.next_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(window.next_button, Qt.Key.Key_Return)
    assert session.calls == ["next"]


def test_the_focused_button_shows_a_focus_ring(qtbot, window):
    button = window.back_button
    window.setFocus()
    plain = button.grab().toImage()
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus, timeout=1000)
    ringed = button.grab().toImage()
    assert plain != ringed


def test_alt_tab_away_and_back_changes_nothing(qtbot, window, runner, session):
    _at(window, runner, 8 + 14)
    window.back_button.setFocus(Qt.FocusReason.TabFocusReason)
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(other.isActiveWindow, timeout=2000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    focused = QApplication.focusWidget()
    assert focused is not None and focused.window() == window
    qtbot.keyClick(focused, Qt.Key.Key_Space)
    assert session.calls == ["pause"]
    assert window.ring.text == "00:16"


def test_no_widget_but_the_buttons_takes_the_focus(window):
    for widget in window.findChildren(QWidget):
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            assert widget.__class__.__name__ == "QPushButton", widget
            assert widget.focusPolicy() == Qt.FocusPolicy.TabFocus, widget


# Words ------------------------------------------------------------------------------------


def test_one_counter_for_set_and_side(window, runner):
    _at(window, runner, 8 + 5)
    card = window.card
    assert card.cue_label.text() == "Left side"
    assert card.counters_label.text() == "Set 1 of 2"
    assert "ide" not in card.counters_label.text()
    assert card.next_label.text() == "Next: Right side, set 1 of 2"


def test_the_progress_line_names_a_long_break(qtbot, make_runner):
    runner = make_runner(policy=CyclePolicy(long_break_every=2))
    runner.go_on_break()
    runner.set_state(breaks_started=2)
    window = BreakWindow(runner, Session(runner))
    qtbot.addWidget(window)
    assert window.step_label.text().startswith("Long break · Stretch 1 of 2 · ")
    runner.set_state(breaks_started=3)
    short = BreakWindow(runner, Session(runner))
    qtbot.addWidget(short)
    assert short.step_label.text().startswith("Short break · Stretch 1 of 2 · ")


# Don't show this stretch again --------------------------------------------------------------


def test_dont_show_again_moves_on_at_once_and_says_where_to_undo(window, runner, session):
    _at(window, runner, 8 + 5)
    card = window.card
    assert card.hide_button.isVisible()
    card.hide_button.click()
    assert session.calls == ["hide upper-trap"]
    assert card.title_label.text() == "Chin tuck"
    assert "Settings > Stretches" in window.message_label.text()


def test_dont_show_again_note_goes_when_the_routine_moves_on(qtbot, runner):
    routine = (*ROUTINE, _seg(SegmentKind.REPS, "shrug-roll", None, 1, 1, 30, "Up, back, down"))
    runner.go_on_break()
    session = Session(runner, routine)
    window = BreakWindow(runner, session)
    qtbot.addWidget(window)
    window.show()
    _at(window, runner, 8 + 5)
    window.card.hide_button.click()
    assert window.card.title_label.text() == "Chin tuck"
    assert window.message_label.isVisible()  # with the stretch that took its place
    window.next_button.click()  # on to chin tuck's own set
    window.next_button.click()  # and past it
    assert window.card.title_label.text() == "Shrug and roll"
    assert not window.message_label.isVisible()


def test_dont_show_again_still_moves_on_when_it_cannot_be_saved(window, runner, session):
    session.hide_refusal = "the disk is full"
    window.card.hide_button.click()
    assert window.card.title_label.text() == "Chin tuck"
    assert "could not be turned off for good: the disk is full" in window.message_label.text()


# The closing moment ----------------------------------------------------------------------


def test_closing_moment_says_what_was_done_and_when_the_next_break_is(
    qtbot, window, runner, session
):
    for _ in range(len(ROUTINE)):
        window.next_button.click()
    assert session.calls[-1] == "routine_finished"
    assert window.card.title_label.text() == "Well done"
    runner.clock = runner.state.break_started + timedelta(minutes=3)
    runner.set_state(phase=Phase.WORKING, due=runner.clock + timedelta(minutes=45),
                     break_started=None, break_ends=None)
    assert window.wants_closing_moment()
    window.show_closing()
    card = window.card
    assert card.cue_label.text() == "2 exercises in 3 min"
    assert "in 45 min" in card.counters_label.text()
    assert window.close_button.isVisible()
    for button in (window.back_button, window.pause_button, window.skip_button,
                   window.snooze_button, window.done_button):
        assert button.isHidden()
    assert window.isVisible()
    # A key already on its way as the card appeared (Next pressed twice) leaves it up.
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert window.isVisible()
    qtbot.wait(CLOSING_GRACE_MS + 100)
    qtbot.keyClick(window, Qt.Key.Key_Alt)  # a lone modifier is not a choice
    assert window.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Space)  # after that, any key closes it at once
    assert not window.isVisible()


def test_closing_moment_after_done_before_any_stretch_does_not_count_zero(window, runner):
    # Done while the first stretch is still getting ready: no "0 exercises".
    runner.clock = runner.state.break_started + timedelta(seconds=3)
    window.done_button.click()
    runner.set_state(phase=Phase.WORKING, due=runner.clock + timedelta(minutes=45),
                     break_started=None, break_ends=None)
    assert window.wants_closing_moment()
    window.show_closing()
    assert window.card.title_label.text() == "Well done"
    assert window.card.cue_label.text() == "A 1 min break"


def test_closing_moment_goes_by_itself(qtbot, runner, session):
    window = BreakWindow(runner, session, closing_ms=50)
    qtbot.addWidget(window)
    window.show_on_cursor_screen()
    runner.clock = runner.state.break_ends
    runner.set_state(phase=Phase.WORKING, break_started=None, break_ends=None)
    assert window.wants_closing_moment()  # the break's time ran out
    window.show_closing()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)


def test_presenter_keeps_the_window_for_its_closing_moment_but_not_after_skip(qtbot, runner):
    presenter = WindowPresenter(runner)
    runner.go_on_break()
    window = presenter.break_window
    assert window is not None
    window.show()
    runner.clock = runner.state.break_ends  # the break ran its time
    runner.set_state(phase=Phase.WORKING, break_started=None, break_ends=None,
                     due=runner.clock + timedelta(minutes=45))
    assert presenter.closing_window is window and window.closing
    assert window.isVisible()
    window.close()
    qtbot.waitUntil(lambda: presenter.closing_window is None, timeout=2000)

    runner.go_on_break()
    skipped = presenter.break_window
    assert skipped is not None
    skipped.show()
    skipped.skip_button.click()  # FakeRunner records the intent; the cycle moves on:
    runner.set_state(phase=Phase.WORKING, break_started=None, break_ends=None)
    assert presenter.closing_window is None
    assert not skipped.isVisible()

    # Skipped from the tray or the command line, or paused, mid-break: no closing either.
    runner.go_on_break()
    cut_short = presenter.break_window
    assert cut_short is not None
    cut_short.show()
    runner.go_paused()
    assert presenter.closing_window is None
    assert not cut_short.isVisible()


def test_done_button_rounds_the_break_off(qtbot, runner):
    presenter = WindowPresenter(runner)
    runner.go_on_break()
    window = presenter.break_window
    assert window is not None
    window.show()
    window.done_button.click()
    assert runner.call_names() == ["finish_break"]
    runner.set_state(phase=Phase.WORKING, break_started=None, break_ends=None)
    assert presenter.closing_window is window
    window.close()


# Nothing clipped -------------------------------------------------------------------------


def _unclipped(window: BreakWindow) -> None:
    """Every label shows all its lines; what does not fit the card scrolls."""
    for label in window.findChildren(QLabel):
        if not label.isVisible():
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            assert label.height() >= needed - 1, (label.accessibleName(), label.text()[:60])
        else:
            assert label.width() >= label.sizeHint().width(), label.text()
    for button in window.findChildren(QPushButton):
        if button.isVisible():
            text = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
            assert button.width() >= text + 12, button.text()
    details = window.card.details
    content = details.widget()
    assert content is not None
    bar = details.verticalScrollBar()
    overflow = content.height() - details.viewport().height()
    if overflow > 0:
        assert bar.isVisible() and bar.maximum() >= overflow - 1


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("stretch_id", [e.id for e in CATALOG.entries])
def test_no_text_clipped_at_the_smallest_size(qtbot, qapp, make_runner, stretch_id, language):
    # Every break long: the longest progress line ("Long break · Stretch 1 of 2 · ...").
    runner = make_runner(policy=CyclePolicy(long_break_every=1))
    install_translations(qapp, language)
    try:
        entry = CATALOG.get(stretch_id)
        assert entry is not None
        side = "left" if entry.one_sided else None
        routine = (
            _seg(SegmentKind.RELAX, stretch_id, side, 1, 1, 8, mark("Routine", "Get ready")),
            _seg(SegmentKind.HOLD, stretch_id, side, 1, 1, 30, mark("Routine", "Hold")),
        )
        runner.go_on_break()
        runner.set_state(breaks_started=1)
        window = BreakWindow(runner, Session(runner, routine))
        qtbot.addWidget(window)
        window.show()
        window.resize(window.minimumSize())
        window.card.set_showing_cautions(True)
        for seconds in (1, 8 + 5):
            runner.clock = runner.state.break_started + timedelta(seconds=seconds)
            window.refresh()
            qapp.processEvents()
            _unclipped(window)
    finally:
        install_translations(qapp, "en")
        QLocale.setDefault(QLocale.c())



def test_one_counter_in_german_too(qtbot, qapp, runner):
    install_translations(qapp, "de")
    try:
        runner.go_on_break()
        window = BreakWindow(runner, Session(runner))
        qtbot.addWidget(window)
        runner.clock = runner.state.break_started + timedelta(seconds=8 + 5)
        window.refresh()
        cue = window.card.cue_label.text()
        counters = window.card.counters_label.text()
        assert cue and "1 von 2" not in cue and cue != "Left side"
        assert counters == "Satz 1 von 2"
        assert window.step_label.text().startswith("Pause · Übung 1 von 2 · noch ")
    finally:
        install_translations(qapp, "en")
        QLocale.setDefault(QLocale.c())


def test_cautions_scroll_into_view_when_asked_for(qtbot, window, runner):
    _at(window, runner, 8 + 5)
    window.resize(window.minimumSize())
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    card = window.card
    qtbot.waitUntil(lambda: card.showing_cautions, timeout=1000)
    bar = card.details.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=1000)
    top = card.general_label.mapTo(card.details.viewport(), card.general_label.rect().topLeft())
    assert 0 <= top.y() < card.details.viewport().height()


def test_tab_goes_through_the_controls_in_reading_order(qtbot, window):
    window.setFocus()
    seen = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == [window.back_button, window.pause_button, window.next_button,
                    window.cautions_button]


def test_a_segment_ending_before_the_next_refresh_is_caught_at_its_deadline(
    qtbot, window, runner
):
    _at(window, runner, 3)  # "Get ready" has 5 s to go: the regular refresh will do
    assert window.segment_end_planned_ms is None
    _at(window, runner, 7.98)  # 20 ms to go, less than one 50 ms refresh
    planned = window.segment_end_planned_ms
    assert planned is not None and planned <= 20
    runner.clock += timedelta(milliseconds=25)  # the deadline passes while it waits
    qtbot.waitUntil(lambda: window.card.cue_label.text() == "Left side", timeout=200)
    window.toggle_pause()
    _at(window, runner, 37.99)  # paused: no deadline to catch
    assert window.segment_end_planned_ms is None
