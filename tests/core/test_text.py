"""Core texts: plain English for everyone, translatable by whoever has a translator."""

from __future__ import annotations

from datetime import timedelta

import pytest
from cycle_session import Session

from knotbreak.core import cycle
from knotbreak.core.durations import DurationError, format_duration, parse_duration
from knotbreak.core.text import Text, english_plural, join_and, translatable, untranslated

GERMAN = {
    ("Durations", "%n day(s)"): lambda n: f"{n} Tag" if n == 1 else f"{n} Tage",
    ("Durations", "{minutes} min"): "{minutes} Min.",
    ("Status", "Paused until {clock}"): "Pausiert bis {clock}",
    ("Status", "tomorrow {time}"): "morgen {time}",
    ("Text", "{first} and {then}"): "{first} und {then}",
}


def fake_german(context: str, source: str, disambiguation: str | None, n: int) -> str:
    found = GERMAN.get((context, source))
    if found is None:
        return source.replace("%n", str(n)) if n >= 0 else source
    return str(found(n) if callable(found) else found)


def test_a_text_is_its_english_string():
    text = translatable("Status", "Paused until {clock}").format(clock="14:30")
    assert text == "Paused until 14:30"
    assert isinstance(text, str) and isinstance(text, Text)
    assert str(text) is text
    assert f"{text}!" == "Paused until 14:30!"
    assert text.render(untranslated) == "Paused until 14:30"


def test_render_translates_nested_placeholders():
    clock = translatable("Status", "tomorrow {time}").format(time="09:00")
    text = translatable("Status", "Paused until {clock}").format(clock=clock)
    assert text == "Paused until tomorrow 09:00"
    assert text.render(fake_german) == "Pausiert bis morgen 09:00"


def test_plurals_in_english_and_through_a_translator():
    assert english_plural("1 minute(s)", 1) == "1 minute"
    assert english_plural("2 minute(s)", 2) == "2 minutes"
    assert english_plural("no count(s)", -1) == "no count(s)"
    assert format_duration(timedelta(days=1)) == "1 day"
    assert format_duration(timedelta(days=7)) == "7 days"
    assert format_duration(timedelta(days=7)).render(fake_german) == "7 Tage"
    # No entry: Qt gives back the source with %n filled in; "(s)" still reads English.
    assert translatable("X", "%n apple(s)", None, 3).render(fake_german) == "3 apples"


def test_format_keeps_format_specs_and_refuses_positional_values():
    text = translatable("T", "{minutes}:{seconds:02d}").format(minutes=1, seconds=5)
    assert text == "1:05" and text.render(untranslated) == "1:05"
    with pytest.raises(TypeError):
        translatable("T", "{}").format(1)


def test_errors_keep_their_text_through_str():
    with pytest.raises(DurationError) as caught:
        parse_duration("soon")
    message = str(caught.value)
    assert isinstance(message, Text)
    assert message == "'soon' is not a duration; write it like 45m, 2h or 1h30m"


def test_join_and():
    assert join_and([]) == ""
    assert join_and(["a"]) == "a"
    joined = join_and(["a", "b", "c"])
    assert joined == "a and b and c"
    assert isinstance(joined, Text) and joined.render(fake_german) == "a und b und c"


def test_refusals_are_translatable():
    session = Session()
    refusal = session.send(cycle.Resume())
    assert isinstance(refusal, Text) and refusal.context == "Cycle"
    assert session.send(cycle.Snooze()) is None
    assert session.send(cycle.Snooze()) is None
    refusal = session.send(cycle.Snooze())
    assert isinstance(refusal, Text) and refusal.args == {"limit": 2}


def test_notices_carry_no_placeholders():
    """They cross a Qt signal as plain text and are looked up by their English words."""
    session = Session()
    session.send(cycle.MeetingStarted("camera", None))
    session.wait(minutes=45 + cycle.LONG_HOLD.total_seconds() / 60 + 1)
    session.send(cycle.MeetingEnded("camera"))
    session.send(cycle.Pause(session.now + timedelta(minutes=10)))
    session.wait(minutes=11)
    assert len(session.notes) == 2
    assert "5 minutes" in session.notes[0] and timedelta(minutes=5) == cycle.OFFER_LATER
    for note in session.notes:
        assert isinstance(note, Text) and note.args is None and note.context == "Cycle"


def test_settings_messages_stay_english_and_translatable():
    from knotbreak.core.settings import Settings, merge_settings

    with pytest.raises(ValueError, match="outside the allowed 30 to 60 minutes") as caught:
        merge_settings(Settings(), {"work_interval_minutes": 5, "snooze_limit": True})
    message = str(caught.value)
    assert isinstance(message, Text)
    assert message == (
        "'work_interval_minutes': 5 is outside the allowed 30 to 60 minutes; using the default "
        "instead; 'snooze_limit': must be a whole number of snoozes from 0 to 10; using the "
        "default instead"
    )
    german = {
        ("Settings", "minutes"): "Minuten",
        ("Settings", "{value} is outside the allowed {low} to {high} {unit}"):
            "{value} liegt nicht zwischen {low} und {high} {unit}",
    }

    def translator(context, source, disambiguation, n):
        return german.get((context, source), source)

    assert "5 liegt nicht zwischen 30 und 60 Minuten" in message.render(translator)
