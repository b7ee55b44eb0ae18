"""End to end: the posture coach fed from image files, calibrated, sampling, nudging.

The frames are the astronaut photo of tests/adapters/posture_scenes.py: five in good
posture (taken by the calibration), then slouching ones. At --time-scale 20 a 30 s sample
interval is 1.5 s, so three slouching samples in a row bring the nudge within seconds.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from desktop import App, Desktop, region_stats, wait_for

pytestmark = pytest.mark.e2e

cv2 = pytest.importorskip("cv2")
pytest.importorskip("skimage")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "adapters"))
from posture_scenes import jittered, render  # noqa: E402

from knotbreak.core.posture.model import Reading  # noqa: E402

MICRO_TITLE = "Micro-break — knotbreak"
SCALE = 20
SETTINGS = {
    "work_interval_minutes": 60,
    "micro_breaks_enabled": False,
    "idle_detection": False,
    "posture_coach": True,
    "posture_interval_seconds": 30,
}


def write_frames(folder: Path) -> Path:
    folder.mkdir()
    rng = random.Random(3)
    for number in range(5):
        cv2.imwrite(str(folder / f"00-good-{number}.png"), render(jittered(Reading.GOOD, rng), rng))
    for number in range(6):
        frame = render(jittered(Reading.SLOUCHING, rng), rng)
        cv2.imwrite(str(folder / f"10-slouch-{number}.png"), frame)
    return folder


def test_calibrate_sample_and_nudge(desktop: Desktop, app: App, tmp_path: Path) -> None:
    frames = write_frames(tmp_path / "frames")
    app.write_settings(SETTINGS)
    app.start(SCALE, "--posture-frames", str(frames))
    status = app.wait_ready()
    coach = wait_for(lambda: app.status()["posture_coach"], 10, interval=0.2,
                     message="no posture_coach in status")
    assert coach["on"] is True, coach
    assert coach["calibrated"] is False
    assert coach["source"] == "files"
    assert status["micro_break"] is None

    calibrated = app.cli("posture-calibrate")
    assert calibrated.returncode == 0, calibrated.stderr + calibrated.stdout
    assert app.status()["posture_coach"]["calibrated"] is True

    windows = wait_for(
        lambda: desktop.find_windows(MICRO_TITLE), 30, interval=0.1,
        message=lambda: f"no nudge window; status: {app.status()}",
    )
    shown = app.status()
    assert shown["micro_break"]["task"] == "coach-slouching", shown
    assert shown["posture_coach"]["last_reading"] == "slouching"
    assert shown["posture_coach"]["camera"] == "closed"
    assert shown["posture_coach"]["good_share_today"] == 0.0
    x, y, w, h = desktop.window_geometry(windows[0])
    shot = desktop.screenshot(tmp_path / "nudge.png")
    assert not region_stats(shot, (x, y, w, h)).uniform, "the nudge window is blank"
    # Only numbers are kept: the coach's file holds no picture.
    found = list(app.home.rglob("posture.json"))
    assert found, f"no posture.json under {app.home}"
    assert found[0].stat().st_size < 4096
    assert b"baseline" in found[0].read_bytes()
