"""The guided break window, with a fake runner and a fake session over real catalog entries."""

import random
import sys
import time
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from knotbreak.core.cycle import CyclePolicy
from knotbreak.core.figure.poses_file import load_pose_file
from knotbreak.core.stretches.catalog import load_catalog
from knotbreak.core.stretches.player import RoutinePlayer
from knotbreak.core.stretches.routine import Segment, SegmentKind
from knotbreak.resources_path import resource
from knotbreak.ui import sound_cues
from knotbreak.ui.break_window import (
    FAST_MS,
    SLOW_MS,
    TITLE,
    BreakWindow,
    picture_progress,
    rep_phase,
)
from knotbreak.ui.stretch_card import PREVENTION_NOTE, needs_mirror, pictured_side

CATALOG = load_catalog(resource("stretches/catalog.json")).catalog
POSES = load_pose_file(resource("stretches/poses.json"))
S = timedelta(seconds=1)
T0 = datetime(2024, 5, 6, 10, 0, 0)  # where the FakeRunner's clock starts


def _seg(kind, stretch_id, side, set_number, sets, seconds, cue):
    return Segment(kind, stretch_id, side, set_number, sets, seconds * S, cue)


# Upper trapezius on both sides, then chin tuck (repeated movement), as the builder lays
# them out: 8 + 30 + 5 + 30 + 8 + 30 = 111 s.
ROUTINE = (
    _seg(SegmentKind.RELAX, "upper-trap", "left", 1, 1, 8, "Get ready"),
    _seg(SegmentKind.HOLD, "upper-trap", "left", 1, 1, 30, "Left side"),
    _seg(SegmentKind.SWITCH, "upper-trap", "right", 1, 1, 5, "Switch sides"),
    _seg(SegmentKind.HOLD, "upper-trap", "right", 1, 1, 30, "Right side"),
    _seg(SegmentKind.RELAX, "chin-tuck", None, 1, 1, 8, "Relax and breathe"),
    _seg(SegmentKind.REPS, "chin-tuck", None, 1, 1, 30, "Chin back, hold, release"),
)
STARTS = [sum((s.duration for s in ROUTINE[:i]), timedelta(0)) for i in range(len(ROUTINE) + 1)]


class FakeSession:
    def __init__(
        self, runner, routine=ROUTINE, *, strict=False, sound=False, poses=POSES, photos=None
    ):
        self.routine = routine
        self.photos = photos or {}
        self.player = RoutinePlayer(routine, runner.now())
        self.catalog = CATALOG
        self.poses = poses
        self.general_cautions = CATALOG.general_cautions
        self.strict = strict
        self.sound_enabled = sound
        self.sound_volume = 35
        self.calls: list[str] = []

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

    hide_refusal = None


@pytest.fixture
def session(runner):
    assert runner.clock == T0
    runner.go_on_break()
    return FakeSession(runner)


@pytest.fixture
def make_window(qtbot, runner):
    def make(session=None, **kwargs):
        if session is None:
            session = FakeSession(runner, **kwargs)
        window = BreakWindow(runner, session)
        qtbot.addWidget(window)
        return window

    return make


@pytest.fixture
def window(make_window, session):
    return make_window(session)


def _at(runner, seconds):
    runner.clock = T0 + timedelta(seconds=seconds)


def _go(window, runner, seconds):
    _at(runner, seconds)
    window.refresh()


def _opaque_pixels(image: QImage) -> int:
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return sum(
        1
        for y in range(0, image.height(), 3)
        for x in range(0, image.width(), 3)
        if image.pixelColor(x, y).alpha() > 200
    )


def _colours(image: QImage) -> int:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    return len(
        {image.pixel(x, y) for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)}
    )


# What it shows ----------------------------------------------------------------------------


def test_title_on_top_and_takes_the_keyboard_when_it_opens(qtbot, window):
    assert window.windowTitle() == TITLE == "Break — knotbreak"
    assert window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    # Unlike the notice, it is meant to be used: its keys work the moment it opens.
    assert not window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    window.show_on_cursor_screen()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    assert window.hasFocus()


