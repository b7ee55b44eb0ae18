"""Where knotbreak keeps its files: the platformdirs locations, or one folder for testing."""

from __future__ import annotations

import getpass
import os
import stat
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "knotbreak"
HOME_VARIABLE = "KNOTBREAK_HOME"
SYSTEM_CONFIG_VARIABLE = "KNOTBREAK_SYSTEM_CONFIG_DIR"
"""Where to look for the administrator's defaults.json instead of the system folder."""


@dataclass(frozen=True)
class AppPaths:
    config_dir: Path
    data_dir: Path
    runtime_dir: Path
    """Holds the control socket; private to the user (0700) on POSIX."""
    system_config_dir: Path | None = None
    """The administrator's folder (/etc/xdg/knotbreak on Linux); None: none is read."""

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def managed_defaults_file(self) -> Path | None:
        """System-wide defaults and locked settings (core/managed_settings.py)."""
        if self.system_config_dir is None:
            return None
        return self.system_config_dir / "defaults.json"

    @property
    def history_file(self) -> Path:
        return self.data_dir / "history.sqlite3"

    @property
    def log_file(self) -> Path:
        return self.data_dir / "knotbreak.log"

    @property
    def lock_file(self) -> Path:
        return self.config_dir / ".knotbreak.lock"

    @property
    def control_address(self) -> str:
        """The control socket path (POSIX) or pipe name (Windows), one per config folder.

        Isolated instances (--config-dir, KNOTBREAK_HOME) each get their own channel.
        """
        key = _sha256_hex(str(self.config_dir.resolve()))[:12]
        if sys.platform == "win32":
            return f"knotbreak-{getpass.getuser()}-{key}"
        return str(self.runtime_dir / f"control-{key}.sock")


def _sha256_hex(text: str) -> str:
    """hashlib's sha256 without hashlib: importing hashlib maps OpenSSL's libcrypto, 3.5 MB
    of resident memory the tray app would carry all day for this one hash (same digest)."""
    try:
        from _sha2 import sha256  # Python 3.12+
    except ImportError:
        try:
            from _sha256 import sha256  # Python 3.11
        except ImportError:
            from hashlib import sha256
    return str(sha256(text.encode()).hexdigest())


def resolve_paths(
    config_dir: str | None = None,
    data_dir: str | None = None,
    environ: Mapping[str, str] = os.environ,
) -> AppPaths:
    home = environ.get(HOME_VARIABLE)
    if home:
        default_config, default_data = Path(home) / "config", Path(home) / "data"
    else:
        default_config = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
        default_data = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    config = Path(config_dir).expanduser() if config_dir else default_config
    data = Path(data_dir).expanduser() if data_dir else default_data
    return AppPaths(
        config.absolute(), data.absolute(), _runtime_dir(environ), _system_config_dir(environ)
    )


def _system_config_dir(environ: Mapping[str, str]) -> Path:
    """The administrator's folder: the variable if set; under KNOTBREAK_HOME, its own
    `system` folder (a test or trial run never picks up the machine's); else the platform's
    (the first of $XDG_CONFIG_DIRS, /etc/xdg by default, on Linux; ProgramData on Windows;
    /Library/Application Support on macOS)."""
    chosen = environ.get(SYSTEM_CONFIG_VARIABLE)
    if chosen:
        return Path(chosen).expanduser().absolute()
    home = environ.get(HOME_VARIABLE)
    if home:
        return Path(home).absolute() / "system"
    return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False))


# Unix socket paths must fit in 108 bytes (104 on macOS), "control-<12 hex>.sock" included.
_LONGEST_RUNTIME_DIR = 70


def _runtime_dir(environ: Mapping[str, str]) -> Path:
    """The first candidate folder that another user cannot have prepared for us.

    Every process (the app and each CLI command) walks the same list, so they agree:
    `$XDG_RUNTIME_DIR/knotbreak`, then `/tmp/knotbreak-<uid>`, then `~/.cache/knotbreak/run`.
    A candidate is skipped when it is a link, not a folder, or owned by someone else: the
    temp folder is shared, and a folder there made by another user would let them answer
    our commands (or keep knotbreak from starting by posing as the running one).
    """
    if not hasattr(os, "getuid"):
        # Windows: the channel is a named pipe; this folder is never used.
        return Path(tempfile.gettempdir()) / f"{APP_NAME}-{getpass.getuser()}"
    candidates = runtime_dir_candidates(environ)
    for candidate in candidates:
        if may_hold_our_socket(candidate):
            return candidate
    # None is safe: the server refuses the last one with a message, the CLI finds nothing.
    return candidates[-1]


def runtime_dir_candidates(environ: Mapping[str, str]) -> list[Path]:
    candidates: list[Path] = []
    runtime = environ.get("XDG_RUNTIME_DIR")
    if runtime and len(runtime) < _LONGEST_RUNTIME_DIR and _owned_dir(Path(runtime)):
        candidates.append(Path(runtime) / APP_NAME)
    # Socket paths are limited to ~100 bytes, so stay short and per-user in the temp folder.
    temp = environ.get("TMPDIR")
    temp_dir = Path(temp) if temp and Path(temp).is_dir() else Path(tempfile.gettempdir())
    candidates.append(temp_dir / f"{APP_NAME}-{os.getuid()}")
    cache = environ.get("XDG_CACHE_HOME")
    try:
        cache_dir = Path(cache) if cache and Path(cache).is_absolute() else Path.home() / ".cache"
    except RuntimeError:
        return candidates  # no home folder to fall back to
    fallback = cache_dir / APP_NAME / "run"
    if len(str(fallback)) < _LONGEST_RUNTIME_DIR + len(APP_NAME) + 1:
        candidates.append(fallback)
    return candidates


def may_hold_our_socket(folder: Path) -> bool:
    """True if `folder` does not exist yet (we may create it) or is a real folder of ours."""
    try:
        info = os.lstat(folder)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid()


def _owned_dir(folder: Path) -> bool:
    try:
        info = os.stat(folder)
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid()
