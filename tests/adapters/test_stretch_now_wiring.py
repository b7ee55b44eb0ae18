"""Stretch now through GuidedBreaks and the control channel: the chosen routine is the
one the break guides through, the break lasts exactly as long, and refusals are words."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from knotbreak.adapters.break_session import StretchLibrary
from knotbreak.adapters.control_commands import ControlCommands
from knotbreak.adapters.guided_breaks import GuidedBreaks
from knotbreak.core import cycle
from knotbreak.core.control_protocol import Request, encode_request, parse_request
from knotbreak.core.cycle import CyclePolicy, Phase
from knotbreak.core.history import BreakHistory
from knotbreak.core.settings import Settings
from knotbreak.core.stretches import FOCUS_AREAS, routine_duration
from knotbreak.core.stretches.start_now import StartNowRequest
from knotbreak.resources_path import resource

START = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


class Runner:
    """The real cycle on a fixed clock; opens the guided session as the presenter would."""

    def __init__(self) -> None:
        self.policy = CyclePolicy()
        self.state = cycle.start(START, self.policy)
        self.settings = Settings()
        self.guided: GuidedBreaks | None = None
        self.records: list[cycle.BreakRecord] = []

    def now(self) -> datetime:
        return START

    def dispatch(self, event: cycle.Event) -> str | None:
        before = self.state.phase
        step = cycle.handle(self.state, event, START, self.policy)
        self.state = step.state
        self.records += [e.entry for e in step.effects if isinstance(e, cycle.Record)]
        opened = before is not Phase.ON_BREAK and self.state.phase is Phase.ON_BREAK
        if self.guided is not None and opened:
            self.guided.begin()
        return step.rejected

    def stretch_now(self, length: timedelta) -> str | None:
        return self.dispatch(cycle.StretchNow(length))

    def finish_break(self) -> str | None:
        return self.dispatch(cycle.FinishBreak())

    def set_break_end(self, moment: datetime | None) -> str | None:
        return self.dispatch(cycle.SetBreakEnd(moment))

    def status_line(self) -> str:
        return self.state.phase.value


@pytest.fixture(scope="module")
def library():
    return StretchLibrary(
        resource("stretches/catalog.json"), None, resource("stretches/poses.json")
    )


@pytest.fixture
def wired(library):
    runner = Runner()
    guided = GuidedBreaks(library, BreakHistory.in_memory(), runner)
    runner.guided = guided
    return runner, guided


def test_a_neck_routine_starts_as_a_break_exactly_as_long(wired, library):
    runner, guided = wired
    assert guided.start_now(StartNowRequest(area="neck-shoulders", minutes=3)) is None
    assert runner.state.phase is Phase.ON_BREAK
    session = guided.session
    assert session is not None
    assert runner.state.break_ends - START == routine_duration(session.routine)
    ids = guided.stretch_ids()
    assert ids
    for stretch_id in ids:
        entry = next(e for e in library.catalog.entries if e.id == stretch_id)
        assert set(entry.body_areas) & FOCUS_AREAS["neck-shoulders"]


def test_finishing_records_the_break_and_its_stretches(wired):
    runner, guided = wired
    guided.start_now(StartNowRequest(stretch_id="chin-tuck"))
    assert guided.stretch_ids() == ["chin-tuck"]
    runner.finish_break()
    guided.end()
    assert [r.outcome for r in runner.records] == [cycle.Outcome.COMPLETED]
    assert runner.state.phase is Phase.WORKING


def test_a_refusal_leaves_no_routine_waiting_for_the_next_break(wired):
    runner, guided = wired
    runner.dispatch(cycle.TakeBreakNow())
    first = guided.stretch_ids()
    refused = guided.start_now(StartNowRequest(stretch_id="eye-break"))
    assert refused is not None and "already" in refused
    assert guided.stretch_ids() == first
    guided.end()
    runner.finish_break()
    runner.dispatch(cycle.TakeBreakNow())
    # The refused one-stretch routine did not sneak into the next (scheduled-style) break.
    assert len(guided.stretch_ids()) > 1


def test_control_channel_carries_the_request(wired):
    runner, guided = wired
    commands = ControlCommands(
        runner,
        tray_shown=lambda: True, show=lambda: None, quit_app=lambda: None,
        stretch_now=guided.start_now_argument,
    )
    request = parse_request(encode_request(Request("stretch-now", "eyes 2")))
    assert commands(request)["ok"] is True
    assert runner.state.phase is Phase.ON_BREAK
    bad = commands(Request("stretch-now", "knees"))
    assert bad == {"ok": False, "error": bad["error"]}
    assert "no area called 'knees'" in bad["error"]
