"""Quit steps: newest first, each guarded, each run once."""

from __future__ import annotations

import logging

import pytest

from knotbreak.shutdown import Shutdown


def test_steps_run_newest_first():
    done: list[str] = []
    shutdown = Shutdown()
    shutdown.add("release the lock", lambda: done.append("lock"))
    shutdown.add("close the history", lambda: done.append("history"))
    shutdown.add("stop the scheduler", lambda: done.append("scheduler"))
    assert shutdown.run() == []
    # The scheduler stops before the history it writes to closes, the lock goes last.
    assert done == ["scheduler", "history", "lock"]


def test_a_failing_step_is_logged_and_the_others_still_run(caplog: pytest.LogCaptureFixture):
    done: list[str] = []

    def broken() -> None:
        raise RuntimeError("watcher already gone")

    shutdown = Shutdown()
    shutdown.add("close the history", lambda: done.append("history"))
    shutdown.add("stop the idle and meeting watchers", broken)
    shutdown.add("stop the scheduler", lambda: done.append("scheduler"))
    with caplog.at_level(logging.ERROR, logger="knotbreak"):
        failed = shutdown.run()
    assert failed == ["stop the idle and meeting watchers"]
    assert done == ["scheduler", "history"], "breaks still waiting must be saved"
    assert "could not stop the idle and meeting watchers while quitting" in caplog.text
    assert "watcher already gone" in caplog.text


def test_each_step_runs_once():
    calls: list[int] = []
    shutdown = Shutdown()
    shutdown.add("count", lambda: calls.append(1))
    shutdown.run()
    shutdown.run()
    assert calls == [1]
