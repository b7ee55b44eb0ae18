"""How far the guided break's segment ends land from their deadlines (target: 50 ms).

A real break window with a real guided routine (the app's catalog, RoutinePlayer and
50 ms refresh QTimer), on a real display, at real speed for `--seconds` (two minutes by
default). Every deadline is fixed when the routine starts: the first segment's end, then
each segment's length added on. A segment has ended, as the user sees it, when the window
first asks the player for the position and gets the next segment (the ring and the text
follow in the same refresh). The error is that moment minus the deadline; the last one
also shows any drift over the whole routine. Reports; never fails. Usage:

    .venv/bin/python benchmarks/hold_timer.py [--seconds 120]      # on $DISPLAY

bench.py calls `measure(seconds, display)`.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_MS = 50.0


def _child(seconds: int) -> int:
    from datetime import datetime, timedelta

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from knotbreak.adapters.break_session import StretchLibrary
    from knotbreak.adapters.clock import AppClock
    from knotbreak.adapters.cycle_runner import CycleRunner
    from knotbreak.adapters.guided_breaks import GuidedBreaks
    from knotbreak.core.history import BreakHistory
    from knotbreak.core.settings import Settings
    from knotbreak.core.stretches import CUSTOM_FILE_NAME
    from knotbreak.core.stretches.player import Position
    from knotbreak.resources_path import resource
    from knotbreak.ui.window_presenter import WindowPresenter

    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="kb-hold-bench-"))
    history = BreakHistory.open(folder / "history.sqlite3")
    settings = Settings(break_seconds=seconds, sounds=False, idle_detection=False)
    runner = CycleRunner(AppClock(1.0), settings, history)
    library = StretchLibrary(
        resource("stretches/catalog.json"),
        folder / CUSTOM_FILE_NAME,
        resource("stretches/poses.json"),
    )
    guided = GuidedBreaks(library, history, runner)
    presenter = WindowPresenter(runner, guided)
    runner.take_break_now()
    session = guided.session
    if session is None or presenter.break_window is None:
        print(json.dumps({"error": "no guided break window opened"}))
        return 0
    player = session.player
    start = runner.now()
    first = player.position(start)
    deadlines = [start + first.remaining]
    for segment in player.routine[first.segment_index + 1 :]:
        deadlines.append(deadlines[-1] + segment.duration)

    # Every position the window asks for, with the time it asked: the first answer past a
    # deadline is the moment the window shows the next segment.
    seen: dict[int, float] = {}
    ask = player.position

    def position(now: datetime) -> Position:
        found = ask(now)
        seen.setdefault(found.segment_index, (now - start).total_seconds())
        return found

    player.position = position  # type: ignore[method-assign]
    QTimer.singleShot(int((deadlines[-1] - start).total_seconds() * 1000) + 2000, app.quit)
    app.exec()

    errors = []
    for index, deadline in enumerate(deadlines, start=first.segment_index + 1):
        if index in seen:
            planned = (deadline - start).total_seconds()
            errors.append((seen[index] - planned) * 1000)
    presenter.close_all()
    history.close()
    print(json.dumps({
        "segments": len(deadlines),
        "measured": len(errors),
        "span_s": round((deadlines[-1] - start) / timedelta(seconds=1), 1),
        "max_ms": max(errors, default=float("nan")),
        "mean_ms": sum(errors) / len(errors) if errors else float("nan"),
        "last_ms": errors[-1] if errors else float("nan"),
    }))
    return 0


def measure(seconds: int = 120, display: str | None = None) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    if display is not None:
        env["DISPLAY"] = display
    out = subprocess.run(
        [sys.executable, __file__, "--child", "--seconds", str(seconds)],
        env=env, capture_output=True, text=True, check=True, timeout=seconds + 120,
    ).stdout
    result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=120, help="break length (30-1800)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return _child(args.seconds)
    print(json.dumps(measure(args.seconds, os.environ.get("DISPLAY"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
