"""Finding the files in the top-level resources/ folder, however knotbreak was installed.

One lookup order serves every install: a wheel carries the folder inside the package
(pyproject force-include), a PyInstaller bundle unpacks it beside the code (sys._MEIPASS),
and an editable install or a plain checkout reads it from the repository.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    candidates = [_PACKAGE / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "knotbreak" / "resources")
    candidates.append(_PACKAGE.parent.parent / "resources")  # src/knotbreak -> repo root
    for candidate in candidates:
        if (candidate / "icons").is_dir():
            return candidate
    raise FileNotFoundError(
        "knotbreak's resources folder is missing; reinstall knotbreak "
        f"(looked in: {', '.join(str(c) for c in candidates)})"
    )


def resource(relative: str) -> Path:
    path = resources_dir() / relative
    if not path.exists():
        raise FileNotFoundError(f"knotbreak resource {relative!r} is missing from {path.parent}")
    return path
