import math

import pytest
from PySide6.QtGui import QColor, QImage

from knotbreak.core.cycle import Phase
from knotbreak.ui.tray_icon_art import APP_ICON_SIZES, app_icon, paint_tray_icon

SIZE = 64


def _image(phase: Phase, progress: float = 0.0, size: int = SIZE, ratio: float = 1.0) -> QImage:
    return paint_tray_icon(phase, progress, size, ratio).toImage()


def _ring_point(clock_fraction: float, size: int = SIZE) -> tuple[int, int]:
    """A point on the middle of the ring, `clock_fraction` of a turn clockwise from 12."""
    radius = size * (0.5 - 0.03 - 0.17 / 2)
    angle = clock_fraction * 2 * math.pi
    x = size / 2 + radius * math.sin(angle)
    y = size / 2 - radius * math.cos(angle)
    return round(x), round(y)


def _pixel(image: QImage, point: tuple[int, int]) -> QColor:
    return image.pixelColor(*point)


@pytest.mark.usefixtures("qapp")
def test_background_is_transparent():
    for phase in Phase:
        assert _pixel(_image(phase, 0.5), (0, 0)).alpha() == 0


@pytest.mark.usefixtures("qapp")
def test_working_ring_fills_clockwise_with_progress():
    quarter = _image(Phase.WORKING, 0.3)
    three_quarters = _image(Phase.WORKING, 0.8)
    right = _ring_point(0.125)  # half past one on a clock: inside the first 30 %
    left = _ring_point(0.7)  # seven/eight o'clock: only covered at 80 %

    assert _pixel(quarter, right).alpha() == 255
    assert _pixel(quarter, left).alpha() < 128  # the faint track, not yet filled
    assert _pixel(three_quarters, left).alpha() == 255
    # Empty ring: still visible as a track, but nowhere fully drawn.
    empty = _image(Phase.WORKING, 0.0)
    assert 0 < _pixel(empty, right).alpha() < 128


@pytest.mark.usefixtures("qapp")
def test_phases_look_different():
    centre = (SIZE // 2, SIZE // 2)
    ring = _ring_point(0.375)
    # HELD and OFFERED borrow the paused and notice looks (see ui/tray.py ICON_PHASE).
    drawn = [phase for phase in Phase if phase not in (Phase.HELD, Phase.OFFERED)]
    images = {phase: _image(phase, 1.0) for phase in drawn}

    working = _pixel(images[Phase.WORKING], ring)
    notice = _pixel(images[Phase.NOTICE], ring)
    assert working.green() > working.red()  # calm green/teal
    assert notice.red() > notice.blue()
    assert notice.green() > notice.blue()
    on_break = _pixel(images[Phase.ON_BREAK], ring)
    assert on_break.blue() > on_break.red()
    assert on_break.alpha() == 255
    paused = _pixel(images[Phase.PAUSED], ring)
    assert abs(paused.red() - paused.blue()) < 30
    assert paused.alpha() == 255
    off = _pixel(images[Phase.OFF_HOURS], ring)
    assert abs(off.red() - off.blue()) < 30
    assert off.alpha() == 255
    assert _pixel(images[Phase.OFF_HOURS], centre).alpha() == 0  # ...hollow
    # The pause glyph: white bars either side of a grey gap in the middle.
    bar = (round(SIZE * 0.4), SIZE // 2)
    assert _pixel(images[Phase.PAUSED], bar).lightness() > 240
    assert _pixel(images[Phase.PAUSED], centre).lightness() < 200

    raw = {phase: bytes(image.constBits()) for phase, image in images.items()}
    assert len(set(raw.values())) == len(drawn)


@pytest.mark.usefixtures("qapp")
def test_small_and_hidpi_sizes():
    small = _image(Phase.WORKING, 0.5, size=16)
    assert small.width() == 16
    # Still something to see at 16 px: a good share of the pixels are drawn.
    drawn = sum(small.pixelColor(x, y).alpha() > 128 for x in range(16) for y in range(16))
    assert drawn > 30
    hidpi = paint_tray_icon(Phase.ON_BREAK, 0, 24, 2.0)
    assert hidpi.width() == 48
    assert hidpi.devicePixelRatio() == 2.0


@pytest.mark.usefixtures("qapp")
def test_app_icon_has_several_sizes():
    icon = app_icon()
    assert not icon.isNull()
    assert len(icon.availableSizes()) == len(APP_ICON_SIZES)
