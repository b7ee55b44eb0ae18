"""An install that cannot write bytecode still starts from bytecode compiled at install time.

A system-wide or read-only install (or PYTHONDONTWRITEBYTECODE=1) makes Python compile
every module of knotbreak's at each start (~95 modules: ~90 ms more CPU to the tray icon,
~1.5 MB more memory; docs/performance.md). `make run` and the .venv that `make` builds
compile them with `python -m compileall` (pip does the same for a wheel; PyInstaller puts
bytecode in the bundle). This starts the real app offscreen from a copy of the package
with `python -v`, which names for each module whether it came from a .pyc or its source.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "e2e"))

from desktop import REPO_ROOT, SRC_DIR, App

# python -v: "# code object from '/x/__pycache__/y.cpython-311.pyc'" or "... from /x/y.py"
CODE_FROM = re.compile(r"^# code object from '?(\S+?)'?$", re.MULTILINE)


def _start_up_modules(tmp_path: Path, compiled: bool) -> tuple[list[str], list[str]]:
    """(modules of the copy loaded from bytecode, those compiled from source) to ready."""
    package = tmp_path / "site" / "knotbreak"
    shutil.copytree(SRC_DIR / "knotbreak", package,
                    ignore=shutil.ignore_patterns("__pycache__"))
    # Laid out like the wheel, which carries resources/ inside the package.
    (package / "resources").symlink_to(REPO_ROOT / "resources")
    if compiled:
        # The command the Makefile runs after installing, and before `make run`.
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True)
    app = App("", tmp_path / "app", command=[sys.executable, "-v", "-m", "knotbreak"])
    app.extra_env = {
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONDONTWRITEBYTECODE": "1",  # as if the install folder were read-only
        "PYTHONPATH": str(package.parent),
    }
    app.workdir.mkdir(parents=True)
    app.write_settings({"idle_detection": False, "sounds": False})
    try:
        app.start(1)
        app.wait_ready(timeout=30)
    finally:
        app.cleanup()
    loaded = [path for path in CODE_FROM.findall(app.log_text()) if path.startswith(str(package))]
    return ([p for p in loaded if p.endswith(".pyc")], [p for p in loaded if p.endswith(".py")])


@pytest.mark.parametrize("compiled", [False, True], ids=["as-shipped", "compiled-at-install"])
def test_start_up_reads_bytecode_compiled_at_install(tmp_path: Path, compiled: bool) -> None:
    from_bytecode, from_source = _start_up_modules(tmp_path, compiled)
    print(f"{len(from_bytecode)} modules from bytecode, {len(from_source)} compiled")
    if compiled:
        assert from_source == [], f"compiled at every start: {from_source}"
        assert len(from_bytecode) >= 50, from_bytecode
    else:
        # Without the install step each start compiles them all (what the step saves).
        assert from_bytecode == []
        assert len(from_source) >= 50, from_source
