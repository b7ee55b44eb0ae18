"""Helpers for the end-to-end tests: a private X desktop and the real app as a subprocess.

The desktop is Xvfb with openbox (window manager: stay-on-top and fullscreen need one) and
trayer (a system tray host). Windows are found with xdotool, inspected with xwininfo and
photographed with ImageMagick's `import`; pictures are analysed with PySide6's QImage.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import math
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

REPO_ROOT = Path(__file__).resolve().parents[2]
SRC_DIR = REPO_ROOT / "src"

# Window titles fixed by docs/contracts.md.
BREAK_TITLE = "Break — knotbreak"
NOTICE_TITLE = "Break coming up — knotbreak"
STATUS_TITLE = "knotbreak"

SCREEN_WIDTH, SCREEN_HEIGHT = 1280, 800
TRAY_HEIGHT = 28

# Program -> Debian package that provides it.
REQUIRED_PROGRAMS: dict[str, str] = {
    "Xvfb": "xvfb",
    "trayer": "trayer",
    "xdotool": "xdotool",
    "openbox": "openbox",
    "xdpyinfo": "x11-utils",
    "xwininfo": "x11-utils",
    "import": "imagemagick",
}

T = TypeVar("T")

Rect = tuple[int, int, int, int]
"""x, y, width, height in root-window coordinates."""


class DesktopError(RuntimeError):
    """The private desktop could not be started."""


def tree_pids(pid: int) -> list[int]:
    """`pid` and every process below it (from /proc; Linux only)."""
    pids = [pid]
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return pids
    for child in children:
        pids += tree_pids(int(child))
    return pids


def missing_programs() -> list[str]:
    """What the e2e tests need but cannot find, as 'prog (Debian package pkg)'."""
    return [
        f"{program} (Debian package {package})"
        for program, package in REQUIRED_PROGRAMS.items()
        if shutil.which(program) is None
    ]


def wait_for(
    predicate: Callable[[], T | None],
    timeout: float,
    interval: float = 0.1,
    message: str | Callable[[], str] = "",
) -> T:
    """Poll `predicate` until it returns something truthy, and return that.

    Raises AssertionError (so pytest shows it as a plain test failure) after `timeout` s.
    """
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() >= deadline:
            text = message() if callable(message) else message
            raise AssertionError(f"timed out after {timeout:g} s: {text or predicate!r}")
        time.sleep(interval)


def holds_for(
    predicate: Callable[[], object],
    duration: float,
    interval: float = 0.2,
    message: str | Callable[[], str] = "",
) -> None:
    """Assert that `predicate` stays truthy for `duration` seconds."""
    deadline = time.monotonic() + duration
    while True:
        if not predicate():
            text = message() if callable(message) else message
            raise AssertionError(f"condition stopped holding: {text or predicate!r}")
        if time.monotonic() >= deadline:
            return
        time.sleep(interval)


# X tools ---------------------------------------------------------------------------------


def x_env(display: object) -> dict[str, str]:
    """The environment for a program that should talk to `display` (and nothing else)."""
    env = dict(os.environ)
    for name in ("WAYLAND_DISPLAY", "XAUTHORITY", "DBUS_SESSION_BUS_ADDRESS", "SESSION_MANAGER"):
        env.pop(name, None)
    env["DISPLAY"] = str(display)
    env.setdefault("LANG", "C.UTF-8")
    return env


def x_run(
    display: object, args: Sequence[str], timeout: float = 10, check: bool = False
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        list(args),
        env=x_env(display),
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
        check=check,
    )


def screenshot(display: object, path: Path | str) -> Path:
    """Photograph the whole screen of `display` into `path` (PNG)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    result = x_run(display, ["import", "-display", str(display), "-window", "root", str(path)])
    if result.returncode != 0 or not path.exists():
        raise AssertionError(f"screenshot failed ({result.returncode}): {result.stderr.strip()}")
    return path


def _title_pattern(title: str) -> str:
    """A broad POSIX regex for xdotool: the title's ASCII start, escaped.

    Qt puts a title that Latin-1 cannot spell only into _NET_WM_NAME; the legacy WM_NAME,
    which xdotool searches, then holds just the part before the application name. So
    only the ASCII start is matched here, and callers compare the full name afterwards.
    """
    parts = []
    for char in title:
        if ord(char) > 127:
            break
        parts.append("\\" + char if char in r"\.[]()*+?{}|^$" else char)
    return "^" + "".join(parts).rstrip()


def window_name(display: object, wid: int) -> str | None:
    result = x_run(display, ["xdotool", "getwindowname", str(wid)])
    if result.returncode != 0:
        return None
    return result.stdout.rstrip("\n")


