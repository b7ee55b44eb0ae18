"""Help > About: what knotbreak is, its version and licence, and where its health content
comes from (the sources named by the stretch catalog, the workstation checklist and the
health notes, read from those files so the list never drifts from the content)."""

from __future__ import annotations

import html
import json
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from knotbreak import __version__
from knotbreak.resources_path import resource
from knotbreak.ui.tray_icon_art import app_icon
from knotbreak.ui.window_fit import keep_wrapped_text_whole

log = logging.getLogger(__name__)

LICENCE = "GPL-3.0-or-later"
LICENCE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"
CONTENT_FILES = (
    "stretches/catalog.json",
    "ergonomics/checklist.json",
    "health/red_flags.json",
)


def content_sources(files: tuple[Path, ...] | None = None) -> list[tuple[str, str]]:
    """(name, url) of every source the health content names, each once, in file order.

    Tolerant of each file's own shape (a dict of sources or a list): a source without a
    name uses its title; a file that cannot be read is left out, not an error here.
    """
    paths = files if files is not None else tuple(resource(name) for name in CONTENT_FILES)
    seen: set[str] = set()
    found: list[tuple[str, str]] = []
    for path in paths:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            log.warning("About: cannot read the sources in %s: %s", path, error)
            continue
        sources: Any = data.get("sources", {}) if isinstance(data, dict) else {}
        if isinstance(sources, dict):
            entries: list[Any] = list(sources.values())
        else:
            entries = sources if isinstance(sources, list) else []
        for entry in entries:
            if not isinstance(entry, dict):
                continue
            publisher = str(entry.get("name") or "").strip()
            title = str(entry.get("title") or "").strip()
            # "Mayo Clinic: Office stretches ...": who says it, then what the page is.
            name = f"{publisher}: {title}" if publisher and title else publisher or title
            url = str(entry.get("url") or "").strip()
            if name and name not in seen:
                seen.add(name)
                found.append((name, url))
    return found


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About knotbreak"))
        self.setWindowIcon(app_icon())
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        heading = self.tr("knotbreak {version}").format(version=__version__)
        what = self.tr(
            "A break and posture companion for desk workers. It is for prevention and "
            "comfort, not diagnosis."
        )
        licence = self.tr(
            'Free software under the <a href="{url}">GNU General Public License</a>, '
            "version 3 or later ({spdx})."
        ).format(
            url=LICENCE_URL,
            # Non-breaking hyphens: wrapped at its hyphens it read "GPL-3.0-or-" / "later".
            spdx=LICENCE.replace("-", "\u2011"),
        )
        self.summary = QLabel(
            f"<h3>{html.escape(heading)}</h3><p>{html.escape(what)}</p><p>{licence}</p>"
        )
        self.summary.setWordWrap(True)
        self.summary.setOpenExternalLinks(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)

        self.sources = content_sources()
        items = "".join(
            f'<li><a href="{html.escape(url)}">{html.escape(name)}</a></li>'
            if url
            else f"<li>{html.escape(name)}</li>"
            for name, url in self.sources
        )
        intro = html.escape(
            self.tr(
                "The stretches, the workstation check and the health notes are written in "
                "knotbreak's own words from these sources; each item names the one it "
                "follows."
            )
        )
        self.sources_label = QLabel(f"<p>{intro}</p><ul>{items}</ul>")
        self.sources_label.setWordWrap(True)
        self.sources_label.setOpenExternalLinks(True)
        self.sources_label.setTextFormat(Qt.TextFormat.RichText)
        self.sources_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
        )
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.sources_label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        # Narrower than this the summary wraps a word a line; the sources scroll instead.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)
        # Room for a few sources at a time, not a two-line slot.
        scroll.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        keep_wrapped_text_whole(self)
        self.resize(520, 480)
