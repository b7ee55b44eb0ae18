"""Files the app depends on, left in a bad state by someone else: a history whose writer was
killed in the middle of a write, a settings file that cannot be read. The app starts and
keeps running, and no committed row is lost.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest
from desktop import wait_for

from knotbreak.core.history import BreakHistory

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def _rows(path: Path) -> int:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10) as db:
        return int(db.execute("SELECT COUNT(*) FROM breaks").fetchone()[0])


WRITER = textwrap.dedent("""
    import sqlite3, sys
    sys.path.insert(0, sys.argv[2])
    from datetime import UTC, datetime, timedelta
    from knotbreak.core.cycle import BreakRecord, Outcome
    from knotbreak.core.history import BreakHistory
    history = BreakHistory.open(__import__("pathlib").Path(sys.argv[1]))
    start = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    for n in range(200):
        moment = start + timedelta(minutes=n)
        history.record(BreakRecord(moment, moment, moment, Outcome.COMPLETED))
        print("committed", n + 1, flush=True)
    # Now a big transaction that never commits: killed in the middle of it.
    db = sqlite3.connect(sys.argv[1], isolation_level=None)
    db.execute("BEGIN IMMEDIATE")
    for n in range(10**9):
        db.execute("INSERT INTO breaks (due_at, ended_at, outcome) VALUES (?, ?, 'skipped')",
                   (f"2027-01-01T00:00:{n % 60:02d}.000+00:00",) * 2)
        if n == 5000:
            print("writing", flush=True)
""")


def test_a_writer_killed_mid_write_loses_nothing_committed(tmp_path, make_app):
    app = make_app()
    path = app.home / "data" / "history.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    src = str(Path(__file__).resolve().parents[2] / "src")
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), src], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None
    committed = 0
    for line in writer.stdout:
        if line.startswith("committed"):
            committed = int(line.split()[1])
        elif line.startswith("writing"):
            writer.send_signal(signal.SIGKILL)
            break
    writer.wait(timeout=10)
    assert committed == 200
    assert writer.returncode == -signal.SIGKILL

    opened = BreakHistory.open_or_replace(path, NOW)
    assert opened.problem is None
    assert len(opened.history.rows_between()) == 200, "committed rows lost or torn ones kept"
    opened.history.close()

    # And the app starts on it, and goes on recording.
    app.start(60)
    app.wait_ready()
    assert app.cli("break-now").returncode == 0
    assert app.cli("skip").returncode == 0
    wait_for(lambda: _rows(path) == 201, 10, message="the skipped break was not recorded")
    assert [p.name for p in path.parent.iterdir() if "damaged" in p.name] == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_the_app_starts_with_an_unreadable_settings_file(make_app):
    """Run as another user when this is root, who can read any file."""
    import os

    if os.geteuid() == 0:
        pytest.skip("root reads any file; covered for the core in tests/core/test_settings.py")
    app = make_app()
    app.settings_path.chmod(0)
    try:
        app.start(60)
        status = app.wait_ready()
        assert status["state"] == "working"
        assert "could not be read" in app.log_text()
        assert app.settings_path.stat().st_mode & 0o777 == 0, "the file was replaced"
    finally:
        app.settings_path.chmod(0o600)
