"""Soft tones at the start and end of each hold, through QtMultimedia when it is there.

QtMultimedia comes with PySide6-Addons, which may not be installed, and on Linux it also
needs PulseAudio's client library (libpulse.so.0). It is imported on the first cue, not
at start-up; when anything about it fails, knotbreak stays silent and logs why, once per
run. The tones are resources/sounds/hold-start.wav and hold-end.wav (written by
packaging/make_sounds.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from knotbreak.resources_path import resource

log = logging.getLogger(__name__)

CUES = {"hold-start": "sounds/hold-start.wav", "hold-end": "sounds/hold-end.wav"}
DEFAULT_VOLUME_PERCENT = 60
"""The `sound_volume` setting's default; QSoundEffect takes 0.0-1.0, linearly."""

_unavailable: str | None = None
"""Why sound does not work in this run (None: not tried yet, or it works)."""
_played_ok = False
"""A cue was handed to QtMultimedia and no failure has been seen (yet)."""


def _load_sound_effect_class() -> Any:
    from PySide6.QtCore import QLoggingCategory

    # Qt probes for optional codec libraries (pipewire, VA-API) and logs each one it
    # lacks; a tray app's log is no place for that.
    QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver=false")
    from PySide6.QtMultimedia import QSoundEffect

    return QSoundEffect


EffectLoader = Callable[[], Any]


def _note_unavailable(reason: str) -> None:
    global _unavailable
    if _unavailable is None:
        _unavailable = reason
        # Once per run, loud enough to be seen: the user asked for tones and gets none.
        log.warning("Sound cues cannot play: %s", reason)


def _effect_volume(percent: int) -> float:
    return min(100, max(0, percent)) / 100


def reset_for_tests() -> None:
    global _unavailable, _played_ok
    _unavailable = None
    _played_ok = False


def unavailable_reason() -> str | None:
    return _unavailable


def note_playback_failed() -> None:
    """QtMultimedia reported, after play(), that a tone could not be played."""
    _note_unavailable(
        "the tone could not be played; check that a speaker or headset is connected and "
        "not muted"
    )


def sound_status() -> dict[str, Any]:
    """For `knotbreak status --json`: whether the hold tones can play, and if not, why.

    `available` is null until a tone was tried in this run (nothing is loaded before the
    first break, to keep start-up light).
    """
    if _unavailable is not None:
        return {"sound": {"available": False, "reason": _unavailable}}
    return {"sound": {"available": True if _played_ok else None, "reason": None}}


class SoundCues:
    """Plays the hold cues; silent when disabled or when QtMultimedia cannot be used.

    `loader` returns the QSoundEffect class (tests pass a fake or one that raises).
    `volume_percent` is the `sound_volume` setting, 0-100.
    """

    def __init__(
        self,
        enabled: bool,
        loader: EffectLoader = _load_sound_effect_class,
        volume_percent: int = DEFAULT_VOLUME_PERCENT,
    ) -> None:
        self.enabled = enabled
        self._loader = loader
        self._volume = _effect_volume(volume_percent)
        self._effects: dict[str, Any] | None = None
        self.played: list[str] = []
        """Cues asked for while enabled, in order (for tests and logs)."""

    def set_volume_percent(self, percent: int) -> None:
        """Change the loudness of the cues, including any already loaded."""
        self._volume = _effect_volume(percent)
        for effect in (self._effects or {}).values():
            try:
                effect.setVolume(self._volume)
            except Exception as error:  # same rule as play(): sound never breaks anything
                _note_unavailable(f"setting the volume failed ({error})")

    @property
    def volume(self) -> float:
        return self._volume

    def playback_failed(self) -> bool:
        """True when QtMultimedia reported an error for a loaded cue.

        It reports some failures only after play() returned (no audio output device, a
        format the device cannot play), as the effect's status, so ask a moment later.
        """
        for effect in (self._effects or {}).values():
            status = getattr(effect, "status", None)
            error = getattr(getattr(type(effect), "Status", None), "Error", None)
            if status is None or error is None:
                continue
            try:
                if status() == error:
                    return True
            except Exception:  # asking must not break anything either
                return True
        return False

    def hold_started(self) -> None:
        self.play("hold-start")

    def hold_ended(self) -> None:
        self.play("hold-end")

    def play(self, cue: str) -> None:
        if not self.enabled:
            return
        self.played.append(cue)
        effects = self._ensure_effects()
        effect = effects.get(cue)
        if effect is None:
            return
        global _played_ok
        try:
            effect.play()
        except Exception as error:  # a broken audio backend must never break a break
            _note_unavailable(f"playing a tone failed ({error})")
        else:
            _played_ok = True

    def _ensure_effects(self) -> dict[str, Any]:
        if self._effects is not None:
            return self._effects
        self._effects = {}
        if _unavailable is not None:
            return self._effects
        try:
            effect_class = self._loader()
        except Exception as error:  # ImportError, or OSError for a missing libpulse
            _note_unavailable(
                f"QtMultimedia could not be loaded ({error}); install PySide6-Addons "
                "and PulseAudio's client library (libpulse0) for sound"
            )
            return self._effects
        try:
            from PySide6.QtCore import QUrl

            for cue, relative in CUES.items():
                effect = effect_class()
                effect.setSource(QUrl.fromLocalFile(str(resource(relative))))
                effect.setVolume(self._volume)
                self._effects[cue] = effect
        except Exception as error:
            self._effects = {}
            _note_unavailable(f"the cue tones could not be prepared ({error})")
        return self._effects
