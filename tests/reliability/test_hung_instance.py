"""A second `knotbreak` started while the first one hangs (its event loop stopped): the
second start waits a bounded time, then says which process does not answer and what to
do, and never starts a second instance."""

from __future__ import annotations

import os
import signal
import time

from desktop import wait_for
from test_second_instance import _instances, _second_start, _start


def test_second_start_gives_up_on_a_hung_first_with_a_clear_message(make_app):
    app = make_app()
    pid = _start(app)["pid"]
    os.kill(pid, signal.SIGSTOP)
    try:
        began = time.monotonic()
        second = _second_start(app)
        out, err = second.communicate(timeout=60)
        waited = time.monotonic() - began
        assert _instances(app) == [pid], "a second instance started"
    finally:
        os.kill(pid, signal.SIGCONT)
    assert second.returncode != 0
    assert waited < 25, f"the second start waited {waited:.0f} s before saying anything"
    message = (out + err).strip()
    assert "not answer" in message and str(pid) in message, message
    assert "Traceback" not in message
    # The first instance carries on once it runs again.
    wait_for(lambda: app.state() == "working", 10, message="the first instance stopped answering")
    assert app.proc is not None and app.proc.poll() is None
