"""The PDF report: valid, renders with poppler, and carries the user's fixes and scores."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import unicodedata
from datetime import UTC, datetime

import pytest

from knotbreak.core.ergonomics import (
    Answer,
    Answers,
    ErgonomicsStore,
    Setup,
    load_checklist,
    store_path,
)
from knotbreak.paths import AppPaths
from knotbreak.resources_path import resource
from knotbreak.ui.ergonomics import export_last_report

CHECKLIST = load_checklist(resource("ergonomics/checklist.json"))
BAD = ("chair-lumbar", "mouse-close", "posture-feet", "screen-dual-layout", "light-glare")


def poppler(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        message = f"{tool} is missing: install the Debian package poppler-utils"
        if os.environ.get("KNOTBREAK_REQUIRE_E2E"):
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture
def paths(tmp_path):
    return AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "run")


def save_runs(paths):
    store = ErgonomicsStore.open(store_path(paths.data_dir))
    items = {item.id: Answer.YES for item in CHECKLIST.items(Setup.TWO)}
    store.save_run(CHECKLIST, Answers(Setup.TWO, dict(items)), datetime(2026, 8, 1, tzinfo=UTC))
    items.update(dict.fromkeys(BAD, Answer.NO))
    run = store.save_run(CHECKLIST, Answers(Setup.TWO, items), datetime(2026, 11, 21, tzinfo=UTC))
    store.set_fix_done(run.id, "posture-feet", datetime(2026, 11, 22, tzinfo=UTC))
    store.close()
    return run


def words(text: str) -> str:
    # NFKC turns the typesetter's ligatures (ﬁ, ﬂ) back into letters.
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def test_exported_pdf_renders_with_the_users_fixes(qapp, paths, tmp_path):
    pdftoppm, pdftotext = poppler("pdftoppm"), poppler("pdftotext")
    run = save_runs(paths)
    out = tmp_path / "report.pdf"
    assert export_last_report(paths, out) is None
    assert out.read_bytes().startswith(b"%PDF")

    subprocess.run(
        [pdftoppm, "-f", "1", "-l", "1", "-r", "50", "-png", str(out), str(tmp_path / "page")],
        check=True,
        timeout=60,
    )
    pngs = list(tmp_path.glob("page*.png"))
    assert len(pngs) == 1 and pngs[0].stat().st_size > 5000

    first_page = subprocess.run(
        [pdftotext, "-f", "1", "-l", "1", str(out), "-"],
        check=True, capture_output=True, text=True, timeout=60,
    ).stdout  # fmt: skip
    text = words(first_page)
    assert "Your workstation check" in text
    assert "21 November 2026" in text
    for fix in run.fixes:
        assert words(fix.action) in text, fix.action
    assert "(done" in text  # the ticked fix is marked
    assert "Since 1 August 2026" in text
    assert "Lighting and glare" in text

    pages = subprocess.run(
        [pdftotext, str(out), "-"], check=True, capture_output=True, text=True, timeout=60
    ).stdout.count("\f")
    assert 1 <= pages <= 2


def test_nothing_to_export_says_what_to_do(qapp, paths, tmp_path):
    problem = export_last_report(paths, tmp_path / "report.pdf")
    assert problem is not None and "knotbreak ergonomics" in problem
    assert not (tmp_path / "report.pdf").exists()
    assert not store_path(paths.data_dir).exists()  # looking did not create a database


def test_missing_folder_is_reported(qapp, paths, tmp_path):
    save_runs(paths)
    problem = export_last_report(paths, tmp_path / "nowhere" / "report.pdf")
    assert problem is not None and "does not exist" in problem


def test_export_works_without_a_running_app(paths, tmp_path):
    """The `--export-last` command line path: a fresh process with no Qt app."""
    save_runs(paths)
    out = tmp_path / "cli.pdf"
    script = (
        "import sys; from pathlib import Path; from knotbreak.paths import AppPaths;"
        "from knotbreak.ui.ergonomics import export_last_report;"
        f"p = AppPaths(Path({str(paths.config_dir)!r}), Path({str(paths.data_dir)!r}),"
        f" Path({str(paths.runtime_dir)!r}));"
        f"sys.exit(export_last_report(p, Path({str(out)!r})) or 0)"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
