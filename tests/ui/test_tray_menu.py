import subprocess
import sys
from datetime import timedelta

import pytest

from knotbreak.core.cycle import CyclePolicy, Phase
from knotbreak.core.status import status_line
from knotbreak.ui.tray import TrayController


@pytest.fixture
def tray(runner):
    controller = TrayController(runner)
    yield controller
    controller.hide()


def _texts(menu):
    return [action.text() for action in menu.actions() if not action.isSeparator()]


def test_menu_has_every_entry(tray):
    assert _texts(tray.menu) == [
        "Take a &break now",
        "Stretch &now",
        "&Pause",
        "&Resume",
        "Pause for a &meeting",
        "&End the meeting",
        "&Settings...",
        "&Workstation check...",
        "Stret&ches...",
        "S&tatistics...",
        "Log a &knot...",
        "Knot &journal...",
        "&Help",
        "&Quit",
    ]
    assert _texts(tray.help_menu) == ["&Health notes and red flags...", "&About knotbreak"]
    assert _texts(tray.pause_menu) == [
        "&30 minutes",
        "&1 hour",
        "&2 hours",
        "Until &tomorrow morning",
        "Until I &resume",
    ]
    assert sum(action.isSeparator() for action in tray.menu.actions()) == 2


def _walk(menu):
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield action
        if action.menu() is not None:
            yield from _walk(action.menu())


def test_an_ellipsis_only_on_entries_that_open_a_window(tray):
    """A submenu opens right away, so its entry has no "..."; an entry with "..." opens a
    window that asks for more."""
    for action in _walk(tray.menu):
        text = action.text()
        if action.menu() is not None:
            assert not text.endswith(("...", "…")), text
        assert "&" in text, f"{text!r} has no keyboard mnemonic"


def test_about_names_version_licence_and_sources(qtbot, tray):
    from knotbreak import __version__
    from knotbreak.ui.about import AboutDialog

    tray.about_action.trigger()
    about = tray.about_window
    assert isinstance(about, AboutDialog)
    qtbot.addWidget(about)
    summary = about.summary.text().replace("\u2011", "-")  # shown with non-breaking hyphens
    assert __version__ in summary
    assert "GPL-3.0-or-later" in summary
    sources = about.sources_label.text()
    # Stretches, the workstation checklist and the health notes each bring sources.
    assert "Mayo Clinic" in sources
    assert "OSHA" in sources
    assert len(about.sources) >= 10


@pytest.mark.parametrize("spec", ["30m", "1h", None])
def test_meeting_entries_start_a_meeting(tray, runner, spec):
    assert _texts(tray.meeting_menu) == ["&30 minutes", "&1 hour", "Until I &end it"]
    assert tray.meeting_menu.menuAction().isEnabled()
    tray.meeting_actions[spec].trigger()
    assert runner.calls == [("meeting_start", (spec,))]


def test_end_meeting_is_enabled_only_during_a_meeting(tray, runner):
    from knotbreak.core.cycle import Hold

    assert not tray.end_meeting_action.isEnabled()
    runner.set_state(holds=frozenset({Hold("meeting", runner.now())}))
    assert tray.end_meeting_action.isEnabled()
    tray.end_meeting_action.trigger()
    assert runner.call_names() == ["meeting_end"]
    runner.set_state(holds=frozenset({Hold("camera", runner.now())}))
    assert not tray.end_meeting_action.isEnabled(), "only a meeting the user started"


def test_window_entries_stay_off_until_something_opens_them(tray):
    opened = []
    for action in (tray.settings_action, tray.ergonomics_action, tray.statistics_action):
        assert not action.isEnabled()
        tray.offer(action, lambda action=action: opened.append(action))
        assert action.isEnabled()
        # Qt's own tooltip (the entry's text), not a reason why it is off.
        assert action.toolTip() == action.text().replace("&", "").rstrip(".")
        action.trigger()
    assert opened == [tray.settings_action, tray.ergonomics_action, tray.statistics_action]


@pytest.mark.parametrize(
    ("phase", "take_break", "pause", "resume"),
    [
        (Phase.WORKING, True, True, False),
        (Phase.NOTICE, True, True, False),
        (Phase.ON_BREAK, False, True, False),
        (Phase.PAUSED, True, True, True),
        (Phase.OFF_HOURS, True, False, False),
    ],
)
def test_enabled_entries_follow_the_phase(tray, runner, phase, take_break, pause, resume):
    runner.go_phase(phase)
    assert tray.take_break_action.isEnabled() is take_break
    assert tray.pause_menu.menuAction().isEnabled() is pause
    assert tray.resume_action.isEnabled() is resume


