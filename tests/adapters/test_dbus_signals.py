"""Do-not-disturb and the screen lock told by D-Bus signals, not polled (fake services on a
private session bus, signal_fake_services.py)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent

pytestmark = pytest.mark.skipif(
    shutil.which("dbus-run-session") is None, reason="needs dbus-run-session (package dbus)"
)


def _run(tmp_path: Path, service: str, client: str) -> dict:
    fake = f"{sys.executable} {HERE / 'signal_fake_services.py'}"
    script = (
        f"{fake} {service} > serve.out 2>&1 & server=$!; "
        "for i in $(seq 50); do grep -q ready serve.out 2>/dev/null && break; sleep 0.1; done; "
        f"{fake} {client}; kill $server"
    )
    result = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", script], capture_output=True, text=True,
        timeout=60, cwd=tmp_path, check=False,
        env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen",
             "HOME": str(Path.home())},
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, result.stderr[-2000:]
    return json.loads(lines[-1])


def test_do_not_disturb_follows_the_servers_signal_without_a_timer(tmp_path):
    report = _run(tmp_path, "serve", "watch")
    assert report["reason"]["available"] is True, report
    assert report["polled"] == [] and report["timer"] is False, "nothing left to poll"
    assert report["holds"][-2:] == [["dnd"], []], report


def test_a_locked_screen_is_away_at_once_and_its_unlock_is_told_not_polled(tmp_path):
    report = _run(tmp_path, "saver", "away")
    assert report["signals"]["screensaver-lock"] == "in use", report
    assert report["seen"] == ["away", "here"], report
    assert report["polled_while_locked"] is False, report
