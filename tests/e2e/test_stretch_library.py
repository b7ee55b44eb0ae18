"""The stretch library as a user meets it: a neck routine from the tray in two steps,
`knotbreak stretch-now` on the command line, and the Stretches window on screen."""

from __future__ import annotations

import time

from desktop import (
    App,
    Desktop,
    find_windows,
    open_tray_menu,
    press_keys,
    region_stats,
    screenshot,
    wait_for,
    window_geometry,
)

from knotbreak.core.stretches import load_catalog
from knotbreak.resources_path import resource

BREAK_TITLE = "Break — knotbreak"
LIBRARY_TITLE = "Stretches — knotbreak"
# From the catalog itself, so a new neck or shoulder entry needs no edit here.
NECK_AND_SHOULDERS = {
    entry.id
    for entry in load_catalog(resource("stretches/catalog.json")).catalog.entries
    if "neck-shoulders" in entry.focus_areas
}


def _state(app: App, state: str, timeout: float = 10) -> dict:
    return wait_for(
        lambda: (s := app.status())["state"] == state and s, timeout,
        message=f"the app never reached {state}",
    )


def test_stretch_now_from_the_tray_the_command_line_and_the_window(
    desktop: Desktop, app: App, tmp_path
) -> None:
    app.write_settings({"work_interval_minutes": 45})
    app.start(1)
    app.wait_ready()

    # Tray menu > Stretch now > Neck and shoulders, 3 minutes.
    open_tray_menu(desktop.display)
    press_keys(desktop.display, "n", "Return")
    status = _state(app, "on_break")
    assert status["routine"] and set(status["routine"]) <= NECK_AND_SHOULDERS
    wait_for(lambda: find_windows(desktop.display, BREAK_TITLE), timeout=10)
    assert app.cli("skip").returncode == 0
    _state(app, "working")

    # The command line: a bad area is one line and exit 2; a good one starts.
    bad = app.cli("stretch-now", "knees")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1
    assert "neck-shoulders" in bad.stderr
    listed = app.cli("stretch-now", "--list")
    assert listed.returncode == 0 and listed.stdout.splitlines()[0].startswith("neck-shoulders")
    eyes = app.cli("stretch-now", "eyes", "--minutes", "1")
    assert eyes.returncode == 0, eyes.stderr
    assert _state(app, "on_break")["routine"] == ["eye-break"]
    again = app.cli("stretch-now", "eyes")
    assert again.returncode == 3 and "already" in again.stderr
    assert app.cli("skip").returncode == 0
    _state(app, "working")

    # Tray menu > Stretches...: the window shows pictures and words.
    open_tray_menu(desktop.display)
    press_keys(desktop.display, "c")  # "Stret&ches..."
    (wid,) = wait_for(lambda: find_windows(desktop.display, LIBRARY_TITLE), timeout=10)
    time.sleep(1)
    picture = tmp_path / "library.png"
    screenshot(desktop.display, picture)
    assert not region_stats(picture, window_geometry(desktop.display, wid)).uniform
    assert app.stop() == 0
