"""How long the statistics window takes to open on a year of history (target: 300 ms).

Measured from the "open the window" request (StatisticsLauncher.open_window, what the
tray menu and the `statistics` control command call) until the day chart has painted
with the numbers, in a fresh process each run: the first open in a running app pays for
importing QtCharts and the window module, so each run does too. A second open in the
same process (after closing the window) is reported as well.

The history is a generated year (benchmarks/history_year.py, ~9,000 rows) in a SQLite
file, read the way the app reads it. Runs on $DISPLAY, or on a private Xvfb when there
is none (or with --xvfb). Reports; never fails. Usage:

    .venv/bin/python benchmarks/stats_open.py [--runs 5] [--xvfb]
    .venv/bin/python benchmarks/stats_open.py --show 30 [--dark] [--empty]   # to look at it

bench.py can call `measure(runs)` and turn the result into a Figure.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_MS = 300.0


def _child(args: argparse.Namespace) -> int:
    """One measured open, in this (fresh) process."""
    started = time.perf_counter()
    from datetime import datetime

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    from knotbreak.core.history import BreakHistory
    from knotbreak.ui.statistics import StatisticsLauncher, StatisticsSource

    app = QApplication(sys.argv[:1])
    if args.dark:
        app.setStyle("Fusion")
        palette = QPalette()
        for role, color in (
            (QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e8e8e8"),
            (QPalette.ColorRole.Base, "#232323"), (QPalette.ColorRole.Text, "#e8e8e8"),
            (QPalette.ColorRole.Button, "#353535"), (QPalette.ColorRole.ButtonText, "#e8e8e8"),
        ):
            palette.setColor(role, QColor(color))
        app.setPalette(palette)
    history = BreakHistory.open(Path(args.history))
    source = StatisticsSource(history, goal=lambda: 6, now=lambda: datetime.now().astimezone())
    launcher = StatisticsLauncher(source)
    app.processEvents()
    ready = time.perf_counter()

    timings: list[float] = []

    def open_and_wait() -> float:
        requested = time.perf_counter()
        launcher.open_window()
        window = launcher.window
        assert window is not None
        done: list[float] = []
        window.painted.connect(lambda: done.append(time.perf_counter()))
        deadline = requested + 10
        while not done and time.perf_counter() < deadline:
            app.processEvents()
        if not done:
            raise RuntimeError("the statistics window did not paint within 10 s")
        return (done[0] - requested) * 1000

    if args.empty:
        history.close()
        history = BreakHistory.in_memory()
        source.history = history
        launcher.open_window()
        QTimer.singleShot(int(args.show * 1000), app.quit)
        return app.exec()

    timings.append(open_and_wait())
    if args.show:
        QTimer.singleShot(int(args.show * 1000), app.quit)
        app.exec()
    else:
        assert launcher.window is not None
        launcher.window.close()
        app.processEvents()
        timings.append(open_and_wait())
    print(json.dumps({"first_ms": timings[0], "again_ms": timings[-1],
                      "startup_ms": (ready - started) * 1000}))
    return 0


def _start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    if shutil.which("Xvfb") is None:
        raise SystemExit("Xvfb is not installed (Debian package xvfb); set DISPLAY instead")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,), stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    if not number:
        proc.kill()
        raise SystemExit("Xvfb did not start")
    return proc, f":{number}"


def _make_history(folder: Path) -> Path:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from datetime import datetime

    from history_year import fill_history

    from knotbreak.core.history import BreakHistory

    path = folder / "history.sqlite3"
    history = BreakHistory.open(path)
    rows = fill_history(history, datetime.now().astimezone(), None)
    history.close()
    print(f"history: a generated year, {rows} rows", file=sys.stderr)
    return path


def measure(runs: int = 5, display: str | None = None) -> dict[str, float]:
    """Median and worst first-open times over `runs` fresh processes, in ms."""
    xvfb = None
    if display is None:
        xvfb, display = _start_xvfb()
    try:
        with tempfile.TemporaryDirectory(prefix="kb-stats-bench-") as folder:
            history = _make_history(Path(folder))
            env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
            results = []
            for _ in range(runs):
                out = subprocess.run(
                    [sys.executable, __file__, "--child", "--history", str(history)],
                    env=env, capture_output=True, text=True, check=True, timeout=60,
                ).stdout
                results.append(json.loads(out.strip().splitlines()[-1]))
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait()
    first = sorted(result["first_ms"] for result in results)
    again = sorted(result["again_ms"] for result in results)
    return {
        "first_median_ms": first[len(first) // 2],
        "first_worst_ms": first[-1],
        "again_median_ms": again[len(again) // 2],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--xvfb", action="store_true", help="use a private Xvfb")
    parser.add_argument("--show", type=float, default=0.0, metavar="S",
                        help="keep the window open S seconds (on $DISPLAY) to look at it")
    parser.add_argument("--dark", action="store_true", help="with --show: a dark palette")
    parser.add_argument("--empty", action="store_true", help="with --show: no history")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--history", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return _child(args)
    if args.show:
        with tempfile.TemporaryDirectory(prefix="kb-stats-show-") as folder:
            args.history = str(_make_history(Path(folder)))
            return _child(args)
    display = None if args.xvfb else os.environ.get("DISPLAY")
    figures = measure(args.runs, display)
    ok = figures["first_median_ms"] <= TARGET_MS
    print(
        f"statistics window open to painted (median of {args.runs}, fresh process): "
        f"{figures['first_median_ms']:.0f} ms (worst {figures['first_worst_ms']:.0f} ms; "
        f"opened again: {figures['again_median_ms']:.0f} ms) — target <= {TARGET_MS:.0f} ms: "
        f"{'OK' if ok else 'OVER'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
