"""A user logs knots from the command line and the next break leans toward that area; the
settings dialog opens from the command line; bad journal input is refused in one line."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from desktop import App, Desktop, region_stats, wait_for

from knotbreak.core.stretches import load_catalog
from knotbreak.resources_path import resource

pytestmark = pytest.mark.e2e

SETTINGS_TITLE = "Settings — knotbreak"


def _works_upper_back(stretch_id: str) -> bool:
    catalog = load_catalog(resource("stretches/catalog.json")).catalog
    entry = catalog.get(stretch_id)
    return entry is not None and "upper-back" in entry.body_areas


def test_logged_knots_lead_the_next_break_and_bad_input_is_refused(app: App) -> None:
    app.write_settings({"work_interval_minutes": 30, "break_seconds": 180})
    app.start(1)
    app.wait_ready()

    for intensity in ("7", "6", "7"):
        logged = app.cli("log", "--area", "upper-back-left", "--intensity", intensity,
                         "--note", "after a long call")
        assert logged.returncode == 0, logged.stderr
    unknown = app.cli("log", "--area", "upper-bak-left", "--intensity", "5")
    assert unknown.returncode == 2
    assert len(unknown.stderr.strip().splitlines()) == 1, unknown.stderr
    assert "upper-back-left" in unknown.stderr, "the closest area is suggested"
    too_strong = app.cli("log", "--area", "neck-left", "--intensity", "11")
    assert too_strong.returncode == 2
    assert len(too_strong.stderr.strip().splitlines()) == 1, too_strong.stderr

    assert app.cli("break-now").returncode == 0
    routine = wait_for(lambda: app.status().get("routine"), 5, message="no routine in status")
    assert _works_upper_back(routine[0]), f"the break starts with {routine[0]}, not the upper back"
    assert app.stop() == 0


def test_knotbreak_settings_opens_the_dialog_in_the_running_app(
    desktop: Desktop, app: App, tmp_path: Path
) -> None:
    app.start(1)
    app.wait_ready()
    opened = app.cli("settings")
    assert opened.returncode == 0, opened.stderr
    (wid,) = wait_for(
        lambda: desktop.find_windows(SETTINGS_TITLE), 10, message="no Settings window"
    )
    time.sleep(0.8)  # let it paint
    shot = desktop.screenshot(tmp_path / "settings.png")
    assert not region_stats(shot, desktop.window_geometry(wid)).uniform
    # Asking again raises the same dialog instead of opening a second one.
    assert app.cli("settings").returncode == 0
    time.sleep(0.5)
    assert desktop.find_windows(SETTINGS_TITLE) == [wid]
    assert app.stop() == 0
