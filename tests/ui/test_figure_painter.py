"""The stretch pictures render offscreen: visible, highlighted, mirrored, on one sheet."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from knotbreak.core.figure.poses_file import load_pose_file
from knotbreak.resources_path import resource
from knotbreak.ui.contact_sheet import (
    ONE_SIDED,
    render_contact_sheet,
    sheet_layout,
    write_contact_sheet,
)
from knotbreak.ui.figure_painter import HIGHLIGHT_COLOR, render_pose_pixmap

SIZE = 160


@pytest.fixture(scope="module")
def entries():
    library = load_pose_file(resource("stretches/poses.json"))
    assert library.errors == ()
    return library.entries


def _drawn_pixels(image: QImage) -> int:
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y).alpha() > 0
    )


def _has_highlight(image: QImage) -> bool:
    target = HIGHLIGHT_COLOR
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if (
                c.alpha() == 255
                and abs(c.red() - target.red()) < 6
                and abs(c.green() - target.green()) < 6
                and abs(c.blue() - target.blue()) < 6
            ):
                return True
    return False


@pytest.mark.usefixtures("qapp")
def test_every_pose_draws_something_with_the_highlight_on_a_clear_background(entries):
    for stretch_id, entry in entries.items():
        for t in (0.0, 0.5, 1.0):
            image = render_pose_pixmap(entry, QSize(SIZE, SIZE), t).toImage()
            assert _drawn_pixels(image) > 200, (stretch_id, t)
            assert _has_highlight(image), (stretch_id, t)
            assert image.pixelColor(0, 0).alpha() == 0, stretch_id


@pytest.mark.usefixtures("qapp")
def test_mirrored_picture_differs_for_one_sided_stretches(entries):
    for stretch_id in ONE_SIDED:
        plain = render_pose_pixmap(entries[stretch_id], QSize(SIZE, SIZE)).toImage()
        mirrored = render_pose_pixmap(
            entries[stretch_id], QSize(SIZE, SIZE), mirrored=True
        ).toImage()
        assert plain != mirrored, stretch_id


@pytest.mark.usefixtures("qapp")
def test_high_dpi_pixmap_has_more_pixels_and_the_same_logical_size(entries):
    pixmap = render_pose_pixmap(entries["chin-tuck"], QSize(200, 200), device_pixel_ratio=2.0)
    assert pixmap.width() == 400
    assert pixmap.deviceIndependentSize().width() == pytest.approx(200)


@pytest.mark.usefixtures("qapp")
def test_contact_sheet_has_the_expected_size_and_every_cell_is_drawn(entries, tmp_path):
    items = [(sid, sid.replace("-", " ").title(), entry) for sid, entry in entries.items()]
    out = render_contact_sheet(items, tmp_path / "sheet.png")
    image = QImage(str(out))
    (width, height), cells = sheet_layout([sid for sid, _n, _e in items])
    assert (image.width(), image.height()) == (width, height)
    one_sided = [sid for sid in entries if sid in ONE_SIDED]
    assert len(cells) == 2 * len(entries) + len(one_sided)
    for cell in cells:
        x, y, w, h = cell.rect
        dark = sum(
            1
            for py in range(y + 20, y + h - 4, 3)
            for px in range(x + 4, x + w - 4, 3)
            if image.pixelColor(px, py).lightness() < 120
        )
        assert dark > 50, (cell.stretch_id, cell.frame)


@pytest.mark.usefixtures("qapp")
def test_write_contact_sheet_loads_the_packaged_poses(tmp_path):
    out = write_contact_sheet(tmp_path / "all.png", {"chin-tuck": "Chin tuck"})
    assert out.exists() and QImage(str(out)).width() > 0


@pytest.mark.usefixtures("qapp")
def test_unwritable_sheet_path_says_what_to_do(entries, tmp_path):
    with pytest.raises(OSError, match="check the folder"):
        render_contact_sheet(
            [("heat", "Heat", entries["heat"])], tmp_path / "missing" / "sheet.png"
        )


# The sizes the app draws a picture at: the break window's panel (and a small window),
# the contact sheet's cell, the frame strip's cell, a small thumbnail, and odd aspect ratios.
APP_SIZES = [
    QSize(320, 340),
    QSize(200, 200),
    QSize(188, 188),
    QSize(122, 122),
    QSize(90, 90),
    QSize(420, 220),
    QSize(180, 360),
]


def _border_is_clear(image: QImage, inset: int) -> bool:
    w, h = image.width(), image.height()
    for x in range(w):
        for y in (inset, h - 1 - inset):
            if image.pixelColor(x, y).alpha() > 0:
                return False
    for y in range(h):
        for x in (inset, w - 1 - inset):
            if image.pixelColor(x, y).alpha() > 0:
                return False
    return True


@pytest.mark.usefixtures("qapp")
def test_figure_keeps_clear_of_the_edge_at_every_size_the_app_draws(entries):
    # Props (floor, wall, door) may run to the edge on purpose; the body may not. So draw
    # the body alone (no props) and check the outermost pixels stay empty.
    from dataclasses import replace

    touching = []
    for stretch_id, entry in entries.items():
        if entry.close_up:
            continue  # a hands close-up cuts the trunk on purpose; core tests check the hands
        bare = replace(entry, props=())
        for size in APP_SIZES:
            for t in (0.0, 0.5, 1.0):
                for mirrored in (False, True):
                    image = render_pose_pixmap(bare, size, t, mirrored).toImage()
                    if not _border_is_clear(image, 0):
                        touching.append((stretch_id, size.width(), size.height(), t, mirrored))
    assert touching == []


# The closest pair by this measure is wrist-flexor vs wrist-extensor (~15 % of drawn
# pixels: the same arm held out, the hand bent up in one and down in the other); every
# other pair differs by 20 % or more (upper-trap vs levator: ~30 %, a head tilted to the
# side against one turned away and nodding). Below ~8 % two pictures read as the same.
MIN_DIFFERENCE = 0.08


def _difference(a: QImage, b: QImage) -> float:
    """Share of pixels that are drawn in one picture and empty or very different in the other."""
    differ = total = 0
    for y in range(0, a.height(), 2):
        for x in range(0, a.width(), 2):
            ca, cb = a.pixelColor(x, y), b.pixelColor(x, y)
            if ca.alpha() == 0 and cb.alpha() == 0:
                continue
            total += 1
            if (
                abs(ca.alpha() - cb.alpha()) > 100
                or abs(ca.red() - cb.red())
                + abs(ca.green() - cb.green())
                + abs(ca.blue() - cb.blue())
                > 120
            ):
                differ += 1
    return differ / max(1, total)


@pytest.mark.usefixtures("qapp")
def test_pictures_of_different_stretches_differ_visibly(entries):
    size = QSize(96, 96)
    images = {sid: render_pose_pixmap(entry, size).toImage() for sid, entry in entries.items()}
    ids = sorted(images)
    alike = [
        (a, b, round(_difference(images[a], images[b]), 3))
        for i, a in enumerate(ids)
        for b in ids[i + 1 :]
        if _difference(images[a], images[b]) < MIN_DIFFERENCE
    ]
    assert alike == [], "; ".join(map(str, alike))


@pytest.mark.usefixtures("qapp")
def test_frame_strips_draw_every_stretch_in_motion(entries, tmp_path):
    from knotbreak.ui.contact_sheet import STRIP_FRAME, render_frame_strips, strip_times

    items = [(sid, sid, entry) for sid, entry in list(entries.items())[:3]]
    out = render_frame_strips(items, tmp_path / "frames.png")
    image = QImage(str(out))
    assert image.height() >= 3 * STRIP_FRAME
    assert strip_times(5) == [0.0, 0.25, 0.5, 0.75, 1.0]


@pytest.mark.usefixtures("qapp")
def test_the_break_picture_repaints_only_while_the_figure_moves(entries, monkeypatch):
    from knotbreak.ui.stretch_card import StretchPicture

    picture = StretchPicture()
    updates = []
    monkeypatch.setattr(picture, "update", lambda: updates.append(1))
    shrug = entries["shrug-roll"]
    picture.set_picture(shrug, 0.1, False)
    picture.set_picture(shrug, 0.2, False)
    assert len(updates) == 2  # on the way up: every frame is new
    picture.set_picture(shrug, 0.31, False)
    count = len(updates)
    for t in (0.33, 0.37, 0.42):  # shoulders held up between two equal key poses: still
        picture.set_picture(shrug, t, False)
    assert len(updates) == count
    hold = entries["upper-trap"]
    picture.set_picture(hold, 1.0, False)
    count = len(updates)
    for _ in range(20):  # a hold that has reached its pose: nothing to paint
        picture.set_picture(hold, 1.0, False)
    assert len(updates) == count


@pytest.mark.usefixtures("qapp")
def test_finger_glides_close_up_draws_five_shapes_that_differ(entries):
    # Straight, spread, hook, full fist, straight fist: each key of the close-up must
    # read as its own hand shape, not the same blob in another place.
    glides = entries["finger-glides"]
    times = (0.0, *(t for t, _ in glides.keys), 1.0)
    assert len(times) == 5
    images = [render_pose_pixmap(glides, QSize(SIZE, SIZE), t).toImage() for t in times]
    for i, a in enumerate(images):
        for j in range(i + 1, len(images)):
            assert _difference(a, images[j]) > MIN_DIFFERENCE, (times[i], times[j])


@pytest.mark.usefixtures("qapp")
def test_a_nodding_face_is_drawn_over_the_neck_highlight(entries):
    # Levator seen with the face turned toward the viewer: the nose tips down in front
    # of the highlighted neck; it must stay visible in the figure's colour, not vanish
    # under the highlight.
    from dataclasses import replace

    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QPainter

    from knotbreak.core.figure.pose import Camera, forward_kinematics
    from knotbreak.ui.figure_painter import STROKE_COLOR, box_transform, paint_figure

    entry = entries["levator"]
    pose = replace(entry.at(1.0), camera=Camera(yaw=-20.0))
    size = 400
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    paint_figure(painter, QRectF(0, 0, size, size), pose, (), entry.highlight, entry.view_box)
    painter.end()
    figure = forward_kinematics(pose)
    assert figure.nose is not None
    nose = box_transform(QRectF(0, 0, size, size), entry.view_box).map(QPointF(*figure.nose))
    color = image.pixelColor(round(nose.x()), round(nose.y()))
    assert (color.red(), color.green(), color.blue()) == (
        STROKE_COLOR.red(),
        STROKE_COLOR.green(),
        STROKE_COLOR.blue(),
    )


@pytest.mark.usefixtures("qapp")
def test_the_helping_hand_of_a_wrist_close_up_takes_the_far_tone(entries):
    # Wrist extensor: the other hand presses the back of the dropped hand; drawn in the
    # far tone it reads as a second hand, not as more fingers of the first.
    from PySide6.QtCore import QPointF, QRectF

    from knotbreak.core.figure.pose import forward_kinematics
    from knotbreak.ui.figure_painter import FAR_COLOR, STROKE_COLOR, box_transform

    entry = entries["wrist-extensor"]
    size = 400
    image = render_pose_pixmap(entry, QSize(size, size), 1.0).toImage()
    figure = forward_kinematics(entry.at(1.0))
    to_pixels = box_transform(QRectF(0, 0, size, size), entry.view_box)

    def colors_at(side: str) -> set[tuple[int, int, int]]:
        hand = figure.hands[side]
        found = set()
        for digit in hand.digits:
            for a, b in zip(digit.points, digit.points[1:], strict=False):
                mid = to_pixels.map(QPointF((a[0] + b[0]) / 2, (a[1] + b[1]) / 2))
                c = image.pixelColor(round(mid.x()), round(mid.y()))
                found.add((c.red(), c.green(), c.blue()))
        return found

    far = (FAR_COLOR.red(), FAR_COLOR.green(), FAR_COLOR.blue())
    near = (STROKE_COLOR.red(), STROKE_COLOR.green(), STROKE_COLOR.blue())
    assert far in colors_at("l")
    assert near in colors_at("r")
