"""Fullscreen on Wayland: the state array and the reasons given where it cannot work.

The detector against a real compositor (sway) is in tests/e2e/test_wayland.py.
"""

from __future__ import annotations

import array

import pytest

from knotbreak.adapters.meetings import DetectorUnavailable
from knotbreak.adapters.meetings.fullscreen_wayland import (
    FullscreenWaylandDetector,
    states_from,
)


def test_toplevel_state_array_is_read_as_native_uint32():
    data = array.array("I", [2, 3]).tobytes()
    assert states_from(data) == {2, 3}  # activated, fullscreen
    assert states_from(b"") == set()
    assert states_from(data + b"\x01") == {2, 3}, "a torn trailing value is ignored"


def test_without_a_compositor_the_reason_is_given(monkeypatch, tmp_path):
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    with pytest.raises(DetectorUnavailable, match="WAYLAND_DISPLAY is not set"):
        FullscreenWaylandDetector()
    with pytest.raises(DetectorUnavailable, match="cannot connect"):
        FullscreenWaylandDetector(str(tmp_path / "nothing-here"))


def test_a_wayland_session_picks_the_wayland_detector(monkeypatch):
    from knotbreak.adapters.meetings.watcher import platform_factories
    from knotbreak.core.settings import Settings

    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-kb-test")
    assert platform_factories(Settings())["fullscreen"] is FullscreenWaylandDetector
    monkeypatch.delenv("WAYLAND_DISPLAY")
    monkeypatch.setenv("XDG_SESSION_TYPE", "x11")
    assert platform_factories(Settings())["fullscreen"] is not FullscreenWaylandDetector
