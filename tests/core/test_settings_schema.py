"""The settings declarations: one row per key, and everything derived from them agrees."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest

from knotbreak.core.settings import Settings, validate
from knotbreak.core.settings_schema import (
    BY_KEY,
    KEYS,
    PAGES,
    RESTART_KEYS,
    SETTINGS,
    VALIDATORS,
    with_docs_tables,
)

DOC = Path(__file__).resolve().parents[2] / "docs" / "settings.md"


def test_every_field_of_settings_is_declared_once():
    assert set(KEYS) == {f.name for f in fields(Settings)}
    assert len(KEYS) == len(SETTINGS)


@pytest.mark.parametrize("key", [f.name for f in fields(Settings)])
def test_dataclass_default_is_the_declared_default(key):
    assert getattr(Settings(), key) == BY_KEY[key].default


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: s.key)
def test_declared_default_passes_its_own_validator(setting):
    value = list(setting.default) if isinstance(setting.default, tuple) else setting.default
    assert VALIDATORS[setting.key](value) == setting.default


@pytest.mark.parametrize(
    "setting", [s for s in SETTINGS if s.kind == "whole"], ids=lambda s: s.key
)
def test_loading_follows_the_declared_range(setting):
    low, high = setting.minimum, setting.maximum
    assert setting.minimum <= setting.default <= setting.maximum
    for inside in (low, high):
        settings, problems = validate({setting.key: inside})
        assert problems == [] and getattr(settings, setting.key) == inside
    for outside in (low - 1, high + 1):
        settings, problems = validate({setting.key: outside})
        assert getattr(settings, setting.key) == setting.default
        assert f"outside the allowed {low} to {high}" in problems[0]


def test_every_setting_has_a_page_a_label_and_help():
    pages = {page for page, _ in PAGES}
    for setting in SETTINGS:
        assert setting.page in pages
        assert setting.plain_label and setting.help
        assert setting.label.context == "SettingsDialog"
        if setting.requires is not None:
            assert BY_KEY[setting.requires].kind in ("switch", "whole"), setting.key


def test_only_the_language_waits_for_a_restart():
    # The running app follows every other key: CycleRunner.apply_settings hands the new
    # settings to the cycle, the posture coach and the detection unit, which rebuilds
    # the idle and meeting watchers (adapters/detection.py); widgets read the rest live.
    # Translations are installed once, before any widget is built (app.py).
    from knotbreak.adapters.detection import IDLE_KEYS, MEETING_KEYS

    assert {"language"} == RESTART_KEYS
    assert all(BY_KEY[key].applies == "now" for key in (*IDLE_KEYS, *MEETING_KEYS))


def test_docs_settings_md_is_generated_from_the_declarations():
    text = DOC.read_text(encoding="utf-8")
    assert with_docs_tables(text) == text, (
        "docs/settings.md is out of date: run .venv/bin/python tools/settings_docs.py"
    )
    for setting in SETTINGS:
        assert f"| `{setting.key}` |" in text
