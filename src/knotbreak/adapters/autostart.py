"""Start at login: XDG autostart (Linux), the HKCU Run key (Windows), a LaunchAgent (macOS).

Each backend follows its platform's documented mechanism. Only Linux is verified on a real
desktop; the Windows and macOS paths are unit-tested against fakes.
"""

from __future__ import annotations

import importlib
import plistlib
import shlex
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

from knotbreak.core.atomic_file import write_atomically

APP_ID = "knotbreak"
LAUNCH_AGENT_LABEL = "org.knotbreak.knotbreak"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


class Autostart(Protocol):
    def is_enabled(self) -> bool: ...
    def enable(self, command: Sequence[str]) -> None: ...
    def disable(self) -> None: ...


def launch_command() -> list[str]:
    """How this installation starts itself: the frozen bundle, or this interpreter."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "knotbreak"]


class XdgAutostart:
    """~/.config/autostart/knotbreak.desktop (freedesktop Desktop Application Autostart)."""

    def __init__(self, config_home: Path) -> None:
        self.path = config_home / "autostart" / f"{APP_ID}.desktop"

    def is_enabled(self) -> bool:
        if not self.path.exists():
            return False
        text = self.path.read_text(encoding="utf-8", errors="replace")
        return "Hidden=true" not in text and "X-GNOME-Autostart-enabled=false" not in text

    def enable(self, command: Sequence[str]) -> None:
        entry = "\n".join(
            [
                "[Desktop Entry]",
                "Type=Application",
                "Name=knotbreak",
                "Comment=Regular stretch breaks to prevent muscle knots",
                f"Exec={_desktop_exec(command)}",
                "Icon=knotbreak",
                "Terminal=false",
                "X-GNOME-Autostart-enabled=true",
                "",
            ]
        )
        write_atomically(self.path, entry.encode("utf-8"))

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)


def _desktop_exec(command: Sequence[str]) -> str:
    # The Desktop Entry spec quotes like a shell but reserves % for field codes.
    return " ".join(shlex.quote(part) for part in command).replace("%", "%%")


class RegistryAccess(Protocol):
    def get(self, key: str, name: str) -> str | None: ...
    def set(self, key: str, name: str, value: str) -> None: ...
    def delete(self, key: str, name: str) -> None: ...


def _winreg() -> Any:
    # Imported by name: the module exists only on Windows, and mypy checks this on Linux.
    return importlib.import_module("winreg")


class WinRegistry:
    """HKEY_CURRENT_USER through the standard library's winreg (Windows only)."""

    def get(self, key: str, name: str) -> str | None:
        winreg = _winreg()

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as handle:
                value, _kind = winreg.QueryValueEx(handle, name)
        except FileNotFoundError:
            return None
        return str(value)

    def set(self, key: str, name: str, value: str) -> None:
        winreg = _winreg()

        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, key) as handle:
            winreg.SetValueEx(handle, name, 0, winreg.REG_SZ, value)

    def delete(self, key: str, name: str) -> None:
        winreg = _winreg()

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_SET_VALUE) as handle:
                winreg.DeleteValue(handle, name)
        except FileNotFoundError:
            pass


class WindowsRunKey:
    def __init__(self, registry: RegistryAccess) -> None:
        self._registry = registry

    def is_enabled(self) -> bool:
        return self._registry.get(RUN_KEY, APP_ID) is not None

    def enable(self, command: Sequence[str]) -> None:
        self._registry.set(RUN_KEY, APP_ID, _windows_command_line(command))

    def disable(self) -> None:
        self._registry.delete(RUN_KEY, APP_ID)


def _windows_command_line(command: Sequence[str]) -> str:
    import subprocess

    return subprocess.list2cmdline(list(command))


class MacLaunchAgent:
    """~/Library/LaunchAgents/<label>.plist with RunAtLoad (launchd.plist(5))."""

    def __init__(self, home: Path) -> None:
        self.path = home / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"

    def is_enabled(self) -> bool:
        return self.path.exists()

    def enable(self, command: Sequence[str]) -> None:
        agent: dict[str, Any] = {
            "Label": LAUNCH_AGENT_LABEL,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
        write_atomically(self.path, plistlib.dumps(agent))

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)


def autostart_for_platform(
    platform: str = sys.platform,
    home: Path | None = None,
    environ: Mapping[str, str] | None = None,
) -> Autostart:
    import os

    environ = os.environ if environ is None else environ
    home = Path.home() if home is None else home
    if platform == "win32":
        return WindowsRunKey(WinRegistry())
    if platform == "darwin":
        return MacLaunchAgent(home)
    config_home = Path(environ.get("XDG_CONFIG_HOME") or home / ".config")
    return XdgAutostart(config_home)
