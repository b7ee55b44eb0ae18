"""Small widgets the settings dialog is built from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QValidator
from PySide6.QtWidgets import QLabel, QSizePolicy, QSpinBox, QWidget

from knotbreak.core.settings_form import parse_duration_text

# (light theme, dark theme): the message must stay readable on either background.
SEVERITY_COLORS = {
    "error": ("#B3261E", "#F2B8B5"),
    "note": ("#7A4F01", "#FFCC80"),
    "ok": ("#1E6B35", "#A5D6A7"),
}


def _is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


class DurationSpinBox(QSpinBox):
    """Seconds shown the way people say them ("3 min 30 s") and typed almost any way.

    The arrows step by `step` seconds, but any whole number of seconds in range is kept
    exactly, so a value set by hand in settings.json survives the dialog untouched.
    A number typed without a unit counts in `bare_unit_seconds` (60: "4" means 4 min).
    """

    def __init__(
        self,
        minimum: int,
        maximum: int,
        step: int,
        bare_unit_seconds: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._bare_unit = bare_unit_seconds
        self.setRange(minimum, maximum)
        self.setSingleStep(step)
        self.setAccelerated(True)
        self.setCorrectionMode(QSpinBox.CorrectionMode.CorrectToPreviousValue)

    def format_seconds(self, total: int) -> str:
        minutes, seconds = divmod(total, 60)
        if minutes and seconds:
            return self.tr("{minutes} min {seconds} s").format(minutes=minutes, seconds=seconds)
        if minutes:
            return self.tr("{minutes} min").format(minutes=minutes)
        return self.tr("{seconds} s").format(seconds=seconds)

    def textFromValue(self, value: int) -> str:
        return self.format_seconds(value)

    def valueFromText(self, text: str) -> int:
        if self.specialValueText() and text == self.specialValueText():
            return self.minimum()
        parsed = parse_duration_text(text, self._bare_unit)
        return self.value() if parsed is None else parsed

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if self.specialValueText() and text == self.specialValueText():
            return (QValidator.State.Acceptable, text, pos)
        parsed = parse_duration_text(text, self._bare_unit)
        if parsed is not None and self.minimum() <= parsed <= self.maximum():
            return (QValidator.State.Acceptable, text, pos)
        # Half-typed text ("3 m") must stay editable; Qt reverts it if focus leaves.
        return (QValidator.State.Intermediate, text, pos)


class MessageLabel(QLabel):
    """The line under a field that says what is wrong with it, or what to know about it.

    Severity "error" (red: blocks saving), "note" (amber: worth knowing), "ok" (green).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.severity: str | None = None
        self.hide()

    def show_message(self, text: str | None, severity: str = "error") -> None:
        if not text:
            self.severity = None
            self.clear()
            self.hide()
            return
        self.severity = severity
        colors = SEVERITY_COLORS.get(severity, SEVERITY_COLORS["note"])
        self.setStyleSheet(f"color: {colors[1] if _is_dark(self) else colors[0]};")
        self.setText(text)
        self.setAccessibleName(text)
        self.show()


def hint_label(text: str, parent: QWidget | None = None) -> QLabel:
    """Grey explanatory text under a group or field."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    # The theme's own subdued text colour, so hints stay readable in light and dark themes.
    palette = label.palette()
    palette.setColor(
        QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
    )
    label.setPalette(palette)
    return label
