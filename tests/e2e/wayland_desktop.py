"""Helpers for the Wayland end-to-end tests: headless sway or weston, and the app on them.

sway 1.7 (wlroots 0.15) speaks org_kde_kwin_idle, wlr-foreign-toplevel-management and
wlr-screencopy (for grim), and accepts a virtual keyboard (wtype), which counts as user
input. It refuses to run as root, so as root it runs as an unprivileged user
(KNOTBREAK_E2E_WAYLAND_USER, default `knotbreak-e2e`; .ci/run creates it). weston 10
runs as root; it has neither idle protocol and no tray, which is what the degraded path
is tested on. The app connects with an absolute WAYLAND_DISPLAY path, so it can run as
root beside a compositor of another user.
"""

from __future__ import annotations

import json
import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop import App, wait_for

SWAY_USER = os.environ.get("KNOTBREAK_E2E_WAYLAND_USER", "knotbreak-e2e")
WIDTH, HEIGHT = 1280, 800

# Program -> Debian package, per compositor.
PROGRAMS: dict[str, dict[str, str]] = {
    "sway": {"sway": "sway", "swaymsg": "sway", "grim": "grim", "wtype": "wtype"},
    "weston": {"weston": "weston"},
}


class WaylandUnavailable(RuntimeError):
    """The compositor cannot run here; the message says what is missing."""


def missing(compositor: str) -> list[str]:
    return [
        f"{program} (Debian package {package})"
        for program, package in PROGRAMS[compositor].items()
        if shutil.which(program) is None
    ]


