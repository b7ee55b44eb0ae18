"""Start at login on each platform, checked against the files and registry it writes."""

from __future__ import annotations

import plistlib

from knotbreak.adapters.autostart import (
    RUN_KEY,
    MacLaunchAgent,
    WindowsRunKey,
    XdgAutostart,
    autostart_for_platform,
)

COMMAND = ["/opt/knot break/python", "-m", "knotbreak"]


def test_xdg_entry_is_written_and_removed(tmp_path):
    autostart = XdgAutostart(tmp_path)
    assert not autostart.is_enabled()
    autostart.enable(COMMAND)
    text = (tmp_path / "autostart" / "knotbreak.desktop").read_text()
    assert "Exec='/opt/knot break/python' -m knotbreak" in text
    assert text.startswith("[Desktop Entry]")
    assert autostart.is_enabled()
    autostart.disable()
    assert not autostart.is_enabled()


def test_xdg_entry_hidden_by_the_desktop_counts_as_off(tmp_path):
    autostart = XdgAutostart(tmp_path)
    autostart.enable(COMMAND)
    autostart.path.write_text(autostart.path.read_text() + "Hidden=true\n")
    assert not autostart.is_enabled()


class FakeRegistry:
    def __init__(self):
        self.values: dict[tuple[str, str], str] = {}

    def get(self, key, name):
        return self.values.get((key, name))

    def set(self, key, name, value):
        self.values[(key, name)] = value

    def delete(self, key, name):
        self.values.pop((key, name), None)


def test_windows_run_key_quotes_paths_with_spaces():
    registry = FakeRegistry()
    autostart = WindowsRunKey(registry)
    autostart.enable([r"C:\Program Files\knotbreak\knotbreak.exe"])
    assert registry.values[(RUN_KEY, "knotbreak")] == r'"C:\Program Files\knotbreak\knotbreak.exe"'
    assert autostart.is_enabled()
    autostart.disable()
    assert not autostart.is_enabled()


def test_mac_launch_agent_runs_at_load(tmp_path):
    autostart = MacLaunchAgent(tmp_path)
    autostart.enable(COMMAND)
    agent = plistlib.loads(autostart.path.read_bytes())
    assert agent["ProgramArguments"] == COMMAND
    assert agent["RunAtLoad"] is True
    assert autostart.path.parent == tmp_path / "Library" / "LaunchAgents"
    autostart.disable()
    assert not autostart.is_enabled()


def test_platform_choice(tmp_path):
    assert isinstance(autostart_for_platform("darwin", tmp_path, {}), MacLaunchAgent)
    linux = autostart_for_platform("linux", tmp_path, {"XDG_CONFIG_HOME": str(tmp_path / "cfg")})
    assert isinstance(linux, XdgAutostart)
    assert linux.path == tmp_path / "cfg" / "autostart" / "knotbreak.desktop"
