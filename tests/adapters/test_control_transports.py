"""The control channel's two transports, and which one the app uses where.

The app on Linux and macOS serves a plain AF_UNIX socket (no QtNetwork); on Windows a
QLocalServer named pipe. QLocalServer also works on POSIX, so test_control_channel.py's
whole protocol suite runs here a second time over the Windows transport.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_control_channel import *  # noqa: F403  (the suite, re-run over the pipe transport)
from test_control_channel import Recorder, posix_only

from knotbreak.adapters import control_server
from knotbreak.adapters.control_server import PIPE, UNIX, ControlServer, default_transport

SRC = str(Path(control_server.__file__).resolve().parents[2])


@pytest.fixture(autouse=True)
def _pipe_transport(monkeypatch):
    monkeypatch.setattr(control_server, "default_transport", lambda platform=None: PIPE)


def test_windows_gets_the_named_pipe_and_everything_else_the_unix_socket():
    assert default_transport("win32") == PIPE
    for platform in ("linux", "darwin", "freebsd14", "cygwin"):
        assert default_transport(platform) == UNIX


def test_the_server_under_test_here_is_the_pipe_one(qtbot):
    server = ControlServer(Recorder())
    assert server.transport == PIPE
    assert type(server.listener).__name__ == "PipeListener"


@posix_only
def test_the_unix_transport_never_loads_qtnetwork(short_dir):
    """The point of the AF_UNIX transport: QtNetwork stays out of the app's memory."""
    path = str(short_dir / "ctl.sock")
    code = f"""
import socket, sys
from PySide6.QtCore import QCoreApplication, QTimer
from knotbreak.adapters.control_server import ControlServer
app = QCoreApplication([])
server = ControlServer(lambda request: {{"ok": True, "command": request.command}})
server.listen({path!r})
def ask():
    with socket.socket(socket.AF_UNIX) as client:
        client.connect({path!r})
        client.sendall(b'{{"command": "status"}}\\n')
        client.settimeout(5)
        reply = b""
        while not reply.endswith(b"\\n"):
            reply += client.recv(100)
    print(reply.decode().strip())
    app.quit()
# The reply needs the event loop, so the client talks from a thread.
import threading
QTimer.singleShot(0, lambda: threading.Thread(target=ask, daemon=True).start())
QTimer.singleShot(5000, app.quit)
app.exec()
server.close()
print(server.transport, "PySide6.QtNetwork" in sys.modules)
"""
    env = {**os.environ, "PYTHONPATH": SRC, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert json.loads(lines[0]) == {"ok": True, "command": "status"}
    assert lines[-1] == "unix False"
