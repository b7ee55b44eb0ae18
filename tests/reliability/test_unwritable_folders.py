"""knotbreak starts when it cannot write where it keeps its files: a read-only config
folder (here: a file where the folder should be, since root writes anywhere) or a full
disk. It runs on what it can read, says once what it cannot save, and keeps its
single-instance lock in the runtime folder, so a second start still finds it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from knotbreak.core.cycle import BreakRecord, Outcome
from knotbreak.core.history import BreakHistory

MOMENT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX folders and mounts")


def test_a_file_where_the_config_folder_should_be(make_app):
    app = make_app()
    config = app.home / "config"
    shutil.rmtree(config)
    config.write_text("not a folder")

    app.start(60)
    status = app.wait_ready()

    assert status["state"] == "working"
    log = app.log_text()
    assert "cannot save its settings" in log and "is a file, not a folder" in log
    assert "lock file" not in log
    assert app.runtime_dir is not None
    assert list(app.runtime_dir.rglob("*.lock")), "the lock went to the runtime folder"
    # A second start finds this instance instead of starting another.
    second = app.cli(timeout=30)
    assert second.returncode == 0 and "already running" in second.stdout
    assert config.read_text() == "not a folder"


@contextlib.contextmanager
def _full_tmpfs(where: Path):
    where.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(where)],
        capture_output=True, check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({mounted.stderr.decode().strip()})")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def _fill(folder: Path) -> None:
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        with contextlib.suppress(OSError):
            while True:
                os.write(fd, b"\0" * 1024)
    finally:
        os.close(fd)


def test_a_full_disk_under_config_and_data(tmp_path, make_app):
    app = make_app()
    with _full_tmpfs(tmp_path / "full") as disk:
        # The user's files are on the small disk, then it fills up.
        (disk / "config").mkdir()
        shutil.copy(app.settings_path, disk / "config" / "settings.json")
        (disk / "data").mkdir()
        (disk / "data" / "first-run.json").write_text(
            '{"schema_version": 1, "ergonomics_offered": true}'
        )
        history = BreakHistory.open(disk / "data" / "history.sqlite3")
        history.record_many([BreakRecord(MOMENT, MOMENT, MOMENT, Outcome.COMPLETED)] * 5)
        history.close()
        shutil.rmtree(app.home)
        app.home.symlink_to(disk)
        _fill(disk)

        app.start(60)
        try:
            status = app.wait_ready()
            assert status["state"] == "working"
            log = app.log_text()
            assert "cannot save its settings" in log
            assert "History is not saved this time" in log and "check the disk" in log
            assert "Logging error" not in log
            assert "lock file" not in log
            # Breaks still work, kept in memory.
            assert app.cli("break-now").returncode == 0
            assert app.cli("skip").returncode == 0
        finally:
            app.stop()
        assert (disk / "config" / "settings.json").stat().st_size > 0
        assert not list((disk / "data").glob("*.damaged-*")), "a full disk is not damage"
        (disk / "filler").unlink()  # room again: the history was left as it was
        kept = BreakHistory.open_read_only(disk / "data" / "history.sqlite3")
        assert len(kept.rows_between()) == 5
        kept.close()
