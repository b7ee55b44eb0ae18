"""knotbreak beside the break apps people compare it with, measured the same way.

Runs each installed peer (Safe Eyes, Workrave, RSIBreak: Debian packages `safeeyes`,
`workrave`, `rsibreak`) and knotbreak one after another on one private desktop (Xvfb +
openbox + trayer, as `make bench`), each with a fresh home and its own session bus, and
prints every figure side by side:

- resident memory of the process tree (VmRSS of the app and its children), after settling;
- CPU % and context switches per second of the tree over an idle window (nobody at the
  desk, no break due);
- resident memory after a break (where the app can be asked for one from outside;
  Workrave's 10-minute rest break is measured while it shows);
- memory of helpers started for it outside its process tree (D-Bus activated services,
  the accessibility bus, detached daemons: processes that inherited its fresh HOME).

    .venv/bin/python benchmarks/peers.py [--settle 15] [--window 60] [--only knotbreak,safeeyes]

Peers that are not installed are listed as such. Like `make bench`, it reports and never
fails; it prints the load average before and after, since on a shared machine the CPU and
context-switch figures mean little when it was high. docs/performance.md has the latest
figures.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

from bench import (  # noqa: E402
    CLOCK_TICKS,
    switches_between,
    thread_switches,
    tree_cpu_ticks,
    tree_pids,
    tree_rss_mb,
    wait_until,
)
from desktop import Desktop, start_desktop, tray_icon_windows, x_run  # noqa: E402


@dataclass(frozen=True)
class Peer:
    name: str
    program: str
    """Looked up on PATH; the peer is skipped when it is missing."""
    start: list[str]
    take_break: list[str] | None
    """Command that starts a break in the running app (None: it offers no such command)."""
    break_seconds: float
    """How long to wait for that break to be over (each is set up to be short)."""
    version: list[str] | None = None


def _peers() -> list[Peer]:
    knotbreak = [sys.executable, "-m", "knotbreak"]
    return [
        # A 30 s break (the shortest; settings.json below); `skip` ends it if it still runs.
        Peer("knotbreak", "python", knotbreak, [*knotbreak, "break-now"], 35,
             [*knotbreak, "--version"]),
        # Safe Eyes' breaks are 15 s (short) by default; --take-break starts the next one.
        Peer("Safe Eyes", "safeeyes", ["safeeyes"], ["safeeyes", "--take-break"], 25,
             ["safeeyes", "--version"]),
        # Workrave's rest break lasts 10 minutes: measured 20 s into it, while it shows.
        Peer("Workrave", "workrave", ["workrave"],
             ["gdbus", "call", "--session", "--dest", "org.workrave.Workrave",
              "--object-path", "/org/workrave/Workrave/UI",
              "--method", "org.workrave.ControlInterface.RestBreak"], 20),
        # RSIBreak's D-Bus interface (org.rsibreak.rsiwidget) can suspend and resume, not
        # start a break: its idle figures only.
        Peer("RSIBreak", "rsibreak", ["rsibreak"], None, 0, ["rsibreak", "--version"]),
    ]


@dataclass
class Row:
    name: str
    version: str = ""
    tray: str = ""
    processes: int = 0
    rss_mb: float | None = None
    cpu_percent: float | None = None
    switches_per_s: float | None = None
    after_break_mb: float | None = None
    services_mb: float | None = None
    note: str = ""


class Session:
    """One peer on the desktop, with a fresh home and a private session bus."""

    def __init__(self, desktop: Desktop, peer: Peer, work: Path) -> None:
        self.peer = peer
        self.home = work / peer.program
        # The usual XDG folders under the fresh home (Safe Eyes 2.1.5 writes to
        # ~/.config/safeeyes whatever XDG_CONFIG_HOME says, and then reads it from there).
        for sub in (".config", ".local/share", ".cache", "runtime"):
            (self.home / sub).mkdir(parents=True, exist_ok=True)
        (self.home / "runtime").chmod(0o700)
        self.env = {
            **os.environ,
            "DISPLAY": desktop.display,
            "HOME": str(self.home),
            "XDG_CONFIG_HOME": str(self.home / ".config"),
            "XDG_DATA_HOME": str(self.home / ".local/share"),
            "XDG_CACHE_HOME": str(self.home / ".cache"),
            "XDG_RUNTIME_DIR": str(self.home / "runtime"),
            "QT_QPA_PLATFORM": "xcb",
            "KNOTBREAK_HOME": str(self.home / "knotbreak"),
        }
        for name in ("WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "QT_QPA_PLATFORMTHEME"):
            self.env.pop(name, None)
        if peer.name == "knotbreak":
            self._prepare_knotbreak()
        self.buses: list[subprocess.Popen[str]] = []
        self.proc: subprocess.Popen[bytes] | None = None

    def _prepare_knotbreak(self) -> None:
        home = self.home / "knotbreak"
        (home / "config").mkdir(parents=True, exist_ok=True)
        (home / "config" / "settings.json").write_text(
            json.dumps({"schema_version": 1, "break_seconds": 30})
        )
        (home / "data").mkdir(parents=True, exist_ok=True)
        (home / "data" / "first-run.json").write_text(
            '{"schema_version": 1, "ergonomics_offered": true}'
        )

    def start(self, desktop: Desktop) -> bool:
        """Start the buses and the peer; True once a new tray icon is embedded (30 s at most)."""
        if shutil.which("dbus-daemon"):
            # A session bus, and a second one standing in for the system bus (which this
            # machine lacks, like many containers): without one a Safe Eyes 2.1.5 plugin
            # raises a DBusException; with it, services called there answer "unknown".
            for variable in ("DBUS_SESSION_BUS_ADDRESS", "DBUS_SYSTEM_BUS_ADDRESS"):
                bus = subprocess.Popen(
                    ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                    env=self.env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                )
                self.buses.append(bus)
                assert bus.stdout is not None
                self.env[variable] = bus.stdout.readline().strip()
        icons_before = {icon.wid for icon in tray_icon_windows(desktop.display)}
        self.proc = subprocess.Popen(
            self.peer.start, env=self.env, stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=(self.home / "stderr.log").open("wb"),
            cwd=self.home, start_new_session=True,
        )
        return wait_until(
            lambda: self.proc is not None and self.proc.poll() is None
            and bool({i.wid for i in tray_icon_windows(desktop.display)} - icons_before),
            30,
        )

    def run(self, command: list[str], timeout: float = 20) -> subprocess.CompletedProcess[str]:
        return subprocess.run(command, env=self.env, capture_output=True, text=True,
                              timeout=timeout, stdin=subprocess.DEVNULL, check=False)

    def services_mb(self, app_pid: int) -> float:
        """RSS of helpers started for the peer outside its process tree (the buses not
        counted): services D-Bus activated for it, the accessibility bus, daemons that
        detached. Found by the fresh HOME they inherited from the peer or its buses."""
        marker = f"HOME={self.home}".encode() + b"\0"
        skip = set(tree_pids(app_pid)) | {bus.pid for bus in self.buses}
        helpers = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit() or int(entry.name) in skip:
                continue
            try:
                if marker in (entry / "environ").read_bytes():
                    helpers.append(int(entry.name))
            except OSError:
                continue
        return tree_rss_mb_of(helpers)

    def stop(self) -> None:
        for process in (self.proc, *self.buses):
            if process is None or process.poll() is not None:
                continue
            try:
                os.killpg(process.pid, 15) if process is self.proc else process.terminate()
                process.wait(timeout=10)
            except (OSError, subprocess.TimeoutExpired):
                process.kill()
                process.wait()
        # Children the peer left behind in its session (a crash reporter, a helper).
        if self.proc is not None:
            with contextlib.suppress(OSError):
                os.killpg(self.proc.pid, 9)


def tree_rss_mb_of(pids: list[int]) -> float:
    total_kb = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total_kb += int(line.split()[1])
        except OSError:
            continue
    return total_kb / 1024


def _version(peer: Peer, session: Session) -> str:
    if peer.version is None:
        return _debian_version(peer.program)
    try:
        result = session.run(peer.version, timeout=10)
    except subprocess.TimeoutExpired:
        return _debian_version(peer.program)
    words = (result.stdout or result.stderr).split()
    return words[-1] if words else _debian_version(peer.program)


def _debian_version(program: str) -> str:
    if shutil.which("dpkg-query") is None:
        return "?"
    result = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", program],
                            capture_output=True, text=True, check=False)
    return result.stdout.strip() or "?"


def measure(desktop: Desktop, peer: Peer, work: Path, settle: float, window: float) -> Row:
    row = Row(peer.name)
    session = Session(desktop, peer, work)
    try:
        row.version = _version(peer, session)
        shown = session.start(desktop)
        assert session.proc is not None
        if session.proc.poll() is not None:
            row.note = f"exited with code {session.proc.returncode}: " + _last_line(session)
            return row
        row.tray = "yes" if shown else "no"
        pid = session.proc.pid
        time.sleep(settle)
        switches_before = thread_switches(pid)
        ticks_before = tree_cpu_ticks(pid)
        started = time.monotonic()
        time.sleep(window)
        elapsed = time.monotonic() - started
        row.cpu_percent = (tree_cpu_ticks(pid) - ticks_before) / CLOCK_TICKS / elapsed * 100
        row.switches_per_s = switches_between(switches_before, thread_switches(pid)) / elapsed
        row.rss_mb = tree_rss_mb(pid)
        row.processes = len(tree_pids(pid))
        row.services_mb = session.services_mb(pid)
        if peer.take_break is not None:
            # Someone comes back to the desk first: Safe Eyes pauses itself while the
            # desk is idle (smart pause) and then ignores --take-break.
            for step in range(8):
                session.run(["xdotool", "mousemove", str(300 + 20 * step), "300"])
                time.sleep(0.5)
            time.sleep(2)
            windows_before = visible_windows(desktop.display)
            result = session.run(peer.take_break)
            if result.returncode != 0:
                row.note = f"break command exited {result.returncode}"
            else:
                time.sleep(3)
                if not visible_windows(desktop.display) - windows_before:
                    row.note = "no break window appeared after the break command"
                time.sleep(peer.break_seconds - 3)
                if peer.name == "knotbreak":
                    session.run([*peer.start, "skip"])  # in case it still runs
                time.sleep(3)
                row.after_break_mb = tree_rss_mb(pid)
    except Exception as error:  # a peer that misbehaves must not stop the others
        row.note = f"{type(error).__name__}: {error}"
    finally:
        session.stop()
    return row


def visible_windows(display: str) -> set[str]:
    result = x_run(display, ["xdotool", "search", "--onlyvisible", "--name", "."])
    return set(result.stdout.split())


def _last_line(session: Session) -> str:
    try:
        lines = (session.home / "stderr.log").read_text(errors="replace").strip().splitlines()
    except OSError:
        return ""
    return lines[-1][:120] if lines else ""


def _cell(value: float | None, fmt: str) -> str:
    return "-" if value is None else format(value, fmt)


def print_table(rows: list[Row], settle: float, window: float) -> None:
    header = ("app", "version", "tray", "procs", f"RSS MB (after {settle:.0f} s)",
              f"CPU % ({window:.0f} s)", "switches/s", "RSS after break", "+ helpers MB")
    table = [header] + [
        (r.name, r.version, r.tray, str(r.processes or "-"), _cell(r.rss_mb, ".1f"),
         _cell(r.cpu_percent, ".3f"), _cell(r.switches_per_s, ".2f"),
         _cell(r.after_break_mb, ".1f"), _cell(r.services_mb, ".1f"))
        for r in rows
    ]
    widths = [max(len(line[i]) for line in table) for i in range(len(header))]
    for line in table:
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)))
    for row in rows:
        if row.note:
            print(f"{row.name}: {row.note}")


def _key(name: str) -> str:
    return "".join(char for char in name.lower() if char.isalnum())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--settle", type=float, default=15.0, help="seconds before measuring")
    parser.add_argument("--window", type=float, default=60.0, help="idle measuring window (s)")
    # Not "safeeyes": Safe Eyes 2.1.5 takes any Python process with that word among its
    # arguments for a running Safe Eyes, and then refuses to start.
    parser.add_argument("--only", default="",
                        help="comma-separated: knotbreak,safe-eyes,workrave,rsibreak")
    parser.add_argument("--json", metavar="FILE", help="also write the rows as JSON")
    parser.add_argument("--keep", action="store_true",
                        help="keep the homes (each peer's stderr.log) in the temporary folder")
    options = parser.parse_args()
    wanted = {_key(name) for name in options.only.split(",") if name.strip()}
    peers = [p for p in _peers() if not wanted or _key(p.name) in wanted]
    work = Path(tempfile.mkdtemp(prefix="knotbreak-peers-"))
    load_before = os.getloadavg()
    print(f"load average at the start: {load_before[0]:.2f} {load_before[1]:.2f} "
          f"{load_before[2]:.2f} ({os.cpu_count()} cores)", flush=True)
    desktop = start_desktop(work / "desktop")
    rows: list[Row] = []
    try:
        for peer in peers:
            if peer.program != "python" and shutil.which(peer.program) is None:
                rows.append(Row(peer.name, note=f"not installed (Debian package {peer.program})"))
                continue
            print(f"measuring {peer.name} ({options.settle + options.window:.0f} s idle"
                  + (", then a break" if peer.take_break else "") + ")...", flush=True)
            rows.append(measure(desktop, peer, work, options.settle, options.window))
    finally:
        desktop.close()
        if not options.keep:
            shutil.rmtree(work, ignore_errors=True)
    print()
    print_table(rows, options.settle, options.window)
    load_after = os.getloadavg()
    print(f"load average at the end: {load_after[0]:.2f} {load_after[1]:.2f} "
          f"{load_after[2]:.2f}")
    if options.json:
        Path(options.json).write_text(json.dumps([row.__dict__ for row in rows], indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
