"""Presence over a real (private) session bus, with fake MPRIS and inhibitor services."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

HELPER = Path(__file__).with_name("presence_fake_services.py")

pytestmark = pytest.mark.skipif(
    shutil.which("dbus-run-session") is None, reason="needs dbus-run-session (package dbus)"
)


def _read_with(status: str, inhibit: str) -> dict:
    script = (
        f'"{sys.executable}" "{HELPER}" serve {status} {inhibit} > serve.log 2>&1 & '
        "for i in $(seq 50); do grep -q ready serve.log 2>/dev/null && break; sleep 0.1; done; "
        f'"{sys.executable}" "{HELPER}" read; kill %1'
    )
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    # A folder of its own: a serve.log left by an earlier run (or another run at the same
    # time) says "ready" before this service is on the bus, and the reading comes too soon.
    with tempfile.TemporaryDirectory() as folder:
        result = subprocess.run(
            ["dbus-run-session", "--", "sh", "-c", script],
            capture_output=True, text=True, timeout=60, env=env, cwd=folder,
        )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, f"no reading: {result.stdout} {result.stderr}"
    return json.loads(lines[-1])


def test_a_playing_player_on_the_bus_is_presence():
    reading = _read_with("Playing", "no")
    assert reading["present"] == ["mpris"]
    assert reading["signals"]["mpris"] == "in use"
    assert reading["signals"]["logind-lock"] != "in use"  # no logind on a private bus


def test_a_paused_player_is_not_and_an_inhibitor_is():
    assert _read_with("Paused", "no")["present"] == []
    assert _read_with("Paused", "yes")["present"] == ["power-inhibitor"]


def test_a_hung_service_costs_one_short_wait():
    reading = _read_with("Paused", "hang")
    assert reading["present"] == []
    assert reading["signals"]["power-inhibitor"].startswith("not available")
    # The 250 ms call timeout ended the wait, not the service (it answers after 3 s).
    assert 200 < reading["ms"] < 1500
