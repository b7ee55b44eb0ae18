"""Presets: each is valid, each is recognised after it is applied, and only its keys change."""

from __future__ import annotations

from dataclasses import replace

import pytest

from knotbreak.core.settings import Settings, merge_settings
from knotbreak.core.settings_presets import (
    BALANCED,
    PRESET_KEYS,
    PRESETS,
    RECOVERING,
    apply_preset,
    matching_preset,
    preset_by_id,
)
from knotbreak.core.text import Text


@pytest.mark.parametrize("preset", PRESETS, ids=lambda p: p.id)
def test_every_preset_is_valid_and_complete(preset):
    assert set(preset.values) == set(PRESET_KEYS)
    merge_settings(Settings(), preset.values)  # raises if any value is out of range


@pytest.mark.parametrize("preset", PRESETS, ids=lambda p: p.id)
def test_an_applied_preset_is_recognised(preset):
    start = replace(Settings(), work_interval_minutes=37, focus_areas=("eyes",), sounds=False)
    applied = apply_preset(start, preset)
    assert matching_preset(applied) == preset
    assert matching_preset(applied.to_json()) == preset


@pytest.mark.parametrize("preset", PRESETS, ids=lambda p: p.id)
def test_a_preset_leaves_other_settings_alone(preset):
    start = replace(
        Settings(), focus_areas=("eyes",), sounds=False, working_hours_enabled=True,
        language="de", daily_break_goal=9, meeting_microphone=True, sitting_only=True,
    )
    applied = apply_preset(start, preset)
    for key, value in start.to_json().items():
        if key not in PRESET_KEYS:
            assert applied.to_json()[key] == value, key


def test_defaults_are_balanced():
    assert matching_preset(Settings()) is BALANCED


def test_presets_differ_from_each_other():
    seen = {tuple(sorted(p.values.items())) for p in PRESETS}
    assert len(seen) == len(PRESETS)


def test_a_changed_value_makes_it_custom():
    assert matching_preset(replace(Settings(), break_seconds=200)) is None
    # Keys outside the presets do not matter.
    assert matching_preset(replace(Settings(), sounds=False)) is BALANCED


def test_recovering_gives_more_breaks_but_not_two_minute_holds_as_treatment():
    values = RECOVERING.values
    # Long holds are a practice, not a proven treatment: the preset keeps 2 x 30 s.
    assert values["prefer_long_holds"] is False
    assert "2-minute" not in RECOVERING.description
    assert "2 x 30 s" in RECOVERING.description
    assert values["work_interval_minutes"] < Settings().work_interval_minutes
    assert values["break_seconds"] > Settings().break_seconds
    assert values["long_break_every"] < Settings().long_break_every


def test_preset_by_id():
    assert preset_by_id("recovering") is RECOVERING
    with pytest.raises(KeyError, match="gentle"):
        preset_by_id("turbo")


@pytest.mark.parametrize("preset", PRESETS, ids=lambda p: p.id)
def test_names_and_descriptions_are_translatable_english(preset):
    # Core Texts: plain English here, looked up under "Presets" by the settings dialog.
    for text in (preset.name, preset.description):
        assert isinstance(text, Text)
        assert text.context == "Presets" and text.source == str(text)
    assert BALANCED.name == "Balanced"
