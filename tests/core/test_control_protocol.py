import json

import pytest

from knotbreak.core.control_protocol import (
    COMMANDS,
    MAX_LINE_BYTES,
    ProtocolError,
    Request,
    encode_request,
    encode_response,
    parse_request,
    parse_response,
)

GOOD_REQUESTS = [
    Request("status"),
    Request("break-now"),
    Request("pause", "45m"),
    Request("pause", "until-tomorrow"),
    Request("pause", "indefinitely"),
    Request("resume"),
    Request("snooze"),
    Request("skip"),
    Request("quit"),
    Request("show"),
    Request("meeting-start"),
    Request("meeting-start", "45m"),
    Request("meeting-end"),
]


def test_commands_are_the_documented_set():
    assert {
        "status", "break-now", "pause", "resume", "snooze", "skip", "quit", "show",
        "meeting-start", "meeting-end", "ergonomics", "settings", "statistics", "stretch-now",
        "posture-calibrate", "journal",
    } == COMMANDS
    assert MAX_LINE_BYTES == 65536


@pytest.mark.parametrize("request_", GOOD_REQUESTS, ids=lambda r: f"{r.command}-{r.argument}")
def test_good_requests_round_trip(request_):
    line = encode_request(request_)
    assert line.endswith(b"\n")
    assert line.count(b"\n") == 1
    assert parse_request(line) == request_


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (b'{"command": "status"}', Request("status")),
        (b'{"command": "status", "argument": null}\n', Request("status")),
        (b'  {"command":"pause","argument":"2h"}  \r\n', Request("pause", "2h")),
        (b'{"argument": "1h", "command": "pause"}\n', Request("pause", "1h")),
    ],
)
def test_requests_written_by_hand_are_accepted(line, expected):
    assert parse_request(line) == expected


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (b"\xff\xfe\x80garbage\n", "not valid UTF-8"),
        (b'{"command": "status"\n', "not valid JSON"),
        (b"status\n", "not valid JSON"),
        (b"\n", "empty"),
        (b"   ", "empty"),
        (b'["status"]\n', "must be a JSON object"),
        (b'"status"\n', "must be a JSON object"),
        (b"42\n", "must be a JSON object"),
        (b"null\n", "must be a JSON object"),
        (b"{}\n", 'no "command"'),
        (b'{"command": 3}\n', '"command" must be a string'),
        (b'{"command": null}\n', '"command" must be a string'),
        (b'{"command": "reboot"}\n', "unknown command 'reboot'"),
        (b'{"command": "STATUS"}\n', "unknown command"),
        (b'{"command": "pause"}\n', "needs an argument"),
        (b'{"command": "pause", "argument": ""}\n', "needs an argument"),
        (b'{"command": "pause", "argument": "  "}\n', "needs an argument"),
        (b'{"command": "pause", "argument": 45}\n', '"argument" must be a string'),
        (b'{"command": "pause", "argument": ["45m"]}\n', '"argument" must be a string'),
        (b'{"command": "status", "argument": "now"}\n', "takes no argument"),
        (b'{"command": "quit", "argument": ""}\n', "takes no argument"),
        (b'{"command": "status", "force": true}\n', "unexpected field(s): force"),
        (b'{"command": "status"}\n{"command": "quit"}\n', "single line"),
        (b"[" * 100_000 + b"\n", "longer than the limit"),
        (b"[" * 60_000 + b"]" * 60 + b"\n", "JSON"),
        (b'{"command": "status", "x": ' + b"9" * 10_000 + b"}\n", "not acceptable JSON"),
        (b'{"command": "status", "pad": "' + b"x" * MAX_LINE_BYTES + b'"}\n', "longer than"),
    ],
    ids=lambda v: repr(v)[:40] if isinstance(v, bytes) else v,
)
def test_bad_requests_are_rejected_with_a_useful_message(line, message):
    with pytest.raises(ProtocolError) as info:
        parse_request(line)
    assert message in str(info.value)
    # One line the CLI can print as it is.
    assert "\n" not in str(info.value)


def test_unknown_command_message_lists_the_valid_ones():
    with pytest.raises(ProtocolError) as info:
        parse_request(b'{"command": "nap"}\n')
    for command in COMMANDS:
        assert command in str(info.value)


def test_protocol_error_is_a_value_error():
    assert issubclass(ProtocolError, ValueError)


@pytest.mark.parametrize(
    ("request_", "message"),
    [
        (Request("reboot"), "unknown command"),
        (Request("pause"), "needs an argument"),
        (Request("status", "x"), "takes no argument"),
        (Request("meeting-end", "x"), "takes no argument"),
        (Request("meeting-start", " "), "needs a duration"),
    ],
)
def test_invalid_requests_are_not_encoded(request_, message):
    with pytest.raises(ProtocolError, match=message):
        encode_request(request_)


def test_line_at_the_limit_is_accepted():
    prefix = b'{"command":"pause","argument":"'
    suffix = b'"}'
    body = prefix + b"x" * (MAX_LINE_BYTES - len(prefix) - len(suffix)) + suffix
    assert len(body) == MAX_LINE_BYTES
    assert parse_request(body + b"\n").command == "pause"
    with pytest.raises(ProtocolError, match="longer than"):
        parse_request(body[:-2] + b'x"}\n')


@pytest.mark.parametrize(
    "payload",
    [
        {"ok": True},
        {"ok": True, "status": "Next break in 12 min", "pid": 1234, "tray": False},
        {"ok": False, "error": "no snoozes left"},
        {"ok": True, "text": "pause — ünïcode ☕"},
    ],
)
def test_responses_round_trip(payload):
    line = encode_response(payload)
    assert line.endswith(b"\n")
    assert line.count(b"\n") == 1
    line.decode("utf-8")
    assert parse_response(line) == payload


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"ok": "yes"},
        {"ok": 1},
        {"ok": True, "value": float("nan")},
        {"ok": True, "value": object()},
        {"ok": True, "blob": "x" * MAX_LINE_BYTES},
    ],
)
def test_bad_responses_are_not_encoded(payload):
    with pytest.raises(ProtocolError):
        encode_response(payload)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (b"\xff\n", "not valid UTF-8"),
        (b"{\n", "not valid JSON"),
        (b"[true]\n", "must be a JSON object"),
        (b"{}\n", 'boolean "ok"'),
        (b'{"ok": "true"}\n', 'boolean "ok"'),
        (b'{"ok": false}\n', '"error"'),
        (b'{"ok": false, "error": 3}\n', '"error"'),
        (json.dumps({"ok": True, "x": "y" * MAX_LINE_BYTES}).encode() + b"\n", "longer"),
    ],
)
def test_bad_responses_are_rejected(line, message):
    with pytest.raises(ProtocolError) as info:
        parse_response(line)
    assert message in str(info.value)
