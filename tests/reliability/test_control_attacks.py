"""The control channel under attack: out of descriptors, floods of connections.

The server runs on the Qt event loop in the test thread; clients run in worker threads.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import socket
import stat
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest

from knotbreak.adapters import control_client, control_server
from knotbreak.adapters.control_client import ForeignServerError, send_request
from knotbreak.adapters.control_server import ControlServer
from knotbreak.adapters.control_transport import ensure_private_dir
from knotbreak.adapters.peer_credentials import peer_uid
from knotbreak.cli import parse
from knotbreak.cli.invocation import EXIT_NO_INSTANCE
from knotbreak.cli.running_app import tell_running_app
from knotbreak.core.control_protocol import Request
from knotbreak.paths import resolve_paths

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="AF_UNIX socket files")


@pytest.fixture
def socket_path() -> Iterator[str]:
    folder = Path(tempfile.mkdtemp(prefix="kb-"))
    yield str(folder / "run" / "ctl.sock")
    shutil.rmtree(folder, ignore_errors=True)


class _OutOfDescriptors:
    """The listening socket as accept() sees it when the process has no descriptor left."""

    def __init__(self) -> None:
        self.real = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.failing = True
        self.calls = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)  # bind, listen, setblocking...

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
    fake = _OutOfDescriptors()
    server = ControlServer(
        lambda request: {"ok": True, "command": request.command},
        make_socket=lambda: cast(socket.socket, fake),
    )
    server.listen(socket_path)
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
        # The server's own warnings: a runner another test left behind may log too.
        warnings = [
            r for r in caplog.records
            if r.levelno >= logging.WARNING and r.name == control_server.__name__
        ]
        assert len(warnings) == 1, [r.getMessage() for r in warnings]
        assert "Too many open files" in warnings[0].getMessage()
        # Descriptors are free again: the waiting client is served at the next retry.
        fake.failing = False
        qtbot.waitUntil(lambda: not client.is_alive(), timeout=8000)
        assert replies == [{"ok": True, "command": "status"}]
        assert any("again" in r.getMessage() for r in caplog.records)
    finally:
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
        qtbot.waitUntil(lambda: server.connection_count() == 5, timeout=5000)
        qtbot.wait(200)
        assert server.connection_count() == 5  # the other 7 were closed at once
        assert sum("at once" in r.getMessage() for r in caplog.records) == 1
        for sock in idle:
            sock.close()
        qtbot.waitUntil(lambda: server.connection_count() == 0, timeout=5000)
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


# The control folder and the server's owner ----------------------------------------------

is_root = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture
def short_dir() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="kb-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def no_runtime_env(short_dir: Path) -> dict[str, str]:
    """No XDG_RUNTIME_DIR: the shared temp folder is where the socket would go."""
    return {
        "TMPDIR": str(short_dir / "tmp"),
        "XDG_CACHE_HOME": str(short_dir / "cache"),
        "KNOTBREAK_HOME": str(short_dir / "home"),
    }


def plant_strangers_folder(short_dir: Path, how: str) -> Path:
    """What another user can leave in the shared temp folder before we start."""
    (short_dir / "tmp").mkdir()
    planted = short_dir / "tmp" / f"knotbreak-{os.getuid()}"
    if how == "link":
        target = short_dir / "theirs"
        target.mkdir(mode=0o777)
        planted.symlink_to(target)
    elif how == "file":
        planted.write_text("")
    else:  # "owner": mode 0777, owned by another user
        planted.mkdir()
        planted.chmod(0o777)
        os.chown(planted, 4242, 4242)
    return planted


@pytest.mark.parametrize(
    "how",
    [
        "link",
        "file",
        pytest.param("owner", marks=pytest.mark.skipif(not is_root, reason="needs chown")),
    ],
)
def test_a_strangers_folder_in_tmp_is_passed_over_for_a_private_one(qtbot, short_dir, how):
    planted = plant_strangers_folder(short_dir, how)
    paths = resolve_paths(environ=no_runtime_env(short_dir))
    assert paths.runtime_dir == short_dir / "cache" / "knotbreak" / "run"
    server = ControlServer(lambda request: {"ok": True, "command": request.command})
    server.listen(paths.control_address)
    try:
        assert stat.S_IMODE(os.stat(paths.runtime_dir).st_mode) == 0o700
        assert stat.S_IMODE(os.stat(paths.control_address).st_mode) == 0o600
        replies: list[object] = []
        client = threading.Thread(
            target=lambda: replies.append(
                send_request(paths.control_address, Request("status"))
            ),
            daemon=True,
        )
        client.start()
        qtbot.waitUntil(lambda: not client.is_alive(), timeout=5000)
        assert replies == [{"ok": True, "command": "status"}]
        if planted.is_dir():
            assert list(planted.iterdir()) == []  # nothing of ours went into theirs
    finally:
        server.close()


def test_our_own_loose_folder_is_used_and_tightened(qtbot, short_dir):
    (short_dir / "tmp").mkdir()
    ours = short_dir / "tmp" / f"knotbreak-{os.getuid()}"
    ours.mkdir()
    ours.chmod(0o777)
    paths = resolve_paths(environ=no_runtime_env(short_dir))
    assert paths.runtime_dir == ours
    server = ControlServer(lambda request: {"ok": True})
    server.listen(paths.control_address)
    server.close()
    assert stat.S_IMODE(os.stat(ours).st_mode) == 0o700


def test_a_link_that_appears_after_the_choice_is_refused(short_dir):
    # The folder was free when the paths were resolved; a stranger's link came before listen.
    (short_dir / "theirs").mkdir()
    link = short_dir / "run"
    link.symlink_to(short_dir / "theirs")
    with pytest.raises(OSError, match="is a link, so it is not safe to use"):
        ensure_private_dir(link)


def test_the_cli_sends_nothing_to_a_server_of_another_user(short_dir, monkeypatch):
    path = str(short_dir / "ctl.sock")
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    listener.listen(1)
    received = bytearray()

    def serve() -> None:
        conn, _ = listener.accept()
        with conn:
            conn.settimeout(2)
            try:
                while chunk := conn.recv(1024):
                    received.extend(chunk)
            except TimeoutError:
                pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    # The kernel would name the stranger's uid; here the lookup is told to.
    monkeypatch.setattr(control_client, "peer_uid", lambda sock: os.getuid() + 1000)
    try:
        with pytest.raises(ForeignServerError, match=f"user id {os.getuid() + 1000}, not by you"):
            send_request(path, Request("quit"), timeout_s=2)
    finally:
        thread.join(5)
        listener.close()
    assert bytes(received) == b""


def test_the_cli_names_a_foreign_server_in_one_line_and_exit_1(short_dir, monkeypatch, capsys):
    monkeypatch.setenv("KNOTBREAK_HOME", str(short_dir / "home"))
    invocation = parse(["pause", "1h"])
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    Path(invocation.paths.control_address).parent.mkdir(parents=True, exist_ok=True)
    listener.bind(invocation.paths.control_address)
    listener.listen(1)
    monkeypatch.setattr(control_client, "peer_uid", lambda sock: 4242)
    try:
        assert tell_running_app(invocation) == EXIT_NO_INSTANCE
    finally:
        listener.close()
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "refusing to talk to" in err and "4242" in err


def test_peer_uid_reads_the_kernels_answer_on_a_real_socket_pair():
    first, second = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    with first, second:
        assert peer_uid(first) == os.getuid()
        assert peer_uid(second) == os.getuid()


@pytest.mark.parametrize(
    "how",
    ["link", pytest.param("owner", marks=pytest.mark.skipif(not is_root, reason="chown"))],
)
def test_a_strangers_fake_server_neither_stops_the_app_nor_gets_its_commands(
    make_app, short_dir, how
):
    """The attack as seen: a stranger's folder with a server that answers everything.

    Before, the app's start asked that server to "show" itself, took the ok for a running
    knotbreak and exited; `status`, `pause` and `quit` went to the stranger too.
    """
    planted = plant_strangers_folder(short_dir, how)
    app = make_app()
    env = no_runtime_env(short_dir)
    env.pop("KNOTBREAK_HOME")
    app.extra_env.update({**env, "XDG_RUNTIME_DIR": ""})
    paths = resolve_paths(environ={**env, "KNOTBREAK_HOME": str(app.home)})
    old_paths = str(planted / Path(paths.control_address).name)
    fake = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    fake.bind(old_paths)
    fake.listen(8)
    heard: list[bytes] = []

    def answer_everything() -> None:
        while True:
            try:
                conn, _ = fake.accept()
            except OSError:
                return
            with conn:
                heard.append(conn.recv(1024))
                conn.sendall(b'{"ok": true, "status": {"summary": "fake"}}\n')

    threading.Thread(target=answer_everything, daemon=True).start()
    try:
        app.start()
        status = app.wait_ready(timeout=20)
        assert app.running(), app.log_text()
        assert status.get("pid") == app.proc.pid
        assert heard == []
    finally:
        fake.close()
