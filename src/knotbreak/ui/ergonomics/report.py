"""The one-to-two-page report: PDF export and printing of a saved checklist run."""

from __future__ import annotations

import contextlib
import html
import os
import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QWidget

from knotbreak.core.ergonomics import (
    FOCUS_LABELS,
    SETUP_LABELS,
    Checklist,
    Run,
    compare,
    recheck_due,
)
from knotbreak.ui.ergonomics.posture_diagram import DESCRIPTION, posture_image

REPORT_TITLE = "Your workstation check"
MAX_FIXES_IN_REPORT = 10
_DIAGRAM_URL = QUrl("knotbreak://posture.png")
PREVENTION_NOTE = (
    "This check is for prevention and comfort. It does not diagnose or treat anything: pain "
    "that does not settle, spreads, or comes with numbness, weakness or fever needs a "
    "clinician."
)


def format_date(moment: datetime) -> str:
    local = moment.astimezone()
    return f"{local.day} {local.strftime('%B %Y')}"


def report_html(checklist: Checklist, run: Run, previous: Run | None) -> str:
    e = html.escape
    parts = [
        f"<h1 style='color:#37474F'>{e(REPORT_TITLE)}</h1>",
        f"<p><b>Checked on {e(format_date(run.completed_at))}</b> · "
        f"{e(SETUP_LABELS[run.answers.setup])}</p>",
        f"<p style='color:#546E7A'><i>{e(PREVENTION_NOTE)}</i></p>",
        "<h2>Fixes that matter most</h2>",
    ]
    if not run.fixes:
        parts.append("<p>Nothing to fix: every answer was the good one. Well done.</p>")
    else:
        parts.append("<ol>")
        for fix in run.fixes[:MAX_FIXES_IN_REPORT]:
            done = " <span style='color:#2E7D32'>(done ✓)</span>" if fix.done else ""
            area = _area_title(checklist, fix.item_id)
            parts.append(
                f"<li><b>{e(fix.action)}</b>{done}<br/>"
                f"<span style='color:#546E7A'>{e(area)}</span></li>"
            )
        parts.append("</ol>")
        if len(run.fixes) > MAX_FIXES_IN_REPORT:
            more = len(run.fixes) - MAX_FIXES_IN_REPORT
            parts.append(f"<p>…and {more} more in knotbreak's fix checklist.</p>")

    parts.append("<h2>Scores by area</h2><table cellspacing='0' cellpadding='3'>")
    for scored in checklist.areas:
        score = run.scores.get(scored.id)
        shown = "not answered" if score is None else f"{score}%"
        parts.append(f"<tr><td>{e(scored.title)}</td><td align='right'><b>{shown}</b></td></tr>")
    parts.append("</table>")

    if previous is not None:
        parts.append(f"<h2>Since {e(format_date(previous.completed_at))}</h2><ul>")
        change = compare(checklist, previous.answers, run.answers)
        for line in change.sentences(checklist):
            parts.append(f"<li>{e(line)}</li>")
        parts.append("</ul>")

    sore = [FOCUS_LABELS[focus] for focus in sorted(run.answers.discomfort)]
    if sore:
        parts.append(f"<p>Discomfort you mentioned: {e(', '.join(sore))}.</p>")

    parts.append(
        "<h2 style='page-break-before: always'>Good seated posture</h2>"
        f"<p><img src='{_DIAGRAM_URL.toString()}' width='420'/></p>"
        f"<p style='color:#546E7A'>{e(DESCRIPTION)}</p>"
    )
    due = recheck_due(run.completed_at, run.answers.moving_soon)
    parts.append(
        f"<p>Check again around <b>{e(format_date(due))}</b>, or sooner if you move desks.</p>"
    )
    used = sorted({checklist.item(f.item_id).source for f in run.fixes
                   if checklist.has_item(f.item_id)})  # fmt: skip
    if used:
        parts.append("<p style='font-size:small;color:#546E7A'>Sources: ")
        parts.append("; ".join(
            f"{e(sid)}: {e(checklist.sources[sid].title)}" for sid in used
            if sid in checklist.sources
        ))  # fmt: skip
        parts.append("</p>")
    return "\n".join(parts)


def _area_title(checklist: Checklist, item_id: str) -> str:
    if not checklist.has_item(item_id):
        return ""
    return checklist.area(checklist.item(item_id).area_id).title


def report_document(checklist: Checklist, run: Run, previous: Run | None) -> QTextDocument:
    document = QTextDocument()
    font = QFont(document.defaultFont())
    font.setPointSizeF(10.0)
    document.setDefaultFont(font)
    document.addResource(
        QTextDocument.ResourceType.ImageResource, _DIAGRAM_URL, posture_image(1260, 874)
    )
    document.setHtml(report_html(checklist, run, previous))
    return document


def write_pdf(checklist: Checklist, run: Run, previous: Run | None, out: Path) -> str | None:
    """Write the report to `out`; return None, or a sentence saying what went wrong."""
    folder = out.parent
    if not folder.is_dir():
        return f"The folder {folder} does not exist. Choose another place for the report."
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=folder)
        os.close(fd)
    except OSError as error:
        return (
            f"The report could not be written to {folder} ({error.strerror or error}). "
            "Choose a folder you can write to."
        )
    tmp = Path(tmp_name)
    try:
        writer = QPdfWriter(str(tmp))
        writer.setTitle(REPORT_TITLE)
        writer.setCreator("knotbreak")
        writer.setResolution(300)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(4, 4, 4, 4),
                QPageLayout.Unit.Millimeter,
            )
        )
        document = report_document(checklist, run, previous)
        document.print_(writer)
        del writer  # flushes and closes the file
        if not tmp.read_bytes()[:5] == b"%PDF-":
            raise OSError("the PDF writer produced no output")
        os.replace(tmp, out)
    except OSError as error:
        with contextlib.suppress(OSError):
            tmp.unlink()
        return f"The report could not be saved as {out} ({error}). Try another folder."
    return None


def print_report(
    checklist: Checklist, run: Run, previous: Run | None, parent: QWidget | None = None
) -> bool:
    """Show the print dialog and print the report; False if the user cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(REPORT_TITLE)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print the workstation report")
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    report_document(checklist, run, previous).print_(printer)
    return True
