"""The running app's end of the single-instance control channel (a QLocalServer).

Everything here runs on the Qt event loop and is driven by signals; nothing blocks. Whatever a
client sends, the worst outcome is an error response and a closed connection: no exception may
escape into the event loop, because PySide would print it and carry on in an unknown state.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from knotbreak.core.control_protocol import (
    MAX_LINE_BYTES,
    ProtocolError,
    Request,
    encode_response,
    parse_request,
)

logger = logging.getLogger(__name__)

Handler = Callable[[Request], dict[str, Any]]

IDLE_TIMEOUT_MS = 10_000


class ControlServer(QObject):
    """Accepts control connections and answers each request line with the handler's reply."""

    def __init__(
        self,
        handler: Handler,
        parent: QObject | None = None,
        *,
        idle_timeout_ms: int = IDLE_TIMEOUT_MS,
    ) -> None:
        super().__init__(parent)
        self._handler = handler
        self._idle_timeout_ms = idle_timeout_ms
        self._server = QLocalServer(self)
        # Same-user only: Qt restricts the socket file (POSIX) or the pipe's ACL (Windows).
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept_pending)
        # Python-side references keep each connection's wrapper (and its slots) alive.
        self._connections: set[_Connection] = set()

    def listen(self, path: str) -> None:
        """Listen on `path` (a socket file on POSIX, a pipe name on Windows).

        Removes whatever is at `path` first, so only call this while holding the instance
        lock: a live server's socket would be taken over too.
        """
        posix = sys.platform != "win32"
        if posix:
            _ensure_private_dir(Path(path).parent)
        # A crashed instance leaves its socket file behind, and listen() refuses to replace it.
        QLocalServer.removeServer(path)
        if not self._server.listen(path):
            message = self._server.errorString()
            raise OSError(f"cannot listen on the control socket {path}: {message}")
        if posix:
            try:
                os.chmod(path, 0o600)
            except OSError as exc:
                self._server.close()
                raise OSError(f"cannot restrict the control socket {path}: {exc}") from exc
        logger.debug("control channel listening on %s", path)

    def is_listening(self) -> bool:
        return self._server.isListening()

    def server_path(self) -> str:
        return self._server.fullServerName()

    def close(self) -> None:
        """Stop listening (removing the socket file) and drop every open connection."""
        self._server.close()
        for connection in list(self._connections):
            connection.abort()
        self._connections.clear()

    def _accept_pending(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if socket is None:
                break
            connection = _Connection(socket, self._handler, self._idle_timeout_ms, self)
            self._connections.add(connection)
            connection.finished.connect(lambda c=connection: self._connections.discard(c))


def _ensure_private_dir(directory: Path) -> None:
    """Create `directory` (and missing parents) readable only by this user.

    An existing directory is left as it is: it may be one the user chose for other things too,
    and the socket file itself is 0600 anyway.
    """
    if directory.is_dir():
        return
    try:
        directory.mkdir(parents=True, mode=0o700)
        # mkdir's mode is filtered by the umask; the chmod makes it exact.
        directory.chmod(0o700)
    except FileExistsError:
        # Another process created it between the check and mkdir: fine if it is a directory.
        if not directory.is_dir():
            raise OSError(f"cannot create the control socket directory {directory}") from None
    except OSError as exc:
        raise OSError(f"cannot create the control socket directory {directory}: {exc}") from exc


class _Connection(QObject):
    """One client connection: line buffering, dispatch, and the idle timeout."""

    finished = Signal()

    def __init__(
        self, socket: QLocalSocket, handler: Handler, idle_timeout_ms: int, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._socket = socket
        self._handler = handler
        self._buffer = bytearray()
        self._closing = False
        self._done = False
        # A client that connects and then stalls must not hold a connection forever.
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(idle_timeout_ms)
        self._idle.timeout.connect(self._on_idle)
        socket.readyRead.connect(self._on_ready_read)
        socket.disconnected.connect(self._on_disconnected)
        self._idle.start()
        # Data may have arrived before the signals were connected.
        if socket.bytesAvailable() > 0:
            self._on_ready_read()

    def abort(self) -> None:
        self._closing = True
        self._socket.abort()
        self._finish()

    def _on_ready_read(self) -> None:
        try:
            self._read_lines()
        except Exception:
            # Belt and braces: a bug here must cost one connection, not the app.
            logger.exception("control connection failed")
            self.abort()

    def _read_lines(self) -> None:
        if self._closing:
            self._socket.readAll()
            return
        self._buffer += bytes(self._socket.readAll().data())
        self._idle.start()
        while not self._closing:
            end = self._buffer.find(b"\n")
            if end < 0:
                if len(self._buffer) > MAX_LINE_BYTES:
                    self._reject(f"request is longer than the limit of {MAX_LINE_BYTES} bytes")
                return
            line = bytes(self._buffer[: end + 1])
            del self._buffer[: end + 1]
            if not line.strip():
                continue
            try:
                request = parse_request(line)
            except ProtocolError as exc:
                self._reject(str(exc))
                return
            self._write(self._dispatch(request))

    def _dispatch(self, request: Request) -> bytes:
        try:
            return encode_response(self._handler(request))
        except Exception as exc:
            logger.exception("control command %r failed", request.command)
            # Bounded so an enormous exception message cannot break the response line limit.
            detail = str(exc)[:500] or type(exc).__name__
            return encode_response({"ok": False, "error": f"internal error: {detail}"})

    def _reject(self, message: str) -> None:
        logger.debug("rejecting control request: %s", message)
        self._write(encode_response({"ok": False, "error": message}))
        self._closing = True
        self._buffer.clear()
        # disconnectFromServer() flushes the error response before closing.
        self._socket.disconnectFromServer()

    def _write(self, data: bytes) -> None:
        if self._socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
            return
        self._socket.write(data)
        # Push it out now: the handler may have just asked the app to quit.
        self._socket.flush()

    def _on_idle(self) -> None:
        logger.debug("dropping idle control connection")
        self.abort()

    def _on_disconnected(self) -> None:
        self._closing = True
        self._finish()

    def _finish(self) -> None:
        if self._done:
            return
        self._done = True
        self._idle.stop()
        self._buffer.clear()
        self._socket.deleteLater()
        self.deleteLater()
        self.finished.emit()
