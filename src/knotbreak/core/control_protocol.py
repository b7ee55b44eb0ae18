"""Wire format of the single-instance control channel.

Newline-delimited JSON in UTF-8: the client writes one request object per line, the running
app answers each with one response object per line. Requests look like
``{"command": "pause", "argument": "45m"}``; responses like ``{"ok": true, ...}`` or
``{"ok": false, "error": "a sentence for the user"}``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

# Bounds what a misbehaving client can make the app buffer; real requests are < 100 bytes.
MAX_LINE_BYTES = 65536

COMMANDS: frozenset[str] = frozenset(
    {
        "status", "break-now", "pause", "resume", "snooze", "skip", "quit", "show",
        "meeting-start", "meeting-end", "ergonomics", "settings",
        "statistics", "journal", "stretch-now", "posture-calibrate",
    }
)

# These take an argument, and for them it is mandatory.
_NEEDS_ARGUMENT: frozenset[str] = frozenset({"pause"})
# These may take one: `meeting-start` a duration such as 45m (none: until it is ended);
# `stretch-now` an area and minutes ("neck-shoulders 3") or "stretch:ID" (none: any area).
_MAY_TAKE_ARGUMENT: frozenset[str] = frozenset({"meeting-start", "stretch-now"})

_REQUEST_FIELDS = frozenset({"command", "argument"})


class ProtocolError(ValueError):
    """A request or response that does not follow the protocol; the message is user-facing."""


@dataclass(frozen=True)
class Request:
    command: str
    argument: str | None = None


def parse_request(line: bytes) -> Request:
    """Decode one request line (a trailing newline is allowed) or raise ProtocolError."""
    obj = _decode_object(line, what="request")
    unexpected = sorted(set(obj) - _REQUEST_FIELDS)
    if unexpected:
        raise ProtocolError(f"request has unexpected field(s): {', '.join(unexpected)}")
    if "command" not in obj:
        raise ProtocolError('request has no "command" field')
    command = obj["command"]
    if not isinstance(command, str):
        raise ProtocolError('request field "command" must be a string')
    argument = obj.get("argument")
    if argument is not None and not isinstance(argument, str):
        raise ProtocolError('request field "argument" must be a string')
    request = Request(command, argument)
    _validate(request)
    return request


def encode_request(request: Request) -> bytes:
    """One newline-terminated request line; raises ProtocolError for an invalid request."""
    _validate(request)
    obj: dict[str, Any] = {"command": request.command}
    if request.argument is not None:
        obj["argument"] = request.argument
    return _encode_line(obj, what="request")


def encode_response(payload: dict[str, Any]) -> bytes:
    """One newline-terminated response line; payload must carry a bool "ok"."""
    if not isinstance(payload.get("ok"), bool):
        raise ProtocolError('response must have a boolean "ok" field')
    return _encode_line(payload, what="response")


def parse_response(line: bytes) -> dict[str, Any]:
    """Decode one response line or raise ProtocolError."""
    obj = _decode_object(line, what="response")
    if not isinstance(obj.get("ok"), bool):
        raise ProtocolError('response has no boolean "ok" field')
    if obj["ok"] is False and not isinstance(obj.get("error"), str):
        raise ProtocolError('failed response has no "error" message')
    return obj


def _validate(request: Request) -> None:
    if request.command not in COMMANDS:
        raise ProtocolError(
            f"unknown command {request.command!r}; expected one of: {', '.join(sorted(COMMANDS))}"
        )
    if request.command in _NEEDS_ARGUMENT:
        if request.argument is None or not request.argument.strip():
            raise ProtocolError(
                f"{request.command!r} needs an argument such as 45m, until-tomorrow or indefinitely"
            )
    elif request.command in _MAY_TAKE_ARGUMENT:
        if request.argument is not None and not request.argument.strip():
            raise ProtocolError(f"{request.command!r} needs a duration such as 45m, or none")
    elif request.argument is not None:
        raise ProtocolError(f"{request.command!r} takes no argument")


def _decode_object(line: bytes, *, what: str) -> dict[str, Any]:
    body = line[:-1] if line.endswith(b"\n") else line
    if len(body) > MAX_LINE_BYTES:
        raise ProtocolError(f"{what} is longer than the limit of {MAX_LINE_BYTES} bytes")
    if b"\n" in body:
        raise ProtocolError(f"{what} must fit on a single line")
    if not body.strip():
        raise ProtocolError(f"{what} is empty")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise ProtocolError(f"{what} is not valid UTF-8") from None
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ProtocolError(f"{what} is not valid JSON ({exc.msg} at column {exc.colno})") from None
    except (ValueError, RecursionError):
        # Hostile but well-formed input: integers past the digit limit, or nesting deep
        # enough to exhaust the decoder's recursion.
        raise ProtocolError(f"{what} is not acceptable JSON") from None
    if not isinstance(obj, dict):
        raise ProtocolError(f'{what} must be a JSON object, e.g. {{"command": "status"}}')
    return obj


def _encode_line(obj: dict[str, Any], *, what: str) -> bytes:
    try:
        # ASCII output is still UTF-8, and it cannot fail on lone surrogates in a str.
        text = json.dumps(obj, ensure_ascii=True, allow_nan=False, separators=(",", ":"))
    except (TypeError, ValueError) as exc:
        raise ProtocolError(f"{what} cannot be encoded as JSON: {exc}") from None
    data = text.encode("ascii")
    if len(data) > MAX_LINE_BYTES:
        raise ProtocolError(f"{what} is longer than the limit of {MAX_LINE_BYTES} bytes")
    return data + b"\n"
