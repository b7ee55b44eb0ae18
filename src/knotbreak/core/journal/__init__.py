"""The knot journal: body-map areas, the entry store, routine weights and clinician advice.

Pure Python, time passed in (aware datetimes). See docs/journal.md.
"""

from knotbreak.core.journal.advice import ClinicianAdvice, Finding, clinician_advice
from knotbreak.core.journal.areas import (
    AREA_IDS,
    JOURNAL_AREAS,
    JournalArea,
    area_label,
    focus_areas_of,
    journal_area,
    suggest_area,
)
from knotbreak.core.journal.breaks_per_day import breaks_per_day
from knotbreak.core.journal.entries import (
    INTENSITY_MAX,
    INTENSITY_MIN,
    NOTE_MAX,
    JournalEntry,
    JournalInputError,
    intensity_word,
)
from knotbreak.core.journal.health_notes import HealthNotes, HealthNotesError, load_health_notes
from knotbreak.core.journal.store import (
    JOURNAL_FILE_NAME,
    JournalError,
    JournalStore,
    OpenedJournal,
    journal_path,
)
from knotbreak.core.journal.weighting import WINDOW, area_weights, leaning_focus_areas

__all__ = [
    "AREA_IDS",
    "INTENSITY_MAX",
    "INTENSITY_MIN",
    "JOURNAL_AREAS",
    "JOURNAL_FILE_NAME",
    "NOTE_MAX",
    "WINDOW",
    "ClinicianAdvice",
    "Finding",
    "HealthNotes",
    "HealthNotesError",
    "JournalArea",
    "JournalEntry",
    "JournalError",
    "JournalInputError",
    "JournalStore",
    "OpenedJournal",
    "area_label",
    "area_weights",
    "breaks_per_day",
    "clinician_advice",
    "focus_areas_of",
    "intensity_word",
    "journal_area",
    "journal_path",
    "leaning_focus_areas",
    "load_health_notes",
    "suggest_area",
]