def test_reasonable_size_that_resizes(window):
    hint = window.sizeHint()
    assert hint.width() >= 720
    assert hint.height() >= 560
    window.resize(1000, 760)
    window.show()
    assert window.width() == 1000


def test_opens_on_the_first_stretch(window):
    card = window.card
    assert card.kicker_label.text() == "Up next"
    assert card.title_label.text() == "Upper trapezius side bend"
    assert card.cue_label.text() == "Get ready"
    assert card.counters_label.text() == "Then: Left side"
    assert "Look straight ahead" in card.steps_label.text()
    assert card.source_label.text() == f"Source: {CATALOG.source_of(CATALOG['upper-trap']).name}"
    assert window.ring.text == "00:08"
    assert window.step_label.text().startswith("Break · Stretch 1 of 2")
    pixmap = window.picture.current_pixmap()
    assert not pixmap.isNull()
    assert _opaque_pixels(pixmap.toImage()) > 100


def test_hold_shows_cue_counters_next_and_a_picture(window, runner):
    _go(window, runner, 8 + 10)
    card = window.card
    assert card.kicker_label.isHidden()
    assert card.cue_label.text() == "Left side"
    assert card.counters_label.text() == ""  # the cue says the side; nothing twice
    assert card.next_label.text() == "Next: Right side"
    assert window.ring.text == "00:20"
    assert window.ring.caption == "hold"
    window.resize(720, 560)
    window.show()
    assert _colours(window.picture.grab().toImage()) > 20  # a drawn figure, not a flat panel

    _go(window, runner, 8 + 30 + 5 + 1)
    assert card.cue_label.text() == "Right side"
    assert card.next_label.text() == "Next: Chin tuck"
    _go(window, runner, 8 + 30 + 5 + 30 + 8 + 1)
    assert card.title_label.text() == "Chin tuck"
    assert card.next_label.text() == "Last one: then you're done"
    assert "5 slow reps" in card.counters_label.text()
    assert window.step_label.text().startswith("Break · Stretch 2 of 2")


def test_switch_and_relax_look_calm(window, runner):
    _go(window, runner, 8 + 30 + 1)
    assert window.card.cue_label.text() == "Switch sides"
    assert window.card.counters_label.text() == "Then: Right side"
    assert window.picture.calm
    assert window.ring.mood == "calm"
    assert window.card.kicker_label.isHidden()  # same stretch, other side: not "up next"
    calm_background = window.palette().window().color().name()
    _go(window, runner, 8 + 30 + 5 + 1)
    assert not window.picture.calm
    assert window.ring.mood == "work"
    assert window.palette().window().color().name() != calm_background


def test_picture_sides_follow_the_cues(window, runner):
    trap = POSES.entries["upper-trap"]
    cross = POSES.entries["cross-body"]
    # The neck stretch is drawn tilting to the left, the cross-body stretch with the right arm.
    assert pictured_side(trap) == "left"
    assert pictured_side(cross) == "right"
    assert not needs_mirror(trap, "left")
    assert needs_mirror(trap, "right")
    assert needs_mirror(cross, "left")
    assert not needs_mirror(cross, None)
    _go(window, runner, 8 + 10)
    assert not window.picture.mirrored
    _go(window, runner, 8 + 30 + 5 + 10)
    assert window.picture.mirrored
    for stretch_id in ("levator", "neck-rotation", "seated-twist"):
        assert pictured_side(POSES.entries[stretch_id]) == "left", stretch_id
    for stretch_id in ("knee-chest", "figure-4", "hip-flexor", "hamstring", "wrist-flexor"):
        assert pictured_side(POSES.entries[stretch_id]) == "right", stretch_id


