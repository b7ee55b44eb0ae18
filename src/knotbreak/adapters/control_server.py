"""The running app's end of the single-instance control channel.

On Linux and macOS it is a plain AF_UNIX socket watched by QSocketNotifier, so QtNetwork
is never loaded: QLocalServer would bring libQt6Network and the Kerberos libraries it
links, about 2.5 MB of an idle app's memory, for one socket. On Windows, where the stdlib
cannot serve a named pipe, QLocalServer does it (control_pipe.py, imported only there).

Everything here runs on the Qt event loop and is driven by notifiers; nothing blocks. Whatever
a client sends, the worst outcome is an error response and a closed connection: no exception
may escape into the event loop, because PySide would print it and carry on in an unknown state.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from knotbreak.adapters.control_transport import Stream, ensure_private_dir
from knotbreak.adapters.peer_credentials import own_uid, peer_uid
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
# Connections served at once; more are closed at once. The CLI opens one per command.
MAX_CONNECTIONS = 32
# accept() failing (EMFILE: out of file descriptors) leaves the connection queued, so the
# notifier would fire again at once: wait this long, doubling up to the maximum, instead.
ACCEPT_RETRY_MS = 100
ACCEPT_RETRY_MAX_MS = 5_000
# Replies waiting for a client that does not read them; beyond this it is dropped.
MAX_PENDING_BYTES = 4 * MAX_LINE_BYTES
UNIX = "unix"
PIPE = "pipe"


def default_transport(platform: str = sys.platform) -> str:
    """`unix` (an AF_UNIX socket file) everywhere but Windows, which gets a named `pipe`."""
    return PIPE if platform == "win32" else UNIX


class Listener(Protocol):
    def listen(self, path: str) -> None: ...
    def is_listening(self) -> bool: ...
    def address(self) -> str: ...
    def close(self) -> None: ...


def _unix_socket() -> socket.socket:
    return socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)


class ControlServer(QObject):
    """Accepts control connections and answers each request line with the handler's reply."""

    def __init__(
        self,
        handler: Handler,
        parent: QObject | None = None,
        *,
        idle_timeout_ms: int = IDLE_TIMEOUT_MS,
        transport: str | None = None,
        make_socket: Callable[[], socket.socket] = _unix_socket,
    ) -> None:
        """`make_socket` makes the AF_UNIX listening socket (the tests wrap it)."""
        super().__init__(parent)
        self._handler = handler
        self._idle_timeout_ms = idle_timeout_ms
        self.transport = transport or default_transport()
        self._listener: Listener
        if self.transport == PIPE:
            from knotbreak.adapters.control_pipe import PipeListener

            self._listener = PipeListener(self._adopt, self)
        else:
            self._listener = _UnixListener(self._adopt, self, make_socket)
        # Python-side references keep each connection's wrapper (and its slots) alive.
        self._connections: set[_Connection] = set()
        self._over_capacity = False  # logged once per flood, not once per connection

    def listen(self, path: str) -> None:
        """Listen on `path` (a socket file on POSIX, a pipe name on Windows).

        Removes whatever is at `path` first, so only call this while holding the instance
        lock: a live server's socket would be taken over too.
        """
        self._listener.listen(path)
        logger.debug("control channel listening on %s (%s)", path, self.transport)

    def is_listening(self) -> bool:
        return self._listener.is_listening()

    @property
    def listener(self) -> Listener:
        """What accepts the connections: a socket file, or a named pipe on Windows."""
        return self._listener

    def connection_count(self) -> int:
        """Connections being served now (at most MAX_CONNECTIONS)."""
        return len(self._connections)

    def server_path(self) -> str:
        return self._listener.address()

    def close(self) -> None:
        """Stop listening (removing the socket file) and drop every open connection."""
        self._listener.close()
        for connection in list(self._connections):
            connection.abort()
        self._connections.clear()

    def _adopt(self, stream: Stream) -> None:
        if len(self._connections) >= MAX_CONNECTIONS:
            if not self._over_capacity:
                logger.warning(
                    "more than %d control connections at once; closing new ones until "
                    "some finish", MAX_CONNECTIONS,
                )
            self._over_capacity = True
            stream.abort()
            return
        self._over_capacity = False
        connection = _Connection(stream, self._handler, self._idle_timeout_ms, self)
        self._connections.add(connection)
        connection.finished.connect(lambda c=connection: self._connections.discard(c))
        connection.start()


