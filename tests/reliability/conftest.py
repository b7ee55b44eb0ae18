"""The real app as a subprocess, without a desktop: QT_QPA_PLATFORM=offscreen.

Offscreen there is no system tray, so the app shows its status window instead; the tests
talk to it through the command line (`status --json`, `quit`), as a script would. These
tests look at what happens around the app (a locked or half-written database, a stopped
process, a second start), not at the screen: tests/e2e covers that under Xvfb.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))

from desktop import App

QUIET = {
    "work_interval_minutes": 30, "notice_seconds": 60, "break_seconds": 300,
    "idle_detection": False, "meeting_fullscreen": False, "meeting_camera": False,
    "meeting_dnd": False, "sounds": False,
}


@pytest.fixture
def make_app(tmp_path: Path) -> Iterator[Callable[..., App]]:
    """make_app(settings=QUIET, name=...) -> an App not yet started, offscreen, own home."""
    apps: list[App] = []

    def make(settings: dict[str, object] | None = None, name: str | None = None) -> App:
        app = App("", tmp_path / (name or f"app{len(apps)}"))
        app.extra_env = {"QT_QPA_PLATFORM": "offscreen"}
        app.workdir.mkdir(parents=True, exist_ok=True)
        app.write_settings(QUIET if settings is None else settings)
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.cleanup()