def test_a_repeated_movement_plays_one_rep_per_rep_seconds_in_order():
    reps = ROUTINE[5]
    chin = CATALOG["chin-tuck"]  # 6 s a repetition
    assert rep_phase(ROUTINE[1], None, 3 * S) is None  # a hold has no reps
    assert rep_phase(reps, chin, reps.duration) == 0.0
    assert rep_phase(reps, chin, reps.duration - 3 * S) == pytest.approx(0.5)
    assert rep_phase(reps, chin, reps.duration - 7.5 * S) == pytest.approx(0.25)
    # A phased movement (shrug: up, back, down) only ever moves forward through its keys
    # within a rep, then glides home: the shoulders are up before they go back.
    shrug = POSES.entries["shrug-roll"]
    up = max(range(100), key=lambda i: shrug.rep_pose(i / 100).angle("shrug_r"))
    back = max(range(100), key=lambda i: shrug.rep_pose(i / 100).angle("retract_r"))
    assert up < back


def test_picture_moves_into_the_hold_then_stays(window, runner):
    hold = ROUTINE[1]
    assert picture_progress(hold, None, hold.duration) == 0.0
    assert 0.3 < picture_progress(hold, None, hold.duration - 1 * S) < 0.7
    assert picture_progress(hold, None, hold.duration - 2 * S) == 1.0
    assert picture_progress(hold, None, 3 * S) == 1.0
    assert picture_progress(ROUTINE[0], None, 3 * S) == 0.0  # relax: the start pose
    reps = ROUTINE[5]
    chin = CATALOG["chin-tuck"]  # 6 s a repetition: there, stay, back
    assert picture_progress(reps, chin, reps.duration) == 0.0
    assert picture_progress(reps, chin, reps.duration - 3 * S) == 1.0
    assert picture_progress(reps, chin, reps.duration - 6 * S) == 0.0
    _go(window, runner, 8 + 0.5)
    assert 0 < window.picture.t < 0.5
    _go(window, runner, 8 + 5)
    assert window.picture.t == 1.0


def test_missing_picture_shows_a_placeholder(make_window, runner):
    runner.go_on_break()
    window = make_window(poses={})
    window.resize(720, 560)
    window.show()
    assert window.picture.entry is None
    assert window.picture.current_pixmap().isNull()
    assert window.card.title_label.text() == "Upper trapezius side bend"
    _go(window, runner, 20)
    assert window.card.cue_label.text() == "Left side"


def test_unknown_stretch_id_does_not_crash(make_window, runner):
    runner.go_on_break()
    routine = (_seg(SegmentKind.HOLD, "my-own-thing", None, 1, 1, 20, "Hold"),)
    window = make_window(FakeSession(runner, routine))
    assert window.card.title_label.text() == "My own thing"
    assert window.picture.entry is None


# The ring follows the deadline -------------------------------------------------------------


def test_ring_equals_deadline_minus_now_to_the_millisecond(window, runner):
    rng = random.Random(7)
    total = STARTS[-1].total_seconds()
    for _ in range(300):
        ms = rng.randrange(0, int(total * 1000))
        _go(window, runner, ms / 1000)
        offset = timedelta(milliseconds=ms)
        index = max(i for i, start in enumerate(STARTS[:-1]) if start <= offset)
        deadline = STARTS[index + 1]
        assert window.ring.remaining == deadline - offset
        assert window.ring.total == ROUTINE[index].duration


def test_two_minute_hold_has_no_drift(make_window, runner):
    runner.go_on_break()
    routine = (_seg(SegmentKind.HOLD, "breathing", None, 1, 1, 120, "Breathe slowly"),)
    window = make_window(FakeSession(runner, routine))
    rng = random.Random(3)
    elapsed = 0.0
    while elapsed < 119.9:
        elapsed = min(120.0, elapsed + rng.uniform(0.001, 0.9))  # an irregular timer
        _go(window, runner, round(elapsed, 3))
        expected = timedelta(seconds=120) - timedelta(seconds=round(elapsed, 3))
        if expected > timedelta(0):
            assert window.ring.remaining == expected


