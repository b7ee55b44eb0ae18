"""The `sound_volume` setting reaches the tones, including ones already loaded."""

from __future__ import annotations

import pytest

from knotbreak.ui import sound_cues
from knotbreak.ui.sound_cues import DEFAULT_VOLUME_PERCENT, SoundCues


@pytest.fixture(autouse=True)
def _fresh_state():
    sound_cues.reset_for_tests()
    yield
    sound_cues.reset_for_tests()


class Effect:
    made: list[Effect]

    def __init__(self):
        self.volume = None
        Effect.made.append(self)

    def setSource(self, url):
        pass

    def setVolume(self, volume):
        self.volume = volume

    def play(self):
        pass


def test_volume_percent_becomes_the_effect_volume(qapp):
    Effect.made = []
    cues = SoundCues(True, loader=lambda: Effect, volume_percent=30)
    cues.hold_started()
    assert {effect.volume for effect in Effect.made} == {0.3}


def test_changing_the_volume_reaches_loaded_effects(qapp):
    Effect.made = []
    cues = SoundCues(True, loader=lambda: Effect)
    cues.hold_started()
    assert {effect.volume for effect in Effect.made} == {DEFAULT_VOLUME_PERCENT / 100}
    cues.set_volume_percent(100)
    assert {effect.volume for effect in Effect.made} == {1.0}
    assert cues.volume == 1.0


@pytest.mark.parametrize(("percent", "volume"), [(0, 0.0), (-5, 0.0), (250, 1.0)])
def test_volume_is_kept_in_range(percent, volume):
    assert SoundCues(False, volume_percent=percent).volume == volume


class FailingEffect(Effect):
    class Status:
        Ready = 1
        Error = 3

    def status(self):
        return self.Status.Error


def test_playback_failure_reported_later_is_noticed(qapp):
    Effect.made = []
    cues = SoundCues(True, loader=lambda: FailingEffect)
    assert not cues.playback_failed()  # nothing loaded yet
    cues.hold_started()
    assert cues.playback_failed()


def test_effects_without_a_status_never_count_as_failed(qapp):
    Effect.made = []
    cues = SoundCues(True, loader=lambda: Effect)
    cues.hold_started()
    assert not cues.playback_failed()