@dataclass
class Compositor:
    name: str
    runtime_dir: Path
    proc: subprocess.Popen[bytes]
    log_path: Path
    socket: Path | None = None
    ipc: Path | None = None
    """sway's IPC socket, for swaymsg."""

    def env(self) -> dict[str, str]:
        """For a client (grim, wtype, the app) of this compositor, and of no X display."""
        env = dict(os.environ)
        for name in ("DISPLAY", "XAUTHORITY", "DBUS_SESSION_BUS_ADDRESS", "SWAYSOCK"):
            env.pop(name, None)
        assert self.socket is not None
        env["WAYLAND_DISPLAY"] = str(self.socket)
        env.setdefault("LANG", "C.UTF-8")
        return env

    def run(self, *args: str, timeout: float = 10) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            list(args), env=self.env(), capture_output=True, text=True, timeout=timeout,
            stdin=subprocess.DEVNULL,
        )

    def swaymsg(self, *args: str) -> Any:
        assert self.ipc is not None, "only sway has swaymsg"
        result = subprocess.run(
            ["swaymsg", "-s", str(self.ipc), "-r", *args],
            capture_output=True, text=True, timeout=10,
        )
        if result.returncode != 0:
            raise AssertionError(f"swaymsg {' '.join(args)}: {result.stderr or result.stdout}")
        return json.loads(result.stdout) if result.stdout.strip() else None

    def windows(self) -> list[dict[str, Any]]:
        """sway's views: name, app_id, rect, focused, visible, floating, fullscreen_mode."""
        found: list[dict[str, Any]] = []

        def walk(node: dict[str, Any], floating: bool) -> None:
            if node.get("type") in ("con", "floating_con") and node.get("pid"):
                found.append({**node, "floating": floating})
            for child in node.get("nodes", []):
                walk(child, floating)
            for child in node.get("floating_nodes", []):
                walk(child, True)

        walk(self.swaymsg("-t", "get_tree"), False)
        return found

    def find(self, title: str) -> dict[str, Any] | None:
        return next((w for w in self.windows() if w.get("name") == title), None)

    def screenshot(self, path: Path) -> Path:
        """The whole output, with grim (wlr-screencopy)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        result = self.run("grim", str(path), timeout=20)
        if result.returncode != 0 or not path.exists():
            raise AssertionError(f"grim failed ({result.returncode}): {result.stderr.strip()}")
        return path

    def press_key(self, key: str = "Shift_L") -> None:
        """A key press from a virtual keyboard: input, so the seat is no longer idle."""
        result = self.run("wtype", "-k", key)
        if result.returncode != 0:
            raise AssertionError(f"wtype failed: {result.stderr.strip()}")

    def log_text(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return "(no log)"

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        shutil.rmtree(self.runtime_dir, ignore_errors=True)


def _sway_account() -> tuple[int, int] | None:
    """(uid, gid) to run sway as: the unprivileged test user as root, else None (as is)."""
    if os.geteuid() != 0:
        return None
    try:
        account = pwd.getpwnam(SWAY_USER)
    except KeyError:
        raise WaylandUnavailable(
            f"sway refuses to run as root and there is no user {SWAY_USER!r} to run it as "
            f"(create one: useradd --create-home {SWAY_USER}; .ci/run does)"
        ) from None
    return account.pw_uid, account.pw_gid


def _wait_for_socket(comp: Compositor, pattern: str, timeout: float = 20) -> Path:
    def found() -> Path | None:
        if comp.proc.poll() is not None:
            raise WaylandUnavailable(
                f"{comp.name} exited with {comp.proc.returncode}:\n{comp.log_text()[-3000:]}"
            )
        for path in sorted(comp.runtime_dir.glob(pattern)):
            if path.is_socket():
                return path
        return None

    return wait_for(found, timeout, interval=0.1,
                    message=lambda: f"{comp.name} made no {pattern} socket:\n{comp.log_text()}")


def start_sway(log_dir: Path, bus_address: str | None = None) -> Compositor:
    """Headless sway; with `bus_address`, swaybar too, whose tray hosts StatusNotifierItems."""
    problems = missing("sway")
    if problems:
        raise WaylandUnavailable("needs " + ", ".join(problems))
    account = _sway_account()
    runtime = Path(tempfile.mkdtemp(prefix="kb-sway-"))
    config = runtime / "config"
    # No bar, no wallpaper: a plain output of a known size; windows get title bars.
    text = f"output HEADLESS-1 resolution {WIDTH}x{HEIGHT}\n"
    if bus_address:
        text += "bar {\n    position top\n    tray_output *\n}\n"
    config.write_text(text)
    if account is not None:
        for path in (runtime, config):
            os.chown(path, *account)
    runtime.chmod(0o700)
    log_path = log_dir / "sway.log"
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(runtime),
        "XDG_RUNTIME_DIR": str(runtime),
        "LANG": "C.UTF-8",
        "WLR_BACKENDS": "headless",
        "WLR_LIBINPUT_NO_DEVICES": "1",
        "WLR_RENDERER": "pixman",
    }
    if bus_address:
        env["DBUS_SESSION_BUS_ADDRESS"] = bus_address
    with log_path.open("ab") as log:
        proc = subprocess.Popen(
            ["sway", "--config", str(config)],
            env=env, cwd=runtime, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True,
            user=account[0] if account else None, group=account[1] if account else None,
            extra_groups=[] if account else None,
        )
    comp = Compositor("sway", runtime, proc, log_path)
    try:
        comp.socket = _wait_for_socket(comp, "wayland-[0-9]")
        comp.ipc = _wait_for_socket(comp, "sway-ipc.*.sock")
        wait_for(lambda: comp.swaymsg("-t", "get_outputs"), 10, message="sway has no output")
    except BaseException:
        comp.close()
        raise
    return comp


def start_weston(log_dir: Path) -> Compositor:
    problems = missing("weston")
    if problems:
        raise WaylandUnavailable("needs " + ", ".join(problems))
    runtime = Path(tempfile.mkdtemp(prefix="kb-weston-"))
    runtime.chmod(0o700)
    log_path = log_dir / "weston.log"
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(runtime),
        "XDG_RUNTIME_DIR": str(runtime),
        "LANG": "C.UTF-8",
    }
    with log_path.open("ab") as log:
        proc = subprocess.Popen(
            ["weston", "--backend=headless-backend.so", "--use-pixman", "--idle-time=0",
             f"--width={WIDTH}", f"--height={HEIGHT}", "--socket=wayland-kb"],
            env=env, cwd=runtime, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    comp = Compositor("weston", runtime, proc, log_path)
    try:
        comp.socket = _wait_for_socket(comp, "wayland-kb")
    except BaseException:
        comp.close()
        raise
    return comp


@dataclass
class WaylandApp(App):
    """The real app as a client of `compositor` (QT_QPA_PLATFORM=wayland, no X display)."""

    compositor: Compositor | None = None
    bus_address: str | None = None
    """A private session bus for the app, or None for no session bus at all."""
    extra: dict[str, str] = field(default_factory=dict)

    def env(self) -> dict[str, str]:
        env = super().env()
        assert self.compositor is not None
        env.pop("DISPLAY", None)
        env["WAYLAND_DISPLAY"] = str(self.compositor.socket)
        env["QT_QPA_PLATFORM"] = "wayland"
        env["XDG_SESSION_TYPE"] = "wayland"
        if self.bus_address:
            env["DBUS_SESSION_BUS_ADDRESS"] = self.bus_address
        env.update(self.extra)
        return env
