"""The one "raise the open window, or build one, and forget it when closed" helper that
every launcher uses (ui/window_slot.py)."""

from __future__ import annotations

import weakref

from PySide6.QtWidgets import QDialog, QWidget

from knotbreak.ui.window_slot import WindowSlot


def test_a_second_request_raises_the_open_window_instead_of_building_another(qtbot):
    built: list[QWidget] = []
    raised: list[QWidget] = []

    def build() -> QWidget:
        built.append(QWidget())
        return built[-1]

    slot: WindowSlot[QWidget] = WindowSlot(build, on_raise=raised.append)
    first = slot.open()
    qtbot.waitExposed(first)
    assert slot.open() is first
    assert built == [first] and raised == [first]
    slot.close()


def test_closing_forgets_the_window_and_the_next_request_builds_a_new_one(qtbot):
    closed: list[QWidget] = []
    slot: WindowSlot[QDialog] = WindowSlot(QDialog, on_closed=closed.append)
    first = slot.open()
    qtbot.waitExposed(first)
    first.reject()  # Cancel ends in the same place as the close button
    assert slot.window is None and not slot.is_open()
    assert closed == [first]
    second = slot.open()
    assert second is not first and slot.window is second
    second.close()
    assert slot.window is None and len(closed) == 2


def test_the_result_of_a_dialog_is_known_when_it_is_forgotten(qtbot):
    results: list[int] = []
    slot: WindowSlot[QDialog] = WindowSlot(
        QDialog, on_closed=lambda dialog: results.append(dialog.result())
    )
    slot.open().accept()
    slot.open().reject()
    assert results == [QDialog.DialogCode.Accepted.value, QDialog.DialogCode.Rejected.value]


def test_a_closed_window_is_deleted_and_its_python_side_let_go(qtbot):
    slot: WindowSlot[QWidget] = WindowSlot(QWidget)
    window = slot.open()
    qtbot.waitExposed(window)
    python_side = weakref.ref(window)
    with qtbot.waitSignal(window.destroyed, timeout=2000):
        window.close()
    del window
    qtbot.waitUntil(lambda: python_side() is None)


def test_the_control_style_comes_with_the_first_window(qapp, qtbot, monkeypatch):
    from knotbreak.ui import control_style
    from knotbreak.ui.window_slot import STYLE_PROPERTY

    installed: list[object] = []
    monkeypatch.setattr(control_style, "install_control_style", installed.append)
    monkeypatch.setattr(qapp, "property", lambda name: STYLE_PROPERTY in installed)
    monkeypatch.setattr(qapp, "setProperty", lambda name, value: installed.append(name))
    slot: WindowSlot[QWidget] = WindowSlot(QWidget)
    assert installed == []
    slot.open()
    assert installed == [qapp, STYLE_PROPERTY], "installed before the window is built"
    slot.close()
    slot.open()
    assert installed == [qapp, STYLE_PROPERTY], "and only once"
    slot.close()
