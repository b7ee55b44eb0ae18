"""Light and dark: knotbreak's own colours for whichever palette the desktop gives Qt.

Qt 6 follows the system colour scheme (QStyleHints.colorScheme(); on Linux through the
platform theme), so stock widgets already switch. What knotbreak paints itself (the
figures, the hold ring, the break window's panels) and the few labels it colours asks
here, with the palette in force at paint time, and repaints on QEvent.PaletteChange /
ApplicationPaletteChange, so a scheme switched while a window is open is followed.

The light colours are the team style (strokes #37474F, props #B0BEC5 on #ECEFF1); the
dark ones keep the target highlight #E4572E, which reads on both, and lighten the rest.

For trying a scheme without changing the desktop: KNOTBREAK_COLOR_SCHEME=dark (or light)
switches the app to the Fusion style with a dark (or light) palette; see
docs/translations.md ("Light and dark").
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

log = logging.getLogger(__name__)

SCHEME_VARIABLE = "KNOTBREAK_COLOR_SCHEME"
PALETTE_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
"""Events after which a widget that picks its own colours must pick them again."""


def is_dark(palette: QPalette) -> bool:
    """True when text is lighter than the surface it sits on.

    Text and Base are compared, not WindowText and Window: the break window sets its own
    Window colour, and that must not decide which scheme is in force.
    """
    text = palette.color(QPalette.ColorRole.Text).lightnessF()
    base = palette.color(QPalette.ColorRole.Base).lightnessF()
    return text > base


@dataclass(frozen=True)
class FigureColors:
    """The figure style (docs/team-rules.md) in one scheme."""

    stroke: QColor
    far: QColor
    """Limbs on the far side of a side view: the stroke, seen "behind"."""
    highlight: QColor
    prop_stroke: QColor
    prop_fill: QColor
    arrow: QColor
    eye: QColor
    """The small eye dot of the posture diagram, on the head's stroke colour."""


LIGHT_FIGURE = FigureColors(
    stroke=QColor("#37474F"),
    far=QColor("#8A979D"),
    highlight=QColor("#E4572E"),
    prop_stroke=QColor("#B0BEC5"),
    prop_fill=QColor("#ECEFF1"),
    arrow=QColor("#78909C"),
    eye=QColor("#FFFFFF"),
)
# The same roles turned round: a light stroke on a dark panel, props as quiet dark
# shapes with a mid-grey edge so the figure stays the brightest thing in the picture.
DARK_FIGURE = FigureColors(
    stroke=QColor("#D5DEE2"),
    far=QColor("#7F8E95"),
    highlight=QColor("#E4572E"),
    prop_stroke=QColor("#5F737D"),
    prop_fill=QColor("#33434B"),
    arrow=QColor("#9AADB6"),
    eye=QColor("#263238"),
)


def figure_colors(palette: QPalette) -> FigureColors:
    return DARK_FIGURE if is_dark(palette) else LIGHT_FIGURE


@dataclass(frozen=True)
class Tones:
    """The break window's and the stretch card's own colours, in one scheme."""

    window: QColor
    calm_window: QColor
    panel: QColor
    """Behind the stretch picture."""
    calm_panel: QColor
    track: QColor
    """The unfilled hold ring, the routine progress bar's groove, the card's rule."""
    text: QColor
    quiet: QColor
    work_accent: QColor
    """The cue during a hold: the target colour, adjusted so text reads (WCAG AA)."""
    calm_accent: QColor
    progress: QColor
    warning: QColor
    """A refusal or problem shown in the window."""
    placeholder: QColor
    """The circle shown when a stretch has no picture."""


LIGHT_TONES = Tones(
    window=QColor("#FFFFFF"),
    calm_window=QColor("#F5F9FA"),
    panel=QColor("#F4F6F7"),
    calm_panel=QColor("#EAF2F4"),
    track=QColor("#E3E8EB"),
    text=QColor("#37474F"),
    quiet=QColor("#5E6E77"),
    work_accent=QColor("#C2461F"),
    calm_accent=QColor("#39717F"),
    progress=QColor("#5A9AA8"),
    warning=QColor("#B23B17"),
    placeholder=QColor("#B0BEC5"),
)
DARK_TONES = Tones(
    window=QColor("#1E2326"),
    calm_window=QColor("#1B2427"),
    panel=QColor("#262D31"),
    calm_panel=QColor("#22313A"),
    track=QColor("#3A454B"),
    text=QColor("#E6ECEF"),
    quiet=QColor("#A3B3BA"),
    work_accent=QColor("#FF8A65"),
    calm_accent=QColor("#7CC3CF"),
    progress=QColor("#5A9AA8"),
    warning=QColor("#FF8A65"),
    placeholder=QColor("#5F737D"),
)


def tones(palette: QPalette) -> Tones:
    return DARK_TONES if is_dark(palette) else LIGHT_TONES


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two opaque colours, 1 (none) to 21 (black on white)."""

    def luminance(color: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(color.redF())
            + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF())
        )

    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


# Forcing a scheme -----------------------------------------------------------------------


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style, close to what dark desktop themes use."""
    palette = QPalette()
    roles = QPalette.ColorRole
    colors = {
        roles.Window: "#2B2F33",
        roles.WindowText: "#E6E9EB",
        roles.Base: "#1F2326",
        roles.AlternateBase: "#2F3438",
        roles.ToolTipBase: "#1F2326",
        roles.ToolTipText: "#E6E9EB",
        roles.PlaceholderText: "#8E989E",
        roles.Text: "#E6E9EB",
        roles.Button: "#353A3F",
        roles.ButtonText: "#E6E9EB",
        roles.BrightText: "#FF6E6E",
        roles.Light: "#454B51",
        roles.Midlight: "#3C4247",
        roles.Mid: "#2A2E32",
        roles.Dark: "#1A1D20",
        roles.Shadow: "#0E1012",
        roles.Highlight: "#3D7FB8",
        roles.HighlightedText: "#FFFFFF",
        roles.Link: "#7FB8E6",
        roles.LinkVisited: "#B39DDB",
    }
    for role, name in colors.items():
        palette.setColor(role, QColor(name))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#7A8288"))
    palette.setColor(disabled, roles.Highlight, QColor("#4A5056"))
    return palette


def apply_forced_scheme(app: QCoreApplication, scheme: str | None = None) -> str | None:
    """Honour KNOTBREAK_COLOR_SCHEME (or `scheme`): "dark" or "light"; None: the system's.

    Returns the scheme applied, or None when the system decides. For testing how
    knotbreak looks without changing the desktop's settings.
    """
    wanted = (scheme if scheme is not None else os.environ.get(SCHEME_VARIABLE, "")).strip()
    wanted = wanted.lower()
    if not wanted or wanted == "system" or not isinstance(app, QApplication):
        return None
    if wanted not in ("dark", "light"):
        log.warning("%s=%s is not dark, light or system; following the system",
                    SCHEME_VARIABLE, wanted)
        return None
    style = QStyleFactory.create("Fusion")
    if style is not None:
        app.setStyle(style)
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt 6.8+: tell anything that asks, too
        hints.setColorScheme(Qt.ColorScheme.Dark if wanted == "dark" else Qt.ColorScheme.Light)
    app.setPalette(dark_palette() if wanted == "dark" else app.style().standardPalette())
    return wanted
