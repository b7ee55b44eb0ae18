"""The PyInstaller bundle (`make bundle`) starts, shows its tray icon, and runs a break.

CI builds the bundle first and sets KNOTBREAK_REQUIRE_BUNDLE=1 so this cannot skip there.
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
    assert app.stop() == 0
