"""The control channel under attack: out of descriptors, floods of connections.

The server runs on the Qt event loop in the test thread; clients run in worker threads.
"""

from __future__ import annotations

import errno
import logging
import shutil
import socket
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from knotbreak.adapters import control_server
from knotbreak.adapters.control_client import send_request
from knotbreak.adapters.control_server import ControlServer
from knotbreak.core.control_protocol import Request

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="AF_UNIX socket files")


@pytest.fixture
def socket_path() -> Iterator[str]:
    folder = Path(tempfile.mkdtemp(prefix="kb-"))
    yield str(folder / "run" / "ctl.sock")
    shutil.rmtree(folder, ignore_errors=True)


class _OutOfDescriptors:
    """The listening socket as accept() sees it when the process has no descriptor left."""

    def __init__(self, real: socket.socket) -> None:
        self.real = real
        self.failing = True
        self.calls = 0

    def accept(self) -> tuple[socket.socket, object]:
        self.calls += 1
        if self.failing:
            raise OSError(errno.EMFILE, "Too many open files")
        return self.real.accept()

    def fileno(self) -> int:
        return self.real.fileno()

    def close(self) -> None:
        self.real.close()


def test_out_of_descriptors_backs_off_logs_once_and_recovers(qtbot, socket_path, caplog):
    server = ControlServer(lambda request: {"ok": True, "command": request.command})
    server.listen(socket_path)
    listener = server._listener
    fake = _OutOfDescriptors(listener._socket)  # type: ignore[attr-defined]
    listener._socket = fake  # type: ignore[attr-defined]
    replies: list[object] = []
    caplog.set_level(logging.INFO, logger=control_server.__name__)
    try:
        # A client waits in the queue: the listening socket stays readable all along.
        client = threading.Thread(
            target=lambda: replies.append(
                send_request(socket_path, Request("status"), timeout_s=10)
            ),
            daemon=True,
        )
        client.start()
        qtbot.wait(1500)
        # Before: a failed accept() on every pass of the event loop, tens of thousands in
        # 1.5 s, each with a warning in the log. Now: a handful, and one warning.
        assert 1 <= fake.calls <= 10, fake.calls
        warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
        assert len(warnings) == 1, [r.getMessage() for r in warnings]
        assert "Too many open files" in warnings[0].getMessage()
        # Descriptors are free again: the waiting client is served at the next retry.
        fake.failing = False
        qtbot.waitUntil(lambda: not client.is_alive(), timeout=8000)
        assert replies == [{"ok": True, "command": "status"}]
        assert any("again" in r.getMessage() for r in caplog.records)
    finally:
        listener._socket = fake.real  # type: ignore[attr-defined]
        server.close()


def test_a_flood_of_idle_connections_is_capped_and_the_server_keeps_answering(
    qtbot, socket_path, caplog, monkeypatch
):
    monkeypatch.setattr(control_server, "MAX_CONNECTIONS", 5)
    server = ControlServer(lambda request: {"ok": True, "command": request.command})
    server.listen(socket_path)
    idle: list[socket.socket] = []
    try:
        for _ in range(12):
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            sock.connect(socket_path)
            idle.append(sock)
        qtbot.waitUntil(lambda: len(server._connections) == 5, timeout=5000)
        qtbot.wait(200)
        assert len(server._connections) == 5  # the other 7 were closed at once
        assert sum("at once" in r.getMessage() for r in caplog.records) == 1
        for sock in idle:
            sock.close()
        qtbot.waitUntil(lambda: not server._connections, timeout=5000)
        replies: list[object] = []
        started = time.monotonic()
        client = threading.Thread(
            target=lambda: replies.append(send_request(socket_path, Request("status"))),
            daemon=True,
        )
        client.start()
        qtbot.waitUntil(lambda: not client.is_alive(), timeout=5000)
        assert replies == [{"ok": True, "command": "status"}]
        assert time.monotonic() - started < 5
    finally:
        for sock in idle:
            sock.close()
        server.close()
