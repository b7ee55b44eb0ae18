"""One PNG with every stretch picture, for reviewing the artwork at a glance.

Each stretch gets a group of frames (start, hold and, for one-sided stretches, the hold
for the other side) with its id and name underneath. Needs only a QGuiApplication, so it
works with QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from knotbreak.core.figure.pose import PoseEntry
from knotbreak.core.figure.poses_file import load_pose_file
from knotbreak.resources_path import resource
from knotbreak.ui.figure_painter import paint_pose

# Stretches done once per side: their sheet group shows the other side too.
ONE_SIDED = frozenset(
    {
        "upper-trap",
        "levator",
        "neck-rotation",
        "cross-body",
        "seated-twist",
        "knee-chest",
        "figure-4",
        "hip-flexor",
        "hamstring",
        "wrist-flexor",
        "wrist-extensor",
    }
)

FRAME = 200  # px, one picture
FRAMES_PER_GROUP = 3
GROUPS_PER_ROW = 3
LABEL_HEIGHT = 44
GAP = 12
MARGIN = 16
BACKGROUND = QColor("#FFFFFF")
FRAME_BACKGROUND = QColor("#F7F9FA")
LABEL_COLOR = QColor("#37474F")
CAPTION_COLOR = QColor("#78909C")


@dataclass(frozen=True)
class SheetCell:
    """Where one picture went: the stretch, which frame, its rectangle in pixels."""

    stretch_id: str
    frame: str  # "start", "hold" or "other side"
    rect: tuple[int, int, int, int]  # x, y, width, height


def _frames(stretch_id: str, one_sided: frozenset[str]) -> list[tuple[str, float, bool]]:
    frames = [("start", 0.0, False), ("hold", 1.0, False)]
    if stretch_id in one_sided:
        frames.append(("other side", 1.0, True))
    return frames


def sheet_layout(
    ids: Sequence[str], one_sided: Iterable[str] = ONE_SIDED
) -> tuple[tuple[int, int], list[SheetCell]]:
    """The sheet's size and every cell, without drawing anything."""
    sided = frozenset(one_sided)
    group_w = FRAMES_PER_GROUP * FRAME
    group_h = FRAME + LABEL_HEIGHT
    rows = max(1, -(-len(ids) // GROUPS_PER_ROW))
    width = 2 * MARGIN + GROUPS_PER_ROW * group_w + (GROUPS_PER_ROW - 1) * GAP
    height = 2 * MARGIN + rows * group_h + (rows - 1) * GAP
    cells: list[SheetCell] = []
    for index, stretch_id in enumerate(ids):
        row, col = divmod(index, GROUPS_PER_ROW)
        gx = MARGIN + col * (group_w + GAP)
        gy = MARGIN + row * (group_h + GAP)
        for i, (frame, _t, _mirrored) in enumerate(_frames(stretch_id, sided)):
            cells.append(SheetCell(stretch_id, frame, (gx + i * FRAME, gy, FRAME, FRAME)))
    return (width, height), cells


def render_contact_sheet(
    entries: list[tuple[str, str, PoseEntry]],
    path: Path | str,
    one_sided: Iterable[str] = ONE_SIDED,
) -> Path:
    """Draws (id, name, picture) entries into one PNG at `path`; returns the path."""
    sided = frozenset(one_sided)
    (width, height), cells = sheet_layout([e[0] for e in entries], sided)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(BACKGROUND)
    by_id = {stretch_id: (name, entry) for stretch_id, name, entry in entries}
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        label_font = QFont(painter.font())
        label_font.setPixelSize(15)
        label_font.setBold(True)
        caption_font = QFont(painter.font())
        caption_font.setPixelSize(12)
        for cell in cells:
            name, entry = by_id[cell.stretch_id]
            x, y, w, h = cell.rect
            frames = {f: (t, m) for f, t, m in _frames(cell.stretch_id, sided)}
            t, mirrored = frames[cell.frame]
            painter.fillRect(QRectF(x + 3, y + 3, w - 6, h - 6), FRAME_BACKGROUND)
            paint_pose(painter, QRectF(x + 6, y + 6, w - 12, h - 12), entry, t, mirrored)
            painter.setFont(caption_font)
            painter.setPen(QPen(CAPTION_COLOR))
            painter.drawText(
                QRectF(x + 8, y + 6, w - 16, 16),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                cell.frame,
            )
            if cell.frame == "start":
                painter.setFont(label_font)
                painter.setPen(QPen(LABEL_COLOR))
                painter.drawText(
                    QRectF(x + 6, y + h + 4, FRAMES_PER_GROUP * FRAME - 12, LABEL_HEIGHT - 6),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                    f"{cell.stretch_id}\n{name}"
                    if name and name != cell.stretch_id
                    else cell.stretch_id,
                )
    finally:
        painter.end()
    out = Path(path)
    if not image.save(str(out), "PNG"):  # type: ignore[call-overload]
        raise OSError(
            f"could not write the contact sheet to {out}; check the folder exists and is writable"
        )
    return out


STRIP_FRAMES = 9
STRIP_FRAME = 130
STRIP_LABEL = 150


def strip_times(count: int = STRIP_FRAMES) -> list[float]:
    """Evenly spaced points of the motion from the start pose (0) to the hold (1)."""
    return [i / (count - 1) for i in range(count)] if count > 1 else [1.0]


def render_frame_strips(
    entries: list[tuple[str, str, PoseEntry]], path: Path | str, count: int = STRIP_FRAMES
) -> Path:
    """One row per stretch: its name, then `count` frames of the motion, start to hold."""
    times = strip_times(count)
    width = 2 * MARGIN + STRIP_LABEL + count * STRIP_FRAME
    height = 2 * MARGIN + max(1, len(entries)) * (STRIP_FRAME + 4)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(BACKGROUND)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        label_font = QFont(painter.font())
        label_font.setPixelSize(13)
        label_font.setBold(True)
        for row, (stretch_id, name, entry) in enumerate(entries):
            y = MARGIN + row * (STRIP_FRAME + 4)
            painter.setFont(label_font)
            painter.setPen(QPen(LABEL_COLOR))
            painter.drawText(
                QRectF(MARGIN, y, STRIP_LABEL - 8, STRIP_FRAME),
                Qt.AlignmentFlag.AlignLeft
                | Qt.AlignmentFlag.AlignVCenter
                | Qt.TextFlag.TextWordWrap,
                f"{stretch_id}\n{name}" if name and name != stretch_id else stretch_id,
            )
            for i, t in enumerate(times):
                x = MARGIN + STRIP_LABEL + i * STRIP_FRAME
                painter.fillRect(
                    QRectF(x + 2, y + 2, STRIP_FRAME - 4, STRIP_FRAME - 4), FRAME_BACKGROUND
                )
                paint_pose(
                    painter, QRectF(x + 4, y + 4, STRIP_FRAME - 8, STRIP_FRAME - 8), entry, t
                )
    finally:
        painter.end()
    out = Path(path)
    if not image.save(str(out), "PNG"):  # type: ignore[call-overload]
        raise OSError(
            f"could not write the frame strips to {out}; check the folder exists and is writable"
        )
    return out


def _packaged_entries(names: dict[str, str] | None) -> list[tuple[str, str, PoseEntry]]:
    """Every entry of the packaged poses.json as (id, name, pose); `names` maps id -> name."""
    library = load_pose_file(resource("stretches/poses.json"))
    if library.errors:
        problems = "; ".join(str(e) for e in library.errors)
        raise ValueError(f"stretches/poses.json has problems: {problems}")
    names = names or {}
    return [(sid, names.get(sid, sid), entry) for sid, entry in library.entries.items()]


def write_frame_strips(out_path: Path | str, names: dict[str, str] | None = None) -> Path:
    """Draws every packaged entry's motion as a strip of frames."""
    return render_frame_strips(_packaged_entries(names), out_path)


def write_contact_sheet(out_path: Path | str, names: dict[str, str] | None = None) -> Path:
    """Draws every packaged entry: start and hold (and the other side) per stretch."""
    return render_contact_sheet(_packaged_entries(names), out_path)
