"""Which files of the bundle does the running app ever map? Guides what the spec leaves out.

Starts dist/knotbreak on a private Xvfb desktop (openbox + trayer, the e2e harness), opens
every window a user can reach from the command line (status, settings, ergonomics wizard,
statistics with QtCharts, a break with its sound cues, Stretch now), and reads
/proc/PID/maps of the app and its children after each step. Prints the bundle's files
that no process mapped, largest first, and their total; `--mapped` prints the others.

    .venv/bin/python packaging/pyinstaller/mapped_files.py [--bundle dist/knotbreak]

A file that is not mapped here may still be needed elsewhere (the Wayland platform
plugin, GTK's platform theme on GNOME, printing): the spec's comments say why each
exclusion is safe; this only says what to look at.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "e2e"))

from desktop import (  # noqa: E402
    App,
    start_desktop,
    tree_pids,
    wait_for,
    window_name,
    x_run,
)

# What to run against the running app, whether it opens a window, and how long to wait
# then (to paint, and for the break: until its first hold cue has played).
STEPS: list[tuple[tuple[str, ...], bool, float]] = [
    ((), False, 2),  # a second start: the running app shows itself
    (("settings",), True, 2),
    (("ergonomics",), True, 2),
    (("stats", "--window"), True, 2),  # QtCharts
    (("break-now",), True, 20),  # the guided routine and its sound cues (QtMultimedia)
    (("skip",), False, 1),
    (("stretch-now", "neck-shoulders"), True, 3),
]


def visible_windows(display: str) -> set[int]:
    result = x_run(display, ["xdotool", "search", "--onlyvisible", "--name", "."])
    return {int(wid) for wid in result.stdout.split()}


def mapped_paths(pid: int) -> set[str]:
    paths: set[str] = set()
    for member in tree_pids(pid):
        try:
            lines = Path(f"/proc/{member}/maps").read_text().splitlines()
        except OSError:
            continue
        for line in lines:
            fields = line.split(maxsplit=5)
            if len(fields) == 6 and fields[5].startswith("/"):
                paths.add(str(Path(fields[5]).resolve()))
    return paths


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "knotbreak")
    parser.add_argument("--mapped", action="store_true", help="print the mapped files instead")
    options = parser.parse_args()
    bundle = options.bundle.resolve()
    executable = bundle / "knotbreak"
    if not executable.exists():
        raise SystemExit(f"no bundle at {bundle}; build it with 'make bundle'")
    work = Path(tempfile.mkdtemp(prefix="kb-maps-"))
    desktop = start_desktop(work / "desktop")
    app = App(desktop.display, work / "app", command=[str(executable)])
    app.workdir.mkdir(parents=True)
    app.write_settings({"break_seconds": 120})
    mapped: set[str] = set()
    try:
        app.start(1)
        app.wait_ready(timeout=30)
        assert app.proc is not None
        time.sleep(1)
        mapped |= mapped_paths(app.proc.pid)
        for args, opens_window, seconds in STEPS:
            before = visible_windows(desktop.display)
            result = app.cli(*args) if args else app.cli()
            what = f"knotbreak {' '.join(args) or '(second start)'}"
            if opens_window:
                new = wait_for(lambda before=before: visible_windows(desktop.display) - before, 15,
                               message=f"{what} opened no window")
                what += f" opened {[window_name(desktop.display, wid) for wid in new]}"
            print(f"{what}: exit {result.returncode}", file=sys.stderr)
            time.sleep(seconds)
            mapped |= mapped_paths(app.proc.pid)
    finally:
        app.cleanup()
        desktop.close()
        shutil.rmtree(work, ignore_errors=True)
    files = [path for path in bundle.rglob("*") if path.is_file() and not path.is_symlink()]
    chosen = [p for p in files if (str(p.resolve()) in mapped) == options.mapped]
    chosen.sort(key=lambda p: p.stat().st_size, reverse=True)
    for path in chosen:
        print(f"{path.stat().st_size / 1e6:8.2f} MB  {path.relative_to(bundle)}")
    total = sum(p.stat().st_size for p in chosen)
    what = "mapped" if options.mapped else "never mapped"
    print(f"{total / 1e6:8.1f} MB in {len(chosen)} files {what} "
          f"(bundle: {sum(p.stat().st_size for p in files) / 1e6:.1f} MB in {len(files)} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
