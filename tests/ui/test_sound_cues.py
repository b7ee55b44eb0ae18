import builtins
import logging
import sys
import wave
from typing import ClassVar

import pytest

from knotbreak.resources_path import resource
from knotbreak.ui import sound_cues
from knotbreak.ui.sound_cues import CUES, SoundCues


@pytest.fixture(autouse=True)
def _fresh_state():
    sound_cues.reset_for_tests()
    yield
    sound_cues.reset_for_tests()


class FakeEffect:
    instances: ClassVar[list["FakeEffect"]] = []

    def __init__(self):
        self.source = ""
        self.volume = 0.0
        self.plays = 0
        FakeEffect.instances.append(self)

    def setSource(self, url):
        self.source = url.toLocalFile()

    def setVolume(self, volume):
        self.volume = volume

    def play(self):
        self.plays += 1


@pytest.mark.parametrize("relative", sorted(CUES.values()))
def test_tone_files_are_short_soft_wavs(relative):
    with wave.open(str(resource(relative))) as tone:
        seconds = tone.getnframes() / tone.getframerate()
        assert 0.15 <= seconds <= 0.3
        assert tone.getnchannels() == 1
        assert tone.getsampwidth() == 2
        frames = tone.readframes(tone.getnframes())
    samples = [int.from_bytes(frames[i : i + 2], "little", signed=True) for i in (0, 2, 4)]
    assert max(abs(s) for s in samples) < 200  # fades in: no click at the start


def test_plays_the_right_tone_for_each_cue(qapp):
    FakeEffect.instances = []
    cues = SoundCues(True, loader=lambda: FakeEffect)
    cues.hold_started()
    cues.hold_ended()
    cues.hold_ended()
    by_file = {e.source.rsplit("/", 1)[-1]: e.plays for e in FakeEffect.instances}
    assert by_file == {"hold-start.wav": 1, "hold-end.wav": 2}
    assert cues.played == ["hold-start", "hold-end", "hold-end"]
    assert all(0 < e.volume <= 1 for e in FakeEffect.instances)


def test_disabled_never_loads_qtmultimedia(qapp):
    def loader():
        raise AssertionError("must not load")

    cues = SoundCues(False, loader=loader)
    cues.hold_started()
    cues.hold_ended()
    assert cues.played == []


def test_missing_qtmultimedia_stays_silent_and_logs_once(qapp, monkeypatch, caplog):
    # As if PySide6-Addons were not installed: the import itself fails.
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)
    caplog.set_level(logging.INFO, logger=sound_cues.__name__)
    first = SoundCues(True)
    first.hold_started()
    first.hold_ended()
    SoundCues(True).hold_started()  # a later break does not retry or log again
    reasons = [r.getMessage() for r in caplog.records if r.name == sound_cues.__name__]
    assert len(reasons) == 1
    assert "QtMultimedia could not be loaded" in reasons[0]
    assert "Sound cues cannot play" in reasons[0]
    assert sound_cues.unavailable_reason() is not None
    # ... and `knotbreak status --json` says so, with the reason.
    status = sound_cues.sound_status()["sound"]
    assert status["available"] is False
    assert "QtMultimedia could not be loaded" in status["reason"]


def test_playback_failure_seen_later_is_logged_once_and_reported(qapp, caplog):
    assert sound_cues.sound_status() == {"sound": {"available": None, "reason": None}}
    caplog.set_level(logging.INFO, logger=sound_cues.__name__)
    sound_cues.note_playback_failed()
    sound_cues.note_playback_failed()
    reasons = [r.getMessage() for r in caplog.records if r.name == sound_cues.__name__]
    assert len(reasons) == 1
    assert "speaker or headset" in sound_cues.sound_status()["sound"]["reason"]


def test_missing_libpulse_stays_silent(qapp, monkeypatch):
    real_import = builtins.__import__

    def failing_import(name, *args, **kwargs):
        if name == "PySide6.QtMultimedia":
            raise ImportError("libpulse.so.0: cannot open shared object file")
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(sys.modules, "PySide6.QtMultimedia", raising=False)
    monkeypatch.setattr(builtins, "__import__", failing_import)
    cues = SoundCues(True)
    cues.hold_started()
    assert "libpulse.so.0" in (sound_cues.unavailable_reason() or "")


def test_a_failing_play_is_swallowed(qapp):
    class Broken(FakeEffect):
        def play(self):
            raise RuntimeError("no audio device")

    cues = SoundCues(True, loader=lambda: Broken)
    cues.hold_started()
    assert "no audio device" in (sound_cues.unavailable_reason() or "")
