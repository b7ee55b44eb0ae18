"""The app's own windows never cover each other (ui/placement.py)."""

from PySide6.QtWidgets import QWidget

from knotbreak.ui.placement import place_on_cursor_screen


def _window(qtbot, width, height):
    window = QWidget()
    window.setFixedSize(width, height)
    qtbot.addWidget(window)
    return window


def test_corner_windows_stack_instead_of_covering_each_other(qtbot):
    first = _window(qtbot, 300, 120)
    place_on_cursor_screen(first, "bottom-right")
    first.show()
    second = _window(qtbot, 340, 90)
    place_on_cursor_screen(second, "bottom-right")
    second.show()
    assert not first.frameGeometry().intersects(second.frameGeometry())
    assert second.frameGeometry().bottom() < first.frameGeometry().top()
    # Placed again once shown (the notice does, for its frame): still clear of the other.
    place_on_cursor_screen(second, "bottom-right")
    assert not first.frameGeometry().intersects(second.frameGeometry())


def test_a_centred_window_moves_the_least_it_must_to_clear_a_corner_window(qtbot):
    corner = _window(qtbot, 300, 200)
    place_on_cursor_screen(corner, "bottom-right")
    corner.show()
    centred = _window(qtbot, 400, 300)
    place_on_cursor_screen(centred, "center")
    centred.show()
    area = centred.screen().availableGeometry()
    assert area.contains(centred.frameGeometry())
    assert not centred.frameGeometry().intersects(corner.frameGeometry())


def test_a_centred_window_with_no_room_stays_centred(qtbot):
    corner = _window(qtbot, 300, 200)
    place_on_cursor_screen(corner, "bottom-right")
    corner.show()
    big = _window(qtbot, 700, 500)
    place_on_cursor_screen(big, "center")
    area = big.screen().availableGeometry()
    assert abs(big.x() + 350 - area.center().x()) <= 1


def test_a_shown_window_moves_off_one_it_covers_without_changing_size(qtbot):
    from knotbreak.ui.placement import move_clear_of_others

    corner = _window(qtbot, 300, 200)
    place_on_cursor_screen(corner, "bottom-right")
    corner.show()
    dialog = _window(qtbot, 350, 300)
    dialog.move(corner.x() - 100, corner.y() - 100)
    dialog.show()
    assert dialog.frameGeometry().intersects(corner.frameGeometry())
    move_clear_of_others(dialog)
    assert not dialog.frameGeometry().intersects(corner.frameGeometry())
    assert dialog.size().width() == 350 and dialog.size().height() == 300
