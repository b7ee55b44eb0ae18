"""The control channel's Windows transport: a QLocalServer named pipe.

Python's socket module cannot serve a Windows named pipe, so Qt does. It is imported only
when this transport is chosen (control_server.default_transport), because QtNetwork costs
an idle app about 2.5 MB that the AF_UNIX transport on Linux and macOS does without. It
works on POSIX too (QLocalServer then makes a socket file), which is how the tests run it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from knotbreak.core.control_protocol import MAX_LINE_BYTES

if TYPE_CHECKING:
    from knotbreak.adapters.control_transport import Stream

MAX_PENDING_BYTES = 4 * MAX_LINE_BYTES


class PipeListener(QObject):
    def __init__(self, adopt: Callable[[Stream], None], parent: QObject) -> None:
        super().__init__(parent)
        self._adopt = adopt
        self._server = QLocalServer(self)
        # Same-user only: Qt restricts the pipe's ACL (Windows) or the socket file (POSIX).
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept_pending)

    def listen(self, path: str) -> None:
        posix = sys.platform != "win32"
        if posix:
            from pathlib import Path

            from knotbreak.adapters.control_transport import ensure_private_dir

            ensure_private_dir(Path(path).parent)
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

    def is_listening(self) -> bool:
        return self._server.isListening()

    def address(self) -> str:
        return self._server.fullServerName()

    def close(self) -> None:
        self._server.close()

    def _accept_pending(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if socket is None:
                break
            self._adopt(_PipeStream(socket, self))


class _PipeStream(QObject):
    def __init__(self, socket: QLocalSocket, parent: QObject) -> None:
        super().__init__(parent)
        self._socket = socket
        self._done = False
        self.on_ready_read: Callable[[], None] = lambda: None
        self.on_closed: Callable[[], None] = lambda: None
        socket.readyRead.connect(lambda: self.on_ready_read())
        socket.disconnected.connect(self._on_disconnected)

    def receive(self) -> tuple[bytes, bool]:
        if self._done:
            return b"", True
        data = bytes(self._socket.readAll().data())
        connected = self._socket.state() == QLocalSocket.LocalSocketState.ConnectedState
        return data, not connected

    def send(self, data: bytes) -> None:
        if self._done or self._socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
            return
        if self._socket.bytesToWrite() + len(data) > MAX_PENDING_BYTES:
            self.abort()
            self.on_closed()
            return
        self._socket.write(data)
        # Push it out now: the handler may have just asked the app to quit.
        self._socket.flush()

    def finish(self) -> None:
        if self._done:
            return
        if self._socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
            self._on_disconnected()
        else:
            # disconnectFromServer() flushes what was written before closing.
            self._socket.disconnectFromServer()

    def abort(self) -> None:
        if not self._done:
            self._done = True
            self._socket.abort()
            self._socket.deleteLater()
            self.deleteLater()

    def _on_disconnected(self) -> None:
        if not self._done:
            self._done = True
            self._socket.deleteLater()
            self.deleteLater()
            self.on_closed()
