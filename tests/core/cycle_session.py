"""A fake clock driving the break cycle the way the scheduler would, for the core tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from knotbreak.core import cycle
from knotbreak.core.cycle import CyclePolicy, Outcome, Phase

ZONE = ZoneInfo("Europe/Berlin")
MONDAY_9 = datetime(2026, 11, 23, 9, 0, tzinfo=ZONE)
POLICY = CyclePolicy()  # 45 min work, 3 min break, 60 s notice, 5 min snooze, 2 snoozes


@dataclass
class Session:
    """A fake clock and the cycle it drives; `records` collects what history would store."""

    policy: CyclePolicy = POLICY
    now: datetime = MONDAY_9
    records: list[cycle.BreakRecord] = field(default_factory=list)
    micro_records: list[cycle.MicroRecord] = field(default_factory=list)
    micro_starts: list[datetime] = field(default_factory=list)
    """Every moment a micro-break opened, with the state of the cycle right after."""
    notes: list[str] = field(default_factory=list)
    phases: list[Phase] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.state = cycle.start(self.now, self.policy)

    def send(self, event: cycle.Event) -> str | None:
        before = self.state
        step = cycle.handle(self.state, event, self.now, self.policy)
        self.state = step.state
        self.phases.append(step.state.phase)
        opened = step.state.micro_started
        if opened is not None and opened != before.micro_started:
            self.micro_starts.append(opened)
        for effect in step.effects:
            if isinstance(effect, cycle.Record):
                self.records.append(effect.entry)
            elif isinstance(effect, cycle.RecordMicro):
                self.micro_records.append(effect.entry)
            else:
                self.notes.append(effect.message)
        return step.rejected

    def wait(self, **delta: float) -> None:
        """Let time pass the way the scheduler would: a Tick at every wake-up on the way."""
        target = self.now + timedelta(**delta)
        while True:
            upcoming = [m for m in cycle.wakeups(self.state, self.policy).values() if m > self.now]
            if not upcoming or min(upcoming) > target:
                break
            self.now = min(upcoming)
            self.send(cycle.Tick())
        self.now = target
        self.send(cycle.Tick())

    def jump(self, **delta: float) -> None:
        """The clock moves with no wake-up in between (sleep, or a clock change)."""
        self.now += timedelta(**delta)
        self.send(cycle.Tick())

    def leave(self) -> None:
        """The user walks away: the idle watcher notices a minute later."""
        self.wait(minutes=1)
        self.send(cycle.AwayStarted(timedelta(minutes=1)))

    def come_back(self) -> None:
        self.send(cycle.AwayEnded(timedelta(seconds=2)))

    @property
    def outcomes(self) -> list[Outcome]:
        return [record.outcome for record in self.records]
