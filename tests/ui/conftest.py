"""A fake CycleRunner: the interface from docs/contracts.md, with a clock the test moves."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal

from knotbreak.core.cycle import CyclePolicy, CycleState, Phase, start

T0 = datetime(2024, 5, 6, 10, 0, 0)


class FakeRunner(QObject):
    changed = Signal()
    notification = Signal(str)

    def __init__(self, now: datetime = T0, policy: CyclePolicy | None = None) -> None:
        super().__init__()
        self.clock = now
        self.policy = policy or CyclePolicy()
        self.state: CycleState = start(now, self.policy)
        self.scale = 1.0
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self.refusal: str | None = None

    # The CycleRunner interface -------------------------------------------------------

    def now(self) -> datetime:
        return self.clock

    def time_scale(self) -> float:
        return self.scale

    def take_break_now(self) -> str | None:
        return self._intent("take_break_now")

    def snooze(self) -> str | None:
        return self._intent("snooze")

    def skip(self) -> str | None:
        return self._intent("skip")

    def finish_break(self) -> str | None:
        return self._intent("finish_break")

    def pause(self, spec: str) -> str | None:
        return self._intent("pause", spec)

    def resume(self) -> str | None:
        return self._intent("resume")

    def meeting_start(self, spec: str | None = None) -> str | None:
        return self._intent("meeting_start", spec)

    def meeting_end(self) -> str | None:
        return self._intent("meeting_end")

    def postpone(self) -> str | None:
        return self._intent("postpone")

    def skip_micro_break(self) -> str | None:
        return self._intent("skip_micro_break")

    def snooze_micro_break(self) -> str | None:
        return self._intent("snooze_micro_break")

    # Test helpers ----------------------------------------------------------------------

    def _intent(self, name: str, *args: Any) -> str | None:
        self.calls.append((name, args))
        return self.refusal

    def call_names(self) -> list[str]:
        return [name for name, _ in self.calls]

    def advance(self, seconds: float) -> None:
        self.clock += timedelta(seconds=seconds)

    def set_state(self, **changes: Any) -> None:
        self.state = replace(self.state, **changes)
        self.changed.emit()

    def go_working(self) -> None:
        self.state = start(self.clock, self.policy)
        self.changed.emit()

    def go_notice(self, seconds_left: float = 45) -> None:
        due = self.clock + timedelta(seconds=seconds_left)
        self.set_state(phase=Phase.NOTICE, due=due, first_due=due)

    def go_on_break(self, seconds_left: float | None = None) -> None:
        length = self.policy.break_length
        ends = self.clock + (length if seconds_left is None else timedelta(seconds=seconds_left))
        self.set_state(
            phase=Phase.ON_BREAK,
            break_started=ends - length,
            break_ends=ends,
        )

    def go_micro_break(self, number: int = 1, seconds_left: float = 15) -> None:
        ends = self.clock + timedelta(seconds=seconds_left)
        self.set_state(
            phase=Phase.WORKING, micro_started=ends - self.policy.micro_length,
            micro_ends=ends, micros_started=number, micro_due=None,
        )

    def go_paused(self, until: datetime | None = None) -> None:
        self.state = CycleState(
            Phase.PAUSED, self.clock, None, None, self.clock, paused_until=until
        )
        self.changed.emit()

    def go_off_hours(self) -> None:
        self.state = CycleState(Phase.OFF_HOURS, self.clock, None, None, self.clock)
        self.changed.emit()

    def go_phase(self, phase: Phase) -> None:
        {
            Phase.WORKING: self.go_working,
            Phase.NOTICE: self.go_notice,
            Phase.ON_BREAK: self.go_on_break,
            Phase.PAUSED: self.go_paused,
            Phase.OFF_HOURS: self.go_off_hours,
        }[phase]()


@pytest.fixture
def runner(qapp) -> FakeRunner:
    return FakeRunner()


@pytest.fixture
def make_runner(qapp):
    """Build a FakeRunner with a custom policy (test modules cannot import conftest)."""
    return FakeRunner
