"""Every control and its state stand out by 3:1 (WCAG 1.4.11), light and dark, measured on
the rendered pixels: check boxes, radio buttons, slider handles, spin boxes, combo boxes,
line edits, and the focus ring."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QRadioButton,
    QSlider,
    QSpinBox,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFrame,
    QWidget,
)

from knotbreak.ui.control_style import ControlEdgeStyle, edge_color, focus_color
from knotbreak.ui.palette import contrast_ratio, dark_palette

MIN = 3.0


@pytest.fixture(params=["light", "dark"])
def scheme(request, qapp) -> Iterator[QPalette]:
    """The app as knotbreak runs it: Fusion wrapped in the edge style, in one scheme."""
    before_style = qapp.style().name()
    before = QPalette(qapp.palette())
    qapp.setStyle(ControlEdgeStyle("Fusion"))
    palette = dark_palette() if request.param == "dark" else qapp.style().standardPalette()
    qapp.setPalette(palette)
    yield palette
    qapp.setStyle(before_style)
    qapp.setPalette(before)


def _image(widget: QWidget) -> QImage:
    widget.show()
    QApplication.processEvents()
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _best(image: QImage, rect: QRect, background: QColor) -> float:
    """The highest contrast any pixel in `rect` has against `background`."""
    rect = rect.intersected(image.rect())
    return max(
        contrast_ratio(image.pixelColor(x, y), background)
        for y in range(rect.top(), rect.bottom() + 1)
        for x in range(rect.left(), rect.right() + 1)
    )


def _edge_best(image: QImage, background: QColor, inset: int = 3) -> float:
    """The highest contrast on the outer few pixels: the control's own edge."""
    full = image.rect()
    inner = full.adjusted(inset, inset, -inset, -inset)
    best = 1.0
    for y in range(full.height()):
        for x in range(full.width()):
            if not inner.contains(x, y):
                best = max(best, contrast_ratio(image.pixelColor(x, y), background))
    return best


def _indicator(widget: QCheckBox | QRadioButton) -> QRect:
    option = QStyleOptionButton()
    widget.initStyleOption(option)
    element = (
        QStyle.SubElement.SE_CheckBoxIndicator
        if isinstance(widget, QCheckBox)
        else QStyle.SubElement.SE_RadioButtonIndicator
    )
    return widget.style().subElementRect(element, option, widget)


def _window(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.Window)


@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton])
def test_an_unticked_box_and_its_ticked_state_stand_out(qtbot, scheme, kind):
    box = kind("Eyes")
    qtbot.addWidget(box)
    box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    unticked = _image(box)
    rect = _indicator(box)
    assert _best(unticked, rect, _window(scheme)) >= MIN, "the empty box is not visible"
    box.setChecked(True)
    ticked = _image(box)
    # The tick or dot itself: some pixel changes by 3:1 between the two states.
    change = max(
        contrast_ratio(unticked.pixelColor(x, y), ticked.pixelColor(x, y))
        for y in range(rect.top(), rect.bottom() + 1)
        for x in range(rect.left(), rect.right() + 1)
    )
    assert change >= MIN, "ticked and unticked look alike"


@pytest.mark.parametrize("make", [QSpinBox, QComboBox, QLineEdit], ids=lambda m: m.__name__)
def test_field_edges_stand_out_from_the_window(qtbot, scheme, make):
    field = make()
    qtbot.addWidget(field)
    field.resize(160, 30)
    assert _edge_best(_image(field), _window(scheme)) >= MIN


def test_the_slider_handle_stands_out(qtbot, scheme):
    slider = QSlider(Qt.Orientation.Horizontal)
    qtbot.addWidget(slider)
    slider.resize(200, 30)
    slider.setValue(50)
    image = _image(slider)
    from PySide6.QtWidgets import QStyleOptionSlider

    option = QStyleOptionSlider()
    slider.initStyleOption(option)
    handle = slider.style().subControlRect(
        QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, slider
    )
    assert _best(image, handle, _window(scheme)) >= MIN


def test_edge_and_focus_colours_meet_the_floor_on_every_surface(scheme):
    roles = QPalette.ColorRole
    for surface in (roles.Window, roles.Base, roles.Button):
        assert contrast_ratio(edge_color(scheme), scheme.color(surface)) >= MIN
        assert contrast_ratio(focus_color(scheme), scheme.color(surface)) >= MIN


def test_a_focused_field_shows_its_ring(qtbot, scheme):
    """The ring as the style paints it for a field that has the keyboard (offscreen
    windows never become active, so the option says so directly)."""
    field = QLineEdit()
    qtbot.addWidget(field)
    field.resize(160, 30)
    _image(field)
    option = QStyleOptionFrame()
    field.initStyleOption(option)
    option.state |= QStyle.StateFlag.State_HasFocus
    image = QImage(160, 30, QImage.Format.Format_RGB32)
    image.fill(_window(scheme))
    painter = QPainter(image)
    field.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelLineEdit, option, painter, field)
    painter.end()
    focus = focus_color(scheme)
    ring = [image.pixelColor(x, 0) for x in range(6, 150)]
    assert max(contrast_ratio(pixel, _window(scheme)) for pixel in ring) >= MIN
    assert max(contrast_ratio(pixel, edge_color(scheme)) for pixel in ring) > 1.0
    assert any(contrast_ratio(pixel, focus) < 1.2 for pixel in ring)


def test_the_app_wraps_the_style_it_has_once_and_keeps_its_palette(qapp):
    from knotbreak.ui.control_style import install_control_style

    before_style = qapp.style().name()
    before = QPalette(qapp.palette())
    try:
        qapp.setStyle("Fusion")
        qapp.setPalette(dark_palette())
        install_control_style(qapp)
        wrapped = qapp.style()
        assert isinstance(wrapped, ControlEdgeStyle)
        assert wrapped.baseStyle().name().lower() == "fusion"
        install_control_style(qapp)
        assert qapp.style() is wrapped  # not wrapped twice
        assert qapp.palette().color(QPalette.ColorRole.Window) == dark_palette().color(
            QPalette.ColorRole.Window
        )
    finally:
        qapp.setStyle(before_style)
        qapp.setPalette(before)
