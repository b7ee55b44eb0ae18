"""The middle of the break window: the stretch's picture, its name, cue, steps and cautions.

Which side a picture shows
--------------------------
resources/stretches/poses.json draws every one-sided stretch once; the other side is the
same picture mirrored (`figure_painter.paint_pose(..., mirrored=True)`). Routine cues
("Left side, 1 of 2") name, as docs/stretches.md says, the arm or leg that does the work,
or for the head and trunk the way you tilt or turn. So which cue the plain picture shows
is read from the picture itself (`pictured_side`):

- a front view whose head or trunk tilts or turns between start and hold (neck side bend,
  head turn, seated twist) shows the way it goes: toward +x, the figure's own left
  (pose.py: "its left limbs are on the viewer's right"), is "left";
- otherwise the highlighted target names the working limb: `..._r` is "right", `..._l` "left";
- with no clue at all the picture counts as "left" (the side routines start with).

The picture is mirrored exactly when the segment's side is not the pictured one; with the
built-in poses that means neck and twist stretches are mirrored for the right side and
limb stretches (cross-body, hips, hamstring, wrists) for the left.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from knotbreak.core.figure.pose import LATERAL_CENTRAL, PoseEntry, Prop, stance_pose
from knotbreak.ui.figure_painter import paint_figure, paint_pose, render_pose_pixmap
from knotbreak.ui.hold_ring import HoldRing
from knotbreak.ui.palette import LIGHT_TONES, PALETTE_EVENTS, Tones, figure_colors, tones
from knotbreak.ui.translations import QT_TRANSLATE_NOOP, translate

Side = Literal["left", "right"]
Tone = Literal["text", "quiet", "accent"]

PREVENTION_NOTE = QT_TRANSLATE_NOOP(
    "StretchCard",
    "These stretches are for prevention and comfort. They do not diagnose or treat "
    "anything: pain that does not settle, spreads, or comes with numbness, weakness or "
    "fever needs a clinician.",
)


def pictured_side(entry: PoseEntry) -> Side:
    """The side (as routine cues name it) that the unmirrored picture shows."""
    if entry.view != "side":
        turn = sum(
            entry.hold.angle(name) - entry.start.angle(name)
            for name in LATERAL_CENTRAL
            if name != "pelvis"
        )
        if abs(turn) > 1.0:
            return "left" if turn > 0 else "right"
    sides = {name[-2:] for name in entry.highlight if name[-2:] in ("_l", "_r")}
    if sides == {"_r"}:
        return "right"
    return "left"


def needs_mirror(entry: PoseEntry, side: str | None) -> bool:
    return side in ("left", "right") and side != pictured_side(entry)


def _drawn_state(entry: PoseEntry | None, t: float, phase: float | None = None) -> object:
    """What a picture at `t` (or at `phase` of a rep) looks like: the pose and the props
    that show (cheap to compare)."""
    if entry is None:
        return None
    if phase is not None:
        return (entry.rep_pose(phase), tuple(id(p) for p in entry.props_at(entry.rep_time(phase))))
    return (entry.at(t), tuple(id(p) for p in entry.props_at(t)))


class StretchPicture(QWidget):
    """Paints a stretch (or a quiet placeholder when it has no picture) on a soft panel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry: PoseEntry | None = None
        self.t = 1.0
        self.phase: float | None = None
        """Set while a repeated movement plays: the moment of the current rep (0..1)."""
        self.mirrored = False
        self.calm = False
        self._drawn: object = None
        self._photo_path: Path | None = None
        self._photo = QPixmap()
        """The user's own image for a custom exercise, shown instead of a figure."""
        self.setMinimumSize(200, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Picture of the stretch"))

    def sizeHint(self) -> QSize:
        return QSize(320, 340)

    def set_picture(
        self,
        entry: PoseEntry | None,
        t: float,
        mirrored: bool,
        calm: bool = False,
        phase: float | None = None,
    ) -> None:
        """Show `entry` `t` of the way from start to hold, or, with `phase`, at that moment
        of one repetition (every phase of a movement in order, see PoseEntry.rep_pose)."""
        t = min(1.0, max(0.0, t))
        # Repaint only when what is drawn changes: a hold that has reached its pose, or a
        # pause between phases of a movement, costs no paint at all however often the
        # window's timer asks.
        drawn = _drawn_state(entry, t, phase)
        if (entry, drawn, mirrored, calm) == (self.entry, self._drawn, self.mirrored, self.calm):
            self.t, self.phase = t, phase
            return
        self.entry, self.t, self.mirrored, self.calm = entry, t, mirrored, calm
        self.phase = phase
        self._drawn = drawn
        self.update()

    def set_photo(self, path: Path | None) -> None:
        """Show the user's own image (a custom exercise's photo) instead of a figure."""
        if path == self._photo_path:
            return
        self._photo_path = path
        # Read once per exercise, not per paint; an unreadable file shows the figure.
        self._photo = QPixmap(str(path)) if path is not None else QPixmap()
        self.update()

    @property
    def shows_photo(self) -> bool:
        return not self._photo.isNull()

    def current_pixmap(self, size: QSize | None = None) -> QPixmap:
        """The figure alone on a transparent pixmap (null when there is no picture)."""
        if self.entry is None:
            return QPixmap()
        return render_pose_pixmap(
            self.entry,
            size or self.size(),
            self.t,
            self.mirrored,
            colors=figure_colors(self.palette()),
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        # Colours are looked up on every paint: a scheme switched while the break window
        # is open repaints (PaletteChange) in the new colours.
        colors = tones(self.palette())
        figure = figure_colors(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        panel = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colors.calm_panel if self.calm else colors.panel)
        painter.drawRoundedRect(panel, 14, 14)
        inner = panel.adjusted(14, 14, -14, -14)
        if not self._photo.isNull():
            self._paint_photo(painter, inner)
        elif self.entry is None:
            self._paint_placeholder(painter, inner, colors)
        elif self.calm:
            # A preview, not the real thing yet: faded as a whole (drawing each stroke
            # translucent would show every joint where two strokes overlap).
            ratio = self.devicePixelRatioF()
            size = QSize(round(inner.width()), round(inner.height()))
            pixmap = render_pose_pixmap(
                self.entry, size, self.t, self.mirrored, ratio, colors=figure
            )
            painter.setOpacity(0.62)
            painter.drawPixmap(inner.topLeft(), pixmap)
        else:
            paint_pose(
                painter, inner, self.entry, self.t, self.mirrored, colors=figure, phase=self.phase
            )
        painter.end()

    def _paint_photo(self, painter: QPainter, rect: QRectF) -> None:
        """The photo whole, as large as the panel allows, centred (never stretched)."""
        ratio = self.devicePixelRatioF()
        target = QSize(round(rect.width() * ratio), round(rect.height() * ratio))
        scaled = self._photo.scaled(
            target, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        scaled.setDevicePixelRatio(ratio)
        width, height = scaled.width() / ratio, scaled.height() / ratio
        left = rect.left() + (rect.width() - width) / 2
        top = rect.top() + (rect.height() - height) / 2
        if self.calm:
            painter.setOpacity(0.62)
        painter.drawPixmap(QRectF(left, top, width, height), scaled, QRectF(scaled.rect()))

    def _paint_placeholder(self, painter: QPainter, rect: QRectF, colors: Tones) -> None:
        """A custom stretch without a picture: a calm, neutral figure in the quiet tone
        (standing, arms loose, nothing highlighted) and a line saying there is no picture."""
        font = QFont(self.font())
        painter.setFont(font)
        text_height = painter.fontMetrics().height() * 2 + 8
        figure_rect = rect.adjusted(0, 0, 0, -text_height)
        quiet = figure_colors(self.palette())
        tone = colors.placeholder
        neutral = replace(quiet, stroke=tone, far=tone, highlight=tone)
        paint_figure(
            painter,
            figure_rect,
            stance_pose("front", "standing"),
            (Prop(kind="floor"),),
            (),
            (0.2, 0.0, 0.8, 1.0),
            colors=neutral,
        )
        painter.setPen(colors.quiet)
        below = QRectF(rect.left(), rect.bottom() - text_height + 4, rect.width(), text_height)
        painter.drawText(
            below,
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            self.tr("No picture for this one"),
        )


@dataclass(frozen=True)
class CardText:
    """Everything textual the card shows for one segment."""

    title: str
    cue: str
    counters: str = ""
    next_text: str = ""
    steps: tuple[str, ...] = ()
    cautions: tuple[str, ...] = ()
    general_cautions: tuple[str, ...] = ()
    source: str = ""
    calm: bool = False
    kicker: str = ""
    """A small line above the title ("Up next")."""
    can_hide: bool = False
    """Offer "Don't show this stretch again" (a real stretch from the catalog)."""


def steps_html(steps: Sequence[str]) -> str:
    if not steps:
        return ""
    items = "".join(f"<li style='margin-bottom:6px'>{html.escape(s)}</li>" for s in steps)
    return f"<ol style='margin-left:-18px'>{items}</ol>"


def _bullets(items: Sequence[str]) -> str:
    rows = "".join(f"<li style='margin-bottom:3px'>{html.escape(i)}</li>" for i in items)
    return f"<ul style='margin-left:-22px'>{rows}</ul>"


def cautions_html(
    cautions: Sequence[str], general: Sequence[str], quiet: QColor | None = None
) -> str:
    parts = []
    if cautions:
        heading = translate("StretchCard", "For this stretch")
        parts.append(f"<p><b>{html.escape(heading)}</b></p>")
        parts.append(_bullets(cautions))
    if general:
        heading = translate("StretchCard", "Always")
        parts.append(f"<p><b>{html.escape(heading)}</b></p>")
        parts.append(_bullets(general))
    note = html.escape(translate("StretchCard", PREVENTION_NOTE))
    color = (quiet or LIGHT_TONES.quiet).name()
    parts.append(f"<p style='color:{color}'>{note}</p>")
    return "".join(parts)


def own_cautions_html(cautions: Sequence[str], warning: QColor | None = None) -> str:
    """One stretch's "skip it if..." cautions, set apart from the steps."""
    if not cautions:
        return ""
    heading = html.escape(translate("StretchCard", "Take care: skip this one if it applies"))
    color = (warning or LIGHT_TONES.warning).name()
    return f"<p style='margin-bottom:0'><b style='color:{color}'>{heading}</b></p>" + _bullets(
        cautions
    )


def _label(point_scale: float = 1.0, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * point_scale)
    font.setBold(bold)
    label.setFont(font)
    return label


class StretchCard(QWidget):
    """Picture on the left; name, cue, ring, counters, steps (or cautions) on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = StretchPicture()
        self.ring = HoldRing()

        self.kicker_label = _label(0.9)
        self.kicker_label.setAccessibleName(self.tr("Coming up"))
        self.title_label = _label(1.7, bold=True)
        self.title_label.setAccessibleName(self.tr("Stretch"))
        # At the window's smallest size the text column keeps room for a long (German)
        # name in three lines; the picture gives way first.
        self.title_label.setMinimumWidth(270)
        self.cue_label = _label(1.3, bold=True)
        self.cue_label.setAccessibleName(self.tr("What to do now"))
        self.counters_label = _label(1.0)
        self.counters_label.setAccessibleName(self.tr("Set and side"))
        self.next_label = _label(1.0)
        self.next_label.setAccessibleName(self.tr("What comes next"))

        # Everything to read sits in one scroll area, so nothing is ever clipped: this
        # stretch's cautions first (seen before its hold starts, not behind a button),
        # then the steps, then (with Cautions) what always applies.
        self.cautions_label = _label(1.0)
        self.cautions_label.setTextFormat(Qt.TextFormat.RichText)
        self.cautions_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.cautions_label.setAccessibleName(self.tr("Cautions for this stretch"))
        self.steps_label = _label(1.05)
        self.steps_label.setTextFormat(Qt.TextFormat.RichText)
        self.steps_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.steps_label.setAccessibleName(self.tr("Steps"))
        self.general_label = _label(1.0)
        self.general_label.setTextFormat(Qt.TextFormat.RichText)
        self.general_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.general_label.setAccessibleName(self.tr("Cautions"))
        self.general_label.hide()

        # Turning a stretch off for good: a caution may apply to this user every day.
        self.hide_button = QPushButton(self.tr("Don't sho&w this stretch again"))
        self.hide_button.setAccessibleName(self.tr("Don't show this stretch again"))
        hide_tip = self.tr(
            "Leave this stretch out of every routine from now on and go on to the next. "
            "Settings > Stretches shows it again (Alt+W)"
        )
        self.hide_button.setToolTip(hide_tip)
        self.hide_button.setAccessibleDescription(hide_tip)
        self.hide_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.hide_button.setAutoDefault(True)
        self.hide_button.hide()

        self.source_label = _label(0.85)
        self.source_label.setAccessibleName(self.tr("Source"))
        content = QWidget()
        content.setAutoFillBackground(False)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 6, 0)
        column.setSpacing(4)
        column.addWidget(self.cautions_label)
        column.addWidget(self.hide_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.steps_label)
        column.addWidget(self.source_label)
        column.addWidget(self.general_label)
        column.addStretch(1)
        self.details = QScrollArea()
        self.details.setWidget(content)
        self.details.setWidgetResizable(True)
        self.details.setFrameShape(QFrame.Shape.NoFrame)
        self.details.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details.viewport().setAutoFillBackground(False)
        # The window's keys (Space, arrows, Page Up/Down) work wherever the focus is; the
        # text never takes the focus, the window scrolls it (scroll_details).
        self.details.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.details.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.details.setMinimumHeight(48)
        self.cautions_scroll = self.details

        ring_row = QHBoxLayout()
        ring_row.setSpacing(16)
        ring_row.addWidget(self.ring, 0, Qt.AlignmentFlag.AlignVCenter)
        beside = QVBoxLayout()
        beside.addStretch(1)
        beside.addWidget(self.counters_label)
        beside.addWidget(self.next_label)
        beside.addStretch(1)
        ring_row.addLayout(beside, 1)

        self.rule = QFrame()
        self.rule.setFrameShape(QFrame.Shape.HLine)
        rule = self.rule

        text = QVBoxLayout()
        text.setSpacing(6)
        text.addWidget(self.kicker_label)
        text.addWidget(self.title_label)
        text.addWidget(self.cue_label)
        text.addSpacing(6)
        text.addLayout(ring_row)
        text.addSpacing(4)
        text.addWidget(rule)
        text.addWidget(self.details, 1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        layout.addWidget(self.picture, 11)
        layout.addLayout(text, 10)
        self._text: CardText | None = None
        self._tones: Tones | None = None
        self._applied: tuple[Tones, bool] | None = None
        self._labels: list[tuple[QLabel, Tone]] = [
            (self.kicker_label, "quiet"),
            (self.title_label, "text"),
            (self.cue_label, "accent"),
            (self.counters_label, "text"),
            (self.next_label, "quiet"),
            (self.steps_label, "text"),
            (self.cautions_label, "text"),
            (self.general_label, "text"),
            (self.source_label, "quiet"),
        ]
        self._apply_colors()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in PALETTE_EVENTS:
            self._apply_colors()

    def _apply_colors(self) -> None:
        """Colour the labels for the palette in force (light or dark) and the card's mood."""
        colors = tones(self.palette())
        calm = self._text is not None and self._text.calm
        key = (colors, calm)
        if key == self._applied:
            return
        self._applied = key
        self._tones = colors
        accent = colors.calm_accent if calm else colors.work_accent
        for label, tone in self._labels:
            color = {"text": colors.text, "quiet": colors.quiet, "accent": accent}[tone]
            label.setStyleSheet(f"color: {color.name()};")
        self.rule.setStyleSheet(f"color: {colors.track.name()};")
        if self._text is not None:
            self._set_caution_texts(self._text)

    @property
    def showing_cautions(self) -> bool:
        """Whether what always applies (and the prevention note) is shown under the steps."""
        return not self.general_label.isHidden()

    def set_showing_cautions(self, show: bool) -> None:
        self.general_label.setVisible(show)
        if show:
            # Once laid out (the label just appeared), scroll to its start.
            QTimer.singleShot(0, self, self._scroll_to_general)
        else:
            self.details.verticalScrollBar().setValue(0)

    def _scroll_to_general(self) -> None:
        if not self.general_label.isHidden():
            self.details.verticalScrollBar().setValue(self.general_label.y())

    def scroll_details(self, pages: int) -> None:
        bar = self.details.verticalScrollBar()
        bar.setValue(bar.value() + pages * bar.pageStep())

    def _set_caution_texts(self, text: CardText) -> None:
        quiet = self._tones.quiet if self._tones is not None else None
        warning = self._tones.warning if self._tones is not None else None
        self.cautions_label.setText(own_cautions_html(text.cautions, warning))
        self.cautions_label.setVisible(bool(text.cautions))
        self.general_label.setText(cautions_html((), text.general_cautions, quiet))

    def set_text(self, text: CardText) -> None:
        if text == self._text:
            return
        previous, self._text = self._text, text
        self.kicker_label.setText(text.kicker)
        self.kicker_label.setVisible(bool(text.kicker))
        self.title_label.setText(text.title)
        self.cue_label.setText(text.cue)
        self._apply_colors()
        self.counters_label.setText(text.counters)
        self.counters_label.setVisible(bool(text.counters))
        self.next_label.setText(text.next_text)
        self.next_label.setVisible(bool(text.next_text))
        self.steps_label.setText(steps_html(text.steps))
        self._set_caution_texts(text)
        if previous is None or previous.title != text.title:
            self.details.verticalScrollBar().setValue(0)
        self.source_label.setText(
            self.tr("Source: {source}").format(source=text.source) if text.source else ""
        )
        self.source_label.setVisible(bool(text.source))
        self.hide_button.setVisible(text.can_hide)


def pose_entries(poses: object) -> Mapping[str, PoseEntry]:
    """A PoseLibrary's entries, or a plain mapping of id -> PoseEntry as it is."""
    entries = getattr(poses, "entries", poses)
    return entries if isinstance(entries, Mapping) else {}