def test_pause_stops_the_ring_and_resume_carries_on(window, runner, session):
    _go(window, runner, 8 + 10)
    assert window.ring.text == "00:20"
    window.pause_button.click()
    assert session.calls == ["pause"]
    assert window.pause_button.text() == "&Resume"
    assert window.ring.paused
    frozen = window.ring.remaining
    for seconds in (8 + 15, 8 + 40, 8 + 300):
        _go(window, runner, seconds)
        assert window.ring.remaining == frozen
    window.pause_button.click()
    assert session.calls == ["pause", "resume"]
    assert window.pause_button.text() == "&Pause"
    _go(window, runner, 8 + 300 + 4.25)
    assert window.ring.remaining == frozen - timedelta(seconds=4.25)


def test_next_and_back_move_between_steps(window, runner, session):
    _go(window, runner, 8 + 10)
    window.next_button.click()
    assert window.card.cue_label.text() == "Switch sides"
    assert window.ring.remaining == 5 * S
    window.next_button.click()
    assert window.card.cue_label.text() == "Right side"
    _go(window, runner, 8 + 10 + 3)  # 3 s into it: Back restarts it
    window.back_button.click()
    assert window.card.cue_label.text() == "Right side"
    assert window.ring.remaining == 30 * S
    window.back_button.click()  # at its start: Back goes to the step before
    assert window.card.cue_label.text() == "Switch sides"
    assert session.calls == ["next", "next", "back", "back"]


def test_stepping_to_the_end_reports_finished_once(window, runner, session):
    seconds = 0.0
    while seconds < STARTS[-1].total_seconds() + 5:
        seconds += 0.5
        _go(window, runner, seconds)
    window.refresh()
    assert session.calls.count("routine_finished") == 1
    assert window.card.title_label.text() == "Well done"
    assert window.progress_bar.value() == window.progress_bar.maximum()
    assert window.next_button.isHidden()


def test_next_past_the_last_step_finishes(window, runner, session):
    for _ in range(len(ROUTINE)):
        window.next_button.click()
    window.refresh()
    assert session.calls.count("routine_finished") == 1


def test_full_routine_runs_by_itself_under_time_scale(qtbot, window, runner, session):
    began = time.monotonic()
    runner.now = lambda: T0 + timedelta(seconds=(time.monotonic() - began) * 150)
    window.show()
    qtbot.waitUntil(lambda: "routine_finished" in session.calls, timeout=5000)
    assert session.calls == ["routine_finished"]


def test_progress_bar_follows_the_whole_routine(window, runner):
    bar = window.progress_bar
    assert bar.value() == 0
    total = STARTS[-1].total_seconds()
    _go(window, runner, total / 4)
    assert bar.value() == pytest.approx(bar.maximum() / 4, abs=2)


# Controls -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("button", "intent"),
    [("done_button", "finish_break"), ("snooze_button", "snooze"), ("skip_button", "skip")],
)
def test_buttons_call_intents(qtbot, window, runner, button, intent):
    qtbot.mouseClick(getattr(window, button), Qt.MouseButton.LeftButton)
    assert runner.call_names() == [intent]
    assert window.message_label.isHidden()


def test_refusal_is_shown(window, runner):
    window.show()
    runner.refusal = "No break is in progress."
    window.done_button.click()
    assert window.message_label.isVisible()
    assert window.message_label.text() == "No break is in progress."


def test_strict_mode_has_no_skip(qtbot, make_window, runner):
    runner.go_on_break()
    window = make_window(strict=True)
    window.show()
    assert not window.skip_button.isVisible()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    qtbot.wait(100)
    assert "skip" not in runner.call_names()


def test_snooze_label_and_none_left(qtbot, make_runner):
    runner = make_runner(policy=CyclePolicy(snooze_length=timedelta(minutes=10), snooze_limit=1))
    runner.go_on_break()
    window = BreakWindow(runner, FakeSession(runner))
    qtbot.addWidget(window)
    assert window.snooze_button.text() == "&Snooze 10 min"
    assert window.snooze_button.isEnabled()
    runner.set_state(snoozes_used=1)
    assert not window.snooze_button.isEnabled()
    assert "No snoozes left" in window.snooze_button.toolTip()


