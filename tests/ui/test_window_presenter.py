import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent

from knotbreak.ui.window_presenter import WindowPresenter


def _flush_deletes():
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_no_window_while_working(runner):
    presenter = WindowPresenter(runner)
    assert presenter.break_window is None
    assert presenter.notice_window is None


def test_notice_then_break_then_back_to_work(qtbot, runner):
    presenter = WindowPresenter(runner)

    runner.go_notice()
    notice = presenter.notice_window
    assert notice is not None
    assert notice.isVisible()
    assert presenter.break_window is None

    runner.go_on_break()
    assert presenter.notice_window is None
    assert not notice.isVisible()
    window = presenter.break_window
    assert window is not None
    assert window.isVisible()
    assert window.windowTitle() == "Break — knotbreak"

    runner.go_working()
    assert presenter.break_window is None
    assert not window.isVisible()
    _flush_deletes()
    assert not shiboken6.isValid(window)
    assert not shiboken6.isValid(notice)


def test_same_break_window_stays_while_the_break_runs(runner):
    presenter = WindowPresenter(runner)
    runner.go_on_break()
    first = presenter.break_window
    runner.set_state(snoozes_used=1)
    assert presenter.break_window is first
    presenter.close_all()
    _flush_deletes()


def test_paused_and_off_hours_close_windows(runner):
    presenter = WindowPresenter(runner)
    runner.go_on_break()
    runner.go_paused()
    assert presenter.break_window is None
    runner.go_notice()
    runner.go_off_hours()
    assert presenter.notice_window is None
    _flush_deletes()


def test_many_cycles_leave_no_windows_behind(runner, qapp):
    from knotbreak.ui.break_window import BreakWindow
    from knotbreak.ui.notice_window import NoticeWindow

    presenter = WindowPresenter(runner)
    for _ in range(50):
        runner.go_notice()
        runner.go_on_break()
        runner.go_working()
        _flush_deletes()
    alive = [w for w in qapp.topLevelWidgets() if isinstance(w, BreakWindow | NoticeWindow)]
    assert alive == []
    assert presenter.break_window is None
