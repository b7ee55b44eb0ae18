"""End to end: `knotbreak break-now` shows the guided break window with a picture and text.

The app runs at real speed (time scale 1), so the routine's first steps stay on screen
while it is photographed.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from desktop import BREAK_TITLE, App, Desktop, Rect, region_stats, wait_for

pytestmark = pytest.mark.e2e

SETTINGS = {"work_interval_minutes": 30, "notice_seconds": 60, "break_seconds": 180}


def _pixels(path: Path, rect: Rect) -> tuple[set[int], int, int]:
    """Distinct colours, warm (target-highlight / hold-ring) pixels, and non-flat rows."""
    from PySide6.QtGui import QImage  # keep the import out of collection

    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    x, y, w, h = rect
    colours: set[int] = set()
    warm = 0
    rows = 0
    for row in range(max(0, y), min(image.height(), y + h)):
        seen = set()
        for col in range(max(0, x), min(image.width(), x + w), 2):
            pixel = image.pixel(col, row)
            colours.add(pixel)
            seen.add(pixel)
            r, g, b = (pixel >> 16) & 0xFF, (pixel >> 8) & 0xFF, pixel & 0xFF
            if r > 180 and r - g > 60 and r - b > 80:
                warm += 1
        if len(seen) > 3:
            rows += 1
    return colours, warm, rows


def test_break_now_shows_a_guided_routine_with_picture_and_text(
    desktop: Desktop, app: App, tmp_path: Path
) -> None:
    app.write_settings(SETTINGS)
    app.start(1)
    app.wait_ready()
    result = app.cli("break-now")
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr.strip()}"
    windows = wait_for(
        lambda: desktop.find_windows(BREAK_TITLE), 5, message=f"no window titled {BREAK_TITLE!r}"
    )
    assert len(windows) == 1, f"{len(windows)} break windows"
    time.sleep(1.0)  # let it paint
    shot = desktop.screenshot(tmp_path / "guided-break.png")
    x, y, w, h = desktop.window_geometry(windows[0])
    assert w >= 560, f"the break window is only {w} px wide"
    assert h >= 440, f"the break window is only {h} px high"

    whole = region_stats(shot, (x, y, w, h))
    assert not whole.uniform, f"the break window looks blank: {whole}"
    # Left ~half: the stretch picture; a drawn figure with its orange target area.
    picture = (x, y + 40, w * 11 // 21, h - 110)
    colours, warm, _ = _pixels(shot, picture)
    assert len(colours) > 40, f"the picture area has only {len(colours)} colours"
    assert warm > 30, "no highlighted target area: is a stretch picture drawn?"
    # Right part: name, cue, ring and steps: many rows with text on them.
    text = (x + w // 2, y + 40, w // 2 - 20, h - 110)
    _, _, rows = _pixels(shot, text)
    assert rows > 120, f"only {rows} rows with anything on them: did the text render?"
    assert app.status()["state"] == "on_break"


def test_the_break_window_takes_the_keyboard_and_space_pauses_even_on_a_button(
    desktop: Desktop, app: App
) -> None:
    from desktop import press_keys, x_run

    app.write_settings(SETTINGS)
    app.start(1)
    app.wait_ready()
    assert app.cli("break-now").returncode == 0
    windows = wait_for(lambda: desktop.find_windows(BREAK_TITLE), 5, message="no break window")
    # It opens with the keyboard: the active window is the break window.
    active = wait_for(
        lambda: (out := x_run(desktop.display, ["xdotool", "getactivewindow"]).stdout.strip())
        and int(out) in windows and out,
        5,
        message="the break window did not take the keyboard",
    )
    assert active
    time.sleep(0.5)
    running = app.status()["break_ends"]
    assert running is not None
    # Tab to a button (the first one the focus reaches), then Space: the hold pauses (the
    # break's end is then open), nothing is pressed.
    press_keys(desktop.display, "Tab", "space")
    wait_for(lambda: app.status()["break_ends"] is None, 3, message="Space did not pause")
    assert app.status()["state"] == "on_break"
    press_keys(desktop.display, "space")
    wait_for(lambda: app.status()["break_ends"] is not None, 3, message="Space did not resume")
