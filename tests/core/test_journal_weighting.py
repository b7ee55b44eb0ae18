"""Journal weights: recent and strong knots pull harder, old ones fade, a 0 resets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from knotbreak.core.journal import AREA_IDS, JournalEntry, area_weights, leaning_focus_areas
from knotbreak.core.journal.weighting import AREA_MAX, journal_area_weights
from knotbreak.core.stretches import BODY_AREAS

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def logged(area: str, intensity: int, days_ago: float) -> JournalEntry:
    return JournalEntry(NOW - timedelta(days=days_ago), area, intensity)


def test_no_entries_no_weights():
    assert area_weights([], NOW) == {}


def test_one_strong_knot_today_weighs_about_two_on_its_body_area():
    weights = area_weights([logged("upper-back-left", 7, 0)], NOW)
    assert weights["upper-back"] == pytest.approx(AREA_MAX * (1 - 2.718281828 ** -0.7), rel=1e-6)
    assert weights["shoulder-left"] == pytest.approx(weights["upper-back"] / 2)
    assert set(weights) == {"upper-back", "shoulder-left"}


def test_recent_beats_old_and_intense_beats_mild():
    today = journal_area_weights([logged("jaw", 6, 0)], NOW)["jaw"]
    week_ago = journal_area_weights([logged("jaw", 6, 7)], NOW)["jaw"]
    mild = journal_area_weights([logged("jaw", 2, 0)], NOW)["jaw"]
    assert today > week_ago > 0
    assert today > mild > 0


def test_a_7_halves_its_pull_every_week():
    from knotbreak.core.journal.weighting import area_scores

    assert area_scores([logged("chest", 7, 0)], NOW)["chest"] == pytest.approx(0.7)
    assert area_scores([logged("chest", 7, 14)], NOW)["chest"] == pytest.approx(0.175)


def test_entries_older_than_three_weeks_do_not_count():
    assert area_weights([logged("neck-left", 10, 21.01)], NOW) == {}
    assert area_weights([logged("neck-left", 10, 20.9)], NOW) != {}


def test_repeats_add_up_but_never_past_the_cap():
    once = journal_area_weights([logged("neck-left", 7, 0)], NOW)["neck-left"]
    thrice = journal_area_weights([logged("neck-left", 7, d) for d in (0, 1, 2)], NOW)
    many = journal_area_weights([logged("neck-left", 10, 0)] * 50, NOW)
    assert once < thrice["neck-left"] < AREA_MAX
    assert many["neck-left"] <= AREA_MAX


def test_logging_zero_means_the_knot_has_gone():
    entries = [logged("wrist-right", 8, 5), logged("wrist-right", 8, 3)]
    entries.append(logged("wrist-right", 0, 1))
    assert area_weights(entries, NOW) == {}
    entries.append(logged("wrist-right", 4, 0))
    assert area_weights(entries, NOW)["hand-right"] > 0, "it came back: only the new one counts"


def test_unknown_areas_from_a_newer_version_are_ignored():
    assert area_weights([logged("little-toe-left", 9, 0)], NOW) == {}


def test_an_entry_from_the_future_counts_as_now():
    future = JournalEntry(NOW + timedelta(hours=3), "chest", 7)
    assert area_weights([future], NOW) == area_weights([logged("chest", 7, 0)], NOW)


def test_both_sides_of_the_upper_back_stay_within_the_cap():
    entries = [logged(area, 10, 0) for area in ("upper-back-left", "upper-back-right")] * 5
    assert area_weights(entries, NOW)["upper-back"] == AREA_MAX


def test_the_journal_asks_for_a_focus_area_once_it_weighs_enough():
    assert leaning_focus_areas(area_weights([logged("upper-back-left", 7, 0)], NOW)) >= {
        "upper-back-chest"
    }
    assert leaning_focus_areas(area_weights([logged("jaw", 1, 20)], NOW)) == frozenset()


@given(
    st.lists(
        st.tuples(
            st.sampled_from(AREA_IDS),
            st.integers(0, 10),
            st.floats(-1, 30, allow_nan=False),
        ),
        max_size=40,
    )
)
def test_weights_are_always_catalog_areas_between_zero_and_the_cap(raw):
    weights = area_weights([logged(a, i, d) for a, i, d in raw], NOW)
    assert set(weights) <= set(BODY_AREAS)
    assert all(0 < value <= AREA_MAX for value in weights.values())


def test_a_chest_entry_does_not_lean_the_routines_toward_chest_stretches():
    # Chest pain can be the heart: it gets the urgent signs, never more chest stretches.
    entries = [logged("chest", 8, 0), logged("chest", 9, 1), logged("chest", 7, 2)]
    assert area_weights(entries, NOW) == {}
    assert leaning_focus_areas(area_weights(entries, NOW)) == frozenset()
