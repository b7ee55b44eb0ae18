"""The installed Qt binding must survive an all-day run of signals and widget updates.

PySide6 6.12.0 lost a reference to True on every Signal.emit() and to None on every
void call, and the interpreter aborted after a few hundred of them (pyproject excludes it).
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
class Source(QObject):
    changed = Signal()
source = Source()
source.changed.connect(lambda: None)
label = QLabel()
for _ in range(20000):
    source.changed.emit()
    label.setText("Next break at 14:30")
    label.setEnabled(True)
print("survived")
"""


def test_many_signals_and_updates_do_not_crash_the_interpreter():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "survived"
