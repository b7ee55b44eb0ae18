"""The guided break window: the routine step by step, with a countdown ring for each hold.

Time: every refresh reads `runner.now()` (the app clock, fast under --time-scale) and asks
the session's RoutinePlayer where the routine stands. What the ring shows is the player's
`remaining`, the segment's deadline minus now, computed fresh each time; nothing is
counted down here, so a late or irregular timer never makes it drift. One QTimer runs,
only while the window is visible: every 50 ms while a ring counts (smooth), slower while
paused or finished.

Keyboard: the window takes the keyboard when it opens (it is meant to be used, unlike the
notice before it). Whenever it is the active window, whatever has the focus, each key
does its one job: Space pauses and resumes the hold (never presses a button), Left/Right
go back and on, Page Up/Down scroll the text, and every button has an Alt mnemonic. Tab
reaches the buttons, which show a focus ring; Enter presses the one with the focus. Esc
does nothing (it would silently end the break). Window shortcuts, not key handlers, so
Alt+Tab away and back changes nothing.

The end: after the last step (or when the break ends any way but Skip and Snooze) a short
closing moment says what was done and when the next break is, then the window closes by
itself after CLOSING_SECONDS; any key or the Close button closes it at once.

Without a session (or with a routine in which nothing fitted) it shows a plain break with
the break's own countdown.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import datetime, timedelta
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QElapsedTimer, QEvent, QSize, Qt, QTime, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from knotbreak.core import text as core_text
from knotbreak.core.cycle import Phase
from knotbreak.core.durations import format_duration
from knotbreak.core.figure.pose import PoseEntry
from knotbreak.core.stretches.catalog import Catalog, StretchEntry
from knotbreak.core.stretches.player import Position, RoutinePlayer
from knotbreak.core.stretches.routine import Routine, Segment, SegmentKind, routine_stretch_ids
from knotbreak.core.stretches.wording import CatalogWording
from knotbreak.core.text import Text, english_plural
from knotbreak.ui import sound_cues
from knotbreak.ui.break_names import break_kind, is_long
from knotbreak.ui.hold_ring import RingMood, countdown_text
from knotbreak.ui.live_window import LiveWindow
from knotbreak.ui.palette import PALETTE_EVENTS, Tones, tones
from knotbreak.ui.placement import place_on_cursor_screen
from knotbreak.ui.sound_cues import SoundCues
from knotbreak.ui.stretch_card import CardText, StretchCard, needs_mirror, pose_entries
from knotbreak.ui.translations import QT_TRANSLATE_NOOP, localized, stretch_wording, translate
from knotbreak.ui.tray_icon_art import app_icon

if TYPE_CHECKING:
    from knotbreak.adapters.cycle_runner import CycleRunner

__all__ = ["TITLE", "BreakWindow", "GuidedSession", "countdown_text"]

TITLE = QT_TRANSLATE_NOOP("BreakWindow", "Break — knotbreak")
PLAIN_HEADING = QT_TRANSLATE_NOOP("BreakWindow", "Time for a break")
PLAIN_SUGGESTION = QT_TRANSLATE_NOOP(
    "BreakWindow", "Stand up, roll your shoulders, look into the distance."
)
CLOSING_SECONDS = 8
"""How long the closing moment stays before the window closes by itself."""
CLOSING_GRACE_MS = 1000
"""Keys and clicks in the closing moment's first second are taken as meant for the last
stretch (Next pressed twice, Alt+N held), not as "close now"."""
_MODIFIER_KEYS = frozenset(
    {Qt.Key.Key_Alt, Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Meta, Qt.Key.Key_AltGr}
)
PLAYBACK_CHECK_MS = 1500
"""Some sound failures show only after play() returned: look this long after a tone."""
FAST_MS = 50  # a ring is counting: smooth
SLOW_MS = 250  # paused, finished, or a plain break
ANIMATE = timedelta(seconds=2)
"""A hold's picture moves from the start pose to the hold over this long, then stays."""
DEFAULT_SIZE = QSize(720, 560)
MINIMUM_SIZE = QSize(560, 440)
"""At least this; wider when the buttons' words need it (German, a long snooze)."""
_PROGRESS_STEPS = 1000

# Under the ring's numbers: what this segment is.
_CAPTIONS = {
    SegmentKind.HOLD: QT_TRANSLATE_NOOP("BreakWindow", "hold"),
    SegmentKind.REPS: QT_TRANSLATE_NOOP("BreakWindow", "reps"),
    SegmentKind.SWITCH: QT_TRANSLATE_NOOP("BreakWindow", "switch"),
    SegmentKind.RELAX: QT_TRANSLATE_NOOP("BreakWindow", "relax"),
}


