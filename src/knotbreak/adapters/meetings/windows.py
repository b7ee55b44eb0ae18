"""Meeting signals on Windows (written against the documented APIs; not yet verified there).

- camera / microphone: Settings > Privacy keeps, per app, when it last started and stopped
  using the device under HKCU\\...\\CapabilityAccessManager\\ConsentStore\\{webcam,
  microphone}; LastUsedTimeStop == 0 with a start time means "in use now".
- fullscreen: SHQueryUserNotificationState says busy / fullscreen Direct3D / presentation.
"""

from __future__ import annotations

import ctypes
import importlib
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from knotbreak.adapters.meetings import DetectorUnavailable

CONSENT_STORE = (
    r"Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\ConsentStore"
)
CAPABILITIES = {"camera": "webcam", "microphone": "microphone"}

# SHQueryUserNotificationState results (shellapi.h QUERY_USER_NOTIFICATION_STATE).
QUNS_BUSY = 2
QUNS_RUNNING_D3D_FULL_SCREEN = 3
QUNS_PRESENTATION_MODE = 4
FULLSCREEN_STATES = frozenset({QUNS_BUSY, QUNS_RUNNING_D3D_FULL_SCREEN, QUNS_PRESENTATION_MODE})

Entry = tuple[str, dict[str, Any]]
"""(key path below the capability, its values)"""


def apps_in_use(entries: Iterable[Entry]) -> list[str]:
    """Keys whose LastUsedTimeStop is 0 after a real start: those apps hold the device now."""
    using = []
    for path, values in entries:
        start, stop = values.get("LastUsedTimeStart"), values.get("LastUsedTimeStop")
        if isinstance(start, int) and isinstance(stop, int) and start > 0 and stop == 0:
            using.append(path)
    return using


def is_fullscreen_state(state: int) -> bool:
    return state in FULLSCREEN_STATES


def _walk_registry(winreg: Any, root: Any, path: str, prefix: str = "") -> Iterator[Entry]:
    try:
        key = winreg.OpenKey(root, path)
    except OSError:
        return
    with key:
        values: dict[str, Any] = {}
        index = 0
        while True:
            try:
                name, data, _kind = winreg.EnumValue(key, index)
            except OSError:
                break
            values[name] = data
            index += 1
        if values:
            yield prefix, values
        index = 0
        children = []
        while True:
            try:
                children.append(winreg.EnumKey(key, index))
            except OSError:
                break
            index += 1
    for child in children:
        yield from _walk_registry(winreg, root, f"{path}\\{child}", f"{prefix}\\{child}")


class ConsentStoreDetector:
    """camera or microphone, from the privacy consent store."""

    def __init__(self, source: str, entries: Callable[[], Iterable[Entry]] | None = None) -> None:
        self.source = source
        capability = CAPABILITIES[source]
        if entries is None:
            if sys.platform != "win32":
                raise DetectorUnavailable("not Windows")
            winreg = importlib.import_module("winreg")

            def entries() -> Iterable[Entry]:
                return _walk_registry(
                    winreg, winreg.HKEY_CURRENT_USER, f"{CONSENT_STORE}\\{capability}"
                )

        self._entries = entries

    def active(self) -> bool | None:
        try:
            return bool(apps_in_use(self._entries()))
        except OSError:
            return None

    def close(self) -> None:
        pass


class NotificationStateDetector:
    """fullscreen: the shell's own idea of 'the user is presenting or in a fullscreen app'."""

    source = "fullscreen"

    def __init__(self, query: Callable[[], int | None] | None = None) -> None:
        if query is None:
            if sys.platform != "win32":
                raise DetectorUnavailable("not Windows")
            windll: Any = getattr(ctypes, "windll")  # noqa: B009 (absent on other platforms)
            shell32 = windll.shell32

            def query() -> int | None:
                state = ctypes.c_int()
                if shell32.SHQueryUserNotificationState(ctypes.byref(state)) != 0:
                    return None
                return state.value

        self._query = query

    def active(self) -> bool | None:
        state = self._query()
        return None if state is None else is_fullscreen_state(state)

    def close(self) -> None:
        pass
