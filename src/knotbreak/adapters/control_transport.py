"""What both control transports share: the stream a connection offers, and the folder.

The AF_UNIX server (control_server.py) and the Windows named pipe (control_pipe.py) both
hand connections over as a `Stream`, and both keep their socket in a private folder.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Protocol


class Stream(Protocol):
    """One client connection as the transports offer it to _Connection."""

    on_ready_read: Callable[[], None]
    on_closed: Callable[[], None]

    def receive(self) -> tuple[bytes, bool]:
        """What has arrived, and whether the client has hung up."""
        ...

    def send(self, data: bytes) -> None: ...
    def finish(self) -> None:
        """Close once everything sent so far has gone out."""
        ...

    def abort(self) -> None: ...


def ensure_private_dir(directory: Path) -> None:
    """Create `directory` (and missing parents), or check an existing one, for our socket.

    It must be a real folder (not a link) owned by this user; then it is made 0700 if it
    was looser. Anything else raises OSError saying why: the folder may be in the shared
    temp folder, where another user could have made it to catch our commands.
    """
    try:
        directory.mkdir(parents=True, mode=0o700)
    except FileExistsError:
        pass  # checked below, like any folder that was there before
    except OSError as exc:
        raise OSError(f"cannot create the control socket directory {directory}: {exc}") from exc
    if not hasattr(os, "getuid"):
        return  # Windows: a named pipe with its own access list; no folder is used
    info = os.lstat(directory)
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        what = "a link" if stat.S_ISLNK(info.st_mode) else (
            f"owned by user id {info.st_uid}" if stat.S_ISDIR(info.st_mode) else "not a folder"
        )
        raise OSError(
            f"the control socket directory {directory} is {what}, so it is not safe to use; "
            "remove it (or ask an administrator to) and start knotbreak again"
        )
    if stat.S_IMODE(info.st_mode) != 0o700:
        # mkdir's mode is filtered by the umask, and an older folder may be looser.
        os.chmod(directory, 0o700)
