"""The workstation checklist: data model, scoring, proposals and the run store (no Qt)."""

from __future__ import annotations

from pathlib import Path

from knotbreak.core.ergonomics.answers import SITTING_LABELS, Answer, Answers, SittingHours, is_good
from knotbreak.core.ergonomics.checklist import (
    FOCUS_LABELS,
    SETUP_LABELS,
    SETUP_PHRASES,
    Area,
    Checklist,
    ChecklistError,
    FocusArea,
    Item,
    Setup,
    Source,
    load_checklist,
    parse_checklist,
)
from knotbreak.core.ergonomics.proposal import (
    MAX_FOCUS_AREAS,
    RECHECK_DAYS,
    BreakProposal,
    focus_areas,
    propose_breaks,
    recheck_due,
)
from knotbreak.core.ergonomics.scoring import (
    AreaScore,
    Comparison,
    Fix,
    area_scores,
    compare,
    overall_score,
    prioritised_fixes,
    top_fixes,
)
from knotbreak.core.ergonomics.store import (
    ERGONOMICS_FILE_NAME,
    ErgonomicsStore,
    ErgonomicsStoreError,
    OpenedStore,
    Run,
    StoredFix,
)


def store_path(data_dir: Path) -> Path:
    return data_dir / ERGONOMICS_FILE_NAME


__all__ = [
    "ERGONOMICS_FILE_NAME",
    "FOCUS_LABELS",
    "MAX_FOCUS_AREAS",
    "RECHECK_DAYS",
    "SETUP_LABELS",
    "SETUP_PHRASES",
    "SITTING_LABELS",
    "Answer",
    "Answers",
    "Area",
    "AreaScore",
    "BreakProposal",
    "Checklist",
    "ChecklistError",
    "Comparison",
    "ErgonomicsStore",
    "ErgonomicsStoreError",
    "Fix",
    "FocusArea",
    "Item",
    "OpenedStore",
    "Run",
    "Setup",
    "SittingHours",
    "Source",
    "StoredFix",
    "area_scores",
    "compare",
    "focus_areas",
    "is_good",
    "load_checklist",
    "overall_score",
    "parse_checklist",
    "prioritised_fixes",
    "propose_breaks",
    "recheck_due",
    "store_path",
    "top_fixes",
]
