"""Open statistics and journal windows follow breaks: the history watch says when a row may
have been written, and the launchers refresh only a window that is showing."""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import product

import pytest

from knotbreak.adapters.clock import AppClock
from knotbreak.adapters.cycle_runner import CycleRunner
from knotbreak.core import cycle
from knotbreak.core.cycle import CyclePolicy, Phase, Record
from knotbreak.core.history import BreakHistory
from knotbreak.core.settings import Settings
from knotbreak.ui.history_watch import HistoryWatch, may_have_recorded

T0 = datetime(2026, 11, 23, 9, 0).astimezone()
POLICY = CyclePolicy()
MINUTE = timedelta(minutes=1)


def _states() -> dict[str, cycle.CycleState]:
    working = cycle.start(T0, POLICY)
    assert working.due is not None
    notice = cycle.handle(working, cycle.Tick(), working.due - MINUTE, POLICY).state
    on_break = cycle.handle(working, cycle.TakeBreakNow(), T0 + MINUTE, POLICY).state
    snoozed = cycle.handle(notice, cycle.Snooze(), working.due - MINUTE, POLICY).state
    paused = cycle.handle(working, cycle.Pause(None), T0 + MINUTE, POLICY).state
    in_call = cycle.handle(working, cycle.MeetingStarted(), T0 + MINUTE, POLICY).state
    held = cycle.handle(in_call, cycle.Tick(), working.due + MINUTE, POLICY).state
    found = {
        "working": working, "notice": notice, "on_break": on_break, "snoozed": snoozed,
        "paused": paused, "held": held,
    }  # fmt: skip
    assert [state.phase for state in found.values()] == [
        Phase.WORKING, Phase.NOTICE, Phase.ON_BREAK, Phase.WORKING, Phase.PAUSED, Phase.HELD,
    ]  # fmt: skip
    return found


EVENTS: dict[str, cycle.Event] = {
    "tick": cycle.Tick(),
    "take": cycle.TakeBreakNow(),
    "snooze": cycle.Snooze(),
    "skip": cycle.Skip(),
    "finish": cycle.FinishBreak(),
    "resume": cycle.Resume(),
    "pause": cycle.Pause(None),
    "back": cycle.AwayEnded(),
    "away": cycle.AwayStarted(10 * MINUTE),
    "slept": cycle.SleepDetected(20 * MINUTE),
    "call": cycle.MeetingStarted(),
    "call-over": cycle.MeetingEnded(),
    "later": cycle.Postpone(),
}
LATER = {"now": MINUTE * 2, "due": POLICY.work_interval, "stale": 3 * POLICY.work_interval}


@pytest.mark.parametrize(
    ("state_name", "event_name", "when"),
    list(product(_states(), EVENTS, LATER)),
)
def test_every_recorded_break_is_noticed(state_name, event_name, when):
    before = _states()[state_name]
    step = cycle.handle(before, EVENTS[event_name], T0 + LATER[when], POLICY)
    if any(isinstance(effect, Record) for effect in step.effects):
        assert may_have_recorded(before, step.state)


def test_starting_a_break_or_a_quiet_tick_is_not_a_record():
    states = _states()
    working, notice = states["working"], states["notice"]
    assert not may_have_recorded(working, states["on_break"])
    assert not may_have_recorded(working, notice)
    quiet = cycle.handle(working, cycle.Tick(), T0 + 2 * MINUTE, POLICY).state
    assert quiet != working  # last_seen moved: the runner emits `changed` for this
    assert not may_have_recorded(working, quiet)


@pytest.fixture
def history(tmp_path):
    opened = BreakHistory.open(tmp_path / "history.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def runner(history):
    return CycleRunner(AppClock(), Settings(), history)


def test_the_watch_speaks_once_after_a_break_ends(qtbot, runner):
    watch = HistoryWatch(runner)
    heard: list[str] = []
    watch.recorded.connect(lambda: heard.append("recorded"))
    assert runner.take_break_now() is None
    runner.tick()
    qtbot.wait(20)
    assert heard == [], "a break starting writes nothing"
    assert runner.finish_break() is None
    runner.tick()
    assert heard == [], "said after the runner is done, not in the middle of it"
    qtbot.waitUntil(lambda: heard == ["recorded"], timeout=1000)
    qtbot.wait(20)
    assert heard == ["recorded"]


def test_statistics_refresh_only_a_window_that_shows(qtbot, runner, history):
    from knotbreak.ui.statistics import StatisticsLauncher, StatisticsSource

    launcher = StatisticsLauncher(
        StatisticsSource(history, lambda: 8, runner.now)
    )
    launcher.refresh()  # no window yet: nothing to do, nothing built
    assert launcher.window is None
    launcher.open_window()
    window = launcher.window
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    assert window.report is not None and window.report.empty

    watch = HistoryWatch(runner)
    watch.recorded.connect(launcher.refresh)
    runner.skip()
    qtbot.waitUntil(lambda: window.report is not None and not window.report.empty)
    assert window.report.today_tally.skipped == 1
    assert window.pages.currentIndex() == 0, "the numbers replace the empty page"

    window.hide()
    shown = window.report
    runner.skip()
    qtbot.wait(50)
    assert window.report is shown, "a hidden window is not read again"
    launcher.close_window()


def test_journal_refreshes_only_a_window_that_shows(qtbot, tmp_path, monkeypatch):
    from knotbreak.ui.journal.launcher import JournalLauncher

    launcher = JournalLauncher(tmp_path, None, lambda: T0)
    launcher.refresh()  # nothing open: nothing built
    assert launcher.journal_window is None
    launcher.open_journal()
    window = launcher.journal_window
    assert window is not None
    reloads: list[bool] = []
    monkeypatch.setattr(window, "reload", lambda: reloads.append(True))
    launcher.refresh()
    assert reloads == [True]
    window.close()  # closed (hidden, not minimised): let go, and not read again
    assert launcher.journal_window is None
    launcher.refresh()
    assert reloads == [True]
    launcher.close_all()


def test_journal_window_shows_a_new_break_and_a_new_log_entry(qtbot, tmp_path, runner):
    from knotbreak.ui.journal.journal_window import JournalWindow
    from knotbreak.ui.journal.launcher import JournalLauncher
    from knotbreak.ui.journal.log_dialog import LogKnotDialog

    history_path = tmp_path / "history.sqlite3"
    launcher = JournalLauncher(tmp_path, history_path, runner.now)
    watch = HistoryWatch(runner)
    watch.recorded.connect(launcher.refresh)
    launcher.open_journal()
    journal = launcher.journal_window
    assert isinstance(journal, JournalWindow)
    qtbot.waitExposed(journal)

    def breaks_charted() -> int:
        assert journal.data is not None
        return sum(journal.data.breaks)

    assert breaks_charted() == 0
    runner.take_break_now()
    runner.finish_break()
    qtbot.waitUntil(lambda: breaks_charted() == 1, timeout=1000)

    launcher.open_log()
    log = launcher.log_dialog
    assert isinstance(log, LogKnotDialog)
    log.choose("neck-left")
    log.save()
    assert journal.table.rowCount() == 1, "the open journal shows the new entry at once"
    launcher.close_all()
