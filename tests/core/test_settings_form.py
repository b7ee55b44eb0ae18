"""The settings dialog's checks: the file's validators, plus rules that span two keys."""

from __future__ import annotations

from dataclasses import replace

import pytest

from knotbreak.core.settings import Settings
from knotbreak.core.settings_form import check_form, has_errors, parse_duration_text


def values(**changes):
    data = replace(Settings(), **changes).to_json() if changes else Settings().to_json()
    data.pop("schema_version")
    return data


def test_defaults_have_no_issues():
    assert check_form(values()) == []


def test_validator_message_is_used_for_a_bad_value():
    data = values()
    data["meeting_camera_devices"] = "video*"
    issues = check_form(data)
    assert [(i.key, i.severity, i.code) for i in issues] == [
        ("meeting_camera_devices", "error", "invalid")
    ]
    assert issues[0].message.startswith("Must be an absolute path pattern")
    assert issues[0].message.endswith(".")


def test_no_focus_area_is_an_error():
    data = values()
    data["focus_areas"] = []
    issues = check_form(data)
    assert issues[0].key == "focus_areas"
    assert "at least one focus area" in issues[0].message
    assert has_errors(issues)


def test_working_hours_without_days_is_an_error_only_when_enabled():
    data = values()
    data["working_days"] = []
    assert check_form(data) == []
    data["working_hours_enabled"] = True
    issues = check_form(data)
    assert [(i.key, i.code) for i in issues] == [("working_days", "no_working_days")]
    assert "never come" in issues[0].message


def test_long_break_shorter_than_normal_is_explained_not_refused():
    issues = check_form(values(break_seconds=300, long_break_seconds=120))
    assert [(i.key, i.severity, i.code) for i in issues] == [
        ("long_break_seconds", "note", "long_shorter_than_normal")
    ]
    assert issues[0].params == {"normal_seconds": 300}
    assert not has_errors(issues)
    # With long breaks off, the long length does not matter.
    assert check_form(values(break_seconds=300, long_break_seconds=120, long_break_every=0)) == []


def test_overnight_and_all_day_working_hours_are_explained():
    overnight = check_form(
        values(working_hours_enabled=True, working_hours_start="22:00", working_hours_end="06:00")
    )
    assert [(i.code, i.params) for i in overnight] == [("overnight", {"end": "06:00"})]
    same = check_form(
        values(working_hours_enabled=True, working_hours_start="09:00", working_hours_end="09:00")
    )
    assert [i.code for i in same] == ["same_start_end"]


def test_errors_come_before_notes():
    data = values(break_seconds=300, long_break_seconds=120)
    data["focus_areas"] = []
    assert [i.severity for i in check_form(data)] == ["error", "note"]


@pytest.mark.parametrize(
    ("text", "bare", "seconds"),
    [
        ("3 min 30 s", 60, 210),
        ("3:30", 60, 210),
        ("3m30s", 60, 210),
        ("90 s", 60, 90),
        ("4", 60, 240),
        ("45", 1, 45),
        ("3 Min.", 1, 180),
        ("30 Sek.", 60, 30),
        ("1 h", 60, 3600),
        ("  2 min  ", 60, 120),
    ],
)
def test_durations_people_type(text, bare, seconds):
    assert parse_duration_text(text, bare) == seconds


@pytest.mark.parametrize("text", ["", "abc", "3 x", "3:75", "min", "3 min later", "-3"])
def test_text_that_is_not_a_duration(text):
    assert parse_duration_text(text, 60) is None
