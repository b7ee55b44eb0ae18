"""End to end: the real app under Xvfb with openbox and a tray host, driven like a user.

Time runs fast (--time-scale) so a 30-minute interval passes in seconds. The app is
controlled through its CLI and the tray menu, and observed through `status --json`,
the windows on screen (by the titles in docs/contracts.md) and screenshots.
"""

from __future__ import annotations

import re
import subprocess
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from desktop import (
    BREAK_TITLE,
    NOTICE_TITLE,
    STATUS_TITLE,
    App,
    Desktop,
    open_tray_menu,
    press_keys,
    region_stats,
    tray_panel,
    wait_for,
)

pytestmark = pytest.mark.e2e

# A short cycle: at --time-scale 60 the interval is 30 s, the notice 1 s, the break 5 s.
# Idle detection is off: nobody touches the test desktop, so with it on every break would
# (rightly) wait for the user; tests/e2e/test_away_and_meetings.py covers that.
SHORT_CYCLE = {
    "work_interval_minutes": 30, "notice_seconds": 60, "break_seconds": 300,
    "idle_detection": False,
}


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _start(app: App, settings: dict[str, Any], time_scale: float) -> dict[str, Any]:
    app.write_settings(settings)
    app.start(time_scale)
    return app.wait_ready()


def _one_window(desktop: Desktop, title: str, timeout: float) -> int:
    windows = wait_for(
        lambda: desktop.find_windows(title), timeout, message=f"no window titled {title!r}"
    )
    assert len(windows) == 1, f"{len(windows)} windows titled {title!r}"
    return windows[0]


def _wait_state(app: App, state: str, timeout: float = 5) -> dict[str, Any]:
    seen: list[object] = []

    def reached() -> dict[str, Any] | None:
        status = app.status()
        seen.append(status.get("state"))
        return status if status.get("state") == state else None

    return wait_for(
        reached, timeout, interval=0.2, message=lambda: f"state never {state!r}; saw {seen[-5:]}"
    )


def _assert_ok(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr.strip()}"


def test_tray_icon_is_shown(desktop: Desktop, app: App, tmp_path: Path) -> None:
    assert desktop.tray_icons() == [], "a tray icon is left over from an earlier test"
    status = _start(app, SHORT_CYCLE, 60)
    assert status["tray"] is True
    assert status["state"] == "working"
    assert app.proc is not None and status["pid"] == app.proc.pid

    icons = wait_for(desktop.tray_icons, 10, message="no icon embedded in trayer")
    assert len(icons) == 1
    icon = icons[0]
    assert icon.width >= 16
    assert icon.height >= 16
    time.sleep(0.5)  # let the first paint land

    shot = desktop.screenshot(tmp_path / "tray.png")
    panel = tray_panel(desktop.display)
    assert panel is not None
    panel_stats = region_stats(shot, (panel.x, panel.y, panel.width, panel.height))
    icon_stats = region_stats(shot, (icon.x, icon.y, icon.width, icon.height))
    assert not panel_stats.uniform, f"the tray looks empty: {panel_stats}"
    assert not icon_stats.uniform, f"the tray icon is one flat colour: {icon_stats}"


def test_scheduled_notice_then_break_then_skip(desktop: Desktop, app: App, tmp_path: Path) -> None:
    # time scale 60: break due 30 s after start, notice 1 s before it, break lasts 5 s.
    _start(app, SHORT_CYCLE, 60)
    assert app.started_at is not None
    assert app.status()["state"] == "working"
    assert desktop.find_windows(BREAK_TITLE) == []
    assert desktop.find_windows(NOTICE_TITLE) == []

    _one_window(desktop, NOTICE_TITLE, timeout=45)
    notice_after = time.monotonic() - app.started_at
    assert notice_after > 27, f"notice came {notice_after:.1f} s after start, expected ~29 s"
    assert notice_after < 40, f"notice came {notice_after:.1f} s after start, expected ~29 s"

    break_window = _one_window(desktop, BREAK_TITLE, timeout=10)
    break_after = time.monotonic() - app.started_at
    assert break_after > 28, f"break came {break_after:.1f} s after start, expected ~30 s"
    assert break_after < 41, f"break came {break_after:.1f} s after start, expected ~30 s"
    status = app.status()
    assert status["state"] == "on_break"
    assert status["break_ends"] is not None

    time.sleep(0.7)  # let it paint
    shot = desktop.screenshot(tmp_path / "break.png")
    geometry = desktop.window_geometry(break_window)
    assert geometry[2] >= 200
    assert geometry[3] >= 150
    stats = region_stats(shot, geometry)
    assert not stats.uniform, f"the break window looks blank: {stats}"

    _assert_ok(app.cli("skip"))
    wait_for(lambda: desktop.find_windows(BREAK_TITLE) == [], 5, message="break window stayed")
    status = app.status()
    assert status["state"] == "working"
    # A fresh 30-minute interval (app time) starts after the skipped break.
    assert 1500 <= status["seconds_to_next_break"] <= 1800


