"""`make bench`: knotbreak's footprint and timing, each figure beside its target.

Runs the real app on a private Xvfb desktop with openbox and trayer (the e2e harness),
so the figures compare with the peers measured the same way in shared/design.md.
A benchmark reports; it never fails a build, and a figure that cannot be measured says
why instead of stopping the others. About nine minutes with the defaults (two of them
the hold timer, one the idle window); `--quick` (or BENCH_ARGS) makes it shorter.
How each figure is taken: docs/performance.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "tests" / "e2e"))
sys.path.insert(0, str(BENCH_DIR))

from desktop import Desktop, start_desktop, tray_icon_windows, tree_pids  # noqa: E402

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
LATENCY_LINE = re.compile(r"break window shown (-?\d+) ms after due")


@dataclass
class Figure:
    name: str
    value: str
    target: str
    ok: bool | None  # None: not measured


# Process-tree measurements ------------------------------------------------------------


def tree_rss_mb(pid: int) -> float:
    total_kb = 0
    for member in tree_pids(pid):
        for line in Path(f"/proc/{member}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total_kb += int(line.split()[1])
    return total_kb / 1024


def tree_anonymous_mb(pid: int) -> float:
    """Anonymous resident memory of the tree (heap, Python objects): what the kernel cannot
    simply drop, unlike pages of libraries and fonts, which it re-reads from the file."""
    total_kb = 0
    for member in tree_pids(pid):
        try:
            text = Path(f"/proc/{member}/smaps_rollup").read_text()
        except OSError:
            continue
        for line in text.splitlines():
            if line.startswith("Anonymous:"):
                total_kb += int(line.split()[1])
    return total_kb / 1024


def tree_cpu_ticks(pid: int) -> int:
    total = 0
    for member in tree_pids(pid):
        fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime + stime
    return total


def thread_switches(pid: int) -> dict[tuple[int, int], int]:
    """Context switches per (process, thread); threads that come and go are handled by keys."""
    counts: dict[tuple[int, int], int] = {}
    for member in tree_pids(pid):
        for task in Path(f"/proc/{member}/task").iterdir():
            try:
                text = (task / "status").read_text()
            except OSError:
                continue
            switches = sum(
                int(line.split()[1]) for line in text.splitlines() if "ctxt_switches" in line
            )
            counts[(member, int(task.name))] = switches
    return counts


def switches_between(before: dict[tuple[int, int], int], after: dict[tuple[int, int], int]) -> int:
    return sum(count - before.get(key, 0) for key, count in after.items())


# The app --------------------------------------------------------------------------------


class BenchApp:
    def __init__(self, desktop: Desktop, home: Path, settings: dict[str, object]) -> None:
        self.desktop = desktop
        self.home = home
        self.runtime = Path(tempfile.mkdtemp(prefix="kb-bench-"))
        (home / "config").mkdir(parents=True, exist_ok=True)
        (home / "config" / "settings.json").write_text(
            json.dumps({"schema_version": 1, **settings})
        )
        # A returning user: no one-time welcome window open during the measurements.
        (home / "data").mkdir(parents=True, exist_ok=True)
        (home / "data" / "first-run.json").write_text(
            '{"schema_version": 1, "ergonomics_offered": true}'
        )
        self.env = {
            **os.environ,
            "DISPLAY": desktop.display,
            "QT_QPA_PLATFORM": "xcb",
            "KNOTBREAK_HOME": str(home),
            "XDG_RUNTIME_DIR": str(self.runtime),
        }
        for name in ("WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS"):
            self.env.pop(name, None)
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def log_path(self) -> Path:
        return self.home / "app.log"

    def log_text(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return ""

    def start(self, *args: str) -> float:
        """Start the app; return the seconds from spawn until its tray icon is embedded."""
        icons_before = {icon.wid for icon in tray_icon_windows(self.desktop.display)}
        spawned = time.monotonic()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "knotbreak", *args],
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=self.log_path.open("wb"),
        )
        while time.monotonic() - spawned < 20:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the app exited with code {self.proc.returncode}")
            icons = {icon.wid for icon in tray_icon_windows(self.desktop.display)}
            if icons - icons_before:
                return time.monotonic() - spawned
            time.sleep(0.005)
        raise RuntimeError("the tray icon did not appear within 20 s")

    def cli(self, *args: str) -> str:
        return subprocess.run(
            [sys.executable, "-m", "knotbreak", *args],
            env=self.env, capture_output=True, text=True, timeout=15, check=True,
        ).stdout

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        try:
            self.cli("quit")
            self.proc.wait(timeout=10)
        except (subprocess.SubprocessError, OSError):
            self.proc.kill()
            self.proc.wait()


def wait_until(predicate: Callable[[], bool], timeout: float, interval: float = 0.2) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return predicate()


# The figures ----------------------------------------------------------------------------


def measure_launch(desktop: Desktop, work: Path, runs: int) -> list[Figure]:
    times = []
    for number in range(runs):
        app = BenchApp(desktop, work / f"launch{number}", {})
        try:
            times.append(app.start())
        finally:
            app.stop()
    times.sort()
    median = times[len(times) // 2]
    return [Figure(
        f"launch to tray icon (median of {runs}; worst)",
        f"{median * 1000:.0f} ms; {times[-1] * 1000:.0f} ms", "<= 400 ms", median <= 0.4,
    )]


class Presence:
    """A user at the desk: the pointer moves a little every few seconds (XTEST, xdotool),
    far from the tray, so the idle time never reaches the away threshold."""

    def __init__(self, desktop: Desktop, every_s: float = 4.0) -> None:
        self._display = desktop.display
        self._every = every_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Presence:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        step = 0
        while not self._stop.is_set():
            step += 1
            subprocess.run(
                ["xdotool", "mousemove", str(300 + step % 2 * 7), "300"],
                env={**os.environ, "DISPLAY": str(self._display)},
                capture_output=True, check=False,
            )
            self._stop.wait(self._every)


WAKE_TARGET = 0.15
"""Context switches per second of the idle app, user present or away (issue 19)."""


def measure_idle(desktop: Desktop, work: Path, settle: float, window: float) -> list[Figure]:
    figures = _measure_idle(desktop, work / "idle", settle, window, present=False)
    with Presence(desktop):
        figures += _measure_idle(desktop, work / "idle-present", settle, window, present=True)
    return figures


def _measure_idle(
    desktop: Desktop, home: Path, settle: float, window: float, present: bool
) -> list[Figure]:
    app = BenchApp(desktop, home, {})  # defaults: idle and meeting detection on
    app.start()
    assert app.proc is not None
    pid = app.proc.pid
    try:
        time.sleep(settle)
        if not present:
            # Away for the whole window: nobody has touched the desktop for a minute
            # (AWAY_AFTER_AT_MOST) before it starts.
            wait_until(lambda: json.loads(app.cli("status", "--json")).get("away_since")
                       is not None, 90, interval=2.0)
        switches_before = thread_switches(pid)
        ticks_before = tree_cpu_ticks(pid)
        started = time.monotonic()
        time.sleep(window)
        elapsed = time.monotonic() - started
        ticks = tree_cpu_ticks(pid) - ticks_before
        switches = switches_between(switches_before, thread_switches(pid))
        rss = tree_rss_mb(pid)
        processes = len(tree_pids(pid))
        status = json.loads(app.cli("status", "--json"))
    finally:
        app.stop()
    cpu_percent = ticks / CLOCK_TICKS / elapsed * 100
    per_second = switches / elapsed
    backend = status.get("idle_backend") or {}
    backend_name = backend.get("name") if isinstance(backend, dict) else backend
    away = status.get("away_since") is not None
    if present:
        return [
            Figure(
                f"idle context switches over {window:.0f} s, user present"
                f"{' (but away!)' if away else ''}",
                f"{per_second:.2f} /s", f"<= {WAKE_TARGET} /s", per_second <= WAKE_TARGET,
            ),
            Figure(f"idle CPU over {window:.0f} s, user present", f"{cpu_percent:.3f} %",
                   "<= 0.02 %", cpu_percent <= 0.02),
        ]
    return [
        Figure(
            f"idle resident memory (process tree, {processes} process)", f"{rss:.1f} MB",
            "<= 65 MB", rss <= 65,
        ),
        Figure(
            f"idle CPU over {window:.0f} s", f"{cpu_percent:.3f} %", "<= 0.02 %",
            cpu_percent <= 0.02,
        ),
        Figure(
            f"idle context switches over {window:.0f} s, user away"
            f"{'' if away else ' (but present!)'}",
            f"{per_second:.2f} /s", f"<= {WAKE_TARGET} /s", per_second <= WAKE_TARGET,
        ),
        Figure("idle detection during the idle run", str(backend_name or "not reported"),
               "on", None),
    ]


def measure_break_latency(desktop: Desktop, work: Path, breaks: int) -> list[Figure]:
    """Real ms from a break's due time to its window's first paint, as the app logs it.

    At --time-scale 87 a 30-minute interval is 20.7 s of real time: the scheduler's wait
    before each break is in the same class of Qt timer as a real one (20 s and longer:
    "very coarse", rounded to whole seconds), and not a whole number of seconds, as real
    waits are not. No notice, so that the wait before the break is that one long wait.
    """
    settings = {"work_interval_minutes": 30, "break_seconds": 30, "notice_seconds": 0,
                "idle_detection": False}
    app = BenchApp(desktop, work / "latency", settings)
    app.start("--time-scale", "87", "--verbose")

    def found() -> list[int]:
        return [int(ms) for ms in LATENCY_LINE.findall(app.log_text())]

    try:
        wait_until(lambda: len(found()) >= breaks, breaks * 25 + 30, interval=0.5)
    finally:
        app.stop()
    seen = found()[:breaks]
    if not seen:
        return [Figure("break window visible after due", "no break was logged", "<= 150 ms",
                       False)]
    rest = sorted(seen[1:]) or seen
    worst = max(seen)
    return [Figure(
        f"break window visible after due (first; median, worst of {len(seen)})",
        f"{seen[0]} ms; {rest[len(rest) // 2]}, {worst} ms", "<= 150 ms", worst <= 150,
    )]


def measure_hold_timer(desktop: Desktop, seconds: int) -> list[Figure]:
    import hold_timer

    result = hold_timer.measure(seconds, desktop.display)
    if "error" in result:
        return [Figure("hold-timer error", str(result["error"]), "<= 50 ms", False)]
    worst = max(abs(result["max_ms"]), abs(result["last_ms"]))
    return [Figure(
        f"hold-timer error over {result['span_s']:.0f} s "
        f"({result['measured']} segment ends; worst, last)",
        f"{result['max_ms']:.0f} ms, {result['last_ms']:.0f} ms", "<= 50 ms", worst <= 50,
    )]


def completed_breaks(home: Path) -> int:
    path = home / "data" / "history.sqlite3"
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as db:
            return int(db.execute("SELECT COUNT(*) FROM breaks").fetchone()[0])
    except sqlite3.Error:
        return 0  # being created right now


def measure_cycles(desktop: Desktop, work: Path, cycles: int) -> list[Figure]:
    # 30 min of work and a 30 s break at 20000x: a cycle every ~0.09 s of real time, each
    # one building a guided routine and opening and closing the break window.
    home = work / "cycles"
    settings = {"work_interval_minutes": 30, "break_seconds": 30, "notice_seconds": 0,
                "idle_detection": False}
    app = BenchApp(desktop, home, settings)
    app.start("--time-scale", "20000")
    assert app.proc is not None
    try:
        warm = 50  # caches, fonts and lazily imported modules are in place by then
        if not wait_until(lambda: completed_breaks(home) >= warm, 120):
            return [Figure("memory growth over break cycles", "cycles did not run", "<= 5 MB",
                           False)]
        baseline = tree_rss_mb(app.proc.pid)
        target = warm + cycles
        finished = wait_until(lambda: completed_breaks(home) >= target, 60 + cycles * 1.0)
        done = completed_breaks(home) - warm
        end = tree_rss_mb(app.proc.pid)
    finally:
        app.stop()
    growth = end - baseline
    return [Figure(
        f"memory growth over {done} break cycles (RSS at start -> end)",
        f"{growth:+.1f} MB ({baseline:.1f} -> {end:.1f})", "<= 5 MB",
        finished and growth <= 5,
    )]


def measure_stats(desktop: Desktop, runs: int) -> list[Figure]:
    name = "statistics open on a year of history"
    if importlib.util.find_spec("stats_open") is None:
        return [Figure(name, "not measured (no benchmarks/stats_open.py)", "<= 300 ms", None)]
    import stats_open

    result = stats_open.measure(runs, desktop.display)
    median, worst = result["first_median_ms"], result["first_worst_ms"]
    return [Figure(
        f"{name} (median, worst of {runs})", f"{median:.0f} ms, {worst:.0f} ms",
        "<= 300 ms", median <= 300,
    )]


# What opening a window leaves behind: each one opened the way the user (or the command
# line) asks for it, shown for a few seconds, closed as the user closes it.
AFTER_WINDOWS = (
    # (control request, window title in the X window list)
    ("break-now", "knotbreak"),
    ("settings", "Settings"),
    ("statistics", "Statistics"),
    ("journal", "Knot journal"),
    ("ergonomics", "Workstation check"),
)


def _request(app: BenchApp, command: str) -> None:
    """A control request as the tray menu would make it (`journal` has no CLI command)."""
    from knotbreak.adapters.control_client import send_request
    from knotbreak.core.control_protocol import Request
    from knotbreak.paths import resolve_paths

    address = resolve_paths(environ=app.env).control_address
    send_request(address, Request(command), timeout_s=10)


def _visible_windows(display: str, title: str) -> list[str]:
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", title],
        env={**os.environ, "DISPLAY": display}, capture_output=True, text=True,
    )
    return found.stdout.split()


def _close_window(display: str, wid: str) -> None:
    # As a user does: the window manager's close (Alt+F4 in openbox), so the window
    # gets its closeEvent and the app forgets it as it does every day.
    subprocess.run(
        ["xdotool", "windowactivate", "--sync", wid, "key", "--clearmodifiers", "alt+F4"],
        env={**os.environ, "DISPLAY": display}, capture_output=True, timeout=10,
    )


def measure_after_windows(desktop: Desktop, work: Path, settle: float, rest: float) -> list[Figure]:
    """The process tree's RSS idle, then `rest` s after the break window, settings,
    statistics, the journal and the workstation check were each opened and closed."""
    settings = {"work_interval_minutes": 60, "break_seconds": 30, "notice_seconds": 0}
    app = BenchApp(desktop, work / "after-windows", settings)
    app.start()
    assert app.proc is not None
    pid = app.proc.pid
    problems: list[str] = []
    opened_ms: dict[str, float] = {}
    try:
        time.sleep(settle)
        before, anonymous_before = tree_rss_mb(pid), tree_anonymous_mb(pid)
        for command, title in AFTER_WINDOWS:
            asked = time.monotonic()
            _request(app, command)
            shown = wait_until(lambda t=title: bool(_visible_windows(desktop.display, t)), 10,  # type: ignore[misc]
                               interval=0.01)
            opened_ms[command] = (time.monotonic() - asked) * 1000
            time.sleep(2)  # painted, pictures and charts loaded
            if not shown:
                problems.append(title)
            if command == "break-now":
                _request(app, "skip")
            else:
                for wid in _visible_windows(desktop.display, title):
                    _close_window(desktop.display, wid)
            wait_until(lambda t=title: not _visible_windows(desktop.display, t), 10)  # type: ignore[misc]
        time.sleep(rest)
        after, anonymous_after = tree_rss_mb(pid), tree_anonymous_mb(pid)
        processes = len(tree_pids(pid))
        # Then the settings once more: what was given back must come back in time.
        asked = time.monotonic()
        _request(app, "settings")
        reopened = wait_until(lambda: bool(_visible_windows(desktop.display, "Settings")),
                              10, interval=0.01)
        reopen_ms = (time.monotonic() - asked) * 1000
    finally:
        app.stop()
    name = f"resident memory {rest:.0f} s after 5 windows (process tree, {processes} process)"
    if problems:
        name += f"; not shown: {', '.join(problems)}"
    return [
        Figure(name, f"{after:.1f} MB (idle before {before:.1f})", "<= 70 MB",
               after <= 70 and not problems),
        Figure("  of it anonymous (heap, Python objects; idle before -> after)",
               f"{anonymous_before:.1f} -> {anonymous_after:.1f} MB", "-", None),
        Figure("first open, request to window mapped (" + ", ".join(opened_ms) + ")",
               ", ".join(f"{ms:.0f}" for ms in opened_ms.values()) + " ms", "<= 300 ms",
               max(opened_ms.values(), default=1e9) <= 300),
        Figure("settings open again after that (request to window mapped)",
               f"{reopen_ms:.0f} ms" if reopened else "did not open", "<= 300 ms",
               reopened and reopen_ms <= 300),
    ]


# Running it -----------------------------------------------------------------------------


def _posture_frames(folder: Path) -> Path:
    """Five frames of good posture from the test photo (tests/adapters/posture_scenes.py)."""
    import random

    import cv2

    sys.path.insert(0, str(ROOT / "tests" / "adapters"))
    from posture_scenes import jittered, render

    from knotbreak.core.posture.model import Reading

    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(5)
    for number in range(5):
        cv2.imwrite(str(folder / f"good-{number}.png"), render(jittered(Reading.GOOD, rng), rng))
    return folder


def _posture_samples(home: Path) -> int:
    try:
        days = json.loads((home / "data" / "posture.json").read_text())["days"]
    except (OSError, ValueError, KeyError):
        return 0
    return sum(int(pair[1]) for pair in days.values())


def measure_posture(desktop: Desktop, work: Path, samples: int) -> list[Figure]:
    """The coach's added memory (on vs off) and CPU per sample, frames from files.

    At --time-scale 10 a 30 s interval is 3 s. A sample here reads a PNG file instead of
    a camera frame; detection is the same.
    """
    if importlib.util.find_spec("cv2") is None or importlib.util.find_spec("skimage") is None:
        return [Figure("posture coach", "not measured: needs opencv and scikit-image", "-",
                       None)]
    frames = _posture_frames(work / "posture-frames")
    settings: dict[str, object] = {
        "posture_coach": False, "posture_interval_seconds": 30, "idle_detection": False,
        "micro_breaks_enabled": False, "work_interval_minutes": 60,
    }
    off = BenchApp(desktop, work / "posture-off", settings)
    off.start("--time-scale", "10")
    assert off.proc is not None
    try:
        time.sleep(6)
        rss_off = tree_rss_mb(off.proc.pid)
    finally:
        off.stop()
    on = BenchApp(desktop, work / "posture-on", {**settings, "posture_coach": True})
    on.start("--time-scale", "10", "--posture-frames", str(frames))
    assert on.proc is not None
    pid = on.proc.pid
    try:
        time.sleep(3)
        on.cli("posture-calibrate")
        first = _posture_samples(on.home)
        ticks_before = tree_cpu_ticks(pid)
        time.sleep(samples * 3 + 1)
        ticks = tree_cpu_ticks(pid) - ticks_before
        taken = _posture_samples(on.home) - first
        rss_on = tree_rss_mb(pid)
    finally:
        on.stop()
    per_sample = ticks / CLOCK_TICKS * 1000 / taken if taken else float("nan")
    return [
        Figure("posture coach: added resident memory (on vs off)",
               f"{rss_on - rss_off:.1f} MB", "-", None),
        Figure(f"posture coach: CPU per sample ({taken} samples, 640x480)",
               f"{per_sample:.0f} ms", "< 100 ms", bool(taken) and per_sample < 100),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--settle", type=float, default=15.0, help="seconds before measuring")
    parser.add_argument("--window", type=float, default=60.0, help="idle measuring window (s)")
    parser.add_argument("--cycles", type=int, default=1000)
    parser.add_argument("--launches", type=int, default=5)
    parser.add_argument("--latency-breaks", type=int, default=4)
    parser.add_argument("--hold-seconds", type=int, default=120, help="30 to 1800")
    parser.add_argument("--stats-runs", type=int, default=5)
    parser.add_argument("--posture-samples", type=int, default=10)
    parser.add_argument("--windows-rest", type=float, default=60.0,
                        help="seconds after the last window closed (after-windows figure)")
    parser.add_argument("--only", default="", help="comma-separated: launch,idle,latency,"
                        "hold,cycles,stats,posture,windows (default: all)")
    parser.add_argument("--quick", action="store_true",
                        help="about 3 minutes: shorter windows, fewer runs and cycles")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    options = parser.parse_args()
    if options.quick:
        options.settle, options.window, options.cycles = 8.0, 20.0, 200
        options.launches, options.latency_breaks, options.hold_seconds = 3, 2, 30
        options.stats_runs = 3
        options.posture_samples = 5
        options.windows_rest = 40.0

    work = Path(tempfile.mkdtemp(prefix="knotbreak-bench-"))
    load_before = os.getloadavg()
    desktop = start_desktop(work / "desktop")
    steps: list[tuple[str, str, str, Callable[[], list[Figure]]]] = [
        ("launch", "measuring launch to tray icon...", "<= 400 ms",
         lambda: measure_launch(desktop, work, options.launches)),
        ("idle", f"measuring idle for 2 x {options.settle + options.window:.0f} s "
         "(user away, user present)...", "",
         lambda: measure_idle(desktop, work, options.settle, options.window)),
        ("windows", f"opening and closing 5 windows, then {options.windows_rest:.0f} s...",
         "<= 70 MB",
         lambda: measure_after_windows(desktop, work, options.settle, options.windows_rest)),
        ("latency", f"waiting for {options.latency_breaks} scheduled breaks...", "<= 150 ms",
         lambda: measure_break_latency(desktop, work, options.latency_breaks)),
        ("hold", f"running a {options.hold_seconds} s guided break...", "<= 50 ms",
         lambda: measure_hold_timer(desktop, options.hold_seconds)),
        ("cycles", f"running {options.cycles} break cycles...", "<= 5 MB",
         lambda: measure_cycles(desktop, work, options.cycles)),
        ("stats", "opening the statistics window...", "<= 300 ms",
         lambda: measure_stats(desktop, options.stats_runs)),
        ("posture", f"taking {options.posture_samples} posture samples...", "< 100 ms",
         lambda: measure_posture(desktop, work, options.posture_samples)),
    ]
    chosen = {name.strip() for name in options.only.split(",") if name.strip()}
    figures: list[Figure] = []
    try:
        for name, announce, target, measure in steps:
            if chosen and name not in chosen:
                continue
            print(announce, flush=True)
            try:
                figures += measure()
            except Exception as error:  # one broken measurement must not hide the others
                figures.append(Figure(name, f"failed: {error}"[:70], target or "-", False))
    finally:
        desktop.close()
    load_after = os.getloadavg()

    width = max(len(figure.name) for figure in figures)
    value_width = max(len(figure.value) for figure in figures)
    print()
    print(f"{'figure':{width}}  {'measured':>{value_width}}  {'target':>10}  verdict")
    for figure in figures:
        verdict = {True: "meets", False: "MISSES", None: "-"}[figure.ok]
        measured = f"{figure.value:>{value_width}}"
        print(f"{figure.name:{width}}  {measured}  {figure.target:>10}  {verdict}")
    print(
        f"\nload average before {load_before[0]:.2f}, after {load_after[0]:.2f} "
        f"on {os.cpu_count()} CPUs: CPU and context-switch figures are noisy when it is high"
    )
    print(f"(work folder: {work})")
    if options.json:
        Path(options.json).write_text(json.dumps(
            {"figures": [asdict(f) for f in figures], "load": [load_before, load_after]},
            indent=2,
        ))
    return 0


if __name__ == "__main__":
    sys.exit(main())
