"""Microphone in use on Linux: a recording stream in `pactl list source-outputs`.

Works with PulseAudio and with PipeWire's pulse server. Level meters (pavucontrol's
"Peak detect" streams) are not recordings and are ignored.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess

from knotbreak.adapters.meetings import DetectorUnavailable

PACTL_TIMEOUT_S = 2.0
_BLOCK = re.compile(r"^Source Output #\d+", re.MULTILINE)
_PROPERTY = re.compile(r'^\s*([\w.]+)\s*=\s*"(.*)"\s*$', re.MULTILINE)
_IGNORED_MEDIA_NAMES = {"Peak detect"}
_IGNORED_APP_IDS = {"org.PulseAudio.pavucontrol"}


def recording_streams(text: str) -> list[dict[str, str]]:
    """The properties of each source output that is a real recording."""
    starts = [match.start() for match in _BLOCK.finditer(text)]
    streams = []
    ends = [*starts[1:], len(text)] if starts else []
    for begin, end in zip(starts, ends, strict=True):
        properties = dict(_PROPERTY.findall(text[begin:end]))
        if properties.get("media.name") in _IGNORED_MEDIA_NAMES:
            continue
        if properties.get("application.id") in _IGNORED_APP_IDS:
            continue
        streams.append(properties)
    return streams


class MicrophoneDetector:
    source = "microphone"

    def __init__(self) -> None:
        self._pactl = shutil.which("pactl")
        if self._pactl is None:
            raise DetectorUnavailable("pactl is not installed (Debian package pulseaudio-utils)")

    def active(self) -> bool | None:
        assert self._pactl is not None
        try:
            result = subprocess.run(
                [self._pactl, "list", "source-outputs"],
                capture_output=True,
                text=True,
                timeout=PACTL_TIMEOUT_S,
                env={**os.environ, "LC_ALL": "C"},
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired):
            return None
        if result.returncode != 0:
            return None
        return bool(recording_streams(result.stdout))

    def close(self) -> None:
        pass
