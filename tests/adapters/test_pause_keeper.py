"""The tray's "Pause until tomorrow" still holds after knotbreak restarts."""

from __future__ import annotations

import json

import pytest

from knotbreak.adapters.clock import AppClock
from knotbreak.adapters.cycle_runner import CycleRunner
from knotbreak.adapters.pause_keeper import PauseKeeper
from knotbreak.core.cycle import Phase
from knotbreak.core.history import BreakHistory
from knotbreak.core.settings import Settings


@pytest.fixture
def make_runner(qtbot, tmp_path):
    histories = []

    def make() -> CycleRunner:
        history = BreakHistory.open(tmp_path / "history.sqlite3")
        histories.append(history)
        return CycleRunner(AppClock(), Settings(), history)

    yield make
    for history in histories:
        history.close()


def test_a_pause_is_restored_after_a_restart_and_forgotten_after_resume(make_runner, tmp_path):
    path = tmp_path / "pause.json"
    first = make_runner()
    keeper = PauseKeeper(first, path)
    assert keeper.restore() is None
    assert first.pause("2h") is None
    keeper.save()
    until = first.state.paused_until
    assert json.loads(path.read_text())["schema_version"] == 1

    second = make_runner()  # the next start
    assert PauseKeeper(second, path).restore() is None
    assert second.state.phase is Phase.PAUSED
    assert second.state.paused_until == until

    assert second.resume() is None
    PauseKeeper(second, path).save()
    assert not path.exists()
    third = make_runner()
    PauseKeeper(third, path).restore()
    assert third.state.phase is Phase.WORKING


def test_an_open_ended_pause_survives_too(make_runner, tmp_path):
    path = tmp_path / "pause.json"
    first = make_runner()
    keeper = PauseKeeper(first, path)
    first.pause("indefinitely")
    keeper.save()
    second = make_runner()
    PauseKeeper(second, path).restore()
    assert second.state.phase is Phase.PAUSED and second.state.paused_until is None


def test_a_damaged_file_is_reported_and_breaks_run(make_runner, tmp_path):
    path = tmp_path / "pause.json"
    path.write_text("{oops")
    runner = make_runner()
    problem = PauseKeeper(runner, path).restore()
    assert problem is not None and "pause.json" in problem
    assert runner.state.phase is Phase.WORKING


def test_a_failed_write_keeps_the_pause_in_memory(make_runner, tmp_path):
    path = tmp_path / "missing-folder" / "pause.json"
    runner = make_runner()
    keeper = PauseKeeper(runner, path)
    runner.pause("1h")
    keeper.save()  # the folder does not exist: logged, not raised
    assert runner.state.phase is Phase.PAUSED


def test_a_folder_where_the_pause_file_should_be_is_said_not_silent(make_runner, tmp_path):
    path = tmp_path / "pause.json"
    path.mkdir()
    runner = make_runner()
    keeper = PauseKeeper(runner, path)
    problem = keeper.restore()
    assert problem is not None and "not restored" in problem
    said: list[str] = []
    runner.notification.connect(said.append)
    runner.changed.connect(keeper.save)
    assert runner.pause("2h") is None
    assert runner.pause("3h") is None
    assert len(said) == 1 and "ends if knotbreak restarts" in said[0]
    assert path.is_dir(), "the user's folder is left alone"
