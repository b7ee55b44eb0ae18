"""A second `knotbreak` started while the first one is busy: never a second instance.

The second start asks the running one to show itself and exits 0, also when the running
one only answers after a few seconds (test_hung_instance.py: when it never does).
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

from desktop import App


def _start(app: App) -> dict:
    app.start(60)
    return app.wait_ready()


def _second_start(app: App) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*app.command, "--time-scale", "60"],
        env=app.env(), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, cwd=app.workdir,
    )


def _instances(app: App) -> list[int]:
    """PIDs of knotbreak apps running on this home (not CLI calls)."""
    home = str(app.home)
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            environ = Path(f"/proc/{entry}/environ").read_bytes().split(b"\0")
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if f"KNOTBREAK_HOME={home}".encode() in environ and b"--time-scale" in cmdline:
            found.append(int(entry))
    return found


def test_second_start_during_a_break_hands_over(make_app):
    app = make_app()
    pid = _start(app)["pid"]
    assert app.cli("break-now").returncode == 0
    assert app.status()["state"] == "on_break"

    began = time.monotonic()
    second = app.cli("--time-scale", "60", timeout=30)
    assert second.returncode == 0, second.stderr
    assert "already running" in second.stdout
    assert time.monotonic() - began < 10

    status = app.status()
    assert status["pid"] == pid
    assert status["state"] == "on_break", "the handover disturbed the break"
    assert _instances(app) == [pid]


def test_second_start_while_the_first_is_frozen_hands_over_once_it_answers(make_app):
    app = make_app()
    pid = _start(app)["pid"]
    os.kill(pid, signal.SIGSTOP)  # its event loop stands still, as if busy for seconds
    try:
        second = _second_start(app)
        time.sleep(4)
        assert second.poll() is None, "gave up while the first instance was only busy"
        assert app.proc is not None and app.proc.poll() is None
    finally:
        os.kill(pid, signal.SIGCONT)
    out, err = second.communicate(timeout=30)
    assert second.returncode == 0, err
    assert "already running" in out
    assert app.status()["pid"] == pid
    assert _instances(app) == [pid]
