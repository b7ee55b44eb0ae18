"""Long breaks: every Nth break is longer; the two settings are validated like the rest."""

from __future__ import annotations

from datetime import timedelta

import pytest

from knotbreak.core.settings import Settings, is_long_break, validate


@pytest.mark.parametrize(
    ("number", "every", "long"),
    [
        (1, 4, False),
        (3, 4, False),
        (4, 4, True),
        (8, 4, True),
        (9, 4, False),
        (1, 1, True),
        (4, 0, False),
        (0, 4, False),
        (-4, 4, False),
    ],
)
def test_is_long_break(number, every, long):
    assert is_long_break(number, every) is long


def test_defaults_give_a_ten_minute_break_every_fourth_time():
    settings = Settings()
    assert (settings.long_break_every, settings.long_break_seconds) == (4, 600)
    lengths = [settings.break_length_for(n) for n in range(1, 9)]
    assert lengths == [timedelta(minutes=3)] * 3 + [timedelta(minutes=10)] + [
        timedelta(minutes=3)
    ] * 3 + [timedelta(minutes=10)]


def test_a_long_break_is_never_shorter_than_a_normal_one():
    settings = Settings(break_seconds=900, long_break_seconds=300)
    assert settings.break_length_for(4) == timedelta(seconds=900)


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ({"long_break_every": 21}, "21 is outside the allowed 0 to 20 breaks"),
        ({"long_break_every": "4"}, "must be a whole number of breaks"),
        ({"long_break_seconds": 20}, "20 is outside the allowed 30 to 1800 seconds"),
        ({"long_break_seconds": 600.5}, "must be a whole number of seconds"),
    ],
)
def test_bad_long_break_values_fall_back_to_defaults(raw, words):
    settings, problems = validate(raw)
    assert settings == Settings()
    assert len(problems) == 1 and words in problems[0]


def test_good_long_break_values_are_kept():
    settings, problems = validate({"long_break_every": 0, "long_break_seconds": 1200})
    assert problems == []
    assert settings.break_length_for(4) == timedelta(minutes=3)
    assert Settings().to_json()["long_break_every"] == 4
