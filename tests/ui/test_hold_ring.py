from datetime import timedelta

import pytest
from PySide6.QtGui import QImage

from knotbreak.ui.hold_ring import HoldRing, RingMood, countdown_text, spoken_time


def test_countdown_text_rounds_up():
    assert countdown_text(timedelta(minutes=3)) == "03:00"
    assert countdown_text(timedelta(seconds=179.2)) == "03:00"
    assert countdown_text(timedelta(seconds=0.4)) == "00:01"
    assert countdown_text(timedelta(0)) == "00:00"
    assert countdown_text(timedelta(seconds=-5)) == "00:00"


def test_spoken_time():
    assert spoken_time(timedelta(seconds=30)) == "30 seconds left"
    assert spoken_time(timedelta(seconds=61)) == "1 minute 1 second left"
    assert spoken_time(timedelta(minutes=2)) == "2 minutes left"
    assert spoken_time(timedelta(0)) == "0 seconds left"


def test_state_and_fraction(qtbot):
    ring = HoldRing()
    qtbot.addWidget(ring)
    ring.set_state(timedelta(seconds=7.5), timedelta(seconds=30))
    assert ring.remaining == timedelta(seconds=7.5)
    assert ring.text == "00:08"
    assert ring.fraction_left == pytest.approx(0.25)
    ring.set_state(timedelta(seconds=-1), timedelta(seconds=30))
    assert ring.fraction_left == 0.0
    ring.set_state(timedelta(seconds=5), timedelta(0))
    assert ring.fraction_left == 0.0


def test_accessible_description_changes_only_with_the_words(qtbot):
    ring = HoldRing()
    qtbot.addWidget(ring)
    assert ring.accessibleName()
    ring.set_state(timedelta(seconds=20), timedelta(seconds=30))
    assert ring.accessibleDescription() == "20 seconds left"
    ring.set_state(timedelta(seconds=19.95), timedelta(seconds=30))
    assert ring.accessibleDescription() == "20 seconds left"
    ring.set_state(timedelta(seconds=19.95), timedelta(seconds=30), paused=True)
    assert ring.accessibleDescription() == "20 seconds left, paused"


def _arc_pixels(ring: HoldRing) -> int:
    """Pixels in the warm arc colour (red well above green and blue)."""
    image = ring.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            color = image.pixelColor(x, y)
            if color.red() > 180 and color.green() < 130 and color.blue() < 100:
                count += 1
    return count


def test_arc_shrinks_as_time_runs_out(qtbot):
    ring = HoldRing()
    qtbot.addWidget(ring)
    ring.resize(160, 160)
    ring.set_state(timedelta(seconds=30), timedelta(seconds=30), mood=RingMood.WORK)
    full = _arc_pixels(ring)
    ring.set_state(timedelta(seconds=15), timedelta(seconds=30), mood=RingMood.WORK)
    half = _arc_pixels(ring)
    ring.set_state(timedelta(0), timedelta(seconds=30), mood=RingMood.WORK)
    empty = _arc_pixels(ring)
    assert full > 0
    assert half == pytest.approx(full / 2, rel=0.2)
    assert empty == 0
