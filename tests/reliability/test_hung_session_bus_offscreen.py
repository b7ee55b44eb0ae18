"""A session bus that accepts connections and never answers must not hold up the start.

libdbus waits up to 25 s for each step with such a bus, and both Qt (tray, menus) and
knotbreak's own idle and do-not-disturb probes talk to it while the app starts: the
report saw 240 s with no tray, no control socket and no log line.
"""

from __future__ import annotations

import os
import shutil
import socket
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from knotbreak.adapters import dbus_calls

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="AF_UNIX session bus")


class SilentBus:
    """A socket that accepts every connection, reads, and never writes a byte."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.accepted = 0
        self._held: list[socket.socket] = []
        self._listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._listener.bind(str(path))
        self._listener.listen(64)
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            self.accepted += 1
            self._held.append(conn)

    def close(self) -> None:
        self._listener.close()
        for conn in self._held:
            conn.close()


@pytest.fixture
def silent_bus() -> Iterator[SilentBus]:
    folder = Path(tempfile.mkdtemp(prefix="kb-bus-"))
    bus = SilentBus(folder / "bus")
    yield bus
    bus.close()
    shutil.rmtree(folder, ignore_errors=True)


def test_the_app_comes_up_within_seconds_beside_a_silent_bus(make_app, silent_bus):
    # Idle and do-not-disturb detection on: their probes ask the bus too.
    app = make_app({
        "work_interval_minutes": 30, "idle_detection": True, "meeting_dnd": True,
        "meeting_fullscreen": False, "meeting_camera": False, "sounds": False,
    })
    app.extra_env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={silent_bus.path}"
    started = time.monotonic()
    app.start()
    status = app.wait_ready(timeout=20)
    took = time.monotonic() - started
    assert took < 8, f"the control socket answered only after {took:.1f} s"
    assert silent_bus.accepted >= 1  # the bus was there, and was tried
    assert "does not answer" in app.log_text()
    assert status["state"] == "working"


def test_the_probe_names_a_silent_bus_within_its_wait(silent_bus, monkeypatch):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={silent_bus.path},guid=abc")
    started = time.monotonic()
    problem = dbus_calls.session_bus_hangs(timeout_s=0.3)
    assert time.monotonic() - started < 2
    assert problem == (
        f"the session bus at {silent_bus.path} accepts connections but does not answer"
    )


def test_a_bus_that_authenticates_and_then_falls_silent_is_named_too(tmp_path, monkeypatch):
    path = tmp_path / "bus"
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(path))
    listener.listen(1)
    held: list[socket.socket] = []

    def authenticate_only() -> None:
        conn, _ = listener.accept()
        held.append(conn)
        conn.recv(256)
        conn.sendall(b"OK 0123456789abcdef\r\n")  # then nothing: Hello() is never answered

    threading.Thread(target=authenticate_only, daemon=True).start()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={path}")
    try:
        problem = dbus_calls.session_bus_hangs(timeout_s=0.3)
    finally:
        listener.close()
        for conn in held:
            conn.close()
    assert problem is not None and "does not answer" in problem


def test_a_bus_that_answers_or_is_missing_is_left_alone(tmp_path, monkeypatch):
    path = tmp_path / "bus"
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(path))
    listener.listen(1)

    def answer() -> None:
        conn, _ = listener.accept()
        with conn:
            conn.recv(256)
            conn.sendall(b"OK 0123456789abcdef\r\n")
            conn.recv(1024)  # BEGIN and Hello()
            conn.sendall(b"l\x02\x01\x01" + bytes(28))  # a method return, as a bus says

    threading.Thread(target=answer, daemon=True).start()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={path}")
    try:
        assert dbus_calls.session_bus_hangs(timeout_s=2) is None
    finally:
        listener.close()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'missing'}")
    assert dbus_calls.session_bus_hangs(timeout_s=2) is None


def test_a_bus_set_aside_is_never_called(monkeypatch):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/tmp/whatever")
    monkeypatch.delenv(dbus_calls.SET_ASIDE_VARIABLE, raising=False)
    assert dbus_calls.session_bus_exists()
    dbus_calls.set_session_bus_aside("it does not answer")
    try:
        assert not dbus_calls.session_bus_exists()
        with pytest.raises(dbus_calls.DBusUnavailable, match="no session bus"):
            dbus_calls.bus()
        assert os.environ["DBUS_SESSION_BUS_ADDRESS"] == dbus_calls.UNREACHABLE_ADDRESS
    finally:
        monkeypatch.delenv(dbus_calls.SET_ASIDE_VARIABLE, raising=False)


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("unix:path=/run/user/1000/bus", "/run/user/1000/bus"),
        ("unix:abstract=/tmp/dbus-x1,guid=42", "\0/tmp/dbus-x1"),
        ("tcp:host=localhost,port=1;unix:path=/a%20b", "/a b"),
        ("tcp:host=localhost,port=1", None),
    ],
)
def test_bus_addresses_are_read_as_libdbus_reads_them(address, expected):
    found = dbus_calls.bus_socket_path({"DBUS_SESSION_BUS_ADDRESS": address})
    assert found == expected


def test_a_silent_system_bus_is_named_and_set_aside(silent_bus, monkeypatch):
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", f"unix:path={silent_bus.path}")
    monkeypatch.delenv(dbus_calls.SYSTEM_SET_ASIDE_VARIABLE, raising=False)
    problem = dbus_calls.session_bus_hangs(timeout_s=0.3, system=True)
    assert problem == (
        f"the system bus at {silent_bus.path} accepts connections but does not answer"
    )
    dbus_calls.set_session_bus_aside(problem, system=True)
    assert not dbus_calls.system_bus_exists()
