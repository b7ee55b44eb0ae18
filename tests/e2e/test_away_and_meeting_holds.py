"""End to end: idle time, a fullscreen window, a camera in use and declared meetings.

The real app under Xvfb with openbox (fullscreen needs a window manager) and trayer,
with the clock sped up. Idle time comes from the X server's MIT-SCREEN-SAVER extension,
which `xdotool mousemove` resets.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from desktop import BREAK_TITLE, NOTICE_TITLE, App, Desktop, holds_for, wait_for, x_env, x_run

pytestmark = pytest.mark.e2e

PROMPT_TITLE = "Break waiting — knotbreak"
FULLSCREEN_TITLE = "knotbreak-e2e-fullscreen"
# At --time-scale 120: the break falls due 15 s after start, the notice 0.5 s before it,
# the break lasts 2.5 s; a minute without input (away) is half a second.
SCALE = 120
CYCLE = {"work_interval_minutes": 30, "notice_seconds": 60, "break_seconds": 300}
NO_SIGNALS = {
    "meeting_fullscreen": False,
    "meeting_camera": False,
    "meeting_microphone": False,
    "meeting_dnd": False,
}

FULLSCREEN_SCRIPT = f"""
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
window = QLabel("A presentation")
window.setWindowTitle({FULLSCREEN_TITLE!r})
window.showFullScreen()
app.exec()
"""


def _nudge(desktop: Desktop, x: int = 400, y: int = 300) -> None:
    x_run(desktop.display, ["xdotool", "mousemove", str(x), str(y)], check=True)


def _history(app: App) -> list[tuple[str, str]]:
    path = app.home / "data" / "history.sqlite3"
    with sqlite3.connect(path) as db:
        return list(db.execute("SELECT outcome, due_at FROM breaks ORDER BY id"))


def _sources(status: dict[str, Any]) -> set[str]:
    return {hold["source"] for hold in status["holds"]}


def test_idle_time_from_xscreensaver_rises_and_input_resets_it(desktop: Desktop) -> None:
    """The backend itself, on the test display."""
    code = (
        "import sys, time; from knotbreak.adapters.idle.x11 import X11Idle;"
        "b = X11Idle(); print(b.idle_seconds())"
    )

    def idle() -> float:
        result = subprocess.run(
            [sys.executable, "-c", code], env=x_env(desktop.display),
            capture_output=True, text=True, timeout=20, check=True,
        )
        return float(result.stdout)

    _nudge(desktop)
    first = idle()
    time.sleep(1.5)
    later = idle()
    assert later >= first + 1.2, (first, later)
    _nudge(desktop, 500, 320)
    assert idle() < 1.0


def test_status_names_the_idle_backend_and_away_follows_input(
    desktop: Desktop, app: App
) -> None:
    app.write_settings({**CYCLE, **NO_SIGNALS})
    app.start(SCALE)
    _nudge(desktop)
    status = app.wait_ready()
    assert status["idle_backend"] == {"name": "x11-sync-idletime", "reason": None}
    assert status["sleep_detection"]["heartbeat"] is True
    assert set(status["meeting_signals"]) == {"fullscreen", "camera", "microphone", "dnd"}
    # Half a second without input is a minute of app time: away.
    away = wait_for(lambda: app.status()["away_since"], 8, interval=0.2, message="never away")
    assert away
    _nudge(desktop, 420, 310)
    wait_for(lambda: app.status()["away_since"] is None, 5, interval=0.2,
             message="input did not end the absence")


def test_break_due_while_idle_waits_and_is_recorded_as_natural(
    desktop: Desktop, app: App
) -> None:
    app.write_settings({**CYCLE, **NO_SIGNALS})
    _nudge(desktop)
    app.start(SCALE)
    app.wait_ready()
    # Nobody touches anything: the break falls due 15 s in and must wait, unseen.
    held = wait_for(
        lambda: (s := app.status())["state"] == "held" and s, 25, interval=0.3,
        message=lambda: f"the break was not held; state {app.state()}",
    )
    assert held["held_break"]["held_by"] == ["away"]
    assert "away" in held["summary"]
    holds_for(
        lambda: not desktop.find_windows(BREAK_TITLE) and not desktop.find_windows(NOTICE_TITLE),
        2.0,
        message="a break or notice window opened at an empty desk",
    )
    assert _history(app) == []
    _nudge(desktop, 640, 400)  # back at the desk, long after a break's length
    working = wait_for(
        lambda: (s := app.status())["state"] == "working" and s, 5, interval=0.2,
        message=lambda: f"not back to work; state {app.state()}",
    )
    assert working["away_since"] is None
    assert [outcome for outcome, _due in _history(app)] == ["natural"]
    assert desktop.find_windows(BREAK_TITLE) == []


def test_fullscreen_window_holds_a_due_break_until_it_closes(
    desktop: Desktop, app: App, tmp_path: Path
) -> None:
    app.write_settings({**CYCLE, **NO_SIGNALS, "meeting_fullscreen": True,
                        "idle_detection": False})
    app.start(SCALE)
    status = app.wait_ready()
    assert status["meeting_signals"]["fullscreen"]["available"] is True
    assert status["idle_backend"]["name"] == "none"

    window_log = (tmp_path / "fullscreen.log").open("wb")
    window = subprocess.Popen(
        [sys.executable, "-c", FULLSCREEN_SCRIPT],
        env={**x_env(desktop.display), "QT_QPA_PLATFORM": "xcb"},
        stdout=window_log, stderr=subprocess.STDOUT,
    )
    try:
        wait_for(lambda: desktop.find_windows(FULLSCREEN_TITLE), 15,
                 message="the fullscreen window did not appear")
        wait_for(lambda: "fullscreen" in _sources(app.status()), 10, interval=0.2,
                 message="the fullscreen window was not noticed")
        # Through the moment the break falls due (15 s after start) and beyond.
        held = wait_for(
            lambda: (s := app.status())["state"] == "held" and s, 25, interval=0.3,
            message=lambda: f"the break was not held; state {app.state()}",
        )
        assert "fullscreen" in held["summary"]
        holds_for(
            lambda: not desktop.find_windows(BREAK_TITLE)
            and not desktop.find_windows(NOTICE_TITLE),
            2.0,
            message="a break window opened over the fullscreen window",
        )
        desktop.screenshot(tmp_path / "held-over-fullscreen.png")
    finally:
        window.terminate()
        window.wait(timeout=10)
        window_log.close()

    # Closed: the usual notice, then the break itself.
    wait_for(lambda: desktop.find_windows(BREAK_TITLE), 15, message="the held break never came")
    status = app.status()
    assert status["state"] == "on_break"
    assert status["holds"] == []
    desktop.screenshot(tmp_path / "break-after-fullscreen.png")


def test_camera_in_use_holds_breaks(desktop: Desktop, app: App, tmp_path: Path) -> None:
    camera = tmp_path / "fake-video0"
    camera.write_bytes(b"")
    app.write_settings({**CYCLE, **NO_SIGNALS, "idle_detection": False,
                        "meeting_camera": True,
                        "meeting_camera_devices": str(tmp_path / "fake-video*")})
    app.start(SCALE)
    status = app.wait_ready()
    assert status["meeting_signals"]["camera"]["available"] is True
    assert status["holds"] == []
    with camera.open("rb") as device:
        call = subprocess.Popen(["sleep", "60"], stdin=device)
    try:
        wait_for(lambda: "camera" in _sources(app.status()), 8, interval=0.2,
                 message="the camera in use was not noticed")
        assert "camera is in use" in app.status()["summary"]
    finally:
        call.terminate()
        call.wait(timeout=5)
    wait_for(lambda: app.status()["holds"] == [], 8, interval=0.2,
             message="the camera hold did not end")


def test_declared_meeting_holds_the_break_then_the_prompt_offers_it(
    desktop: Desktop, app: App, tmp_path: Path
) -> None:
    app.write_settings({**CYCLE, **NO_SIGNALS, "idle_detection": False})
    app.start(SCALE)
    app.wait_ready()
    result = app.cli("meeting", "end")
    assert result.returncode == 3
    assert "No meeting" in result.stderr

    result = app.cli("meeting", "start", "--for", "45m")
    assert result.returncode == 0, result.stderr
    status = app.status()
    (hold,) = status["holds"]
    assert hold["source"] == "meeting"
    assert hold["until"] is not None
    assert "meeting" in status["summary"]
    # Make it open-ended, then let the break fall due inside it.
    assert app.cli("meeting", "start").returncode == 0
    assert app.status()["holds"][0]["until"] is None
    wait_for(lambda: app.state() == "held", 25, interval=0.3, message="the break was not held")
    assert desktop.find_windows(BREAK_TITLE) == []

    assert app.cli("meeting", "end").returncode == 0
    wait_for(lambda: desktop.find_windows(PROMPT_TITLE), 10, message="no prompt after the meeting")
    assert app.state() == "offered"
    assert desktop.find_windows(BREAK_TITLE) == []
    time.sleep(0.5)
    desktop.screenshot(tmp_path / "prompt.png")
    if keep := os.environ.get("KNOTBREAK_E2E_KEEP_SHOTS"):
        shutil.copy(tmp_path / "prompt.png", Path(keep) / "meeting-prompt.png")
    assert app.cli("break-now").returncode == 0
    wait_for(lambda: desktop.find_windows(BREAK_TITLE), 10, message="no break window")
    wait_for(lambda: not desktop.find_windows(PROMPT_TITLE), 5, message="the prompt stayed up")
