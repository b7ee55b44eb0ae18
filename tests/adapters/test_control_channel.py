"""The control server runs on the Qt event loop in the test thread, so every client here runs
in a worker thread while qtbot keeps the loop spinning."""
import logging
import os
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import knotbreak
from knotbreak.adapters.control_client import (
    ChannelError,
    NoInstanceError,
    send_request,
)
from knotbreak.adapters.control_server import ControlServer
from knotbreak.adapters.instance_lock import InstanceLock
from knotbreak.core.control_protocol import Request, encode_request, parse_response

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="AF_UNIX socket files")


@pytest.fixture
def short_dir():
    # AF_UNIX paths are limited to ~108 bytes, and pytest's tmp_path can be longer than that.
    path = Path(tempfile.mkdtemp(prefix="kb-"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def socket_path(short_dir):
    # One level that does not exist yet, so listen() has to create it.
    return str(short_dir / "run" / "ctl.sock")


@pytest.fixture
def in_thread(qtbot):
    """Run a blocking client call off the GUI thread; return its result or re-raise."""

    def run(fn: Callable[[], object], timeout_ms: int = 10_000) -> object:
        outcome: dict[str, Any] = {}

        def target() -> None:
            try:
                outcome["value"] = fn()
            except BaseException as exc:
                outcome["error"] = exc

        thread = threading.Thread(target=target, daemon=True)
        thread.start()
        qtbot.waitUntil(lambda: not thread.is_alive(), timeout=timeout_ms)
        if "error" in outcome:
            raise outcome["error"]
        return outcome["value"]

    return run


class Recorder:
    def __init__(self) -> None:
        self.requests: list[Request] = []

    def __call__(self, request: Request) -> Any:
        self.requests.append(request)
        if request.command == "skip":
            raise RuntimeError("the reducer fell over")
        if request.command == "snooze":
            return {"ok": False, "error": "no snoozes left"}
        if request.command == "resume":
            return "not a dict"  # a buggy handler
        return {"ok": True, "command": request.command, "argument": request.argument}


@pytest.fixture
def handler():
    return Recorder()


@pytest.fixture
def server(qtbot, handler, socket_path):
    srv = ControlServer(handler, idle_timeout_ms=10_000)
    srv.listen(socket_path)
    yield srv
    srv.close()


def raw_exchange(path: str, chunks: list[bytes], *, shut_write: bool = False) -> bytes:
    """Send raw bytes and read until the server closes (or 5 s pass); return what came back."""
    received = bytearray()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(5)
        sock.connect(path)
        try:
            for chunk in chunks:
                sock.sendall(chunk)
            if shut_write:
                sock.shutdown(socket.SHUT_WR)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server may hang up before it has read everything
        try:
            while chunk := sock.recv(65536):
                received += chunk
        except ConnectionResetError:
            pass
    return bytes(received)


def assert_still_serving(in_thread, path: str) -> None:
    assert in_thread(lambda: send_request(path, Request("status"))) == {
        "ok": True,
        "command": "status",
        "argument": None,
    }


def test_status_request_is_answered_by_the_handler(server, handler, socket_path, in_thread):
    assert_still_serving(in_thread, socket_path)
    assert handler.requests == [Request("status")]


def test_argument_reaches_the_handler(server, handler, socket_path, in_thread):
    reply = in_thread(lambda: send_request(socket_path, Request("pause", "45m")))
    assert reply == {"ok": True, "command": "pause", "argument": "45m"}
    assert handler.requests == [Request("pause", "45m")]


def test_refusal_from_the_handler_is_passed_through(server, socket_path, in_thread):
    reply = in_thread(lambda: send_request(socket_path, Request("snooze")))
    assert reply == {"ok": False, "error": "no snoozes left"}


def test_several_requests_on_one_connection_get_one_answer_each(server, socket_path, in_thread):
    data = encode_request(Request("status")) + encode_request(Request("pause", "2h"))
    replies = in_thread(lambda: raw_exchange(socket_path, [data], shut_write=True))
    lines = replies.splitlines()
    assert [parse_response(line)["command"] for line in lines] == ["status", "pause"]


def test_request_split_across_writes_is_reassembled(server, socket_path, in_thread):
    def client() -> bytes:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(5)
            sock.connect(socket_path)
            sock.sendall(b'{"command": "pa')
            time.sleep(0.1)
            sock.sendall(b'use", "argument": "1h"}\n')
            return sock.recv(65536)

    assert parse_response(in_thread(client))["argument"] == "1h"


@posix_only
@pytest.mark.parametrize(
    ("chunks", "error_part"),
    [
        pytest.param([os.urandom(4096) + b"\xff\n"], "", id="random-bytes"),
        pytest.param([b"\xff\xfe\x80\n"], "UTF-8", id="not-utf8"),
        pytest.param([b"{this is not json\n"], "not valid JSON", id="invalid-json"),
        pytest.param([b'{"command": "reboot"}\n'], "unknown command", id="unknown-command"),
        pytest.param([b"x" * 100 * 1024], "longer than", id="100KiB-without-newline"),
        pytest.param([b"x" * 100 * 1024 + b"\n"], "longer than", id="100KiB-line"),
    ],
)
def test_junk_gets_an_error_and_a_close_and_the_server_keeps_answering(
    server, handler, socket_path, in_thread, chunks, error_part
):
    received = in_thread(lambda: raw_exchange(socket_path, chunks))
    # raw_exchange only returns once the server has closed the connection.
    if received:
        reply = parse_response(received.splitlines()[0])
        assert reply["ok"] is False
        assert error_part in reply["error"]
    handler.requests.clear()
    assert_still_serving(in_thread, socket_path)
    assert handler.requests == [Request("status")]


@posix_only
def test_specific_junk_is_answered_not_just_dropped(server, socket_path, in_thread):
    received = in_thread(lambda: raw_exchange(socket_path, [b"{nope}\n"]))
    reply = parse_response(received)
    assert reply["ok"] is False
    assert "not valid JSON" in reply["error"]


@posix_only
def test_half_a_line_then_disconnect_is_dropped_quietly(server, handler, socket_path, in_thread):
    def client() -> None:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.connect(socket_path)
            sock.sendall(b'{"command": "qu')

    in_thread(client)
    assert_still_serving(in_thread, socket_path)
    assert handler.requests == [Request("status")]


@posix_only
def test_blank_lines_are_ignored(server, socket_path, in_thread):
    data = b"\n\r\n" + encode_request(Request("status"))
    received = in_thread(lambda: raw_exchange(socket_path, [data], shut_write=True))
    assert parse_response(received)["command"] == "status"


def test_handler_that_raises_gives_an_error_and_the_server_keeps_working(
    server, socket_path, in_thread, caplog
):
    with caplog.at_level(logging.ERROR, logger="knotbreak.adapters.control_server"):
        reply = in_thread(lambda: send_request(socket_path, Request("skip")))
    assert reply["ok"] is False
    assert reply["error"] == "internal error: the reducer fell over"
    assert any(record.exc_info for record in caplog.records)
    assert_still_serving(in_thread, socket_path)


def test_handler_returning_garbage_gives_an_error(server, socket_path, in_thread, caplog):
    with caplog.at_level(logging.CRITICAL):
        reply = in_thread(lambda: send_request(socket_path, Request("resume")))
    assert reply["ok"] is False
    assert reply["error"].startswith("internal error:")
    assert_still_serving(in_thread, socket_path)


@posix_only
def test_idle_connections_are_dropped(qtbot, handler, socket_path, in_thread):
    srv = ControlServer(handler, idle_timeout_ms=200)
    srv.listen(socket_path)
    try:

        def stalled_client() -> tuple[bytes, float]:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                sock.settimeout(5)
                sock.connect(socket_path)
                sock.sendall(b'{"command": "st')
                started = time.monotonic()
                data = sock.recv(1024)
                return data, time.monotonic() - started

        data, waited = in_thread(stalled_client)
        assert data == b""
        assert waited < 4
        assert srv.connection_count() == 0
        assert_still_serving(in_thread, socket_path)
    finally:
        srv.close()


@posix_only
def test_socket_file_is_private(server, socket_path):
    assert stat.S_IMODE(os.stat(socket_path).st_mode) == 0o600
    assert stat.S_ISSOCK(os.stat(socket_path).st_mode)
    assert stat.S_IMODE(os.stat(Path(socket_path).parent).st_mode) == 0o700


@posix_only
def test_stale_socket_file_is_replaced_on_listen(qtbot, handler, socket_path, in_thread):
    Path(socket_path).parent.mkdir(mode=0o700)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as dead:
        dead.bind(socket_path)  # left behind, as by a crashed instance
    srv = ControlServer(handler)
    srv.listen(socket_path)
    try:
        assert_still_serving(in_thread, socket_path)
    finally:
        srv.close()


@posix_only
def test_listen_failure_raises_oserror(qtbot, handler, short_dir):
    (short_dir / "file").write_text("not a directory")
    srv = ControlServer(handler)
    with pytest.raises(OSError, match="control socket"):
        srv.listen(str(short_dir / "file" / "ctl.sock"))


def test_close_stops_the_server(qtbot, handler, socket_path, in_thread):
    srv = ControlServer(handler)
    srv.listen(socket_path)
    srv.close()
    assert not srv.is_listening()
    with pytest.raises(NoInstanceError):
        in_thread(lambda: send_request(socket_path, Request("status")))


def test_no_instance_when_the_socket_file_is_missing(short_dir):
    with pytest.raises(NoInstanceError, match="not running"):
        send_request(str(short_dir / "nothing.sock"), Request("status"))


@posix_only
def test_no_instance_when_the_socket_file_is_stale(short_dir):
    path = str(short_dir / "stale.sock")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as dead:
        dead.bind(path)
    assert Path(path).exists()
    with pytest.raises(NoInstanceError):
        send_request(path, Request("status"))


@posix_only
@pytest.mark.parametrize(
    ("behaviour", "message"),
    [
        ("silent", "timed out"),
        ("hang-up", "closed the connection"),
        ("garbage", "unreadable reply"),
    ],
)
def test_misbehaving_server_gives_channel_error(short_dir, behaviour, message):
    path = str(short_dir / "bad.sock")
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    listener.listen(1)

    def serve() -> None:
        conn, _ = listener.accept()
        with conn:
            conn.recv(1024)
            if behaviour == "silent":
                time.sleep(1)
            elif behaviour == "garbage":
                conn.sendall(b"<html>\n")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        with pytest.raises(ChannelError, match=message):
            send_request(path, Request("status"), timeout_s=0.3)
    finally:
        thread.join(5)
        listener.close()


def run_qt_client(path: str, line: bytes, timeout_s: float) -> tuple[int, str, str]:
    """Run the Windows transport in its own process, as the CLI would.

    In a thread of this process it would stall: PySide keeps the GIL during QLocalSocket's
    blocking waits, so the server's Python slots could not run until the client gave up.
    """
    src = str(Path(knotbreak.__file__).resolve().parent.parent)
    code = (
        "import sys\n"
        "from knotbreak.adapters.control_client import _exchange_qt, NoInstanceError\n"
        "try:\n"
        f"    sys.stdout.write(_exchange_qt({path!r}, {line!r}, {timeout_s!r}).decode())\n"
        "except NoInstanceError:\n"
        "    sys.exit(3)\n"
    )
    env = {**os.environ, "PYTHONPATH": src}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=30
    )
    return done.returncode, done.stdout, done.stderr


def test_qt_client_path_talks_to_the_server(server, socket_path, in_thread):
    # The Windows transport, exercised here against the same server.
    line = encode_request(Request("status"))
    code, out, err = in_thread(lambda: run_qt_client(socket_path, line, 5.0), timeout_ms=30_000)
    assert code == 0, err
    assert parse_response(out.encode())["command"] == "status"


def test_qt_client_path_reports_no_instance(short_dir):
    code, _, err = run_qt_client(str(short_dir / "nothing.sock"), b"{}\n", 1.0)
    assert code == 3, err


def test_second_instance_lock_fails_while_the_first_is_held(tmp_path):
    path = tmp_path / "state" / "knotbreak.lock"
    first = InstanceLock(path)
    second = InstanceLock(path)
    assert first.try_acquire()
    assert first.is_held()
    assert not second.try_acquire()
    first.release()
    assert not first.is_held()
    assert second.try_acquire()
    second.release()


def test_lock_left_by_a_dead_process_is_taken_over(tmp_path):
    from PySide6.QtCore import QCoreApplication, QSysInfo

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    path = tmp_path / "knotbreak.lock"
    app_name = QCoreApplication.applicationName() or Path(sys.executable).name
    path.write_text(f"{dead.pid}\n{app_name}\n{QSysInfo.machineHostName()}\n")
    lock = InstanceLock(path)
    assert lock.try_acquire()
    lock.release()


def test_live_lock_older_than_qts_default_stale_time_still_blocks(tmp_path):
    path = tmp_path / "knotbreak.lock"
    first = InstanceLock(path)
    assert first.try_acquire()
    try:
        hour_ago = time.time() - 3600
        os.utime(path, (hour_ago, hour_ago))
        assert not InstanceLock(path).try_acquire()
    finally:
        first.release()
