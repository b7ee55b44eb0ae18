"""The ergonomics check as a user meets it: offered once, opened from the CLI, exported."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable

from desktop import App, find_windows, wait_for

OFFER = "Welcome — knotbreak"


def test_first_start_offers_the_check_once(make_app: Callable[..., App]):
    app = make_app()
    app.first_start = True
    app.start(60)
    app.wait_ready()
    assert wait_for(lambda: find_windows(app.display, OFFER), timeout=10)
    assert app.stop() == 0
    again = make_app()
    again.workdir = app.workdir  # same home: a second start of the same user
    again.first_start = True
    again.start(60)
    again.wait_ready()
    time.sleep(3)  # the offer would show within a second of start
    assert find_windows(again.display, OFFER) == []
    assert again.stop() == 0


def test_cli_opens_the_wizard_in_the_running_app(app: App):
    app.start(60)
    app.wait_ready()
    result = app.cli("ergonomics")
    assert result.returncode == 0, result.stderr
    assert wait_for(lambda: find_windows(app.display, "Workstation check — knotbreak"), timeout=10)


def test_export_without_a_saved_check_says_so(app: App, tmp_path):
    result = app.cli("ergonomics", "--export-last", str(tmp_path / "report.pdf"))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert not (tmp_path / "report.pdf").exists()


def test_stretches_json_and_contact_sheet(app: App, tmp_path):
    import json

    listing = app.cli("stretches", "--json")
    assert listing.returncode == 0, listing.stderr
    entries = json.loads(listing.stdout)
    assert len([e for e in entries if e["kind"] == "stretch"]) >= 20
    assert all(e["cautions"] and e.get("source_name") for e in entries)
    sheet = tmp_path / "sheet.png"
    drawn = app.cli("stretches", "--sheet", str(sheet), timeout=60)
    assert drawn.returncode == 0, drawn.stderr
    header = sheet.read_bytes()[:8]
    assert header == b"\x89PNG\r\n\x1a\n"
    size = subprocess.run(["identify", "-format", "%w %h", str(sheet)], capture_output=True,
                          text=True, check=True).stdout.split()
    assert int(size[0]) > 1000 and int(size[1]) > 1000


def test_stretches_frames_writes_the_motion_strips(app: App, tmp_path):
    frames = tmp_path / "frames.png"
    drawn = app.cli("stretches", "--frames", str(frames), timeout=60)
    assert drawn.returncode == 0, drawn.stderr
    assert frames.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    size = subprocess.run(
        ["identify", "-format", "%w %h", str(frames)], capture_output=True, text=True, check=True
    ).stdout.split()
    # One row of frames per stretch: far taller than wide.
    assert int(size[1]) > 2 * int(size[0])
