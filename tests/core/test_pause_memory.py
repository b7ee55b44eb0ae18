"""A pause survives a restart: encoded with a schema version, read back safely."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from knotbreak.core.pause_memory import RememberedPause, decode_pause, encode_pause

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize("until", [NOW + timedelta(hours=3), None])
def test_a_pause_round_trips(until):
    assert decode_pause(encode_pause(until), NOW).pause == RememberedPause(until)


def test_a_pause_that_ran_out_while_the_app_was_off_is_simply_over():
    read = decode_pause(encode_pause(NOW - timedelta(minutes=1)), NOW)
    assert read.pause is None and read.problem is None


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (b"{not json", "not a JSON object"),
        (b"[1, 2]", "not a JSON object"),
        (b'{"paused_until": null}', "no valid schema_version"),
        (b'{"schema_version": 9, "paused_until": null}', "newer knotbreak"),
        (b'{"schema_version": 1, "paused_until": "tomorrow"}', "UTC offset"),
        (b'{"schema_version": 1, "paused_until": "2026-11-21T12:00:00"}', "UTC offset"),
        (b"\xff\xfe", "not a JSON object"),
    ],
)
def test_a_bad_file_is_reported_and_breaks_run(raw, words):
    read = decode_pause(raw, NOW)
    assert read.pause is None
    assert read.problem is not None and words in read.problem
    assert "breaks run as usual" in read.problem
