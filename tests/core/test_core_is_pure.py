"""The core must run without Qt: import every core module with PySide6 blocked."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import knotbreak.core

SCRIPT = """
import importlib, sys
sys.modules["PySide6"] = None
sys.modules["shiboken6"] = None
for name in sys.argv[1:]:
    importlib.import_module(name)
loaded = [m for m in sys.modules if m.startswith(("PySide6.", "apscheduler"))]
assert not loaded, loaded
print("ok", len(sys.argv) - 1)
"""


def test_every_core_module_imports_without_pyside6():
    names = [
        f"knotbreak.core.{info.name}"
        for info in pkgutil.iter_modules([str(Path(knotbreak.core.__file__).parent)])
    ]
    # The posture coach's core is a subpackage; its modules must be pure too.
    names += [
        f"knotbreak.core.posture.{info.name}"
        for info in pkgutil.iter_modules([str(Path(knotbreak.core.__file__).parent / "posture")])
    ]
    assert len(names) >= 8
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, *names], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"ok {len(names)}"
