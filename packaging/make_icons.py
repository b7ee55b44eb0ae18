"""Render resources/icons/knotbreak.svg into the hicolor PNG sizes under packaging/icons.

Run after changing the SVG: `.venv/bin/python packaging/make_icons.py` (needs QtSvg,
which PySide6-Essentials ships). The PNGs are committed so packaging needs no Qt.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_ID = "org.knotbreak.knotbreak"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QtSvg needs an application
    source = ROOT / "resources" / "icons" / "knotbreak.svg"
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        print(f"{source} is not a valid SVG", file=sys.stderr)
        return 1
    out = ROOT / "packaging" / "icons" / "hicolor"
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(target))
    scalable = out / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, scalable)
    print(f"wrote {len(SIZES)} PNG sizes and the SVG under {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
