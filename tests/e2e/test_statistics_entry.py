"""Statistics as a user meets them: `knotbreak stats --window` in the running app, with a
year of history, and `knotbreak stats` reading beside it."""

from __future__ import annotations

import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop import (
    REPO_ROOT,
    App,
    find_windows,
    region_stats,
    screenshot,
    wait_for,
    window_geometry,
)

from knotbreak.core.history import BreakHistory

sys.path.insert(0, str(REPO_ROOT / "benchmarks"))
from history_year import fill_history

TITLE = "Statistics — knotbreak"
TAKEN_RGB = (0x2E, 0x9E, 0x5B)



def _rgb(color: Any) -> tuple[int, int, int]:
    return (color.red(), color.green(), color.blue())


def taken_pixels(path: Path, rect: tuple[int, int, int, int]) -> int:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    x, y, w, h = rect
    return sum(
        1
        for row in range(max(0, y), min(image.height(), y + h), 2)
        for column in range(max(0, x), min(image.width(), x + w), 2)
        if _rgb(image.pixelColor(column, row)) == TAKEN_RGB
    )


def test_a_year_of_history_in_the_window_and_on_the_command_line(app: App, tmp_path):
    app.write_settings({"daily_break_goal": 6})
    history = BreakHistory.open(app.home / "data" / "history.sqlite3")
    fill_history(history, datetime.now().astimezone(), None)
    history.close()
    app.start(1)
    app.wait_ready()

    opened = app.cli("stats", "--window")
    assert opened.returncode == 0, opened.stderr
    assert opened.stdout == "The statistics window is open in knotbreak.\n"
    (wid,) = wait_for(lambda: find_windows(app.display, TITLE), timeout=10)
    time.sleep(1)  # let it paint
    picture = tmp_path / "statistics.png"
    screenshot(app.display, picture)
    rect = window_geometry(app.display, wid)
    assert not region_stats(picture, rect).uniform
    assert taken_pixels(picture, rect) > 2000, f"no bars to see in {picture}"

    # Asking again raises the same window instead of opening a second one.
    assert app.cli("stats", "--window").returncode == 0
    time.sleep(0.5)
    assert find_windows(app.display, TITLE) == [wid]

    # The command line reads the same history while the app has it open (WAL).
    summary = app.cli("stats")
    assert summary.returncode == 0, summary.stderr
    assert "Streak: " in summary.stdout and "This week" in summary.stdout
    assert app.stop() == 0
