"""The break history while another program holds its lock.

The file opens at once (reading is never blocked in WAL mode), a break recorded meanwhile
waits in memory and is written once the lock is gone, a healthy file is never set aside
as damaged, and the app starts and keeps answering.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop import wait_for

from knotbreak.core.cycle import BreakRecord, Outcome
from knotbreak.core.history import BreakHistory

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def _rows(path: Path) -> int:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10) as db:
        return int(db.execute("SELECT COUNT(*) FROM breaks").fetchone()[0])


def _seed(path: Path, count: int) -> None:
    history = BreakHistory.open(path)
    for minute in range(count):
        moment = NOW + timedelta(minutes=minute)
        history.record(BreakRecord(moment, moment, moment, Outcome.COMPLETED))
    history.close()


class Locker:
    """Another program holding the history file: `statement` then nothing, until released."""

    def __init__(self, path: Path, *statements: str) -> None:
        code = textwrap.dedent(f"""
            import sqlite3, sys
            db = sqlite3.connect({str(path)!r}, isolation_level=None)
            for statement in {list(statements)!r}:
                db.execute(statement)
            print("holding", flush=True)
            sys.stdin.readline()
            db.execute("COMMIT")
            print("released", flush=True)
        """)
        self.proc = subprocess.Popen(
            [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        assert self.proc.stdout.readline().strip() == "holding"

    def release(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None and self.proc.stdout is not None
            self.proc.stdin.write("\n")
            self.proc.stdin.flush()
            assert self.proc.stdout.readline().strip() == "released"
            self.proc.wait(timeout=10)

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)


WRITE_LOCK = ("BEGIN EXCLUSIVE", "INSERT INTO breaks (due_at, ended_at, outcome) "
              "VALUES ('2026-03-01T09:00:00.000+00:00', '2026-03-01T09:03:00.000+00:00', "
              "'completed')")


def test_a_write_locked_history_opens_at_once_and_is_kept(tmp_path):
    path = tmp_path / "history.sqlite3"
    _seed(path, 3)
    locker = Locker(path, *WRITE_LOCK)
    try:
        began = time.monotonic()
        opened = BreakHistory.open_or_replace(path, NOW)
        assert time.monotonic() - began < 1, "start-up waited for the other program's lock"
        assert opened.problem is None
        assert len(opened.history.recent()) == 3
    finally:
        locker.release()
    assert [p.name for p in tmp_path.iterdir() if "damaged" in p.name] == []
    assert _rows(path) == 4  # the other program's row is there too
    opened.history.close()


def test_a_break_recorded_while_the_file_is_locked_is_saved_once_it_is_free(tmp_path):
    path = tmp_path / "history.sqlite3"
    history = BreakHistory.open(path)
    locker = Locker(path, *WRITE_LOCK)
    try:
        history.record(BreakRecord(NOW, NOW, NOW, Outcome.SKIPPED))  # must not raise
    finally:
        locker.release()
    later = NOW + timedelta(minutes=45)
    history.record(BreakRecord(later, later, later, Outcome.COMPLETED))
    outcomes = [entry.outcome for entry in history.recent()]
    assert outcomes == [Outcome.COMPLETED, Outcome.SKIPPED, Outcome.COMPLETED]
    history.close()


def test_a_break_still_waiting_for_the_lock_is_saved_at_close(tmp_path):
    path = tmp_path / "history.sqlite3"
    history = BreakHistory.open(path)
    locker = Locker(path, *WRITE_LOCK)
    try:
        history.record(BreakRecord(NOW, NOW, NOW, Outcome.SKIPPED))
    finally:
        locker.release()
    assert history.close() == 0  # nothing left unsaved
    assert _rows(path) == 2


def test_a_history_locked_even_for_readers_is_left_alone_and_the_user_told(tmp_path):
    path = tmp_path / "history.sqlite3"
    _seed(path, 2)
    # EXCLUSIVE locking mode: after its first write the other program keeps every lock.
    locker = Locker(path, "PRAGMA locking_mode=EXCLUSIVE", *WRITE_LOCK[1:])
    try:
        opened = BreakHistory.open_or_replace(path, NOW)
        assert opened.problem is not None
        assert "in use by another program" in opened.problem
        assert "damaged" not in opened.problem
        opened.history.record(BreakRecord(NOW, NOW, NOW, Outcome.SKIPPED))  # still works
    finally:
        locker.kill()
    assert [p.name for p in tmp_path.iterdir() if "damaged" in p.name] == []
    assert _rows(path) == 3  # the two before, and the other program's committed one


def test_the_app_starts_while_another_program_holds_the_history(make_app):
    app = make_app()
    path = app.home / "data" / "history.sqlite3"
    _seed(path, 5)
    locker = Locker(path, *WRITE_LOCK)
    try:
        began = time.monotonic()
        app.start(60)
        status = app.wait_ready(timeout=20)
        assert time.monotonic() - began < 8
        assert status["state"] == "working"
        # A break taken while the file is locked
        assert app.cli("break-now").returncode == 0
        assert app.cli("skip").returncode == 0
        assert app.running()
    finally:
        locker.release()
    # ... is saved with the next one once the other program lets go.
    assert app.cli("break-now").returncode == 0
    assert app.cli("skip").returncode == 0
    wait_for(lambda: _rows(path) == 5 + 1 + 2, 15, message="breaks lost while locked")
    assert [p.name for p in path.parent.iterdir() if "damaged" in p.name] == []
    assert "not saved" not in app.log_text()