@pytest.mark.parametrize("spec", ["30m", "1h", "2h", "until-tomorrow", "indefinitely"])
def test_pause_entries_call_pause(tray, runner, spec):
    tray.pause_actions[spec].trigger()
    assert runner.calls == [("pause", (spec,))]


def test_take_break_and_resume(tray, runner):
    tray.take_break_action.trigger()
    runner.go_paused()
    tray.resume_action.trigger()
    assert runner.call_names() == ["take_break_now", "resume"]


def test_quit_emits_quit_requested(qtbot, tray):
    with qtbot.waitSignal(tray.quit_requested, timeout=500):
        tray.quit_action.trigger()


def test_refusals_and_notifications_become_tray_messages(tray, runner, monkeypatch):
    shown = []
    monkeypatch.setattr(tray.tray, "showMessage", lambda *args: shown.append(args[1]))
    runner.refusal = "A break is already in progress."
    tray.take_break_action.trigger()
    runner.notification.emit("Breaks have resumed.")
    assert shown == ["A break is already in progress.", "Breaks have resumed."]


def test_click_shows_status_line(tray, runner, monkeypatch):
    from PySide6.QtWidgets import QSystemTrayIcon

    shown = []
    monkeypatch.setattr(tray.tray, "showMessage", lambda *args: shown.append(args[1]))
    tray.tray.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    tray.tray.activated.emit(QSystemTrayIcon.ActivationReason.Context)
    assert shown == [status_line(runner.state, runner.policy, runner.now())]


def test_tooltip_and_icon_follow_state(tray, runner):
    assert tray.tray.toolTip() == "Next break at 10:45 (in 45 min)"
    working = tray.tray.icon().pixmap(32).toImage()
    runner.go_on_break()
    assert tray.tray.toolTip().startswith("On a break until")
    assert tray.tray.icon().pixmap(32).toImage() != working


def test_show_reports_missing_tray(tray):
    # Offscreen there is never a system tray: the app must fall back to the status window.
    assert tray.show() is False


def test_refresh_timer_is_slow_and_stops_when_nothing_moves(runner):
    tray = TrayController(runner)
    # Once a minute (the tooltip's minutes); the ring moves on with it, so the tray is
    # redrawn at most once a minute although a 48th of 45 min is 56 s.
    assert tray.next_refresh_ms() == 60_000
    assert tray.refresh_scheduled
    runner.scale = 600.0
    assert tray.next_refresh_ms() == 1000  # never below 1 s while working
    runner.go_notice()
    assert tray.next_refresh_ms() == 250  # the seconds countdown, capped at 4 per second
    runner.scale = 1.0
    assert tray.next_refresh_ms() == 1000
    for phase in (Phase.ON_BREAK, Phase.PAUSED, Phase.OFF_HOURS):
        runner.go_phase(phase)
        assert tray.next_refresh_ms() is None
        assert not tray.refresh_scheduled


def test_long_interval_caps_at_the_tooltip_minute(make_runner):
    runner = make_runner(policy=CyclePolicy(work_interval=timedelta(hours=2)))
    tray = TrayController(runner)
    assert tray.next_refresh_ms() == 60_000


def test_tray_module_does_not_import_windows():
    code = (
        "import sys; import knotbreak.ui.tray; "
        "print([m for m in ('knotbreak.ui.break_window', 'knotbreak.ui.notice_window', "
        "'knotbreak.ui.status_window', 'knotbreak.ui.window_presenter', 'knotbreak.app') "
        "if m in sys.modules])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_stretch_now_offers_each_area_for_three_minutes(tray, runner):
    assert not tray.stretch_now_menu.menuAction().isEnabled()
    started: list[str] = []
    tray.offer_stretch_now(lambda area: started.append(area))
    assert tray.stretch_now_menu.menuAction().isEnabled()
    assert _texts(tray.stretch_now_menu)[0] == "&1 Neck and shoulders, up to 3 minutes"
    assert len(_texts(tray.stretch_now_menu)) == 5
    tray.stretch_now_actions["neck-shoulders"].trigger()
    assert started == ["neck-shoulders"]


def test_stretch_now_is_off_during_a_break(tray, runner):
    runner.go_phase(Phase.ON_BREAK)
    assert not any(a.isEnabled() for a in tray.stretch_now_actions.values())


def test_a_refused_stretch_now_is_said(tray, runner, monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(tray, "show_message", said.append)
    tray.offer_stretch_now(lambda area: "A break is already in progress.")
    tray.stretch_now_actions["eyes"].trigger()
    assert said == ["A break is already in progress."]