def test_cautions_are_on_the_card_before_the_hold_starts(window, runner):
    # "Get ready" for upper-trap: its cautions are already there, with the steps, no click.
    window.resize(720, 560)
    window.show()
    card = window.card
    assert card.kicker_label.text() == "Up next"
    assert card.cautions_label.isVisible()
    text = card.cautions_label.text()
    for caution in CATALOG["upper-trap"].cautions:
        assert caution.replace("'", "&#x27;") in text
    assert card.steps_label.isVisible()  # the cautions do not replace the steps
    # During the hold too.
    _go(window, runner, 8 + 5)
    assert card.cautions_label.isVisible() and card.steps_label.isVisible()


def test_cautions_button_adds_what_always_applies_and_one_key_toggles_it(window, runner):
    _go(window, runner, 8 + 5)
    window.resize(720, 560)
    window.show()
    card = window.card
    assert not card.showing_cautions
    window.cautions_button.click()
    assert card.showing_cautions and window.cautions_button.isChecked()
    assert card.general_label.isVisible()
    assert card.steps_label.isVisible()  # added below, not instead of the steps
    general = card.general_label.text()
    assert "Keep breathing." in general
    assert "prevention and comfort" in general
    assert "prevention and comfort" in PREVENTION_NOTE
    # The same button, with the same label and the same Alt+C, hides it again.
    assert window.cautions_button.text() == "&Cautions"
    window.cautions_button.click()
    assert not card.showing_cautions
    assert window.cautions_button.text() == "&Cautions"


def test_every_control_has_an_accessible_name(window):
    controls = [
        window.back_button,
        window.pause_button,
        window.next_button,
        window.cautions_button,
        window.card.hide_button,
        window.snooze_button,
        window.skip_button,
        window.done_button,
    ]
    for control in controls:
        assert control.accessibleName(), control.text()
        assert control.accessibleDescription(), control.text()
    for widget in (
        window.progress_bar,
        window.ring,
        window.picture,
        window.step_label,
        window.card.title_label,
        window.card.cue_label,
        window.card.steps_label,
    ):
        assert widget.accessibleName()
    assert window.ring.accessibleDescription() == "8 seconds left"


@pytest.fixture
def active_window(qtbot, window):
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.setFocus()
    return window


def test_keyboard_shortcuts(qtbot, active_window, runner, session):
    window = active_window
    _go(window, runner, 8 + 10)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert session.calls == ["pause"]
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert session.calls == ["pause", "resume"]
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert session.calls[-1] == "next"
    assert window.card.cue_label.text() == "Switch sides"
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert session.calls[-1] == "back"
    assert window.card.cue_label.text() == "Left side"
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert runner.calls == []
    assert window.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.card.showing_cautions, timeout=1000)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    # A mnemonic "animates" the click, so it lands a moment later.
    qtbot.waitUntil(lambda: runner.call_names() == ["skip"], timeout=1000)
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: runner.call_names() == ["skip", "finish_break"], timeout=1000)


