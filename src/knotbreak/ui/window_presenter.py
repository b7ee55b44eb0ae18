"""Opens and closes the notice and break windows as the cycle moves between phases."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from knotbreak.core.cycle import Phase

if TYPE_CHECKING:
    from knotbreak.adapters.cycle_runner import CycleRunner
    from knotbreak.adapters.guided_breaks import GuidedBreaks
    from knotbreak.ui.break_window import BreakWindow
    from knotbreak.ui.notice_window import NoticeWindow


class WindowPresenter(QObject):
    """Shows NoticeWindow during NOTICE and BreakWindow during ON_BREAK, nothing otherwise.

    Windows are built when first needed and destroyed when their phase ends, so a day of
    breaks leaves nothing behind and the idle app holds no window at all.
    """

    def __init__(
        self,
        runner: CycleRunner,
        guided: GuidedBreaks | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._guided = guided
        self.break_window: BreakWindow | None = None
        self.notice_window: NoticeWindow | None = None
        self.closing_window: BreakWindow | None = None
        """A break window showing its closing moment; it closes and deletes itself."""
        runner.changed.connect(self.sync)
        self.sync()

    def sync(self) -> None:
        phase = self._runner.state.phase
        if phase is not Phase.NOTICE:
            self.notice_window = self._dispose(self.notice_window)
        if phase is not Phase.ON_BREAK:
            window = self.break_window
            if window is not None and self._guided is not None:
                self._guided.end()
            if window is not None and window.isVisible() and window.wants_closing_moment():
                # A short closing moment (what was done, when the next break is); the
                # window goes by itself.
                self._set_closing(window)
                window.show_closing()
                self.break_window = None
            else:
                self.break_window = self._dispose(window)

        if phase is Phase.NOTICE and self.notice_window is None:
            # Imported here, not at module level: most of the time no window is open and
            # start-up should not pay for these modules.
            from knotbreak.ui.notice_window import NoticeWindow
            from knotbreak.ui.window_slot import ensure_control_style

            ensure_control_style()
            self.notice_window = NoticeWindow(self._runner)
            self.notice_window.show_in_corner()
        elif phase is Phase.ON_BREAK and self.break_window is None:
            from knotbreak.ui.break_window import BreakWindow
            from knotbreak.ui.window_slot import ensure_control_style

            ensure_control_style()
            self._set_closing(None)
            session = self._guided.begin() if self._guided is not None else None
            self.break_window = BreakWindow(self._runner, session)
            self.break_window.show_on_cursor_screen()
        # A window the user closed by hand stays closed until its phase comes round again.

    def close_all(self) -> None:
        self.notice_window = self._dispose(self.notice_window)
        self.break_window = self._dispose(self.break_window)
        self._set_closing(None)

    def _set_closing(self, window: BreakWindow | None) -> None:
        old, self.closing_window = self.closing_window, window
        if old is not None and old is not window:
            self._dispose(old)
        if window is not None:
            window.closed.connect(lambda: self._closing_done(window))

    def _closing_done(self, window: BreakWindow) -> None:
        if self.closing_window is window:
            self.closing_window = None
            window.deleteLater()

    @staticmethod
    def _dispose(window: QWidget | None) -> None:
        if window is not None:
            window.hide()
            window.close()
            window.deleteLater()
        return None
