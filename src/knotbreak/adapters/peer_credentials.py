"""Which user is at the other end of a connected AF_UNIX socket.

The kernel says so: SO_PEERCRED on Linux, getpeereid() on macOS and the BSDs. Both ends of
the control channel ask: the server refuses other users' clients, and the CLI refuses to
send anything (a pause, a quit) to a server that another user runs in our place.
"""

from __future__ import annotations

import os
import socket
import struct
import sys


def peer_uid(sock: socket.socket) -> int | None:
    """The peer's user id, or None where the platform cannot tell."""
    option = getattr(socket, "SO_PEERCRED", None)
    if option is not None:
        try:
            raw = sock.getsockopt(socket.SOL_SOCKET, option, struct.calcsize("3i"))
        except OSError:
            return None
        _pid, uid, _gid = struct.unpack("3i", raw)
        return int(uid)
    if sys.platform == "darwin" or "bsd" in sys.platform:
        return _getpeereid(sock.fileno())
    return None


def _getpeereid(fd: int) -> int | None:
    # Imported only here: ctypes costs the Linux CLI nothing this way.
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        uid, gid = ctypes.c_uint32(), ctypes.c_uint32()
        if libc.getpeereid(fd, ctypes.byref(uid), ctypes.byref(gid)) != 0:
            return None
    except (OSError, AttributeError):
        return None
    return int(uid.value)


def own_uid() -> int | None:
    return os.getuid() if hasattr(os, "getuid") else None
