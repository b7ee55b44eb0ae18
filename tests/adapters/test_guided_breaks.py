"""Guided breaks lean toward what the knot journal says: a statistical test over many
seeded routines from the real catalog, plus the wiring through GuidedBreaks."""

from __future__ import annotations

import math
import random
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import cast

import pytest

from knotbreak.adapters.break_session import RoutineChoices, StretchLibrary, start_session
from knotbreak.adapters.guided_breaks import GuidedBreaks
from knotbreak.adapters.journal_access import JournalAccess
from knotbreak.core.cycle import CyclePolicy, CycleState, Phase, start
from knotbreak.core.history import BreakHistory
from knotbreak.core.journal import JournalStore, area_weights
from knotbreak.core.settings import Settings
from knotbreak.resources_path import resource

START = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
SEEDS = range(300)


@pytest.fixture(scope="module")
def library():
    return StretchLibrary(
        resource("stretches/catalog.json"), None, resource("stretches/poses.json")
    )


@pytest.fixture(scope="module")
def upper_back_weights():
    """The journal after logging upper-back-left at 7 four times this week."""
    journal = JournalStore.in_memory()
    for days_ago in (0, 1, 3, 5):
        journal.log("upper-back-left", 7, None, START - timedelta(days=days_ago))
    weights = area_weights(journal.entries_since(START - timedelta(days=21)), START)
    journal.close()
    return weights


@dataclass
class Tally:
    routines: int = 0
    first_is_upper_back: int = 0
    upper_back_counts: list[int] = field(default_factory=list)
    upper_back_seconds: float = 0.0
    work_seconds: float = 0.0

    @property
    def first_rate(self) -> float:
        return self.first_is_upper_back / self.routines

    @property
    def mean_count(self) -> float:
        return sum(self.upper_back_counts) / self.routines

    @property
    def time_share(self) -> float:
        return self.upper_back_seconds / self.work_seconds


def tally(library, weights, length, choices=None) -> Tally:
    result = Tally()
    works_upper_back = {
        entry.id for entry in library.catalog.entries if "upper-back" in entry.body_areas
    }
    for seed in SEEDS:
        session = start_session(
            library,
            choices or RoutineChoices(),
            started_at=START,
            break_length=length,
            recently_used={},
            area_weights=weights,
            on_break_end_changed=lambda _moment: None,
            on_finished=lambda _when: None,
            rng=random.Random(seed),
        )
        work = [segment for segment in session.routine if segment.is_work]
        ids = set(dict.fromkeys(segment.stretch_id for segment in work))
        result.routines += 1
        result.first_is_upper_back += work[0].stretch_id in works_upper_back
        result.upper_back_counts.append(len(ids & works_upper_back))
        for segment in work:
            seconds = segment.duration.total_seconds()
            result.work_seconds += seconds
            if segment.stretch_id in works_upper_back:
                result.upper_back_seconds += seconds
    return result


def welch_z(a: list[int], b: list[int]) -> float:
    """How many standard errors apart two means are (large samples: ~normal)."""
    mean_a, mean_b = sum(a) / len(a), sum(b) / len(b)
    var_a = sum((x - mean_a) ** 2 for x in a) / (len(a) - 1)
    var_b = sum((x - mean_b) ** 2 for x in b) / (len(b) - 1)
    return (mean_b - mean_a) / math.sqrt(var_a / len(a) + var_b / len(b))


def two_proportion_z(hits_a: int, hits_b: int, n: int) -> float:
    pooled = (hits_a + hits_b) / (2 * n)
    return (hits_b - hits_a) / n / math.sqrt(pooled * (1 - pooled) * 2 / n)


@pytest.mark.parametrize("minutes", [3, 5])
def test_logged_upper_back_knots_make_routines_lean_markedly_toward_the_upper_back(
    library, upper_back_weights, minutes
):
    length = timedelta(minutes=minutes)
    plain = tally(library, None, length)
    leaning = tally(library, upper_back_weights, length)

    # Opens with an upper-back item nearly always, against well under that without (the
    # catalog's upper-back items include a strengthening item and ball compression).
    assert plain.first_rate < 0.7
    assert leaning.first_rate > 0.9
    assert two_proportion_z(plain.first_is_upper_back, leaning.first_is_upper_back, 300) > 8
    # More upper-back stretches per routine (one-sided test, p < 0.001 needs z > 3.1) ...
    assert welch_z(plain.upper_back_counts, leaning.upper_back_counts) > 3.1
    assert leaning.mean_count > plain.mean_count * 1.15
    # ... and more of the break's working time on it.
    assert leaning.time_share > plain.time_share * 1.2


def test_the_journal_brings_back_an_area_the_settings_leave_out(library, upper_back_weights):
    wrists_only = RoutineChoices(focus_areas=frozenset({"wrists-forearms"}))
    plain = tally(library, None, timedelta(minutes=3), wrists_only)
    leaning = tally(library, upper_back_weights, timedelta(minutes=3), wrists_only)
    # Without the journal only ball compression (which serves the forearms too) opens with
    # the upper back; with it, nearly every routine does.
    assert plain.first_rate < 0.6
    assert leaning.first_rate > 0.9
    assert two_proportion_z(plain.first_is_upper_back, leaning.first_is_upper_back, 300) > 8
    assert leaning.mean_count >= 1.0


