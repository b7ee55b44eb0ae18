"""End to end: a session bus that accepts connections and never answers, under a real tray.

Under X11 Qt itself talks to the session bus while it builds the tray icon and its menus
(StatusNotifierItem, D-Bus menus): with a silent bus libdbus waited 25 s per step and the
report saw 240 s with no tray, no control socket and no log line.
"""

from __future__ import annotations

import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from desktop import App, Desktop, tray_icon_windows, wait_for

pytestmark = pytest.mark.e2e


@pytest.fixture
def silent_bus() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="kb-bus-"))
    path = folder / "bus"
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(path))
    listener.listen(64)
    held: list[socket.socket] = []

    def hold_every_connection() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            held.append(conn)

    threading.Thread(target=hold_every_connection, daemon=True).start()
    yield path
    listener.close()
    for conn in held:
        conn.close()
    shutil.rmtree(folder, ignore_errors=True)


def test_tray_and_socket_come_up_within_seconds_beside_a_silent_bus(
    make_app: Callable[..., App], desktop: Desktop, silent_bus: Path
) -> None:
    app = make_app({"work_interval_minutes": 30, "idle_detection": True, "meeting_dnd": True})
    app.extra_env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={silent_bus}"
    before = len(tray_icon_windows(desktop.display))
    started = time.monotonic()
    app.start()
    status = app.wait_ready(timeout=30)
    took = time.monotonic() - started
    assert took < 10, f"the control socket answered only after {took:.1f} s"
    assert status["tray"] is True
    wait_for(
        lambda: len(tray_icon_windows(desktop.display)) > before, 10,
        message="no tray icon appeared",
    )
    assert "does not answer" in app.log_text()
