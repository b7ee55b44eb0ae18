"""A user pauses knotbreak, logs out and in again: the pause still holds."""

from __future__ import annotations

import pytest
from desktop import App

pytestmark = pytest.mark.e2e


def _start_again(app: App) -> None:
    """The same user (same home and runtime folder) starts knotbreak once more."""
    app.proc = None
    app.start(1)


def test_a_pause_holds_across_a_restart(app: App) -> None:
    app.start(1)
    app.wait_ready()
    assert app.cli("pause", "2h").returncode == 0
    paused_until = app.status()["paused_until"]
    assert app.stop() == 0

    _start_again(app)
    status = app.wait_ready()
    assert status["state"] == "paused", status
    assert status["paused_until"] == paused_until
    assert app.cli("resume").returncode == 0
    assert app.stop() == 0

    _start_again(app)
    assert app.wait_ready()["state"] == "working"
    assert app.stop() == 0