def test_break_now_opens_break_that_ends_by_itself(desktop: Desktop, app: App) -> None:
    # time scale 60: the interval is 30 s, the break 240 s = 4 s.
    _start(app, {**SHORT_CYCLE, "break_seconds": 240}, 60)
    before = time.monotonic()
    _assert_ok(app.cli("break-now"))
    _one_window(desktop, BREAK_TITLE, timeout=3)
    assert time.monotonic() - before < 3.5
    assert app.status()["state"] == "on_break"

    wait_for(
        lambda: app.status()["state"] == "working", 10, message="the break did not end"
    )
    assert 3 < time.monotonic() - before < 10
    # Its closing moment (what was done, the next break) stays a few seconds, then goes.
    wait_for(
        lambda: desktop.find_windows(BREAK_TITLE) == [],
        8 + 5,  # break_window.CLOSING_SECONDS, and some slack
        message="the break window did not close after its closing moment",
    )


def test_pause_holds_breaks_and_resume_restarts_them(desktop: Desktop, app: App) -> None:
    # time scale 240: the interval is 7.5 s; a 45-minute pause is 11.25 s.
    scale = 240
    settings = {"work_interval_minutes": 30, "notice_seconds": 0, "break_seconds": 600,
                "idle_detection": False}
    first = _start(app, settings, scale)
    first_due = _moment(first["next_break"])

    _assert_ok(app.cli("pause", "45m"))
    status = app.status()
    assert status["state"] == "paused"
    assert status["paused_until"] is not None
    paused_until = _moment(status["paused_until"])
    now = _moment(status["now"])
    assert 2700 - 300 <= (paused_until - now).total_seconds() <= 2700 + 60
    assert paused_until > first_due, "the pause should outlast the break that was due"

    # Watch the app clock pass the moment the break was due: nothing may show up.
    def past_due() -> bool:
        status = app.status()
        assert status["state"] == "paused", f"pause ended early: {status}"
        assert desktop.find_windows(BREAK_TITLE) == [], "a break window opened while paused"
        assert desktop.find_windows(NOTICE_TITLE) == [], "a notice opened while paused"
        return (_moment(status["now"]) - first_due).total_seconds() > 120

    wait_for(past_due, 15, interval=0.1, message="the app clock did not reach the due time")

    _assert_ok(app.cli("resume"))
    status = app.status()
    assert status["state"] == "working"
    assert status["paused_until"] is None
    assert status["next_break"] is not None

    # The next break comes one interval (7.5 s) later.
    resumed = time.monotonic()
    _one_window(desktop, BREAK_TITLE, timeout=7.5 + 8)
    assert time.monotonic() - resumed > 5
    assert app.status()["state"] == "on_break"


def test_tray_menu_take_a_break_now(desktop: Desktop, app: App) -> None:
    _start(app, SHORT_CYCLE, 60)
    open_tray_menu(desktop.display)
    press_keys(desktop.display, "b")  # "Take a &break now"
    _one_window(desktop, BREAK_TITLE, timeout=5)
    assert app.status()["state"] == "on_break"


