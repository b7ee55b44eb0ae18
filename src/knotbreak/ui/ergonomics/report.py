"""The one-to-two-page report: PDF export and printing of a saved checklist run."""

from __future__ import annotations

import contextlib
import html
import os
import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QMarginsF, QUrl
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QWidget

from knotbreak.core import text as core_text
from knotbreak.core.ergonomics import (
    FOCUS_LABELS,
    SETUP_LABELS,
    Checklist,
    Run,
    compare,
    recheck_due,
)
from knotbreak.ui.ergonomics.posture_diagram import DESCRIPTION, posture_image
from knotbreak.ui.translations import QT_TRANSLATE_NOOP, localized, translate

REPORT_TITLE = QT_TRANSLATE_NOOP("Report", "Your workstation check")
MAX_FIXES_IN_REPORT = 10
_DIAGRAM_URL = QUrl("knotbreak://posture.png")
PREVENTION_NOTE = QT_TRANSLATE_NOOP(
    "Report",
    "This check is for prevention and comfort. It does not diagnose or treat anything: pain "
    "that does not settle, spreads, or comes with numbness, weakness or fever needs a "
    "clinician.",
)


def format_date(moment: datetime) -> str:
    """"21 November 2026" in the UI's language (QLocale's month names, the translated order)."""
    local = moment.astimezone()
    # The pattern is translated too: German writes "21. November 2026".
    pattern = translate("Report", "d MMMM yyyy", "date format (QDate::toString)")
    return QLocale().toString(QDate(local.year, local.month, local.day), pattern)


def report_html(checklist: Checklist, run: Run, previous: Run | None) -> str:
    e = html.escape

    def say(source: str) -> str:
        """A marked constant, translated and escaped (lupdate sees the constants' marks)."""
        return e(translate("Report", source))

    checked = translate("Report", "Checked on {date}").format(date=format_date(run.completed_at))
    fixes_heading = translate("Report", "Fixes that matter most")
    parts = [
        f"<h1 style='color:#37474F'>{say(REPORT_TITLE)}</h1>",
        f"<p><b>{e(checked)}</b> · {e(localized(SETUP_LABELS[run.answers.setup]))}</p>",
        f"<p style='color:#546E7A'><i>{say(PREVENTION_NOTE)}</i></p>",
        f"<h2>{e(fixes_heading)}</h2>",
    ]
    if not run.fixes:
        nothing = translate("Report", "Nothing to fix: every answer was the good one. Well done.")
        parts.append(f"<p>{e(nothing)}</p>")
    else:
        parts.append("<ol>")
        done_mark = e(translate("Report", "(done ✓)"))
        for fix in run.fixes[:MAX_FIXES_IN_REPORT]:
            done = f" <span style='color:#2E7D32'>{done_mark}</span>" if fix.done else ""
            area = _area_title(checklist, fix.item_id)
            parts.append(
                f"<li><b>{e(fix.action)}</b>{done}<br/>"
                f"<span style='color:#546E7A'>{e(area)}</span></li>"
            )
        parts.append("</ol>")
        if len(run.fixes) > MAX_FIXES_IN_REPORT:
            more = len(run.fixes) - MAX_FIXES_IN_REPORT
            rest = localized(
                core_text.translatable(
                    "Report", "…and %n more in knotbreak's fix checklist.", None, 1
                ).counted(more)
            )
            parts.append(f"<p>{e(rest)}</p>")

    scores_heading = translate("Report", "Scores by area")
    parts.append(f"<h2>{e(scores_heading)}</h2><table cellspacing='0' cellpadding='3'>")
    not_answered = e(translate("Report", "not answered"))
    for scored in checklist.areas:
        score = run.scores.get(scored.id)
        shown = not_answered if score is None else f"{score}%"
        parts.append(f"<tr><td>{e(scored.title)}</td><td align='right'><b>{shown}</b></td></tr>")
    parts.append("</table>")

    if previous is not None:
        since = translate("Report", "Since {date}").format(date=format_date(previous.completed_at))
        parts.append(f"<h2>{e(since)}</h2><ul>")
        change = compare(checklist, previous.answers, run.answers)
        for line in change.sentences(checklist):
            parts.append(f"<li>{e(localized(line))}</li>")
        parts.append("</ul>")

    sore = [localized(FOCUS_LABELS[focus]) for focus in sorted(run.answers.discomfort)]
    if sore:
        mentioned = translate("Report", "Discomfort you mentioned: {areas}.").format(
            areas=", ".join(sore)
        )
        parts.append(f"<p>{e(mentioned)}</p>")

    posture = translate("Report", "Good seated posture")
    description = translate("PostureDiagram", DESCRIPTION)
    parts.append(
        f"<h2 style='page-break-before: always'>{e(posture)}</h2>"
        f"<p><img src='{_DIAGRAM_URL.toString()}' width='420'/></p>"
        f"<p style='color:#546E7A'>{e(description)}</p>"
    )
    due = recheck_due(run.completed_at, run.answers.moving_soon)
    again = translate(
        "Report", "Check again around <b>{date}</b>, or sooner if you move desks."
    ).format(date=e(format_date(due)))
    parts.append(f"<p>{again}</p>")
    used = sorted({checklist.item(f.item_id).source for f in run.fixes
                   if checklist.has_item(f.item_id)})  # fmt: skip
    if used:
        sources = translate("Report", "Sources:")
        parts.append(f"<p style='font-size:small;color:#546E7A'>{e(sources)} ")
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
        return translate(
            "Report", "The folder {folder} does not exist. Choose another place for the report."
        ).format(folder=folder)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=folder)
        os.close(fd)
    except OSError as error:
        return translate(
            "Report",
            "The report could not be written to {folder} ({error}). "
            "Choose a folder you can write to.",
        ).format(folder=folder, error=error.strerror or error)
    tmp = Path(tmp_name)
    try:
        writer = QPdfWriter(str(tmp))
        writer.setTitle(translate("Report", REPORT_TITLE))
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
        return translate(
            "Report", "The report could not be saved as {path} ({error}). Try another folder."
        ).format(path=out, error=error)
    return None


def print_report(
    checklist: Checklist, run: Run, previous: Run | None, parent: QWidget | None = None
) -> bool:
    """Show the print dialog and print the report; False if the user cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(translate("Report", REPORT_TITLE))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("Report", "Print the workstation report"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    report_document(checklist, run, previous).print_(printer)
    return True