class _Connection(QObject):
    """One client connection: line buffering, dispatch, and the idle timeout."""

    finished = Signal()

    def __init__(
        self, stream: Stream, handler: Handler, idle_timeout_ms: int, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._stream = stream
        self._handler = handler
        self._buffer = bytearray()
        self._closing = False
        self._done = False
        # A client that connects and then stalls must not hold a connection forever.
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(idle_timeout_ms)
        self._idle.timeout.connect(self._on_idle)
        stream.on_ready_read = self._on_ready_read
        stream.on_closed = self._on_disconnected

    def start(self) -> None:
        self._idle.start()
        # Data may have arrived before the connection was handed over.
        self._on_ready_read()

    def abort(self) -> None:
        self._closing = True
        self._stream.abort()
        self._finish()

    def _on_ready_read(self) -> None:
        try:
            self._read_lines()
        except Exception:
            # Belt and braces: a bug here must cost one connection, not the app.
            logger.exception("control connection failed")
            self.abort()

    def _read_lines(self) -> None:
        data, hung_up = self._stream.receive()
        if not self._closing:
            self._buffer += data
            if data:
                self._idle.start()
            self._answer_complete_lines()
        if hung_up and not self._done:
            # The client is done sending (perhaps only half-closed): answers already
            # queued still go out, then the connection closes.
            self._closing = True
            self._stream.finish()

    def _answer_complete_lines(self) -> None:
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
            self._stream.send(self._dispatch(request))

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
        self._stream.send(encode_response({"ok": False, "error": message}))
        self._closing = True
        self._buffer.clear()
        # The error reply goes out before the connection closes.
        self._stream.finish()

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
        self.deleteLater()
        self.finished.emit()


class _UnixListener(QObject):
    """An AF_UNIX stream socket file, mode 0600, accepting from this user only."""

    def __init__(
        self,
        adopt: Callable[[Stream], None],
        parent: QObject,
        make_socket: Callable[[], socket.socket],
    ) -> None:
        super().__init__(parent)
        self._adopt = adopt
        self._make_socket = make_socket
        self._socket: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._path = ""
        self._inode: tuple[int, int] | None = None
        self._failed_accepts = 0
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._resume_accepting)

    def listen(self, path: str) -> None:
        ensure_private_dir(Path(path).parent)
        # A crashed instance leaves its socket file behind, and bind() refuses to replace it.
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
        listener = self._make_socket()
        try:
            # Created 0600 from the start: no moment in which others could connect.
            umask = os.umask(0o177)
            try:
                listener.bind(path)
            finally:
                os.umask(umask)
            os.chmod(path, 0o600)
            listener.listen(16)
            listener.setblocking(False)
            info = os.stat(path)
        except OSError as exc:
            listener.close()
            raise OSError(f"cannot listen on the control socket {path}: {exc}") from exc
        self._socket, self._path = listener, path
        self._inode = (info.st_dev, info.st_ino)
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept_pending)

    def is_listening(self) -> bool:
        return self._socket is not None

    def address(self) -> str:
        return self._path

    def close(self) -> None:
        if self._socket is None:
            return
        self._retry.stop()
        if self._notifier is not None:
            # Off before the descriptor closes: Qt must never watch a closed descriptor.
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        self._socket.close()
        self._socket = None
        # Only our own file: after a takeover the path may be another instance's socket.
        with contextlib.suppress(OSError):
            info = os.stat(self._path)
            if stat.S_ISSOCK(info.st_mode) and (info.st_dev, info.st_ino) == self._inode:
                os.unlink(self._path)

    def _accept_pending(self) -> None:
        while self._socket is not None:
            try:
                client, _ = self._socket.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                # EMFILE and the like: the connection stays queued and the notifier would
                # fire again at once, a busy loop writing a log line each time.
                self._back_off(exc)
                return
            if self._failed_accepts:
                logger.info(
                    "accepting control connections again (%d attempts failed)",
                    self._failed_accepts,
                )
                self._failed_accepts = 0
            if not _same_user(client):
                logger.warning("refused a control connection from another user")
                client.close()
                continue
            client.setblocking(False)
            self._adopt(_UnixStream(client, self))


    def _back_off(self, error: OSError) -> None:
        self._failed_accepts += 1
        if self._failed_accepts == 1:
            logger.warning(
                "cannot accept control connections: %s; retrying quietly with a growing pause",
                error,
            )
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        delay = ACCEPT_RETRY_MS * 2 ** min(self._failed_accepts - 1, 16)
        self._retry.start(min(delay, ACCEPT_RETRY_MAX_MS))

    def _resume_accepting(self) -> None:
        if self._notifier is not None and self._socket is not None:
            self._notifier.setEnabled(True)


