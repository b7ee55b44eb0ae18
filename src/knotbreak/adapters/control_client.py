"""The CLI's end of the control channel: send one request to the running app, read one reply.

On POSIX this is a plain AF_UNIX socket so that `knotbreak status` does not pay for importing
Qt. On Windows QLocalServer listens on a named pipe, which the stdlib cannot open as a stream
socket, so QLocalSocket's blocking calls are used there instead.
"""

from __future__ import annotations

import socket
import sys
import time
from typing import Any

from knotbreak.adapters.peer_credentials import own_uid, peer_uid
from knotbreak.core.control_protocol import (
    MAX_LINE_BYTES,
    ProtocolError,
    Request,
    encode_request,
    parse_response,
)


class NoInstanceError(Exception):
    """Nothing is listening on the control channel: knotbreak is not running."""


class ChannelError(Exception):
    """The running app could not be talked to (timeout, dropped connection, garbled reply)."""


class ForeignServerError(ChannelError):
    """Another user's process listens where our app should: nothing was sent to it."""


def send_request(path: str, request: Request, timeout_s: float = 5.0) -> dict[str, Any]:
    """Send `request` to the app listening at `path` and return its parsed response.

    Raises NoInstanceError when no app listens there and ChannelError for any other failure;
    ProtocolError if `request` itself is invalid.
    """
    data = encode_request(request)
    if sys.platform == "win32":
        line = _exchange_qt(path, data, timeout_s)
    else:
        line = _exchange_unix(path, data, timeout_s)
    try:
        return parse_response(line)
    except ProtocolError as exc:
        raise ChannelError(f"the running knotbreak sent an unreadable reply: {exc}") from None


def _exchange_unix(path: str, data: bytes, timeout_s: float) -> bytes:
    deadline = time.monotonic() + timeout_s
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.settimeout(timeout_s)
        try:
            sock.connect(path)
        except (FileNotFoundError, ConnectionRefusedError):
            # Missing file: never started. Refused: a crashed instance's leftover socket.
            raise NoInstanceError(
                f"knotbreak is not running (no control socket at {path})"
            ) from None
        except TimeoutError:
            raise ChannelError("timed out connecting to the running knotbreak") from None
        except OSError as exc:
            raise ChannelError(f"cannot connect to the running knotbreak: {exc}") from None
        # Before a single byte goes out: a pause or quit is for our own app only.
        _check_owner(sock, path)
        try:
            sock.sendall(data)
            return _read_line(sock, deadline)
        except TimeoutError:
            raise ChannelError("timed out waiting for the running knotbreak to answer") from None
        except OSError as exc:
            raise ChannelError(f"lost the connection to the running knotbreak: {exc}") from None
    finally:
        sock.close()


def _check_owner(sock: socket.socket, path: str) -> None:
    mine, theirs = own_uid(), peer_uid(sock)
    if mine is not None and theirs is not None and theirs != mine:
        raise ForeignServerError(
            f"refusing to talk to {path}: it is served by user id {theirs}, not by you "
            f"({mine}); another user may be posing as knotbreak"
        )


def _read_line(sock: socket.socket, deadline: float) -> bytes:
    buffer = bytearray()
    while True:
        end = buffer.find(b"\n")
        if end >= 0:
            return bytes(buffer[: end + 1])
        if len(buffer) > MAX_LINE_BYTES:
            raise ChannelError("the running knotbreak sent an oversized reply")
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError
        sock.settimeout(remaining)
        chunk = sock.recv(8192)
        if not chunk:
            raise ChannelError("the running knotbreak closed the connection without answering")
        buffer += chunk


def _exchange_qt(path: str, data: bytes, timeout_s: float) -> bytes:
    # Imported here so POSIX CLI calls never load Qt.
    from PySide6.QtNetwork import QLocalSocket

    deadline = time.monotonic() + timeout_s

    def remaining_ms() -> int:
        return max(0, int((deadline - time.monotonic()) * 1000))

    error = QLocalSocket.LocalSocketError
    sock = QLocalSocket()
    try:
        sock.connectToServer(path)
        if not sock.waitForConnected(remaining_ms()):
            if sock.error() in (error.ServerNotFoundError, error.ConnectionRefusedError):
                raise NoInstanceError(f"knotbreak is not running (nothing listens on {path})")
            if sock.error() == error.SocketTimeoutError:
                raise ChannelError("timed out connecting to the running knotbreak")
            raise ChannelError(f"cannot connect to the running knotbreak: {sock.errorString()}")
        sock.write(data)
        while sock.bytesToWrite() > 0:
            if not sock.waitForBytesWritten(remaining_ms()):
                raise ChannelError(
                    _qt_failure(sock, "sending the request to the running knotbreak")
                )
        buffer = bytearray()
        while True:
            buffer += bytes(sock.readAll().data())
            end = buffer.find(b"\n")
            if end >= 0:
                return bytes(buffer[: end + 1])
            if len(buffer) > MAX_LINE_BYTES:
                raise ChannelError("the running knotbreak sent an oversized reply")
            if sock.state() != QLocalSocket.LocalSocketState.ConnectedState:
                raise ChannelError("the running knotbreak closed the connection without answering")
            if not sock.waitForReadyRead(remaining_ms()):
                # Data may have arrived together with the close; pick it up before failing.
                buffer += bytes(sock.readAll().data())
                end = buffer.find(b"\n")
                if end >= 0:
                    return bytes(buffer[: end + 1])
                raise ChannelError(_qt_failure(sock, "waiting for the running knotbreak to answer"))
    finally:
        sock.abort()


def _qt_failure(sock: Any, doing: str) -> str:
    from PySide6.QtNetwork import QLocalSocket

    if sock.error() == QLocalSocket.LocalSocketError.SocketTimeoutError:
        return f"timed out {doing}"
    if sock.error() == QLocalSocket.LocalSocketError.PeerClosedError:
        return "the running knotbreak closed the connection without answering"
    return f"the connection failed while {doing}: {sock.errorString()}"
