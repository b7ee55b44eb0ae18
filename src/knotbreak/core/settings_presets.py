"""Presets: a few named sets of break settings, so nobody has to tune eight numbers.

A preset only touches the keys in PRESET_KEYS (rhythm and length of breaks, hold length,
snoozing); focus areas, working hours, meetings, sounds and language stay as the user set
them. Every preset names every one of those keys, so "which preset is this?" has a clear
answer: the one whose values all match, or none ("Custom").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from knotbreak.core.settings import Settings, merge_settings
from knotbreak.core.text import translatable

PRESET_KEYS: tuple[str, ...] = (
    "work_interval_minutes",
    "break_seconds",
    "long_break_every",
    "long_break_seconds",
    "prefer_long_holds",
    "notice_seconds",
    "snooze_minutes",
    "snooze_limit",
)


@dataclass(frozen=True)
class Preset:
    id: str
    name: str
    """A core Text (English, translatable under the "Presets" context): the UI shows it
    with `localized()`, the command line and logs as the English it is."""
    description: str
    """One or two sentences, a core Text like `name`."""
    values: Mapping[str, Any]


def _defaults_for_preset_keys() -> Mapping[str, Any]:
    # Balanced is whatever the defaults are, so changing a default cannot leave the two
    # quietly disagreeing.
    defaults = Settings().to_json()
    return MappingProxyType({key: defaults[key] for key in PRESET_KEYS})


GENTLE = Preset(
    "gentle",
    translatable("Presets", "Gentle"),
    translatable("Presets", "A short break every hour, few long breaks, and room to snooze."),
    MappingProxyType(
        {
            "work_interval_minutes": 60,
            "break_seconds": 120,
            "long_break_every": 6,
            "long_break_seconds": 300,
            "prefer_long_holds": False,
            "notice_seconds": 120,
            "snooze_minutes": 10,
            "snooze_limit": 3,
        }
    ),
)

BALANCED = Preset(
    "balanced",
    translatable("Presets", "Balanced"),
    translatable(
        "Presets", "A 3-minute break every 45 minutes and a longer one every fourth time."
    ),
    _defaults_for_preset_keys(),
)

RECOVERING = Preset(
    "recovering",
    translatable("Presets", "Recovering from discomfort"),
    translatable(
        "Presets",
        "Breaks every 30 minutes, longer breaks and fewer snoozes; stretches keep the "
        "usual 2 x 30 s holds. If pain is sharp or lasts, please see a health professional.",
    ),
    MappingProxyType(
        {
            "work_interval_minutes": 30,
            "break_seconds": 300,
            "long_break_every": 3,
            "long_break_seconds": 900,
            # Two-minute holds are a practice, not a proven treatment: the reference dose
            # (2 x 30 s) stays; long holds remain the user's own choice in Settings.
            "prefer_long_holds": False,
            "notice_seconds": 60,
            "snooze_minutes": 5,
            "snooze_limit": 1,
        }
    ),
)

PRESETS: tuple[Preset, ...] = (GENTLE, BALANCED, RECOVERING)


def preset_by_id(preset_id: str) -> Preset:
    for preset in PRESETS:
        if preset.id == preset_id:
            return preset
    raise KeyError(f"no preset {preset_id!r}; use {', '.join(p.id for p in PRESETS)}")


def apply_preset(settings: Settings, preset: Preset) -> Settings:
    """`settings` with the preset's values; raises ValueError if the preset is invalid."""
    return merge_settings(settings, preset.values)


def matching_preset(settings: Settings | Mapping[str, Any]) -> Preset | None:
    """The preset whose values `settings` all have, or None for a custom combination.

    Takes Settings or their JSON form (what the settings dialog holds while editing).
    """
    values = settings.to_json() if isinstance(settings, Settings) else settings
    for preset in PRESETS:
        if all(values.get(key) == value for key, value in preset.values.items()):
            return preset
    return None