# GuidedBreaks -------------------------------------------------------------------------


class Runner:
    """The BreakRunner protocol with a fixed clock, on a 3-minute break."""

    def __init__(self, now: datetime) -> None:
        self._now = now
        policy = CyclePolicy()
        self.state: CycleState = replace(
            start(now, policy),
            phase=Phase.ON_BREAK,
            break_started=now,
            break_ends=now + timedelta(minutes=3),
        )
        self.settings = Settings()
        self.finished = 0

    def now(self) -> datetime:
        return self._now

    def finish_break(self) -> str | None:
        self.finished += 1
        return None

    def set_break_end(self, moment: datetime | None) -> str | None:
        return None

    def stretch_now(self, length: timedelta) -> str | None:
        return None


def test_guided_breaks_ask_the_journal_for_weights_as_each_break_begins(library):
    asked: list[datetime] = []

    def weights(now: datetime) -> dict[str, float]:
        asked.append(now)
        return {"forearm-right": 4.0, "hand-right": 4.0}

    guided = GuidedBreaks(library, BreakHistory.in_memory(), Runner(START), weights)
    session = guided.begin()
    assert asked == [START]
    assert session is not None
    first = next(segment for segment in session.routine if segment.is_work)
    assert "forearm-right" in library.catalog[first.stretch_id].body_areas


def test_a_broken_journal_never_costs_the_guided_break(library, caplog):
    def broken(_now: datetime) -> dict[str, float]:
        raise OSError("disk on fire")

    guided = GuidedBreaks(library, BreakHistory.in_memory(), Runner(START), broken)
    assert guided.begin() is not None
    assert "do not lean this time" in caplog.text


def test_without_a_journal_guided_breaks_work_as_before(library):
    guided = GuidedBreaks(library, BreakHistory.in_memory(), Runner(START))
    assert guided.begin() is not None


def test_journal_access_opens_lazily_and_sees_what_the_command_line_wrote(tmp_path):
    access = JournalAccess(tmp_path)
    assert not access.path.exists(), "nothing is opened before it is needed"
    assert access.area_weights(START) == {}
    other = JournalStore.open(access.path)  # the command line, in another connection
    other.log("upper-back-left", 7, None, START - timedelta(hours=1))
    other.close()
    assert access.area_weights(START)["upper-back"] > 1.5
    assert access.problem is None
    access.close()


def test_journal_access_reports_a_damaged_file_once_and_goes_on(tmp_path):
    access = JournalAccess(tmp_path)
    access.path.write_bytes(b"garbage" * 300)
    assert access.area_weights(START) == {}
    assert access.problem is not None and "kept as" in access.problem
    access.close()


def test_the_sound_settings_reach_the_break_session():
    from knotbreak.adapters.guided_breaks import choices_from

    choices = choices_from(Settings(sounds=True, sound_volume=25))
    assert (choices.sound_enabled, choices.sound_volume) == (True, 25)


def test_status_names_the_routine_of_the_break_in_progress(library):
    guided = GuidedBreaks(library, BreakHistory.in_memory(), Runner(START))
    assert guided.describe() == {"routine": []}
    session = guided.begin()
    assert session is not None
    ids = guided.describe()["routine"]
    assert isinstance(ids, list)
    assert ids and all(library.catalog.get(stretch_id) for stretch_id in ids)
    assert ids[0] == next(s.stretch_id for s in session.routine if s.is_work)
    guided.end()
    assert guided.describe() == {"routine": []}


def test_dont_show_again_saves_the_setting_skips_at_once_and_is_never_picked(library):
    runner = Runner(START)
    saved: list[dict[str, object]] = []

    def save(changes: dict[str, object]) -> str | None:
        saved.append(changes)
        hidden = tuple(cast("Iterable[str]", changes["hidden_stretches"]))
        runner.settings = replace(runner.settings, hidden_stretches=hidden)
        return None

    guided = GuidedBreaks(library, BreakHistory.in_memory(), runner)
    guided.save_settings = save
    session = guided.begin()
    assert session is not None
    first = session.routine[0].stretch_id
    assert session.hide_stretch(first, START) is None
    assert saved == [{"hidden_stretches": [first]}]
    now_on = session.player.position(START).segment
    assert now_on is None or now_on.stretch_id != first  # moved past it at once
    guided.end()
    for _ in range(20):
        later = guided.begin()
        assert later is not None and first not in guided.stretch_ids()
        guided.end()


def test_dont_show_again_still_skips_when_saving_fails(library):
    guided = GuidedBreaks(library, BreakHistory.in_memory(), Runner(START))
    guided.save_settings = lambda _changes: "the disk is full"
    session = guided.begin()
    assert session is not None
    first = session.routine[0].stretch_id
    assert session.hide_stretch(first, START) == "the disk is full"
    now_on = session.player.position(START).segment
    assert now_on is None or now_on.stretch_id != first
