"""Opens the micro-break window when one starts and closes it when it ends.

Imported at start-up, so it imports no window: the window's module (its drawing, the
water glass, the pose pictures) loads with the first micro-break, 20 minutes in.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from knotbreak.adapters.cycle_runner import CycleRunner
    from knotbreak.core.figure.pose import PoseEntry
    from knotbreak.ui.micro_break_window import MicroBreakWindow

PoseSource = Callable[[], Mapping[str, "PoseEntry"]]


class MicroBreakPresenter(QObject):
    """Opens the micro-break window when one starts and closes it when it ends.

    Built only while one shows, so the idle app holds no window and loads no picture.
    """

    def __init__(
        self, runner: CycleRunner, poses: PoseSource, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._poses = poses
        self.window: MicroBreakWindow | None = None
        runner.changed.connect(self.sync)
        self.sync()

    def sync(self) -> None:
        showing = self._runner.state.micro_showing
        if not showing and self.window is not None:
            self.close_all()
        elif showing and self.window is None:
            from knotbreak.ui.micro_break_window import MicroBreakWindow
            from knotbreak.ui.window_slot import ensure_control_style

            ensure_control_style()
            self.window = MicroBreakWindow(self._runner, self._poses)
            self.window.show_clear_of_own_windows()

    def close_all(self) -> None:
        if self.window is not None:
            self.window.hide()
            self.window.close()
            self.window.deleteLater()
            self.window = None
