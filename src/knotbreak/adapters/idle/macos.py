"""macOS idle time: Quartz CGEventSourceSecondsSinceLastEventType (not yet verified on macOS).

The same HID idle time IOKit exposes as HIDIdleTime, through one documented call.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from knotbreak.adapters.idle import IdleUnavailable

APPLICATION_SERVICES = (
    "/System/Library/Frameworks/ApplicationServices.framework/ApplicationServices"
)
K_CG_EVENT_SOURCE_STATE_HID_SYSTEM = 1
K_CG_ANY_INPUT_EVENT_TYPE = 0xFFFFFFFF


class MacIdle:
    name = "macos-quartz"

    def __init__(self) -> None:
        if sys.platform != "darwin":
            raise IdleUnavailable("not macOS")
        try:
            quartz = ctypes.CDLL(APPLICATION_SERVICES)
        except OSError as error:
            raise IdleUnavailable(f"cannot load ApplicationServices ({error})") from None
        self._since: Any = quartz.CGEventSourceSecondsSinceLastEventType
        self._since.restype = ctypes.c_double
        self._since.argtypes = (ctypes.c_int32, ctypes.c_uint32)

    def idle_seconds(self) -> float | None:
        value = float(self._since(K_CG_EVENT_SOURCE_STATE_HID_SYSTEM, K_CG_ANY_INPUT_EVENT_TYPE))
        return value if value >= 0 else None

    def close(self) -> None:
        pass