class GuidedSession(Protocol):
    """What the window needs from a break session (adapters/break_session.py)."""

    @property
    def routine(self) -> Routine: ...
    @property
    def player(self) -> RoutinePlayer: ...
    @property
    def catalog(self) -> Catalog: ...
    @property
    def poses(self) -> object:
        """A PoseLibrary or a mapping of stretch id -> PoseEntry; ids may be missing."""
        ...

    @property
    def photos(self) -> Mapping[str, Path]:
        """The user's own image for a custom exercise, by stretch id."""
        ...

    @property
    def general_cautions(self) -> tuple[str, ...]: ...
    @property
    def strict(self) -> bool: ...
    @property
    def sound_enabled(self) -> bool: ...
    @property
    def sound_volume(self) -> int: ...
    def pause(self, now: datetime) -> None: ...
    def resume(self, now: datetime) -> None: ...
    def next(self, now: datetime) -> None: ...
    def back(self, now: datetime) -> None: ...
    def routine_finished(self, now: datetime) -> None: ...
    def hide_stretch(self, stretch_id: str, now: datetime) -> str | None:
        """Turn a stretch off for good and move past it; None, or why it was not saved."""
        ...


def _ease(x: float) -> float:
    x = min(1.0, max(0.0, x))
    return x * x * (3 - 2 * x)


def picture_progress(segment: Segment, entry: StretchEntry | None, remaining: timedelta) -> float:
    """How far from the start pose (0) to the hold (1) the picture is.

    A hold moves into position over its first ~2 s, then stays. Repeated movements go
    there and back once per repetition (up 30 %, stay, back over the last 35 %).
    """
    if not segment.is_work:
        return 0.0
    elapsed = max(timedelta(0), segment.duration - remaining)
    if segment.kind is SegmentKind.REPS and entry is not None and entry.rep_seconds:
        phase = (elapsed.total_seconds() % entry.rep_seconds) / entry.rep_seconds
        if phase < 0.3:
            return _ease(phase / 0.3)
        if phase < 0.65:
            return 1.0
        return _ease((1.0 - phase) / 0.35)
    animate = min(ANIMATE, segment.duration * 0.3)
    if animate <= timedelta(0):
        return 1.0
    return _ease(elapsed / animate)


def rep_phase(segment: Segment, entry: StretchEntry | None, remaining: timedelta) -> float | None:
    """For a repeated movement, how far (0..1) into the current repetition it is; None
    for anything else. The picture then plays one rep per `rep_seconds`, every phase of
    the movement in order (PoseEntry.rep_pose)."""
    if not segment.is_work or segment.kind is not SegmentKind.REPS:
        return None
    if entry is None or not entry.rep_seconds:
        return None
    elapsed = max(timedelta(0), segment.duration - remaining)
    return (elapsed.total_seconds() % entry.rep_seconds) / entry.rep_seconds


