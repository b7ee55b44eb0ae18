"""Edges that can be seen: every control's outline and state at 3:1 or more (WCAG 1.4.11).

Fusion (what knotbreak uses on most Linux desktops and whenever a scheme is forced) draws
the outline of check boxes, radio buttons, line edits, spin boxes, combo boxes and slider
handles in the window colour darkened by 40 %. On a dark window that is about 1.2:1: an
unticked box all but disappears (worst in the workstation check, where every answer is a
radio button); on a light window it is about 2:1. This proxy style lets the base style
draw as it always does and then strokes the edge again in a colour picked from the
palette so it stands out from the window, the field and the button colours by at least
3:1, and the focus ring in the highlight colour (made to reach 3:1 too). Nothing else
about the look changes, and it follows palette switches because colours are picked at
paint time.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QStyleOptionSlider,
    QWidget,
)

from knotbreak.ui.palette import contrast_ratio

MIN_CONTRAST = 3.0
# A little above the floor, so rounding in anti-aliased edges cannot drop below it.
TARGET_CONTRAST = 3.3
EDGE_RADIUS = 2.0
INDICATORS = (
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
)
FRAMED = (
    QStyle.ComplexControl.CC_SpinBox,
    QStyle.ComplexControl.CC_ComboBox,
)


def _mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    keep = 1.0 - share_of_b
    return QColor.fromRgbF(
        a.redF() * keep + b.redF() * share_of_b,
        a.greenF() * keep + b.greenF() * share_of_b,
        a.blueF() * keep + b.blueF() * share_of_b,
    )


def _surfaces(palette: QPalette) -> tuple[QColor, ...]:
    roles = QPalette.ColorRole
    return tuple(palette.color(role) for role in (roles.Window, roles.Base, roles.Button))


def _weakest(color: QColor, surfaces: tuple[QColor, ...]) -> float:
    return min(contrast_ratio(color, surface) for surface in surfaces)


def edge_color(palette: QPalette) -> QColor:
    """The outline of an idle control: the quietest mix of window and text colour that
    stands out from the window, field and button colours by TARGET_CONTRAST."""
    roles = QPalette.ColorRole
    window = palette.color(roles.Window)
    text = palette.color(roles.WindowText)
    surfaces = _surfaces(palette)
    for step in range(40, 101, 5):
        color = _mix(window, text, step / 100)
        if _weakest(color, surfaces) >= TARGET_CONTRAST:
            return color
    return text


def focus_color(palette: QPalette) -> QColor:
    """The focus ring: the highlight colour, moved toward the text colour only as far as it
    takes to reach TARGET_CONTRAST on the window and field colours."""
    roles = QPalette.ColorRole
    highlight = palette.color(roles.Highlight)
    text = palette.color(roles.WindowText)
    surfaces = _surfaces(palette)
    for step in range(0, 101, 5):
        color = _mix(highlight, text, step / 100)
        if _weakest(color, surfaces) >= TARGET_CONTRAST:
            return color
    return text


class ControlEdgeStyle(QProxyStyle):
    """The base style with control edges (and focus rings) that meet 3:1."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in INDICATORS:
            self._stroke(painter, option, QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5))
        elif element is QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            self._stroke(
                painter, option, QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5), round_=True
            )
        elif element is QStyle.PrimitiveElement.PE_FrameLineEdit:
            self._stroke(painter, option, QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5))
        elif element is QStyle.PrimitiveElement.PE_FrameFocusRect:
            self._stroke(
                painter, option, QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5), focus=True
            )

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in FRAMED:
            self._stroke(painter, option, QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5))
        elif control is QStyle.ComplexControl.CC_Slider and isinstance(
            option, QStyleOptionSlider
        ):
            handle = self.subControlRect(
                control, option, QStyle.SubControl.SC_SliderHandle, widget  # type: ignore[arg-type]
            )
            self._stroke(painter, option, QRectF(handle).adjusted(0.5, 0.5, -0.5, -0.5))

    def _stroke(
        self,
        painter: QPainter,
        option: QStyleOption,
        rect: QRectF,
        *,
        round_: bool = False,
        focus: bool = False,
    ) -> None:
        state = option.state
        palette = option.palette
        if not state & QStyle.StateFlag.State_Enabled:
            # WCAG 1.4.11 exempts inactive controls; they keep the base style's quiet edge.
            return
        focused = focus or bool(state & QStyle.StateFlag.State_HasFocus)
        color = focus_color(palette) if focused else edge_color(palette)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(color, 1.0))
        if round_:
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, EDGE_RADIUS, EDGE_RADIUS)
        painter.restore()


def install_control_style(app: QApplication) -> None:
    """Wrap whatever style is in force (call again after the style changes)."""
    current = app.style()
    if isinstance(current, ControlEdgeStyle):
        return
    # The style object itself, not its name: a desktop's own style (from a platform
    # theme plugin) may not be creatable by name, and would silently become another.
    app.setStyle(ControlEdgeStyle(current))