def _same_user(client: socket.socket) -> bool:
    """Belt and braces beside the 0600 file: the peer's uid, where the kernel tells it."""
    mine = own_uid()
    uid = peer_uid(client)
    if mine is None or uid is None:
        return True  # the file mode and the 0700 folder decide
    return uid in (mine, 0)  # root can open the file whatever its mode


class _UnixStream(QObject):
    """A connected, non-blocking AF_UNIX socket with read and write notifiers."""

    def __init__(self, sock: socket.socket, parent: QObject) -> None:
        super().__init__(parent)
        self._socket: socket.socket | None = sock
        self._outgoing = bytearray()
        self._close_when_sent = False
        self.on_ready_read: Callable[[], None] = lambda: None
        self.on_closed: Callable[[], None] = lambda: None
        self._reader = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, self)
        self._reader.activated.connect(lambda: self.on_ready_read())
        self._writer = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Write, self)
        self._writer.setEnabled(False)
        self._writer.activated.connect(self._flush)

    def receive(self) -> tuple[bytes, bool]:
        data = bytearray()
        while self._socket is not None and len(data) <= MAX_LINE_BYTES:
            try:
                chunk = self._socket.recv(65536)
            except (BlockingIOError, InterruptedError):
                return bytes(data), False
            except OSError:
                return bytes(data), True
            if not chunk:
                return bytes(data), True
            data += chunk
        # More may be waiting: the read notifier fires again for it.
        return bytes(data), self._socket is None

    def send(self, data: bytes) -> None:
        if self._socket is None:
            return
        self._outgoing += data
        if len(self._outgoing) > MAX_PENDING_BYTES:
            logger.debug("dropping a control client that does not read its replies")
            self._shut(notify=True)
            return
        # Push it out now: the handler may have just asked the app to quit.
        self._flush()

    def finish(self) -> None:
        self._close_when_sent = True
        self._reader.setEnabled(False)
        self._flush()

    def abort(self) -> None:
        self._shut(notify=False)

    def _flush(self) -> None:
        while self._socket is not None and self._outgoing:
            try:
                sent = self._socket.send(self._outgoing)
            except (BlockingIOError, InterruptedError):
                self._writer.setEnabled(True)
                return
            except OSError:
                self._shut(notify=True)  # the client went away
                return
            del self._outgoing[:sent]
        self._writer.setEnabled(False)
        if self._close_when_sent:
            self._shut(notify=True)

    def _shut(self, *, notify: bool) -> None:
        if self._socket is None:
            return
        self._reader.setEnabled(False)
        self._writer.setEnabled(False)
        sock, self._socket = self._socket, None
        # Read what the client sent after we stopped listening to it, so the close reads
        # as a clean end of stream on its side rather than a reset.
        with contextlib.suppress(OSError):
            for _ in range(16):
                if not sock.recv(65536):
                    break
        sock.close()
        self._outgoing.clear()
        self.deleteLater()
        if notify:
            self.on_closed()
