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
    entries = [logged("lower-back-right", 6, 16), logged("lower-back-right", 5, 0)]
    assert clinician_advice(entries, NOW) is None


def test_less_than_two_weeks_of_logging_is_too_soon_to_say():
    entries = [logged("forearm-left", 5, 13), logged("forearm-left", 6, 0)]
    assert clinician_advice(entries, NOW) is None


def test_a_zero_starts_a_new_episode():
    entries = [logged("hip-left", 5, 20), logged("hip-left", 0, 10), logged("hip-left", 5, 0)]
    assert clinician_advice(entries, NOW) is None
    assert clinician_advice(entries[:1] + entries[2:], NOW) is not None


def test_entries_older_than_four_weeks_are_history():
    entries = [logged("chest", 4, 29), logged("chest", 6, 0)]
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
