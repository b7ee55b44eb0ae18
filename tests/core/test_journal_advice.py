"""Clinician advice: repeated high scores, no improvement over two weeks, and silence
when things get better; plus the red-flag resource it points to."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from knotbreak.core.journal import JournalEntry, clinician_advice, load_health_notes
from knotbreak.core.journal.health_notes import HealthNotesError, parse_health_notes
from knotbreak.resources_path import resource

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def logged(area: str, intensity: int, days_ago: float) -> JournalEntry:
    return JournalEntry(NOW - timedelta(days=days_ago), area, intensity)


def test_nothing_to_say_about_an_empty_or_calm_journal():
    assert clinician_advice([], NOW) is None
    assert clinician_advice([logged("neck-left", 4, d) for d in (0, 2, 5)], NOW) is None


def test_three_high_scores_within_two_weeks_name_the_area():
    entries = [logged("upper-back-left", 7, 0), logged("upper-back-left", 8, 4),
               logged("upper-back-left", 9, 13)]
    advice = clinician_advice(entries, NOW)
    assert advice is not None
    (finding,) = advice.findings
    assert (finding.area, finding.rule, finding.count) == ("upper-back-left", "repeated-high", 3)
    text = advice.message()
    assert "left upper back" in text and "3 times" in text
    assert "doctor or physiotherapist" in text
    assert "diagnos" not in text.lower() or "cannot tell" in text


def test_two_high_scores_or_high_scores_spread_over_more_than_two_weeks_are_not_enough():
    assert clinician_advice([logged("jaw", 8, 0), logged("jaw", 8, 1)], NOW) is None
    spread = [logged("jaw", 8, 0), logged("jaw", 8, 6), logged("jaw", 8, 15)]
    advice = clinician_advice(spread, NOW)
    # Not "repeated high" (only two in 14 days), but 15 days without easing is.
    assert advice is not None and advice.findings[0].rule == "no-improvement"


def test_high_scores_in_different_areas_do_not_add_up():
    entries = [logged("neck-left", 8, 0), logged("neck-right", 8, 1), logged("jaw", 8, 2)]
    assert clinician_advice(entries, NOW) is None


def test_no_improvement_across_two_weeks():
    entries = [logged("lower-back-right", 5, 16), logged("lower-back-right", 4, 8),
               logged("lower-back-right", 5, 0)]
    advice = clinician_advice(entries, NOW)
    assert advice is not None
    (finding,) = advice.findings
    assert finding.rule == "no-improvement"
    assert (finding.first, finding.latest, finding.days) == (5, 5, 16)
    assert "right lower back" in advice.message() and "16 days" in advice.message()


def test_improvement_means_no_advice():
    # Eased by 2 points, or by 30 % of a low first score: that is improvement.
    entries = [logged("lower-back-right", 6, 16), logged("lower-back-right", 4, 0)]
    assert clinician_advice(entries, NOW) is None
    entries = [logged("lower-back-right", 3, 16), logged("lower-back-right", 2, 0)]
    assert clinician_advice(entries, NOW) is None


@pytest.mark.parametrize(
    ("scores", "days_ago"),
    [
        ((8, 7, 7), (20, 10, 0)),  # the examples: one point is not improvement
        ((6, 5), (27, 0)),
        ((6, 6), (30, 0)),
        ((5, 4), (14, 0)),
    ],
)
def test_easing_by_one_point_over_two_to_four_weeks_is_no_improvement(scores, days_ago):
    entries = [logged("neck-right", s, d) for s, d in zip(scores, days_ago, strict=True)]
    advice = clinician_advice(entries, NOW)
    assert advice is not None
    (finding,) = advice.findings
    assert finding.rule == "no-improvement"
    assert (finding.first, finding.latest, finding.days) == (scores[0], scores[-1], days_ago[0])
    assert "two to four weeks" in advice.message()


def test_a_knot_that_keeps_coming_back_brings_the_note():
    # Moderate (4-6), eased in between (0s), on 8 different days within a month.
    entries = []
    for day in (1, 4, 8, 11, 15, 18, 22, 26):
        entries += [logged("shoulder-left", 5, day), logged("shoulder-left", 0, day - 0.5)]
    advice = clinician_advice(entries, NOW)
    assert advice is not None
    (finding,) = advice.findings
    assert (finding.rule, finding.count) == ("recurring", 8)
    assert "8 different days" in advice.message() and "left shoulder" in advice.message()
    # Seven days, or mild scores, or spread over more than a month: not yet.
    assert clinician_advice(entries[:-2], NOW) is None
    mild = [logged("shoulder-left", 3, day) for day in range(1, 25, 3)]
    assert clinician_advice([*mild, logged("shoulder-left", 0, 0)], NOW) is None


def test_chest_jaw_and_head_show_the_urgent_signs_first_at_any_intensity():
    from knotbreak.core.journal.advice import urgent_signs_first

    assert all(urgent_signs_first(area) for area in ("chest", "jaw", "head"))
    assert not urgent_signs_first("neck-left") and not urgent_signs_first("eyes")
    notes = load_health_notes(resource("health/red_flags.json"))
    for area in ("chest", "jaw", "head"):
        warning = notes.area_warning(area)
        assert warning is not None and "emergency number" in warning.text
        assert all(getattr(notes.source(s), "url", None) for s in warning.sources)
    chest = notes.area_warning("chest")
    assert chest is not None
    assert "arm" in chest.text and "jaw" in chest.text and "breathless" in chest.text


def test_less_than_two_weeks_of_logging_is_too_soon_to_say():
    entries = [logged("forearm-left", 5, 13), logged("forearm-left", 6, 0)]
    assert clinician_advice(entries, NOW) is None


def test_a_zero_starts_a_new_episode():
    entries = [logged("hip-left", 5, 20), logged("hip-left", 0, 10), logged("hip-left", 5, 0)]
    assert clinician_advice(entries, NOW) is None
    assert clinician_advice(entries[:1] + entries[2:], NOW) is not None


def test_entries_older_than_six_weeks_are_history():
    entries = [logged("chest", 4, 43), logged("chest", 6, 0)]
    assert clinician_advice(entries, NOW) is None


def test_several_areas_are_named_in_body_map_order():
    entries = [logged("wrist-right", 7, d) for d in (0, 1, 2)] + [
        logged("neck-left", 8, d) for d in (0, 3, 6)
    ]
    advice = clinician_advice(entries, NOW)
    assert advice is not None and advice.areas == ("neck-left", "wrist-right")


def test_red_flags_resource_loads_with_sources_for_every_item():
    notes = load_health_notes(resource("health/red_flags.json"))
    assert "prevention and comfort" in notes.not_diagnosis
    assert "not diagnose" in notes.not_diagnosis or "does not diagnose" in notes.not_diagnosis
    urgent, appointment = notes.group("urgent"), notes.group("appointment")
    assert urgent is not None and appointment is not None
    assert len(urgent.items) >= 4 and len(appointment.items) >= 4
    texts = " ".join(item.text for item in urgent.items).lower()
    for sign in ("chest", "stiff neck", "groin", "numbness", "speech"):
        assert sign in texts
    for group in notes.groups:
        for item in group.items:
            assert item.sources and all(notes.source(s) is not None for s in item.sources)
    urls = [source.url for source in notes.sources if source.url]
    assert urls and all(url.startswith("https://") for url in urls)


def test_a_broken_health_notes_file_names_the_problem(tmp_path):
    data = json.loads(resource("health/red_flags.json").read_text())
    data["groups"][0]["items"][0]["sources"] = ["nowhere"]
    with pytest.raises(HealthNotesError, match="known sources"):
        parse_health_notes(data)
    broken = tmp_path / "red_flags.json"
    broken.write_text("{")
    with pytest.raises(HealthNotesError, match="could not be read"):
        load_health_notes(broken)


def test_one_severe_score_is_reason_enough_while_it_is_fresh():
    advice = clinician_advice([logged("jaw", 9, 0.5)], NOW)
    assert advice is not None
    (finding,) = advice.findings
    assert (finding.area, finding.rule, finding.latest) == ("jaw", "severe", 9)
    assert "9 out of 10" in advice.message()
    # Days later, and without more entries, it no longer speaks for today.
    assert clinician_advice([logged("jaw", 9, 3)], NOW) is None
    assert clinician_advice([logged("jaw", 8, 0.5)], NOW) is None


def test_red_flags_say_sudden_and_name_spreading_pain_and_one_leg_each_with_a_page():
    notes = load_health_notes(resource("health/red_flags.json"))
    urgent, appointment = notes.group("urgent"), notes.group("appointment")
    assert urgent is not None and appointment is not None
    stroke = next(item for item in urgent.items if item.id == "stroke-signs")
    assert stroke.text.startswith("Sudden weakness, numbness or tingling")
    assert "new weakness" not in stroke.text.lower()
    booked = {item.id: item.text for item in appointment.items}
    assert "arm or a leg" in booked["spreading-pain"]
    assert "leg feels numb or weak" in booked["one-leg"]
    # Every item rests on pages that say it: a link with a path, never a bare home page.
    for group in notes.groups:
        for item in group.items:
            for source_id in item.sources:
                source = notes.source(source_id)
                assert source is not None and source.url, (item.id, source_id)
                path = source.url.split("://", 1)[1].partition("/")[2]
                assert path.strip("/"), f"{item.id} cites the home page {source.url}"