def test_space_after_clicking_a_button_still_pauses(qtbot, active_window, runner, session):
    qtbot.mouseClick(active_window.next_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(active_window, Qt.Key.Key_Space)
    assert session.calls == ["next", "pause"]


# Timer and sound ----------------------------------------------------------------------------


def test_timer_runs_only_while_visible_and_slows_when_paused(window, runner):
    assert window.refresh_interval_ms is None
    window.show()
    assert window.refresh_interval_ms == FAST_MS
    window.pause_button.click()
    assert window.refresh_interval_ms == SLOW_MS
    window.pause_button.click()
    assert window.refresh_interval_ms == FAST_MS
    window.hide()
    assert window.refresh_interval_ms is None


def test_sound_cues_at_hold_start_and_end_without_qtmultimedia(make_window, runner, monkeypatch):
    sound_cues.reset_for_tests()
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # as if not installed
    runner.go_on_break()
    window = make_window(sound=True)
    for seconds in (1, 9, 20, 39, 44, 74, 82, 112):
        _go(window, runner, seconds)
    assert window.sound.played == [
        "hold-start",
        "hold-end",
        "hold-start",
        "hold-end",
        "hold-start",
        "hold-end",
    ]
    assert sound_cues.unavailable_reason() is not None
    sound_cues.reset_for_tests()


def test_no_sound_when_turned_off_or_moved_by_hand(make_window, runner):
    runner.go_on_break()
    quiet = make_window(sound=False)
    for seconds in (1, 9, 39, 44):
        _go(quiet, runner, seconds)
    assert quiet.sound.played == []


def test_user_moves_do_not_play_the_end_tone(make_window, runner, monkeypatch):
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)
    runner.go_on_break()
    window = make_window(sound=True)
    _go(window, runner, 9)
    assert window.sound.played == ["hold-start"]
    window.next_button.click()  # off the hold by hand, into "Switch sides"
    assert window.sound.played == ["hold-start"]
    sound_cues.reset_for_tests()


# Without a routine -----------------------------------------------------------------------------


def test_without_a_session_a_plain_break_counts_down(qtbot, runner):
    runner.go_on_break(seconds_left=150)
    window = BreakWindow(runner)
    qtbot.addWidget(window)
    assert window.card.title_label.text() == "Time for a break"
    assert window.ring.text == "02:30"
    assert window.back_button.isHidden()
    runner.advance(31)
    window.refresh()
    assert window.ring.text == "01:59"
    runner.advance(200)
    window.refresh()
    assert window.ring.text == "00:00"


def test_empty_routine_is_a_plain_break_and_never_finishes_early(qtbot, runner):
    runner.go_on_break()
    session = FakeSession(runner, ())
    window = BreakWindow(runner, session)
    qtbot.addWidget(window)
    window.refresh()
    assert window.card.title_label.text() == "Time for a break"
    assert session.calls == []


def test_placed_at_its_full_size(qtbot, window):
    # Not Qt's adjustSize(), which would cap it at 2/3 of the screen and then shrink it
    # to what its word-wrapped labels need.
    window.show_on_cursor_screen()
    screen = window.screen().availableSize()
    assert window.width() == min(720, screen.width() * 9 // 10)
    assert window.height() == min(560, screen.height() * 9 // 10)


def test_hold_cues_play_at_the_volume_the_user_chose(make_window, runner):
    runner.go_on_break()
    window = make_window(sound=True)  # the fake session carries sound_volume=35
    assert window.sound.volume == pytest.approx(0.35)


def test_an_exercise_with_the_users_own_photo_shows_the_photo(make_window, runner, tmp_path):
    from PySide6.QtGui import QColor, QPixmap

    photo = tmp_path / "my-stretch.png"
    pixmap = QPixmap(40, 60)
    pixmap.fill(QColor("#1E88E5"))
    assert pixmap.save(str(photo))
    runner.go_on_break()
    window = make_window(FakeSession(runner, photos={"upper-trap": photo}))
    _go(window, runner, 10)  # holding the first stretch (during "Get ready" it is faded)
    assert window.picture.shows_photo
    # The photo's own colour fills the middle of the panel, instead of a drawn figure.
    image = window.picture.grab().toImage()
    middle = image.pixelColor(image.width() // 2, image.height() // 2)
    assert (middle.red(), middle.green(), middle.blue()) == (0x1E, 0x88, 0xE5)
    _go(window, runner, 80)  # on to chin tuck, drawn as usual
    assert not window.picture.shows_photo


def test_stretches_asked_for_offer_no_snooze_and_say_what_they_are(make_window, runner):
    from dataclasses import replace as _replace

    runner.go_on_break()
    runner.state = _replace(runner.state, requested=True)
    window = make_window(FakeSession(runner))
    _go(window, runner, 10)
    assert window.snooze_button.isHidden()
    assert window.step_label.text().startswith("Stretch now")
