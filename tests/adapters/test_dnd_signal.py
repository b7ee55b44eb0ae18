"""Do-not-disturb told by the notification server's PropertiesChanged, not polled."""

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


def test_do_not_disturb_follows_the_servers_signal_without_a_timer(tmp_path):
    fake = f"{sys.executable} {HERE / 'dnd_fake_service.py'}"
    script = (
        f"{fake} serve > serve.out 2>&1 & server=$!; "
        "for i in $(seq 50); do grep -q ready serve.out 2>/dev/null && break; sleep 0.1; done; "
        f"{fake} watch; kill $server"
    )
    result = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", script], capture_output=True, text=True,
        timeout=60, cwd=tmp_path, check=False,
        env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen",
             "HOME": str(Path.home())},
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, result.stderr[-2000:]
    report = json.loads(lines[-1])
    assert report["reason"]["available"] is True, report
    assert report["polled"] == [] and report["timer"] is False, "nothing left to poll"
    assert report["holds"][-2:] == [["dnd"], []], report
