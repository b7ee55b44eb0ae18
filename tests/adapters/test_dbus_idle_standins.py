"""GNOME's and KDE's idle D-Bus backends, against stand-in services on a private bus.

Each backend runs in a child process: QtDBus keeps its session connection for the life
of a process, and this one's may already point at no bus.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest

from dbus_standin import BusUnavailable, PrivateBus, start_bus, start_standin

PROBE = """
import json
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from knotbreak.adapters.idle import probe
found = probe()
print(json.dumps({"status": found.describe(),
                  "seconds": found.backend.idle_seconds() if found.backend else None}))
"""


@pytest.fixture
def bus() -> Iterator[PrivateBus]:
    try:
        bus = start_bus()
    except BusUnavailable as error:
        if os.environ.get("KNOTBREAK_REQUIRE_E2E", "") not in ("", "0"):
            pytest.fail(f"{error} (KNOTBREAK_REQUIRE_E2E is set)", pytrace=False)
        pytest.skip(str(error))
    yield bus
    bus.close()


def _probe(bus: PrivateBus) -> dict[str, object]:
    env = bus.env()
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE"):
        env.pop(name, None)
    result = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True,
                            text=True, timeout=30, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_gnome_mutter_idle_monitor_answers_in_milliseconds(bus: PrivateBus) -> None:
    start_standin(bus, "gnome-idle", "--idle-ms", "90500")
    found = _probe(bus)
    assert found["status"] == {"name": "gnome-mutter", "reason": None}
    assert found["seconds"] == pytest.approx(90.5)


def test_kde_screensaver_answers_when_mutter_is_absent(bus: PrivateBus) -> None:
    start_standin(bus, "kde-idle", "--idle-ms", "1500")
    found = _probe(bus)
    assert found["status"] == {"name": "kde-screensaver", "reason": None}
    assert found["seconds"] == pytest.approx(1.5)


def test_a_bus_without_either_service_says_why_for_each(bus: PrivateBus) -> None:
    found = _probe(bus)
    reason = str(found["status"]["reason"])  # type: ignore[index]
    assert found["status"]["name"] == "none"  # type: ignore[index]
    assert "org.gnome.Mutter.IdleMonitor does not answer GetIdletime" in reason
    assert "org.freedesktop.ScreenSaver does not answer GetSessionIdleTime" in reason