def test_tray_menu_pause_for_30_minutes(desktop: Desktop, app: App) -> None:
    _start(app, SHORT_CYCLE, 60)
    open_tray_menu(desktop.display)
    press_keys(desktop.display, "p", "3")  # "&Pause" > "&30 minutes"
    status = _wait_state(app, "paused")
    remaining = (_moment(status["paused_until"]) - _moment(status["now"])).total_seconds()
    assert 1800 - 300 <= remaining <= 1800 + 60

    open_tray_menu(desktop.display)
    press_keys(desktop.display, "r")  # "&Resume"
    _wait_state(app, "working")


def test_second_launch_hands_over_to_running_instance(desktop: Desktop, app: App) -> None:
    pid = _start(app, SHORT_CYCLE, 60)["pid"]
    wait_for(desktop.tray_icons, 10, message="no tray icon")

    began = time.monotonic()
    second = app.cli("--time-scale", "60", timeout=15)
    assert second.returncode == 0, second.stderr
    assert time.monotonic() - began < 10

    assert app.running()
    assert app.status()["pid"] == pid
    time.sleep(1)
    assert len(desktop.tray_icons()) == 1, "a second tray icon appeared"


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["pause", "banana"], id="pause-banana"),
        pytest.param(["frobnicate"], id="unknown-command"),
        pytest.param(["pause"], id="pause-without-duration"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(desktop: Desktop, app: App, args: list[str]) -> None:
    _start(app, SHORT_CYCLE, 60)
    result = app.cli(*args)
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    message = result.stderr.strip()
    assert message, "no message on stderr"
    assert "\n" not in message, f"expected one line on stderr, got:\n{result.stderr}"
    assert "Traceback" not in result.stderr
    assert app.status()["state"] == "working", "a bad command changed the running app"


def test_status_without_running_instance(app: App) -> None:
    for args in (["status"], ["status", "--json"]):
        result = app.cli(*args)
        assert result.returncode == 1, (args, result.returncode, result.stdout, result.stderr)
        assert "not running" in result.stderr.lower(), result.stderr
        assert "Traceback" not in result.stderr


def test_refused_commands_exit_3_with_the_reason(desktop: Desktop, app: App) -> None:
    _start(app, {**SHORT_CYCLE, "snooze_limit": 0}, 60)
    result = app.cli("resume")  # nothing is paused
    assert result.returncode == 3, (result.returncode, result.stdout, result.stderr)
    assert result.stderr.strip(), "no reason given on stderr"
    assert "\n" not in result.stderr.strip()

    _assert_ok(app.cli("break-now"))
    _one_window(desktop, BREAK_TITLE, timeout=5)
    result = app.cli("snooze")  # snooze_limit 0: no snoozes left
    assert result.returncode == 3, (result.returncode, result.stdout, result.stderr)
    assert "snooze" in result.stderr.lower(), result.stderr
    assert app.status()["state"] == "on_break"


def test_without_a_tray_the_status_window_shows(
    trayless_desktop: Desktop, make_app: Callable[..., App]
) -> None:
    app = make_app(SHORT_CYCLE, on=trayless_desktop)
    app.start(60)
    status = app.wait_ready()
    assert status["tray"] is False
    _one_window(trayless_desktop, STATUS_TITLE, timeout=10)

    # `quit` must end the app here too, although closing the status window does not.
    _assert_ok(app.cli("quit"))
    try:
        code = app.wait_exit(timeout=5)
    except subprocess.TimeoutExpired:
        pytest.fail("`knotbreak quit` answered 0 but the app (status window shown) kept running")
    assert code == 0


def test_version_command(app: App) -> None:
    # docs/contracts.md lists `version` among the commands; it needs no running app.
    result = app.cli("version")
    assert result.returncode == 0, (result.returncode, result.stdout, result.stderr)
    assert re.fullmatch(r"knotbreak \S+", result.stdout.strip()), result.stdout


def test_quit_exits_and_removes_tray_icon(desktop: Desktop, app: App) -> None:
    _start(app, SHORT_CYCLE, 60)
    wait_for(desktop.tray_icons, 10, message="no tray icon")

    began = time.monotonic()
    _assert_ok(app.cli("quit"))
    assert app.wait_exit(timeout=5) == 0
    assert time.monotonic() - began < 5
    wait_for(lambda: desktop.tray_icons() == [], 5, message="the tray icon stayed")
    result = app.cli("status")
    assert result.returncode == 1
