"""Help > Health notes: the red flags, when to see a clinician, what knotbreak is not,
and the sources with their links. The text comes from resources/health/red_flags.json."""

from __future__ import annotations

import html

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from knotbreak.core.journal import HealthNotes
from knotbreak.ui.journal.texts import health_text


class HealthNotesDialog(QDialog):
    def __init__(
        self, notes: HealthNotes | None, problem: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Health notes and red flags"))
        self.browser = QTextBrowser(self)
        # Links open in the user's browser; no colours are set, so the palette decides.
        self.browser.setOpenExternalLinks(True)
        _readable_links(self.browser)
        self.browser.setHtml(self._html(notes, problem))
        self.browser.setAccessibleName(self.tr("Health notes"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        # Could be shrunk to a stamp that broke "Health notes" into "Heal/th no/tes";
        # as About: about 50 characters wide and some lines high at the least.
        metrics = self.fontMetrics()
        self.setMinimumSize(metrics.averageCharWidth() * 50, metrics.lineSpacing() * 16)
        self.resize(600, 640)

    def _html(self, notes: HealthNotes | None, problem: str | None) -> str:
        def text(value: str) -> str:
            return html.escape(health_text(value))

        parts = [f"<h2>{html.escape(self.tr('Health notes'))}</h2>"]
        if notes is None:
            # The file ships with knotbreak; if it is missing, the essentials still show.
            parts.append(
                "<p>" + html.escape(self.tr(
                    "The full health notes could not be loaded ({problem}). In short: "
                    "knotbreak is for prevention and comfort, not diagnosis. Chest pain, "
                    "new weakness or numbness, or a stiff neck with fever need medical help "
                    "straight away; pain that does not ease with self-care in a couple of "
                    "weeks is worth an appointment."
                ).format(problem=problem or "")) + "</p>"
            )
            return "".join(parts)
        parts.append(f"<p><b>{text(notes.not_diagnosis)}</b></p>")
        numbers: dict[str, int] = {}
        for source in notes.sources:
            numbers[source.id] = len(numbers) + 1
        for group in notes.groups:
            parts.append(f"<h3>{text(group.title)}</h3><p>{text(group.intro)}</p><ul>")
            for item in group.items:
                # In ascending order, as a reader expects of reference marks ("[9, 11]"),
                # and joined by a no-break space: "[7," at a line's end and "9]" on the next
                # read as two marks.
                cited = ",&nbsp;".join(
                    str(n) for n in sorted(numbers[s] for s in item.sources if s in numbers)
                )
                parts.append(f"<li>{text(item.text)} <small>[{cited}]</small></li>")
            parts.append("</ul>")
        parts.append(
            "<p>" + html.escape(self.tr(
                "Stop a stretch straight away if it causes tingling, numbness, dizziness or "
                "pain that spreads, and do not stretch into pain."
            )) + "</p>"
        )
        parts.append(f"<h3>{html.escape(self.tr('Sources'))}</h3><ol>")
        for source in notes.sources:
            label = html.escape(f"{source.name}: {health_text(source.title)}")
            if source.url:
                url = html.escape(source.url, quote=True)
                link = f'<a href="{url}">{html.escape(source.url)}</a>'
                parts.append(f"<li>{label} &lt;{link}&gt;</li>")
            else:
                parts.append(f"<li>{label}</li>")
        parts.append("</ol>")
        return "".join(parts)


def _readable_links(widget: QWidget) -> None:
    """A dark palette that kept Qt's default dark-blue links would hide them: lighten."""
    palette = widget.palette()
    base = palette.color(QPalette.ColorRole.Base)
    link = palette.color(QPalette.ColorRole.Link)
    if base.lightness() < 128 and link.lightness() < 128:
        palette.setColor(QPalette.ColorRole.Link, link.lighter(220))
        widget.setPalette(palette)
