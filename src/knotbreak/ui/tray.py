"""The system tray icon and its menu: the app's main face while the user works.

This module is imported at start-up, so it deliberately does not import the window
modules; those load when a window is first needed.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from knotbreak.core.cycle import Phase, interval_progress, manual_meeting
from knotbreak.core.status import status_line
from knotbreak.core.stretches.start_now import AREAS as STRETCH_NOW_AREAS
from knotbreak.core.stretches.start_now import DEFAULT_MINUTES as STRETCH_NOW_MINUTES
from knotbreak.ui.library.labels import area_minutes_label
from knotbreak.ui.on_demand_icon import ShownSizes, on_demand_tray_icon
from knotbreak.ui.translations import QT_TRANSLATE_NOOP, localized
from knotbreak.ui.tray_icon_art import app_icon

if TYPE_CHECKING:
    from knotbreak.adapters.cycle_runner import CycleRunner

APP_NAME = "knotbreak"
MESSAGE_MS = 8000

# (menu text, runner.pause spec)
PAUSE_CHOICES: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("TrayController", "&30 minutes"), "30m"),
    (QT_TRANSLATE_NOOP("TrayController", "&1 hour"), "1h"),
    (QT_TRANSLATE_NOOP("TrayController", "&2 hours"), "2h"),
    (QT_TRANSLATE_NOOP("TrayController", "Until &tomorrow morning"), "until-tomorrow"),
    (QT_TRANSLATE_NOOP("TrayController", "Until I &resume"), "indefinitely"),
)

# (menu text, runner.meeting_start spec; None: until the user ends it)
MEETING_CHOICES: tuple[tuple[str, str | None], ...] = (
    (QT_TRANSLATE_NOOP("TrayController", "&30 minutes"), "30m"),
    (QT_TRANSLATE_NOOP("TrayController", "&1 hour"), "1h"),
    (QT_TRANSLATE_NOOP("TrayController", "Until I &end it"), None),
)

# The icon art knows the foundation's phases; a waiting break borrows their looks:
# held like paused (grey bars), offered like the notice (amber).
ICON_PHASE = {Phase.HELD: Phase.PAUSED, Phase.OFFERED: Phase.NOTICE}

# The ring is drawn in 48 visible steps; redrawing more often than that changes nothing.
RING_STEPS = 48
# The tooltip shows whole minutes while working, so it never needs more than this.
TOOLTIP_STEP_WORKING = timedelta(minutes=1)
# The notice tooltip counts seconds.
TOOLTIP_STEP_NOTICE = timedelta(seconds=1)
SLOWEST_TICK_FLOOR_MS = 1000
FASTEST_TICK_MS = 250


class TrayController(QObject):
    """Owns the tray icon, its menu and tooltip, and shows the runner's messages."""

    quit_requested = Signal()

    def __init__(self, runner: CycleRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._last_icon_key: tuple[Phase, int] | None = None
        self._shown_sizes = ShownSizes()
        self._message_icon: QIcon | None = None

        self.menu = QMenu()
        self.menu.setToolTipsVisible(True)
        self.take_break_action = self._add(
            self.menu, self.tr("Take a &break now"), runner.take_break_now
        )
        # Stretch now: a short routine for one area, two clicks from the tray.
        self.stretch_now_menu = self.menu.addMenu(self.tr("Stretch &now"))
        self.stretch_now_actions: dict[str, QAction] = {}
        for number, area in enumerate(STRETCH_NOW_AREAS, start=1):
            # Numbered keys: the area names share first letters across languages.
            self.stretch_now_actions[area] = self.stretch_now_menu.addAction(
                f"&{number} {area_minutes_label(area, STRETCH_NOW_MINUTES)}"
            )
        self.stretch_now_menu.menuAction().setEnabled(False)

        self.pause_menu = self.menu.addMenu(self.tr("&Pause"))
        self.pause_actions: dict[str, QAction] = {}
        for text, spec in PAUSE_CHOICES:
            self.pause_actions[spec] = self._add(
                self.pause_menu, self.tr(text), functools.partial(runner.pause, spec)
            )
        self.resume_action = self._add(self.menu, self.tr("&Resume"), runner.resume)
        self.meeting_menu = self.menu.addMenu(self.tr("Pause for a &meeting"))
        self.meeting_actions: dict[str | None, QAction] = {}
        for text, meeting_spec in MEETING_CHOICES:
            self.meeting_actions[meeting_spec] = self._add(
                self.meeting_menu,
                self.tr(text),
                functools.partial(runner.meeting_start, meeting_spec),
            )
        self.end_meeting_action = self._add(
            self.menu, self.tr("&End the meeting"), runner.meeting_end
        )
        self.menu.addSeparator()
        self.settings_action = self._unconnected(self.menu.addAction(self.tr("&Settings...")))
        self.ergonomics_action = self._unconnected(
            self.menu.addAction(self.tr("&Workstation check..."))
        )
        self.library_action = self._unconnected(self.menu.addAction(self.tr("Stret&ches...")))
        self.statistics_action = self._unconnected(self.menu.addAction(self.tr("S&tatistics...")))
        self.log_knot_action = self._unconnected(self.menu.addAction(self.tr("Log a &knot...")))
        self.journal_action = self._unconnected(self.menu.addAction(self.tr("Knot &journal...")))
        self.menu.addSeparator()
        self.help_menu = self.menu.addMenu(self.tr("&Help"))
        self.health_notes_action = self._unconnected(
            self.help_menu.addAction(self.tr("&Health notes and red flags..."))
        )
        self.about_action = self.help_menu.addAction(self.tr("&About knotbreak"))
        self.about_action.triggered.connect(self.show_about)
        self._about: QWidget | None = None
        self.quit_action = self.menu.addAction(self.tr("&Quit"))
        self.quit_action.triggered.connect(self.quit_requested)

        self.tray = QSystemTrayIcon(self)
        self.tray.setContextMenu(self.menu)
        self.tray.activated.connect(self._on_activated)

        # One single-shot timer, re-armed after every refresh for exactly as long as
        # nothing visible can change; while paused or on a break it does not run at all.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.timeout.connect(self.refresh)

        runner.changed.connect(self.refresh)
        runner.notification.connect(self.show_message)
        self.refresh()

    # Public ----------------------------------------------------------------------------

    def show(self) -> bool:
        """Show the tray icon; False when the desktop has no tray to put it in."""
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return False
        self.refresh()
        self.tray.show()
        return True

    @property
    def about_window(self) -> QWidget | None:
        """The About window once it was opened (it stays built while the tray lives)."""
        return self._about

    @property
    def refresh_scheduled(self) -> bool:
        """Whether the icon is due to redraw by itself (it is not while nothing moves)."""
        return self._timer.isActive()

    def show_about(self) -> None:
        """Help > About: version, licence and where the health content comes from."""
        if self._about is None or not self._about.isVisible():
            from knotbreak.ui.about import AboutDialog  # a window: loaded when first asked
            from knotbreak.ui.window_slot import ensure_control_style

            ensure_control_style()
            self._about = AboutDialog()
        self._about.show()
        self._about.raise_()
        self._about.activateWindow()

    def hide(self) -> None:
        self.tray.hide()
        self._timer.stop()

    def show_message(self, text: str) -> None:
        """A balloon/notification from the tray icon (Qt drops it while the icon is hidden)."""
        if self._message_icon is None:
            self._message_icon = app_icon()
        # Core messages arrive in English; say them in the user's language.
        self.tray.showMessage(APP_NAME, localized(text), self._message_icon, MESSAGE_MS)

    def refresh(self) -> None:
        runner = self._runner
        state = runner.state
        now = runner.now()
        phase = state.phase
        progress = interval_progress(state, now)

        # Redraw only when the picture would change: keeps idle wake-ups nearly free.
        icon_key = (ICON_PHASE.get(phase, phase), round(progress * RING_STEPS))
        shown = self._last_icon_key
        if icon_key != shown and not (shown and self._shown_sizes.same_picture(
            (shown[0], shown[1] / RING_STEPS), (icon_key[0], icon_key[1] / RING_STEPS)
        )):  # a ring step too small to change a pixel at the size shown is no redraw
            self._last_icon_key = icon_key
            # Painted at the one size the tray shows, when it shows it, at the screens'
            # pixel ratio; every size is listed for hosts that ask (ui/on_demand_icon.py).
            self.tray.setIcon(on_demand_tray_icon(
                icon_key[0], icon_key[1] / RING_STEPS, self._shown_sizes
            ))
        self.tray.setToolTip(localized(status_line(state, runner.policy, now)))

        self.take_break_action.setEnabled(phase is not Phase.ON_BREAK)
        for action in self.stretch_now_actions.values():
            action.setEnabled(phase is not Phase.ON_BREAK)
        # Pausing while paused changes how long; off hours there is nothing to pause.
        self.pause_menu.menuAction().setEnabled(phase is not Phase.OFF_HOURS)
        self.resume_action.setEnabled(phase is Phase.PAUSED)
        self.end_meeting_action.setEnabled(manual_meeting(state) is not None)

        interval_ms = self.next_refresh_ms()
        if interval_ms is None:
            self._timer.stop()
        else:
            self._timer.start(interval_ms)

    def next_refresh_ms(self) -> int | None:
        """Real milliseconds until the icon or tooltip can next look different, or None."""
        runner = self._runner
        phase = runner.state.phase
        if phase is Phase.WORKING:
            # Once a minute, for the tooltip's minutes; the ring (a 48th of 30-60 minutes
            # a step) moves on at the same refresh: one tray redraw a minute at most, each
            # a repaint and an X round trip (docs/performance.md, "Wake-ups").
            step = TOOLTIP_STEP_WORKING
            floor = SLOWEST_TICK_FLOOR_MS
        elif phase is Phase.NOTICE:
            step = TOOLTIP_STEP_NOTICE
            floor = FASTEST_TICK_MS
        else:
            # Nothing on the icon moves; the runner says when the phase changes.
            return None
        scale = runner.time_scale() or 1.0
        real_ms = step.total_seconds() * 1000 / scale
        return max(floor, round(real_ms))

    # Internals -------------------------------------------------------------------------

    def _add(self, menu: QMenu, text: str, intent: Callable[[], str | None]) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(lambda _checked=False: self._run(intent))
        return action

    def offer(self, action: QAction, handler: Callable[[], None]) -> None:
        """Connect a window's menu entry to what opens it, and turn the entry on."""
        action.setEnabled(True)
        action.triggered.connect(lambda _checked=False: handler())

    def offer_stretch_now(self, start: Callable[[str], str | None]) -> None:
        """Turn on the Stretch now areas; `start(area)` returns None or why not."""
        self.stretch_now_menu.menuAction().setEnabled(True)
        for area, action in self.stretch_now_actions.items():
            action.triggered.connect(
                lambda _checked=False, area=area: self._run(lambda: start(area))
            )

    @staticmethod
    def _unconnected(action: QAction) -> QAction:
        # The windows load lazily and are wired by the composition root (offer()); an
        # entry that would do nothing when clicked stays off until then.
        action.setEnabled(False)
        return action

    def _run(self, intent: Callable[[], str | None]) -> None:
        refusal = intent()
        if refusal:
            # Through the runner's notification, not the icon: without a tray this menu
            # opens from the status window, which shows the notifications instead.
            self._runner.notification.emit(refusal)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason is QSystemTrayIcon.ActivationReason.Trigger:
            runner = self._runner
            self.show_message(status_line(runner.state, runner.policy, runner.now()))
