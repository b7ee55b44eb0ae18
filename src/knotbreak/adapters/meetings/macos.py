"""Meeting signals on macOS (written against the documented APIs; not yet verified there).

- microphone: CoreAudio kAudioDevicePropertyDeviceIsRunningSomewhere on the default input;
- camera: CoreMediaIO kCMIODevicePropertyDeviceIsRunningSomewhere on any video device.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from typing import Any

from knotbreak.adapters.meetings import DetectorUnavailable

COREAUDIO = "/System/Library/Frameworks/CoreAudio.framework/CoreAudio"
COREMEDIAIO = "/System/Library/Frameworks/CoreMediaIO.framework/CoreMediaIO"


def fourcc(code: str) -> int:
    """A four-character code as Apple's headers write it, e.g. 'gone' -> 0x676F6E65."""
    data = code.encode("ascii")
    if len(data) != 4:
        raise ValueError(f"a four-character code needs four characters, not {code!r}")
    return int.from_bytes(data, "big")


K_SYSTEM_OBJECT = 1  # kAudioObjectSystemObject and kCMIOObjectSystemObject
K_SCOPE_GLOBAL = fourcc("glob")
K_ELEMENT_MAIN = 0
K_DEFAULT_INPUT_DEVICE = fourcc("dIn ")
K_RUNNING_SOMEWHERE = fourcc("gone")
K_CMIO_DEVICES = fourcc("dev#")


class PropertyAddress(ctypes.Structure):
    _fields_ = (
        ("mSelector", ctypes.c_uint32),
        ("mScope", ctypes.c_uint32),
        ("mElement", ctypes.c_uint32),
    )


def running_from_buffer(raw: bytes) -> bool:
    """DeviceIsRunningSomewhere is a UInt32: nonzero when any process uses the device."""
    return len(raw) >= 4 and int.from_bytes(raw[:4], sys.byteorder) != 0


def ids_from_buffer(raw: bytes) -> list[int]:
    """An array of UInt32 object ids."""
    return [int.from_bytes(raw[i : i + 4], sys.byteorder) for i in range(0, len(raw) - 3, 4)]


def _getter(library: str, prefix: str) -> Callable[[int, int], bytes | None]:
    try:
        lib = ctypes.CDLL(library)
    except OSError as error:
        raise DetectorUnavailable(f"cannot load {library} ({error})") from None
    size_of: Any = getattr(lib, f"{prefix}ObjectGetPropertyDataSize")
    get_data: Any = getattr(lib, f"{prefix}ObjectGetPropertyData")

    def get(object_id: int, selector: int) -> bytes | None:
        address = PropertyAddress(selector, K_SCOPE_GLOBAL, K_ELEMENT_MAIN)
        size = ctypes.c_uint32()
        if size_of(ctypes.c_uint32(object_id), ctypes.byref(address), 0, None,
                   ctypes.byref(size)) != 0:
            return None
        buffer = ctypes.create_string_buffer(size.value)
        used = ctypes.c_uint32(size.value)
        status = get_data(ctypes.c_uint32(object_id), ctypes.byref(address), 0, None,
                          size.value, ctypes.byref(used), buffer)
        return None if status != 0 else buffer.raw[: used.value]

    return get


class MacMicrophoneDetector:
    source = "microphone"

    def __init__(self) -> None:
        if sys.platform != "darwin":
            raise DetectorUnavailable("not macOS")
        self._get: Callable[[int, int], bytes | None] = _getter(COREAUDIO, "Audio")

    def active(self) -> bool | None:
        device = self._get(K_SYSTEM_OBJECT, K_DEFAULT_INPUT_DEVICE)
        if not device:
            return None
        running = self._get(ids_from_buffer(device)[0], K_RUNNING_SOMEWHERE)
        return None if running is None else running_from_buffer(running)

    def close(self) -> None:
        pass


class MacCameraDetector:
    source = "camera"

    def __init__(self) -> None:
        if sys.platform != "darwin":
            raise DetectorUnavailable("not macOS")
        self._get: Callable[[int, int], bytes | None] = _getter(COREMEDIAIO, "CMIO")

    def active(self) -> bool | None:
        devices = self._get(K_SYSTEM_OBJECT, K_CMIO_DEVICES)
        if devices is None:
            return None
        for device in ids_from_buffer(devices):
            running = self._get(device, K_RUNNING_SOMEWHERE)
            if running is not None and running_from_buffer(running):
                return True
        return False

    def close(self) -> None:
        pass
