"""Health data is private: folders 0700, files 0600, older loose ones tightened at start.

Another local user read a journal note: the journal, the history, the ergonomics results
and the log were created 0644 in a 0755 folder. The app and the CLI run here under the
usual umask 022, as a login session would start them.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from knotbreak.private_files import tighten

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")

SRC = str(Path(__file__).resolve().parents[2] / "src")


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


@pytest.fixture
def usual_umask() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_the_app_makes_its_folders_and_files_private_and_tightens_old_ones(
    make_app, usual_umask
):
    app = make_app()
    data = app.home / "data"
    data.mkdir(parents=True)
    data.chmod(0o755)
    old_history = sqlite3.connect(data / "history.sqlite3")
    old_history.execute("CREATE TABLE t (x)")
    old_history.close()
    (data / "knotbreak.log").write_text("old lines\n")
    (data / "history.sqlite3.damaged-20260101-000000").write_text("x")
    unrelated = data / "notes.txt"  # --data-dir may be a folder with other things in it
    unrelated.write_text("mine")
    for path in data.iterdir():
        path.chmod(0o644)
    app.settings_path.chmod(0o644)
    app.settings_path.parent.chmod(0o755)

    app.start()
    app.wait_ready()
    log = app.cli("log", "--area", "upper-back-left", "--intensity", "3", "--note", "private")
    assert log.returncode == 0, log.stderr
    app.stop()

    assert mode(data) == 0o700
    assert mode(app.settings_path.parent) == 0o700
    assert mode(unrelated) == 0o644
    ours = [path for path in data.iterdir() if path != unrelated]
    names = {path.name for path in ours}
    assert {"history.sqlite3", "journal.sqlite3", "knotbreak.log", "first-run.json"} <= names
    assert {path.name: mode(path) for path in ours} == {path.name: 0o600 for path in ours}
    assert mode(app.settings_path) == 0o600


def test_the_cli_creates_a_private_journal_in_a_private_folder(tmp_path, usual_umask):
    home = tmp_path / "home"
    env = {**os.environ, "KNOTBREAK_HOME": str(home), "PYTHONPATH": SRC}
    done = subprocess.run(
        [sys.executable, "-m", "knotbreak", "log", "--area", "upper-back-left",
         "--intensity", "6", "--note", "after a long call"],
        env=env, capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    data = home / "data"
    assert mode(data) == 0o700
    files = list(data.iterdir())
    assert any(path.name == "journal.sqlite3" for path in files)
    assert {path.name: mode(path) for path in files} == {path.name: 0o600 for path in files}


def test_tighten_leaves_links_and_other_files_alone(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    elsewhere = tmp_path / "elsewhere.json"
    elsewhere.write_text("{}")
    elsewhere.chmod(0o644)
    (folder / "pause.json").symlink_to(elsewhere)
    (folder / "journal.sqlite3-wal").write_text("")
    (folder / "journal.sqlite3-wal").chmod(0o664)
    changed = tighten([folder, tmp_path / "missing"])
    assert set(changed) == {folder, folder / "journal.sqlite3-wal"}
    assert mode(folder) == 0o700 and mode(folder / "journal.sqlite3-wal") == 0o600
    assert mode(elsewhere) == 0o644  # the link was not followed


def test_a_shared_sticky_folder_keeps_its_mode_but_our_files_in_it_are_private(tmp_path):
    # `--data-dir /tmp` (as root, /tmp is "ours"): making it 0700 would lock everyone out.
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    (shared / "history.sqlite3").write_text("")
    (shared / "history.sqlite3").chmod(0o644)
    tighten([shared])
    assert mode(shared) == 0o1777
    assert mode(shared / "history.sqlite3") == 0o600