class BreakWindow(LiveWindow):
    closed = Signal()
    """The window was closed (by the user, or its closing moment ran out)."""

    def __init__(
        self,
        runner: CycleRunner,
        session: GuidedSession | None = None,
        parent: QWidget | None = None,
        closing_ms: int = CLOSING_SECONDS * 1000,
    ) -> None:
        """`closing_ms`: how long the closing moment stays (the tests shorten it)."""
        super().__init__(
            runner, FAST_MS, parent, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint
        )
        self._session = session
        self._guided = session is not None and len(session.routine) > 0
        self._poses: dict[str, PoseEntry] = (
            dict(pose_entries(session.poses)) if session is not None else {}
        )
        self.sound = SoundCues(
            bool(session is not None and session.sound_enabled),
            volume_percent=session.sound_volume if session is not None else 0,
        )
        self._last_index: int | None = None
        self._last_segment: Segment | None = None
        self._user_moved = False
        self._finished_reported = False
        self._closing = False
        self._ended_by_choice = False
        """Skip or Snooze was chosen here: the window closes without a closing moment."""
        self._done_chosen = False
        self._break_ends = runner.state.break_ends
        """When the break ends, as last seen while it ran (it follows pauses)."""
        state = runner.state
        self._break_number = state.breaks_started
        self._started = state.break_started or runner.now()
        self._break_length = (
            state.break_ends - self._started
            if state.break_ends is not None
            else runner.policy.break_length_for(state.breaks_started)
        )
        self._calm = False
        self._tones: Tones | None = None
        # The built-in stretches' own words in the UI's language (catalog.<lang>.json).
        self._wording = stretch_wording()

        self.setWindowTitle(self.tr(TITLE))
        self.setWindowIcon(app_icon())
        self.setMinimumSize(MINIMUM_SIZE)
        # It takes the keyboard when it opens (show_on_cursor_screen): its keys must work
        # at once. The focus starts on the window itself, so Space pauses.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(True)

        self.step_label = QLabel()
        self.step_label.setAccessibleName(self.tr("Where you are in the routine"))
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, _PROGRESS_STEPS)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedHeight(8)
        self.progress_bar.setAccessibleName(self.tr("Progress through the whole routine"))

        self.card = StretchCard()
        self.ring = self.card.ring
        self.picture = self.card.picture

        self.message_label = QLabel()
        self._message_for_stretch: str | None = None
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Message"))
        self.message_label.hide()

        # Shortcut letters (&) are part of each translation: a translator picks letters
        # that do not clash within the window.
        self.back_button = self._button(
            self.tr("&Back"),
            self.tr("Back"),
            self.tr("Go back: restart this step, or the one before (Left arrow)"),
            self.go_back,
        )
        self.pause_button = self._button(
            self.tr("&Pause"), self.tr("Pause"), self.tr("Pause the timer (Space)"),
            self.toggle_pause,
        )
        self.next_button = self._button(
            self.tr("&Next"), self.tr("Next"), self.tr("Go on to the next step (Right arrow)"),
            self.go_next,
        )
        # This stretch's own cautions are always on the card; this adds what always
        # applies. The same button (and Alt+C) shows and hides it.
        self.cautions_button = self._button(
            self.tr("&Cautions"),
            self.tr("Cautions"),
            self.tr("Show or hide what always applies: when to stop, when to see a clinician "
                    "(Alt+C)"),
            self.toggle_cautions,
        )
        self.cautions_button.setCheckable(True)
        self.snooze_button = self._button(
            self.tr("&Snooze"),
            self.tr("Snooze"),
            self.tr("Put the break off for a while (Alt+S)"),
            lambda: self._chosen(runner.snooze),
        )
        self.skip_button = self._button(
            self.tr("S&kip"), self.tr("Skip"), self.tr("Skip this break (Alt+K)"),
            lambda: self._chosen(runner.skip),
        )
        self.done_button = self._button(
            self.tr("&Done"), self.tr("Done"), self.tr("End the break now (Alt+D)"),
            self._done,
        )
        strict = bool(session is not None and session.strict)
        self.skip_button.setVisible(not strict)
        self.skip_button.setEnabled(not strict)
        self.close_button = self._button(
            self.tr("C&lose"), self.tr("Close"), self.tr("Close this window now (any key)"),
            self._close_now,
        )
        self.close_button.hide()
        for button in (self.back_button, self.pause_button, self.next_button):
            button.setVisible(self._guided)
        self.card.hide_button.clicked.connect(lambda _checked=False: self.hide_current())

        # Window shortcuts take the key before any focused child sees it: Space pauses
        # even when a button has the focus, and nothing else can take these keys.
        self.shortcuts: dict[str, QShortcut] = {}
        for name, key, action in (
            ("space", Qt.Key.Key_Space, self._space),
            ("left", Qt.Key.Key_Left, self._shortcut(self.back_button)),
            ("right", Qt.Key.Key_Right, self._shortcut(self.next_button)),
            ("page-up", Qt.Key.Key_PageUp, lambda: self.card.scroll_details(-1)),
            ("page-down", Qt.Key.Key_PageDown, lambda: self.card.scroll_details(1)),
        ):
            shortcut = QShortcut(QKeySequence(key), self, action)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.setAutoRepeat(False)
            self.shortcuts[name] = shortcut
        self._segment_end = QTimer(self)
        self._segment_end.setSingleShot(True)
        self._segment_end.setTimerType(Qt.TimerType.PreciseTimer)
        self._segment_end.timeout.connect(self.refresh)
        self._closing_timer = QTimer(self)
        self._closing_timer.setSingleShot(True)
        self._closing_timer.setInterval(closing_ms)
        self._closing_timer.timeout.connect(self.close)
        # When the closing moment appeared: a key or click already on its way (Alt+N on
        # the last stretch, a double click on Next) must not end it unseen.
        self._closing_shown = QElapsedTimer()
        self._sound_check = QTimer(self)
        self._sound_check.setSingleShot(True)
        self._sound_check.setInterval(PLAYBACK_CHECK_MS)
        self._sound_check.timeout.connect(self._check_sound)

        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.progress_bar, 1)
        top.addWidget(self.step_label)

        controls = QHBoxLayout()
        controls.setSpacing(8)
        for button in (self.back_button, self.pause_button, self.next_button):
            controls.addWidget(button)
        controls.addSpacing(12)
        controls.addWidget(self.cautions_button)
        controls.addStretch(1)
        for button in (self.snooze_button, self.skip_button, self.done_button, self.close_button):
            controls.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addWidget(self.card, 1)
        layout.addWidget(self.message_label)
        layout.addLayout(controls)

        # Tab goes through the controls as they read, left to right, then the card's own.
        order = (
            self.back_button, self.pause_button, self.next_button, self.cautions_button,
            self.snooze_button, self.skip_button, self.done_button, self.close_button,
            self.card.hide_button,
        )
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)

        runner.changed.connect(self.refresh)
        self._apply_colors()
        self.refresh()
        self._fit_minimum()

    # Showing ------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return DEFAULT_SIZE.expandedTo(self.minimumSizeHint())

    def adjustSize(self) -> None:
        """Its size hint, up to 90 % of the screen (place_on_cursor_screen calls this).

        Qt's own adjustSize() would cap a window at 2/3 of the screen and shrink it to the
        height its word-wrapped labels need at that width.
        """
        hint = self.sizeHint()
        screen = self.screen()
        if screen is not None:
            area = screen.availableGeometry().size()
            hint = hint.boundedTo(QSize(area.width() * 9 // 10, area.height() * 9 // 10))
        self.resize(hint.expandedTo(self.minimumSize()))

    def show_on_cursor_screen(self) -> None:
        place_on_cursor_screen(self, "center")
        self.show()
        self.raise_()
        self.activateWindow()
        self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    # Controls ---------------------------------------------------------------------------

    def _space(self) -> None:
        if self._closing:
            self.close()
        elif self.pause_button.isVisible() and self.pause_button.isEnabled():
            self.toggle_pause()

    def _done(self) -> None:
        self._done_chosen = True
        self._run(self._runner.finish_break)
        if self.message_label.isVisible():  # refused: the break goes on
            self._done_chosen = False

    def _close_now(self) -> None:
        self.close()

    def _chosen(self, intent: Callable[[], str | None]) -> None:
        """Skip or Snooze: the user is leaving the break, no closing moment."""
        self._ended_by_choice = True
        self._run(intent)
        if self.message_label.isVisible():  # refused: the break goes on
            self._ended_by_choice = False

    def hide_current(self) -> None:
        """ "Don't show this stretch again": saved, and the routine moves past it at once."""
        session = self._session
        if not self._guided or session is None or self._finished_reported or self._closing:
            return
        now = self._runner.now()
        segment = session.player.position(now).segment
        if segment is None:
            return
        entry = session.catalog.get(segment.stretch_id)
        name = self._wording.name(entry) if entry is not None else segment.stretch_id
        self._user_moved = True
        refusal = session.hide_stretch(segment.stretch_id, now)
        if refusal:
            self.show_message(
                self.tr("{name} is skipped now, but could not be turned off for good: "
                        "{reason}.").format(name=name, reason=localized(refusal).rstrip("."))
            )
        else:
            self.show_message(
                self.tr("{name} will not come again. Settings > Stretches can show it "
                        "again.").format(name=name)
            )
        self.refresh()
        # The note speaks of the stretch just left: it stays with the one that took its
        # place, and goes when the routine moves on from that one.
        current = session.player.position(self._runner.now()).segment
        self._message_for_stretch = current.stretch_id if current is not None else None

    def toggle_pause(self) -> None:
        session = self._session
        if not self._guided or session is None or self._finished_reported:
            return
        now = self._runner.now()
        if session.player.is_paused:
            session.resume(now)
        else:
            session.pause(now)
        self.refresh()

    def go_next(self) -> None:
        self._move(lambda s, now: s.next(now))

    def go_back(self) -> None:
        self._move(lambda s, now: s.back(now))

    def toggle_cautions(self) -> None:
        showing = not self.card.showing_cautions
        self.card.set_showing_cautions(showing)
        self.cautions_button.setChecked(showing)

    def _move(self, action: Callable[[GuidedSession, datetime], None]) -> None:
        session = self._session
        if not self._guided or session is None or self._finished_reported:
            return
        self._user_moved = True
        action(session, self._runner.now())
        self.refresh()

    # Refreshing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        if self._closing:
            return
        state = self._runner.state
        if state.phase is Phase.ON_BREAK:
            self._break_ends = state.break_ends
        now = self._runner.now()
        if self._guided and self._session is not None:
            self._refresh_guided(self._session, now)
        else:
            self._refresh_plain(now)
        self._refresh_snooze()

    def _refresh_plain(self, now: datetime) -> None:
        state = self._runner.state
        policy = self._runner.policy
        if state.phase is Phase.ON_BREAK and state.break_ends is not None:
            remaining = state.break_ends - now
            started = state.break_started or (state.break_ends - policy.break_length)
            total = state.break_ends - started
        else:
            remaining, total = timedelta(0), policy.break_length
        self.picture.hide()
        general = self._general_cautions()
        self.card.set_text(
            CardText(
                title=self.tr(PLAIN_HEADING),
                cue=self.tr(PLAIN_SUGGESTION),
                general_cautions=general,
                calm=True,
            )
        )
        self.ring.set_state(
            remaining, total, mood=RingMood.CALM, caption=self.tr("left", "time left")
        )
        done = 1.0 if total <= timedelta(0) else 1 - remaining / total
        self.progress_bar.setValue(round(min(1.0, max(0.0, done)) * _PROGRESS_STEPS))
        self.step_label.setText(
            self.tr("{break_name} · {time} left").format(
                break_name=self._break_kind(), time=countdown_text(remaining)
            )
        )
        self._set_calm(True)
        self._timer.setInterval(SLOW_MS)

    def _refresh_guided(self, session: GuidedSession, now: datetime) -> None:
        player = session.player
        position = player.position(now)
        paused = player.is_paused
        self._play_cues(position, paused)
        self.progress_bar.setValue(round(position.fraction_done * _PROGRESS_STEPS))
        self.pause_button.setText(self.tr("&Resume") if paused else self.tr("&Pause"))
        self.pause_button.setAccessibleName(self.tr("Resume") if paused else self.tr("Pause"))
        self.pause_button.setAccessibleDescription(
            self.tr("Carry on with the timer (Space)")
            if paused
            else self.tr("Pause the timer (Space)")
        )
        segment = position.segment
        if segment is None:
            self._show_finished(session)
            if not self._finished_reported:
                self._finished_reported = True
                session.routine_finished(now)
            return
        self._show_segment(session, position, segment, paused, now)
        self._timer.setInterval(SLOW_MS if paused else FAST_MS)
        self._catch_segment_end(session, now, paused)

    @property
    def segment_end_planned_ms(self) -> int | None:
        """Milliseconds to the one-shot refresh at the current segment's deadline, or None
        when the deadline is further off than the next regular refresh (or paused)."""
        return self._segment_end.remainingTime() if self._segment_end.isActive() else None

    def _catch_segment_end(self, session: GuidedSession, now: datetime, paused: bool) -> None:
        """A segment ending before the next 50 ms refresh is shown at its deadline.

        Without this the moment the next segment shows lags its deadline by the refresh's
        phase (0-50 ms, fixed when the window opened); a precise one-shot at the deadline
        brings that to the event loop's latency. Only within the last refresh, so no
        timer is added the rest of the time.
        """
        deadline = None if paused else session.player.segment_deadline(now)
        if deadline is None:
            return
        scale = self._runner.time_scale() or 1.0
        real_ms = (deadline - now).total_seconds() * 1000 / scale
        if 0 <= real_ms < FAST_MS and not self._segment_end.isActive():
            self._segment_end.start(math.ceil(real_ms))

    def _play_cues(self, position: Position, paused: bool) -> None:
        index = position.segment_index
        if index == self._last_index:
            return
        before = self._last_segment
        if self._last_index is not None and not paused:
            if before is not None and before.is_work and not self._user_moved:
                self.sound.hold_ended()
            if position.segment is not None and position.segment.is_work:
                self.sound.hold_started()
                if self.sound.enabled and not self._sound_check.isActive():
                    self._sound_check.start()
        self._last_index, self._last_segment = index, position.segment
        self._user_moved = False

    def _show_segment(
        self,
        session: GuidedSession,
        position: Position,
        segment: Segment,
        paused: bool,
        now: datetime,
    ) -> None:
        routine = session.routine
        catalog = session.catalog
        entry = catalog.get(segment.stretch_id)
        index = position.segment_index
        calm = not segment.is_work
        if self._message_for_stretch not in (None, segment.stretch_id):
            self._message_for_stretch = None
            self.message_label.hide()
        pose = self._poses.get(segment.stretch_id)
        mirrored = pose is not None and needs_mirror(pose, segment.side)
        t = picture_progress(segment, entry, position.remaining)
        self.picture.show()
        self.picture.set_photo(session.photos.get(segment.stretch_id))
        phase = rep_phase(segment, entry, position.remaining)
        self.picture.set_picture(pose, t, mirrored, calm=calm, phase=phase)

        if entry is not None:
            wording = self._wording
            name, source = wording.name(entry), wording.source_name(catalog.source_of(entry))
            steps, cautions = wording.steps(entry), wording.cautions(entry)
        else:
            name, source = segment.stretch_id.replace("-", " ").capitalize(), ""
            steps, cautions = (), ()
        if calm:
            coming = _next_work(routine, index)
            starts = index == 0 or routine[index - 1].stretch_id != segment.stretch_id
            text = CardText(
                kicker=self.tr("Up next") if starts else "",
                title=name,
                cue=self._cue(segment),
                counters=(
                    self.tr("Then: {cue}").format(cue=self._cue(coming))
                    if coming is not None
                    else ""
                ),
                steps=steps,
                cautions=cautions,
                general_cautions=self._general_cautions(),
                source=source,
                calm=True,
                can_hide=entry is not None,
            )
        else:
            text = CardText(
                title=name,
                # The side in big letters; which set it is, once, beside the ring.
                cue=self._cue(segment, with_set=False),
                counters=_counters(segment, entry),
                next_text=_next_text(routine, index, catalog, self._wording),
                steps=steps,
                cautions=cautions,
                general_cautions=self._general_cautions(),
                source=source,
                can_hide=entry is not None,
            )
        self.card.set_text(text)
        self.ring.set_state(
            position.remaining,
            segment.duration,
            paused=paused,
            mood=RingMood.CALM if calm else RingMood.WORK,
            caption=self.tr(_CAPTIONS[segment.kind]) if segment.kind in _CAPTIONS else "",
        )
        number, total = _stretch_number(routine, index)
        left = countdown_text(session.player.ends_at(now) - now)
        self.step_label.setText(
            self.tr("{break_name} · Stretch {number} of {total} · {time} left").format(
                break_name=self._break_kind(), number=number, total=total, time=left
            )
        )
        self._set_calm(calm)

    def _show_finished(self, session: GuidedSession) -> None:
        """The routine is over: the closing moment, until the cycle says what comes next."""
        self._show_closing_card(next_line="")

    def wants_closing_moment(self) -> bool:
        """Whether the break came to its end: the routine finished, Done, or its time ran out.

        Skip, Snooze, a pause or anything else that cut the break short just closes the
        window: there is nothing to round off.
        """
        if self._ended_by_choice:
            return False
        if self._finished_reported or self._done_chosen:
            return True
        ends = self._break_ends
        return ends is not None and self._runner.now() >= ends - timedelta(seconds=1)

    def show_closing(self) -> None:
        """The break is over: say what was done and when the next break is, then go.

        Called once the cycle has moved on (the presenter), so `state.due` is the next
        break. Closes by itself after CLOSING_SECONDS, or at once with any key or Close.
        """
        self._show_closing_card(self._next_break_line())
        self._closing = True
        self._closing_shown.start()
        self._timer.stop()
        self._sound_check.stop()
        self._closing_timer.start()

    @property
    def closing(self) -> bool:
        return self._closing

    def _show_closing_card(self, next_line: str) -> None:
        now = self._runner.now()
        session = self._session if self._guided else None
        minutes = max(timedelta(minutes=1), now - self._started)
        took = localized(format_duration(timedelta(minutes=round(minutes.total_seconds() / 60))))
        if session is not None:
            count = len(self._stretches_done(session, now))
            if count:
                done = english_plural(
                    self.tr("%n exercise(s) in {duration}", "", count), count
                ).format(duration=took)
            else:
                # Done before the first stretch began: "Well done, 0 exercises" would
                # read as a reproach; the time taken is still worth saying.
                done = self.tr("A {duration} break").format(duration=took)
            last = session.routine[-1]
            self.picture.show()
            self.picture.set_photo(session.photos.get(last.stretch_id))
            self.picture.set_picture(self._poses.get(last.stretch_id), 1.0, False, calm=True)
        else:
            done = self.tr("A {duration} break").format(duration=took)
            self.picture.hide()
        # Beside the ring, not as numbered steps: nothing here is an instruction to follow.
        self.card.set_text(
            CardText(
                title=self.tr("Well done"),
                cue=done,
                counters=next_line,
                next_text=self.tr("Take one slow breath before you go back."),
                general_cautions=self._general_cautions(),
                calm=True,
            )
        )
        self.ring.set_state(
            timedelta(0), timedelta(0), mood=RingMood.DONE, caption=self.tr("done")
        )
        self.progress_bar.setValue(_PROGRESS_STEPS)
        self.step_label.setText(self.tr("{break_name} · done").format(
            break_name=self._break_kind()
        ))
        for button in (
            self.back_button, self.pause_button, self.next_button, self.cautions_button,
            self.snooze_button, self.skip_button, self.done_button,
        ):
            button.hide()
        self.message_label.hide()
        self.close_button.show()
        self._set_calm(True)
        self._timer.setInterval(SLOW_MS)

    def _stretches_done(self, session: GuidedSession, now: datetime) -> tuple[str, ...]:
        player = session.player
        if player.is_finished(now):
            return routine_stretch_ids(session.routine)
        index = player.position(now).segment_index
        return routine_stretch_ids(session.routine[: index + 1])

    def _next_break_line(self) -> str:
        state = self._runner.state
        now = self._runner.now()
        if state.phase is Phase.PAUSED:
            return self.tr("Breaks are paused.")
        if state.phase is Phase.OFF_HOURS:
            return self.tr("That was the last break of your working day.")
        if state.due is None:
            return ""
        at = self.locale().toString(
            QTime(state.due.hour, state.due.minute), self.locale().FormatType.ShortFormat
        )
        wait = max(timedelta(minutes=1), state.due - now)
        duration = localized(format_duration(timedelta(minutes=round(wait / timedelta(minutes=1)))))
        if is_long(self._runner.policy, state.breaks_started + 1):
            said = self.tr("Next: a long break at {time} (in {duration}).")
        else:
            said = self.tr("Next break at {time} (in {duration}).")
        return said.format(time=at, duration=duration)

    def _break_kind(self) -> str:
        if self._runner.state.requested:
            # Stretches the user asked for are not one of the scheduled short or long ones.
            return self.tr("Stretch now")
        return break_kind(self._runner.policy, self._break_number)

    def _check_sound(self) -> None:
        if self.sound.playback_failed():
            sound_cues.note_playback_failed()

    def _refresh_snooze(self) -> None:
        state = self._runner.state
        policy = self._runner.policy
        snooze = localized(format_duration(policy.snooze_length))
        left = max(0, policy.snooze_limit - state.snoozes_used)
        label = self.tr("&Snooze {duration}").format(duration=snooze)
        if label != self.snooze_button.text():
            self.snooze_button.setText(label)
            self._fit_minimum()
        self.snooze_button.setAccessibleName(self.tr("Snooze {duration}").format(duration=snooze))
        self.snooze_button.setEnabled(left > 0)
        # Nothing to put off in stretches the user asked for (the cycle refuses it too).
        self.snooze_button.setVisible(not state.requested)
        tip = (
            english_plural(
                self.tr("Put the break off for {duration}; %n snooze(s) left", "", left), left
            ).format(duration=snooze)
            if left
            else self.tr("No snoozes left for this break")
        )
        self.snooze_button.setToolTip(tip)
        self.snooze_button.setAccessibleDescription(tip)

    def _fit_minimum(self) -> None:
        """Never smaller than the controls' words need: a squeezed button cuts its text."""
        layout = self.layout()
        if layout is None:
            return
        layout.invalidate()
        wanted = MINIMUM_SIZE.expandedTo(layout.minimumSize())
        if wanted != self.minimumSize():
            self.setMinimumSize(wanted)

    def _general_cautions(self) -> tuple[str, ...]:
        general = self._session.general_cautions if self._session is not None else ()
        return self._wording.general(general)

    def _cue(self, segment: Segment, with_set: bool = True) -> str:
        """The segment's cue in the UI's language, the stretch's own hold cue included.

        Without `with_set`, "Left side, 1 of 2" is said as "Left side": the counters beside
        the ring already say "Set 1 of 2".
        """
        cue = segment.cue
        if (
            not with_set
            and isinstance(cue, Text)
            and cue.args is not None
            and isinstance(cue.args.get("cue"), str)
            and "set" in cue.args
        ):
            head = cue.args["cue"]
            assert isinstance(head, str)  # a Text when it came from the routine builder
            return self._cue(replace(segment, cue=head))
        catalog = self._session.catalog if self._session is not None else None
        entry = catalog.get(segment.stretch_id) if catalog is not None else None
        own = entry.hold_cue if entry is not None else None
        said = self._wording.hold_cue(entry) if entry is not None else None
        if entry is None or not own or not said or said == own:
            return localized(cue)
        # The routine built the cue from the catalog's English hold cue: put the
        # translated one in its place ("{cue}, {set} of {sets}" too).
        if not isinstance(cue, Text):
            return said if cue == own else cue
        if cue.args is not None and cue.args.get("cue") == own:
            again = core_text.translatable(cue.context, cue.source, cue.disambiguation)
            return localized(again.format(**{**cue.args, "cue": said}))
        return localized(cue)

    def _set_calm(self, calm: bool) -> None:
        if calm != self._calm:
            self._calm = calm
            self._apply_colors()

    def _apply_colors(self) -> None:
        """The window's own colours for the scheme in force (light or dark) and its mood."""
        colors = tones(self.palette())
        window = colors.calm_window if self._calm else colors.window
        if self.palette().color(QPalette.ColorRole.Window) != window:
            palette = self.palette()
            palette.setColor(QPalette.ColorRole.Window, window)
            self.setPalette(palette)
        if colors == self._tones:
            return
        self._tones = colors
        self.step_label.setStyleSheet(f"color: {colors.quiet.name()};")
        self.message_label.setStyleSheet(f"color: {colors.warning.name()};")
        self.progress_bar.setStyleSheet(
            f"QProgressBar {{ background: {colors.track.name()}; border: none;"
            " border-radius: 4px; }"
            f"QProgressBar::chunk {{ background: {colors.progress.name()};"
            " border-radius: 4px; }"
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # The desktop switched between light and dark while the window is open.
        if event.type() in PALETTE_EVENTS:
            self._apply_colors()

    # Plumbing ---------------------------------------------------------------------------

    def _button(
        self, text: str, name: str, description: str, action: Callable[[], None]
    ) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setAccessibleDescription(description)
        button.setToolTip(description)
        button.setMinimumHeight(34)
        # A click must not move the keyboard focus onto the button; Tab still reaches
        # every button, and Enter (not Space, which pauses) presses the focused one.
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setAutoDefault(True)
        button.clicked.connect(lambda _checked=False: action())
        return button

    @staticmethod
    def _shortcut(button: QPushButton) -> Callable[[], None]:
        def press() -> None:
            if button.isVisible() and button.isEnabled():
                button.click()

        return press

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._closing:
            # The closing moment: a deliberate key ends it at once; a held key repeating,
            # a lone modifier or one pressed as the card appeared does not.
            event.accept()
            if self._closing_dismissable(event):
                self.close()
            return
        # Esc would normally mean "dismiss", which here would silently skip the break:
        # it does nothing. Alt+D / Alt+S / Alt+K are the deliberate choices.
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            self._closing_timer.stop()
            self._segment_end.stop()
            self.closed.emit()

    def _closing_dismissable(self, event: QKeyEvent | None = None) -> bool:
        if self._closing_shown.isValid() and self._closing_shown.elapsed() < CLOSING_GRACE_MS:
            return False
        if event is None:
            return True
        return not event.isAutoRepeat() and event.key() not in _MODIFIER_KEYS

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._closing:
            event.accept()
            if self._closing_dismissable():
                self.close()
            return
        super().mousePressEvent(event)



# What to say --------------------------------------------------------------------------


def _next_work(routine: Routine, index: int) -> Segment | None:
    for segment in routine[index + 1 :]:
        if segment.is_work:
            return segment
    return None


def _next_text(
    routine: Routine, index: int, catalog: Catalog, wording: CatalogWording | None = None
) -> str:
    coming = _next_work(routine, index)
    if coming is None:
        return translate("BreakWindow", "Last one: then you're done")
    if coming.stretch_id == routine[index].stretch_id:
        parts = []
        if coming.side is not None:
            parts.append(_side_phrase(coming.side))
        if coming.sets_total > 1:
            parts.append(
                translate("BreakWindow", "set {number} of {total}").format(
                    number=coming.set_number, total=coming.sets_total
                )
            )
        said = ", ".join(parts) or translate("BreakWindow", "again")
        return translate("BreakWindow", "Next: {what}").format(what=f"{said[0].upper()}{said[1:]}")
    entry = catalog.get(coming.stretch_id)
    name = coming.stretch_id
    if entry is not None:
        name = wording.name(entry) if wording is not None else entry.name
    return translate("BreakWindow", "Next: {what}").format(what=name)


def _side_phrase(side: str) -> str:
    if side == "left":
        return translate("BreakWindow", "left side")
    return translate("BreakWindow", "right side")


def _counters(segment: Segment, entry: StretchEntry | None) -> str:
    parts = []
    if segment.sets_total > 1:
        parts.append(
            translate("BreakWindow", "Set {number} of {total}").format(
                number=segment.set_number, total=segment.sets_total
            )
        )
    # The side is the cue itself ("Left side"), and "Next: right side" says what follows.
    if segment.kind is SegmentKind.REPS and entry is not None and entry.reps > 1:
        if entry.rep_seconds:
            reps = core_text.translatable(
                "BreakWindow", "%n slow reps, about {seconds} s each", None, 1
            )
            parts.append(localized(reps.counted(entry.reps).format(seconds=entry.rep_seconds)))
        else:
            reps = core_text.translatable("BreakWindow", "%n slow reps", None, 1)
            parts.append(localized(reps.counted(entry.reps)))
    return " · ".join(parts)


def _stretch_number(routine: Routine, index: int) -> tuple[int, int]:
    """Which stretch (1-based) the segment at `index` belongs to, and how many there are."""
    order: list[str] = []
    number = 0
    for i, segment in enumerate(routine):
        if not order or order[-1] != segment.stretch_id:
            order.append(segment.stretch_id)
        if i == index:
            number = len(order)
    return max(1, number), len(order)
