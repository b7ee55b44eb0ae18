"""An error in a slot reaches the log and the user once; a hard crash reaches the log."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

SLOT_ERRORS = textwrap.dedent(
    """
    import logging, sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication, QTimer
    from knotbreak.adapters.crash_report import CrashReporter

    log_file = Path(sys.argv[1])
    logging.basicConfig(filename=log_file, level=logging.INFO)
    app = QCoreApplication([])
    reporter = CrashReporter(log_file)
    reporter.install()
    told = []
    reporter.tell_user_with(told.append)

    def broken():
        raise ValueError("the slot broke")

    def still_running():
        print("still running", len(told))
        print(told[0])
        app.exit(0)

    QTimer.singleShot(0, broken)
    QTimer.singleShot(10, broken)
    QTimer.singleShot(50, still_running)
    sys.exit(app.exec())
    """
)


def test_an_error_in_a_slot_is_logged_told_once_and_the_app_goes_on(tmp_path: Path) -> None:
    log_file = tmp_path / "knotbreak.log"
    result = subprocess.run(
        [sys.executable, "-c", SLOT_ERRORS, str(log_file)],
        capture_output=True, text=True, timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    # Two failures, one message: the user is not flooded by a fault that repeats.
    assert lines[0] == "still running 1"
    assert "ValueError: the slot broke" in lines[1]
    assert str(log_file) in lines[1]
    logged = log_file.read_text()
    assert logged.count("ValueError: the slot broke") == 2
    assert "Traceback" in logged and "in broken" in logged


HARD_CRASH = textwrap.dedent(
    """
    import faulthandler, sys
    from pathlib import Path
    from knotbreak.adapters.crash_report import CrashReporter

    CrashReporter(Path(sys.argv[1])).install()
    faulthandler._sigsegv()
    """
)


def test_a_hard_crash_leaves_its_stack_in_the_log(tmp_path: Path) -> None:
    log_file = tmp_path / "knotbreak.log"
    result = subprocess.run(
        [sys.executable, "-c", HARD_CRASH, str(log_file)],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode != 0
    logged = log_file.read_text()
    assert "Segmentation fault" in logged
    assert "File " in logged  # the Python stack at the moment of the crash


def test_a_message_before_the_tray_exists_waits_for_it(tmp_path: Path) -> None:
    from knotbreak.adapters.crash_report import CrashReporter

    reporter = CrashReporter(tmp_path / "knotbreak.log")
    reporter.install()
    try:
        try:
            raise RuntimeError("too early")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
        told: list[str] = []
        reporter.tell_user_with(told.append)
        assert len(told) == 1
        assert "RuntimeError: too early" in told[0]
    finally:
        reporter.uninstall()
