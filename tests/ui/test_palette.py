"""Light and dark: what knotbreak paints itself stays legible in both, and follows a switch."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from knotbreak.core.cycle import Phase
from knotbreak.core.figure.poses_file import load_pose_file
from knotbreak.resources_path import resource
from knotbreak.ui.ergonomics.posture_diagram import PostureDiagram
from knotbreak.ui.hold_ring import HoldRing, RingMood
from knotbreak.ui.palette import (
    DARK_FIGURE,
    DARK_TONES,
    LIGHT_FIGURE,
    LIGHT_TONES,
    apply_forced_scheme,
    contrast_ratio,
    dark_palette,
    figure_colors,
    is_dark,
    tones,
)
from knotbreak.ui.stretch_card import StretchCard, StretchPicture
from knotbreak.ui.tray_icon_art import paint_tray_icon, tray_icon

POSES = load_pose_file(resource("stretches/poses.json"))
SCHEMES = ("light", "dark")


@pytest.fixture
def scheme(request, qapp):
    """The whole app in one scheme for the test (as the desktop would set it), then back."""
    before = QPalette(qapp.palette())
    palette = dark_palette() if request.param == "dark" else qapp.style().standardPalette()
    qapp.setPalette(palette)
    yield request.param
    qapp.setPalette(before)


def _grab(widget, size: QSize) -> QImage:
    widget.resize(size)
    widget.show()
    QApplication.processEvents()
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _contrasting(image: QImage, background: QColor, ratio: float) -> int:
    """Pixels (every 2nd) that stand out from `background` by at least `ratio` (WCAG)."""
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if contrast_ratio(image.pixelColor(x, y), background) >= ratio
    )


def test_the_two_schemes_are_told_apart(qapp):
    assert is_dark(dark_palette())
    assert not is_dark(qapp.style().standardPalette())
    assert figure_colors(dark_palette()) is DARK_FIGURE
    assert tones(qapp.style().standardPalette()) is LIGHT_TONES


@pytest.mark.parametrize("colors", [LIGHT_TONES, DARK_TONES], ids=SCHEMES)
def test_text_colours_meet_wcag_aa_on_their_windows(colors):
    for surface in (colors.window, colors.calm_window):
        assert contrast_ratio(colors.text, surface) >= 7
        for color in (colors.quiet, colors.work_accent, colors.calm_accent, colors.warning):
            assert contrast_ratio(color, surface) >= 4.5, color.name()


@pytest.mark.parametrize(
    ("colors", "panel"),
    [(LIGHT_FIGURE, LIGHT_TONES.panel), (DARK_FIGURE, DARK_TONES.panel)],
    ids=SCHEMES,
)
def test_figure_colours_stand_out_from_their_panel(colors, panel):
    assert contrast_ratio(colors.stroke, panel) >= 7
    # Graphics need 3:1 (WCAG 1.4.11); the highlight is the team colour in both schemes.
    assert contrast_ratio(colors.highlight, panel) >= 3
    assert colors.highlight.name() == "#e4572e"
    assert contrast_ratio(colors.arrow, panel) >= 3
    # Far-side limbs are drawn quieter on purpose (depth), but never vanish.
    assert contrast_ratio(colors.far, panel) >= 2.5


@pytest.mark.parametrize("scheme", SCHEMES, indirect=True)
def test_stretch_figure_strokes_contrast_with_the_panel(qtbot, scheme):
    picture = StretchPicture()
    qtbot.addWidget(picture)
    picture.set_picture(POSES.entries["upper-trap"], 1.0, False)
    image = _grab(picture, QSize(320, 340))
    panel = image.pixelColor(20, 170)  # inside the rounded panel, left of the figure
    expected = DARK_TONES.panel if scheme == "dark" else LIGHT_TONES.panel
    assert panel == expected
    # The figure's strokes: thousands of pixels at text-level contrast, in both schemes.
    assert _contrasting(image, panel, 4.5) > 400


@pytest.mark.parametrize("scheme", SCHEMES, indirect=True)
def test_hold_ring_numbers_contrast_with_the_window(qtbot, scheme):
    card = StretchCard()  # the ring sits on the card, on the break window's background
    qtbot.addWidget(card)
    ring = HoldRing()
    qtbot.addWidget(ring)
    ring.set_state(timedelta(seconds=20), timedelta(seconds=30), mood=RingMood.WORK)
    palette = ring.palette()
    background = tones(palette).window
    palette.setColor(QPalette.ColorRole.Window, background)
    ring.setPalette(palette)
    ring.setAutoFillBackground(True)
    image = _grab(ring, QSize(160, 160))
    assert image.pixelColor(2, 2) == background
    centre = image.copy(45, 55, 70, 40)  # "00:20"
    assert _contrasting(centre, background, 7) > 20


@pytest.mark.parametrize("scheme", SCHEMES, indirect=True)
def test_posture_diagram_lines_contrast_with_the_window(qtbot, scheme):
    diagram = PostureDiagram()
    qtbot.addWidget(diagram)
    diagram.setAutoFillBackground(True)
    image = _grab(diagram, QSize(420, 291))
    background = diagram.palette().color(QPalette.ColorRole.Window)
    assert _contrasting(image, background, 4.5) > 300


def test_break_window_follows_a_scheme_switch(qtbot, qapp, runner):
    from knotbreak.ui.break_window import BreakWindow

    before = QPalette(qapp.palette())
    try:
        qapp.setPalette(qapp.style().standardPalette())
        runner.go_on_break()
        window = BreakWindow(runner, None)
        qtbot.addWidget(window)
        window.show()
        assert window.palette().color(QPalette.ColorRole.Window) == LIGHT_TONES.calm_window
        qapp.setPalette(dark_palette())
        QApplication.processEvents()
        assert window.palette().color(QPalette.ColorRole.Window) == DARK_TONES.calm_window
        assert DARK_TONES.quiet.name() in window.step_label.styleSheet()
        assert DARK_TONES.text.name() in window.card.title_label.styleSheet()
        image = window.grab().toImage()
        assert image.pixelColor(4, image.height() - 4) == DARK_TONES.calm_window
        qapp.setPalette(qapp.style().standardPalette())
        QApplication.processEvents()
        assert window.palette().color(QPalette.ColorRole.Window) == LIGHT_TONES.calm_window
        assert LIGHT_TONES.text.name() in window.card.title_label.styleSheet()
    finally:
        qapp.setPalette(before)


def test_forced_scheme(qapp, monkeypatch):
    before = QPalette(qapp.palette())
    style = qapp.style().name()
    try:
        monkeypatch.setenv("KNOTBREAK_COLOR_SCHEME", "dark")
        assert apply_forced_scheme(qapp) == "dark"
        assert is_dark(qapp.palette())
        assert qapp.style().name().lower() == "fusion"
        assert apply_forced_scheme(qapp, "light") == "light"
        assert not is_dark(qapp.palette())
        monkeypatch.setenv("KNOTBREAK_COLOR_SCHEME", "purple")
        assert apply_forced_scheme(qapp) is None
        monkeypatch.delenv("KNOTBREAK_COLOR_SCHEME")
        assert apply_forced_scheme(qapp) is None
    finally:
        qapp.setStyle(style)
        qapp.setPalette(before)
        hints = qapp.styleHints()
        if hasattr(hints, "unsetColorScheme"):
            hints.unsetColorScheme()


def test_tray_icon_is_drawn_at_the_screen_ratio(qapp):
    icon = tray_icon(Phase.WORKING, 0.5, ratios=(1.0, 2.0))
    sharp = icon.pixmap(QSize(22, 22), 2.0)
    assert sharp.devicePixelRatio() == 2.0
    assert (sharp.width(), sharp.height()) == (44, 44)
    # Drawn for 22 px at 2x, not a 64 px picture scaled down: the ring's edge is crisp,
    # so the fully coloured ring pixels are most of the non-transparent ones.
    image = sharp.toImage()
    solid = sum(
        1 for y in range(44) for x in range(44) if image.pixelColor(x, y).alpha() == 255
    )
    assert solid > 250
    assert icon.pixmap(QSize(16, 16), 1.0).size() == QSize(16, 16)


@pytest.mark.parametrize("phase", list(Phase), ids=lambda phase: phase.value)
def test_tray_art_is_the_same_in_light_and_dark(qapp, phase):
    # Saturated phase colours on any panel: the tray art does not switch with the palette
    # (the panel's colour is not the app's palette, so following it would help nobody).
    before = QPalette(qapp.palette())
    try:
        qapp.setPalette(qapp.style().standardPalette())
        light = paint_tray_icon(phase, 0.4, 32).toImage()
        qapp.setPalette(dark_palette())
        dark = paint_tray_icon(phase, 0.4, 32).toImage()
    finally:
        qapp.setPalette(before)
    opaque = sum(1 for y in range(32) for x in range(32) if light.pixelColor(x, y).alpha() > 0)
    assert opaque > 100, "the icon is drawn at all"
    assert light == dark


def test_the_notice_icon_has_its_centre_dot(qapp):
    image = tray_icon(Phase.NOTICE, 0.0, ratios=(1.0,)).pixmap(32).toImage()
    assert image.pixelColor(16, 16).alpha() == 255
