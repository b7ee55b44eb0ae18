"""The PyInstaller bundle (`make bundle`) starts, shows its tray icon, and runs a break.

CI builds the bundle first and sets KNOTBREAK_REQUIRE_BUNDLE=1 so this cannot skip there.
The spec leaves out Qt libraries, plugins and translations the app never loads; these
tests open the windows and play the sounds that need the rest (QtCharts, QtMultimedia
with its FFmpeg plugin, Qt's German catalogue).
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from desktop import App, find_windows, wait_for

BUNDLE = Path(__file__).resolve().parents[2] / "dist" / "knotbreak" / "knotbreak"


@pytest.fixture
def bundle() -> Path:
    if not BUNDLE.exists():
        reason = f"no bundle at {BUNDLE}; build it with 'make bundle'"
        if os.environ.get("KNOTBREAK_REQUIRE_BUNDLE") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    return BUNDLE


def test_bundle_reports_its_version(bundle):
    result = subprocess.run([str(bundle), "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert result.stdout.startswith("knotbreak ")


def test_bundle_runs_in_the_tray_and_opens_a_break(bundle, make_app: Callable[..., App]):
    app = make_app(settings={"break_seconds": 600})
    app.command = [str(bundle)]
    app.start(60)
    status = app.wait_ready(timeout=30)
    assert status["tray"] is True
    assert app.cli("break-now").returncode == 0
    assert wait_for(lambda: find_windows(app.display, "Break — knotbreak"), timeout=10)
    # The first hold cue loads QtMultimedia and its FFmpeg plugin (which links QtQuick and
    # QtQml). Without an audio device the tone may fail to play, but it must load.
    sound = wait_for(lambda: app.status()["sound"]["available"] is not None
                     and app.status()["sound"], timeout=20, message="no hold cue was played")
    assert "could not be loaded" not in str(sound["reason"]), sound
    assert app.stop() == 0


def test_bundle_opens_its_windows_in_german(bundle, make_app: Callable[..., App]):
    app = make_app(settings={"language": "de"})
    app.command = [str(bundle)]
    app.start(60)
    app.wait_ready(timeout=30)
    assert app.cli("stats", "--window").returncode == 0  # QtCharts
    assert wait_for(lambda: find_windows(app.display, "Statistik — knotbreak"), timeout=15)
    assert app.cli("settings").returncode == 0
    assert wait_for(lambda: find_windows(app.display, "Einstellungen — knotbreak"), timeout=15)
    # Qt's own German (qtbase_de.qm) is the one Qt catalogue the bundle keeps.
    assert "no de translation qtbase_de" not in app.log_text()
    assert app.stop() == 0