def find_windows(display: object, title: str) -> list[int]:
    """Visible windows whose title is exactly `title`."""
    result = x_run(display, ["xdotool", "search", "--onlyvisible", "--name", _title_pattern(title)])
    candidates = [int(line) for line in result.stdout.split() if line.strip().isdigit()]
    return [wid for wid in candidates if window_name(display, wid) == title]


def window_geometry(display: object, wid: int) -> Rect:
    """The window's client area in root coordinates: (x, y, width, height)."""
    result = x_run(display, ["xwininfo", "-id", str(wid)])
    if result.returncode != 0:
        raise AssertionError(f"xwininfo -id {wid} failed: {result.stderr.strip()}")
    values: dict[str, int] = {}
    for key, label in (
        ("x", "Absolute upper-left X"),
        ("y", "Absolute upper-left Y"),
        ("w", "Width"),
        ("h", "Height"),
    ):
        match = re.search(rf"^\s*{label}:\s*(-?\d+)", result.stdout, re.MULTILINE)
        if match is None:
            raise AssertionError(f"no {label!r} in xwininfo output:\n{result.stdout}")
        values[key] = int(match.group(1))
    return values["x"], values["y"], values["w"], values["h"]


@dataclass(frozen=True)
class XWindow:
    wid: int
    name: str
    width: int
    height: int
    x: int  # absolute
    y: int


_CHILD_LINE = re.compile(
    r"^\s+(0x[0-9a-fA-F]+)\s(.*?)\s+(\d+)x(\d+)[+-]-?\d+[+-]-?\d+\s+\+?(-?\d+)\+?(-?\d+)\s*$"
)


def child_windows(display: object, wid: int | str) -> list[XWindow]:
    """Direct children of a window (`wid` may be "root")."""
    target = ["-root"] if wid == "root" else ["-id", str(wid)]
    result = x_run(display, ["xwininfo", "-children", *target])
    if result.returncode != 0:
        return []  # the window went away meanwhile
    children = []
    for line in result.stdout.splitlines():
        match = _CHILD_LINE.match(line)
        if match:
            wid_hex, name, width, height, x, y = match.groups()
            children.append(
                XWindow(int(wid_hex, 16), name, int(width), int(height), int(x), int(y))
            )
    return children


def trayer_windows(display: object) -> list[int]:
    result = x_run(display, ["xdotool", "search", "--class", "trayer"])
    return [int(line) for line in result.stdout.split() if line.strip().isdigit()]


def tray_panel(display: object) -> XWindow | None:
    """trayer's panel, the visible strip the icons sit in."""
    for wid in trayer_windows(display):
        name = window_name(display, wid)
        if name == "panel":
            x, y, w, h = window_geometry(display, wid)
            return XWindow(wid, name, w, h, x, y)
    return None


def tray_icon_windows(display: object) -> list[XWindow]:
    """The icons embedded in trayer.

    trayer wraps each icon's window in a socket window of its own, so an icon is a
    grandchild (or deeper) of one of trayer's windows; the 1x1 helpers are left out.
    """
    icons: dict[int, XWindow] = {}

    def walk(wid: int, depth: int) -> None:
        for child in child_windows(display, wid):
            if depth >= 1 and child.width > 1 and child.height > 1:
                icons[child.wid] = child
            if depth < 4:
                walk(child.wid, depth + 1)

    for wid in trayer_windows(display):
        walk(wid, 0)
    return list(icons.values())


def click(display: object, x: int, y: int, button: int = 1) -> None:
    x_run(
        display,
        ["xdotool", "mousemove", "--screen", "0", str(x), str(y), "click", str(button)],
        check=True,
    )


def press_keys(display: object, *keys: str, delay_ms: int = 120) -> None:
    """Send key presses (xdotool key names: 't', 'Down', 'Return', ...) to the focus/grab."""
    x_run(display, ["xdotool", "key", "--delay", str(delay_ms), *keys], check=True)


def _viewable_root_children(display: object) -> set[int]:
    result = x_run(display, ["xwininfo", "-root", "-children"])
    ids = set()
    for line in result.stdout.splitlines():
        match = _CHILD_LINE.match(line)
        if match:
            ids.add(int(match.group(1), 16))
    viewable = set()
    for wid in ids:
        info = x_run(display, ["xwininfo", "-id", str(wid)])
        if "IsViewable" in info.stdout and "Override Redirect State: yes" in info.stdout:
            viewable.add(wid)
    return viewable


