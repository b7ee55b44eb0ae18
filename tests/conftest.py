"""Suite-wide set-up: widget tests run offscreen, whatever display the developer has.

End-to-end tests start the real app with its own DISPLAY and QT_QPA_PLATFORM=xcb.
"""

from __future__ import annotations

import os

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"


@pytest.fixture(autouse=True)
def _control_style_left_to_its_own_tests() -> None:
    """The app installs its Python proxy style (ui/control_style.py) before its first
    window is built (`ensure_control_style`). In one test process that would make it the
    style of every later test's widgets, painting through Python while tests delete them;
    mark it done instead. tests/ui/test_control_contrast.py installs it where it is tested."""
    from PySide6.QtWidgets import QApplication

    from knotbreak.ui.window_slot import STYLE_PROPERTY

    app = QApplication.instance()  # pytest-qt's qapp (session scope: made before this)
    if app is not None:
        app.setProperty(STYLE_PROPERTY, True)
