"""End to end: at --time-scale a micro-break comes, shows a small window, and goes by itself.

Idle detection is off: on a virtual display nobody types, so the user would count as
away and every micro-break would (rightly) be dropped.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from desktop import App, Desktop, region_stats, wait_for, x_run

pytestmark = pytest.mark.e2e

MICRO_TITLE = "Micro-break — knotbreak"
SCALE = 20  # 10 min of work: 30 s; a 60 s micro-break: 3 s
SETTINGS = {
    "work_interval_minutes": 60,
    "micro_breaks_enabled": True,
    "micro_break_interval_minutes": 10,
    "micro_break_seconds": 60,
    "idle_detection": False,
}


def test_a_micro_break_comes_and_goes_by_itself(
    desktop: Desktop, app: App, tmp_path: Path
) -> None:
    app.write_settings(SETTINGS)
    app.start(SCALE)
    status = app.wait_ready()
    assert status["next_micro_break"] is not None
    assert status["micro_break"] is None

    windows = wait_for(
        lambda: desktop.find_windows(MICRO_TITLE), 60, interval=0.1,
        message=lambda: f"no micro-break window; status: {app.status()}",
    )
    assert len(windows) == 1
    shown = app.status()
    assert shown["state"] == "working"
    assert shown["micro_break"] is not None, shown
    assert shown["micro_break"]["task"] == "posture-ears"

    # Small, in a corner, and the keyboard stays where it was.
    x, y, w, h = desktop.window_geometry(windows[0])
    assert w <= 560 and h <= 320, f"not compact: {w}x{h}"
    focus = x_run(desktop.display, ["xdotool", "getwindowfocus"]).stdout.strip()
    assert focus != str(windows[0]), "the micro-break took the keyboard focus"
    shot = desktop.screenshot(tmp_path / "micro-break.png")
    assert not region_stats(shot, (x, y, w, h)).uniform, "the micro-break window is blank"

    wait_for(
        lambda: not desktop.find_windows(MICRO_TITLE), 15,
        message="the micro-break window did not close by itself",
    )
    after = app.status()
    assert after["micro_break"] is None
    assert after["next_micro_break"] is not None
    assert after["state"] == "working"
    wait_for(lambda: "micro-break posture-ears: completed" in app.log_text(), 5)