def open_tray_menu(display: object, timeout: float = 5) -> XWindow:
    """Right-click the (only) tray icon and wait until a popup menu is on screen."""
    icons = wait_for(lambda: tray_icon_windows(display), timeout, message="no tray icon")
    assert len(icons) == 1, f"expected one tray icon, found {icons}"
    icon = icons[0]
    before = _viewable_root_children(display)
    click(display, icon.x + icon.width // 2, icon.y + icon.height // 2, button=3)
    wait_for(
        lambda: _viewable_root_children(display) - before,
        timeout,
        interval=0.1,
        message="no popup menu appeared after right-clicking the tray icon",
    )
    time.sleep(0.3)  # let the menu take the keyboard grab
    return icon


# Pictures --------------------------------------------------------------------------------


@dataclass(frozen=True)
class RegionStats:
    pixels: int
    distinct_levels: int
    """How many of the 256 grey levels occur."""
    stddev: float
    """Standard deviation of the grey level, 0..127.5."""

    @property
    def uniform(self) -> bool:
        return self.distinct_levels <= 1 or self.stddev < 1.0


def region_stats(path: Path | str, rect: Rect) -> RegionStats:
    """Grey-level statistics of part of a PNG (clipped to the picture)."""
    from PySide6.QtGui import QImage  # keep the import out of collection

    image = QImage(str(path))
    if image.isNull():
        raise AssertionError(f"could not read image {path}")
    x, y, w, h = rect
    x0, y0 = max(0, x), max(0, y)
    x1, y1 = min(image.width(), x + w), min(image.height(), y + h)
    if x1 <= x0 or y1 <= y0:
        raise AssertionError(
            f"region {rect} lies outside the {image.width()}x{image.height()} image"
        )
    grey = image.copy(x0, y0, x1 - x0, y1 - y0).convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(grey.constBits())
    stride = grey.bytesPerLine()
    width = grey.width()
    histogram: Counter[int] = Counter()
    for row in range(grey.height()):
        histogram.update(data[row * stride : row * stride + width])
    count = sum(histogram.values())
    mean = sum(level * n for level, n in histogram.items()) / count
    variance = sum(n * (level - mean) ** 2 for level, n in histogram.items()) / count
    return RegionStats(count, len(histogram), math.sqrt(variance))


# The app ---------------------------------------------------------------------------------


def _pythonpath_with_src(env: dict[str, str]) -> str:
    """PYTHONPATH for the app: the checkout's src/ first unless knotbreak is installed."""
    current = env.get("PYTHONPATH", "")
    # The app runs in its own working directory: relative entries (PYTHONPATH=src) must
    # be made absolute.
    parts = [str(Path(p).resolve()) for p in current.split(os.pathsep) if p]
    installed = importlib.util.find_spec("knotbreak") is not None
    if not installed and str(SRC_DIR) not in parts:
        parts.insert(0, str(SRC_DIR))
    return os.pathsep.join(parts)


@dataclass
class App:
    """The real app, started as `python -m knotbreak` on the test desktop."""

    display: str
    workdir: Path
    time_scale: float = 60.0
    proc: subprocess.Popen[bytes] | None = None
    started_at: float | None = None
    """time.monotonic() just before the process was spawned."""
    extra_env: dict[str, str] = field(default_factory=dict)
    runtime_dir: Path | None = None
    """$XDG_RUNTIME_DIR for the app and its CLI; removed by cleanup()."""
    command: list[str] = field(default_factory=lambda: [sys.executable, "-m", "knotbreak"])
    """How to run knotbreak: the source tree by default, or a PyInstaller bundle."""
    first_start: bool = False
    """True to start as a brand-new user, who gets the one-time ergonomics offer."""

    @property
    def home(self) -> Path:
        return self.workdir / "home"

    @property
    def log_path(self) -> Path:
        return self.workdir / "app.log"

    @property
    def settings_path(self) -> Path:
        return self.home / "config" / "settings.json"

    def env(self) -> dict[str, str]:
        env = x_env(self.display)
        if self.runtime_dir is None:
            # Short and private: the control socket lives here, and AF_UNIX paths are
            # limited to 107 bytes (pytest's tmp_path can be longer than that).
            self.runtime_dir = Path(tempfile.mkdtemp(prefix="kb-run-"))
        env.update(
            {
                "KNOTBREAK_HOME": str(self.home),
                "QT_QPA_PLATFORM": "xcb",
                "XDG_RUNTIME_DIR": str(self.runtime_dir),
                "PYTHONUNBUFFERED": "1",
                "PYTHONPATH": _pythonpath_with_src(env),
            }
        )
        env.pop("KNOTBREAK_REQUIRE_E2E", None)
        env.update(self.extra_env)
        return env

    def write_settings(self, settings: dict[str, Any]) -> None:
        self.settings_path.parent.mkdir(parents=True, exist_ok=True)
        data = {"schema_version": 1, **settings}
        self.settings_path.write_text(json.dumps(data, indent=2), encoding="utf-8")

    def start(self, time_scale: float | None = None, *extra_args: str) -> App:
        assert self.proc is None, "this App was already started"
        if time_scale is not None:
            self.time_scale = time_scale
        self.home.mkdir(parents=True, exist_ok=True)
        if not self.first_start:
            # A returning user: the one-time welcome offer has been seen already.
            marker = self.home / "data" / "first-run.json"
            marker.parent.mkdir(parents=True, exist_ok=True)
            marker.write_text('{"schema_version": 1, "ergonomics_offered": true}')
        command = [*self.command, "--time-scale", f"{self.time_scale:g}"]
        with self.log_path.open("ab") as log:
            log.write(f"$ {' '.join(command + list(extra_args))}\n".encode())
            log.flush()
            self.started_at = time.monotonic()
            self.proc = subprocess.Popen(
                [*command, *extra_args],
                env=self.env(),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=self.workdir,
            )
        return self

    def cli(self, *args: str, timeout: float = 15) -> subprocess.CompletedProcess[str]:
        """Run `python -m knotbreak ARGS` against this app (same home, same display)."""
        return subprocess.run(
            [*self.command, *args],
            env=self.env(),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
            cwd=self.workdir,
        )

    def status(self) -> dict[str, Any]:
        result = self.cli("status", "--json")
        if result.returncode != 0:
            raise AssertionError(
                f"status --json exited {result.returncode}: {result.stderr.strip()}"
            )
        try:
            data = json.loads(result.stdout)
        except json.JSONDecodeError as error:
            raise AssertionError(f"status --json printed no JSON: {result.stdout!r}") from error
        assert isinstance(data, dict), data
        return data

    def state(self) -> str | None:
        """The current phase, or None when status fails."""
        result = self.cli("status", "--json")
        if result.returncode != 0:
            return None
        return json.loads(result.stdout).get("state")

    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def wait_ready(self, timeout: float = 15) -> dict[str, Any]:
        """Wait until `status --json` answers; returns the first status."""
        deadline = time.monotonic() + timeout
        last = ""
        while time.monotonic() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                raise AssertionError(
                    f"the app exited with code {self.proc.returncode} before it was ready\n"
                    + self.log_text()
                )
            result = self.cli("status", "--json")
            if result.returncode == 0:
                return json.loads(result.stdout)
            last = f"exit {result.returncode}: {result.stderr.strip()}"
            time.sleep(0.2)
        raise AssertionError(f"the app did not answer status within {timeout} s ({last})")

    def wait_exit(self, timeout: float) -> int:
        assert self.proc is not None
        return self.proc.wait(timeout=timeout)

    def stop(self, timeout: float = 5) -> int | None:
        """Ask the app to quit; kill it if it does not."""
        if self.proc is None:
            return None
        if self.proc.poll() is None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.cli("quit", timeout=timeout)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.terminate()
                try:
                    self.proc.wait(timeout=3)
                except subprocess.TimeoutExpired:
                    self.proc.kill()
                    self.proc.wait(timeout=3)
        return self.proc.returncode

    def cleanup(self) -> None:
        """stop(), then remove the runtime directory."""
        self.stop()
        if self.runtime_dir is not None:
            shutil.rmtree(self.runtime_dir, ignore_errors=True)

    def log_text(self) -> str:
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "(no log)"


# The desktop -----------------------------------------------------------------------------


# Asks the X server who owns the tray selection, with libX11 through ctypes (no python-xlib).
_SELECTION_OWNER = r"""
import ctypes, ctypes.util, sys
x = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
x.XOpenDisplay.restype = ctypes.c_void_p
x.XOpenDisplay.argtypes = [ctypes.c_char_p]
x.XInternAtom.restype = ctypes.c_ulong
x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
x.XGetSelectionOwner.restype = ctypes.c_ulong
x.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
x.XCloseDisplay.argtypes = [ctypes.c_void_p]
d = x.XOpenDisplay(sys.argv[1].encode())
if not d:
    sys.exit(2)
print(x.XGetSelectionOwner(d, x.XInternAtom(d, b"_NET_SYSTEM_TRAY_S0", 0)))
x.XCloseDisplay(d)
"""


def tray_selection_owned(display: object) -> bool:
    """True once a system tray manager owns _NET_SYSTEM_TRAY_S0 on `display`."""
    try:
        result = subprocess.run(
            [sys.executable, "-I", "-c", _SELECTION_OWNER, str(display)],
            capture_output=True,
            text=True,
            timeout=10,
        )
    except (OSError, subprocess.TimeoutExpired):
        result = None
    if result is not None and result.returncode == 0 and result.stdout.strip().isdigit():
        return int(result.stdout) != 0
    # No libX11 for ctypes: settle for trayer's panel being there.
    return tray_panel(display) is not None


def _display_is_free(number: int) -> bool:
    return not (
        Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists()
    )


@dataclass
class Desktop:
    number: int
    log_dir: Path
    with_tray: bool = True
    """False: no tray host, as on a desktop without a system tray."""
    processes: list[tuple[str, subprocess.Popen[bytes]]] = field(default_factory=list)

    @property
    def display(self) -> str:
        return f":{self.number}"

    def __str__(self) -> str:
        return self.display

    def _spawn(self, name: str, args: Sequence[str]) -> subprocess.Popen[bytes]:
        with (self.log_dir / f"{name}.log").open("ab") as log:
            proc = subprocess.Popen(
                list(args),
                env=x_env(self.display),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.processes.append((name, proc))
        return proc

    def log(self, name: str) -> str:
        path = self.log_dir / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def _check_alive(self) -> None:
        for name, proc in self.processes:
            if proc.poll() is not None:
                raise DesktopError(f"{name} exited with code {proc.returncode}:\n{self.log(name)}")

    def _wait(self, what: str, predicate: Callable[[], object], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            self._check_alive()
            if time.monotonic() > deadline:
                raise DesktopError(f"{what} not ready within {timeout} s")
            time.sleep(0.1)

    def start(self) -> None:
        self._spawn(
            "Xvfb",
            [
                "Xvfb",
                self.display,
                "-screen",
                "0",
                f"{SCREEN_WIDTH}x{SCREEN_HEIGHT}x24",
                "-nolisten",
                "tcp",
                "-noreset",
            ],
        )
        self._wait(
            f"Xvfb on {self.display}",
            lambda: x_run(self.display, ["xdpyinfo", "-display", self.display]).returncode == 0,
            15,
        )
        self._spawn("openbox", ["openbox", "--sm-disable"])
        self._wait("openbox", self._wm_running, 10)
        if not self.with_tray:
            return
        self._spawn(
            "trayer",
            [
                "trayer",
                "--edge",
                "bottom",
                "--align",
                "right",
                "--widthtype",
                "request",
                "--height",
                str(TRAY_HEIGHT),
                "--transparent",
                "false",
            ],
        )
        self._wait("trayer (owner of _NET_SYSTEM_TRAY_S0)", self._tray_ready, 15)

    def _wm_running(self) -> bool:
        result = x_run(self.display, ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"])
        return result.returncode == 0 and "window id" in result.stdout

    def _tray_ready(self) -> bool:
        return tray_selection_owned(self.display) and tray_panel(self.display) is not None

    def close(self) -> None:
        for _name, proc in reversed(self.processes):
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for _name, proc in reversed(self.processes):
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=5)
        self.processes.clear()

    # Conveniences bound to this display.
    def screenshot(self, path: Path | str) -> Path:
        return screenshot(self.display, path)

    def find_windows(self, title: str) -> list[int]:
        return find_windows(self.display, title)

    def window_geometry(self, wid: int) -> Rect:
        return window_geometry(self.display, wid)

    def tray_icons(self) -> list[XWindow]:
        return tray_icon_windows(self.display)


def start_desktop(
    log_dir: Path, first: int = 90, attempts: Iterable[int] = range(40), with_tray: bool = True
) -> Desktop:
    """Start Xvfb + openbox (+ trayer) on the first free display number from `first`."""
    log_dir.mkdir(parents=True, exist_ok=True)
    errors = []
    for offset in attempts:
        number = first + offset
        if not _display_is_free(number):
            continue
        desktop = Desktop(number, log_dir / f"display-{number}", with_tray=with_tray)
        desktop.log_dir.mkdir(parents=True, exist_ok=True)
        try:
            desktop.start()
        except DesktopError as error:
            desktop.close()
            errors.append(f":{number}: {error}")
            # Someone may have taken the number between the check and Xvfb; try the next.
            if len(errors) >= 3:
                break
            continue
        except BaseException:
            desktop.close()
            raise
        return desktop
    raise DesktopError("could not start a private X desktop:\n" + "\n".join(errors))
