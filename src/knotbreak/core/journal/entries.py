"""One journal entry and the rules for a valid one, with messages a person can act on."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from knotbreak.core.journal.areas import AREA_IDS, journal_area, suggest_area

INTENSITY_MIN = 0
INTENSITY_MAX = 10
NOTE_MAX = 500
_WHOLE_NUMBER = re.compile(r"[+-]?[0-9]+")

# One word per score, so "6" means the same to everyone who reads the journal later.
INTENSITY_WORDS: tuple[str, ...] = (
    "none",          # 0
    "barely there",  # 1
    "mild",          # 2
    "mild",          # 3
    "noticeable",    # 4
    "moderate",      # 5
    "moderate",      # 6
    "strong",        # 7
    "strong",        # 8
    "severe",        # 9
    "worst",         # 10
)


class JournalInputError(ValueError):
    """An entry that cannot be logged; str() is the message to show the user."""

    def __init__(self, message: str, field: str) -> None:
        super().__init__(message)
        self.field = field
        """"area", "intensity" or "note": which input to point the user at."""


@dataclass(frozen=True)
class JournalEntry:
    logged_at: datetime
    """Aware, in UTC."""
    area: str
    """A journal area id (areas.AREA_IDS); a newer knotbreak may have written others."""
    intensity: int
    note: str | None = None
    id: int | None = None


def intensity_word(intensity: int) -> str:
    return INTENSITY_WORDS[max(INTENSITY_MIN, min(INTENSITY_MAX, intensity))]


def check_area(area: str) -> str:
    if journal_area(area) is not None:
        return area
    close = suggest_area(area)
    hint = f" Did you mean {close}?" if close else ""
    raise JournalInputError(
        f"There is no body area called {area!r}.{hint} Choose one of: {', '.join(AREA_IDS)}.",
        "area",
    )


def check_intensity(intensity: object) -> int:
    """A whole number 0-10. Text like "6" is accepted (the command line passes text)."""
    value: int | None = None
    # bool is an int in Python, but True is not a score anyone meant to log.
    if isinstance(intensity, int) and not isinstance(intensity, bool):
        value = intensity
    elif isinstance(intensity, str) and _WHOLE_NUMBER.fullmatch(intensity.strip()):
        value = int(intensity.strip())
    if value is None or not INTENSITY_MIN <= value <= INTENSITY_MAX:
        raise JournalInputError(
            f"The intensity must be a whole number from {INTENSITY_MIN} (none) to "
            f"{INTENSITY_MAX} (worst); {intensity!r} is not one.",
            "intensity",
        )
    return value


def check_note(note: str | None) -> str | None:
    """Surrounding spaces are dropped and an empty note is no note."""
    if note is None:
        return None
    cleaned = note.strip()
    if len(cleaned) > NOTE_MAX:
        raise JournalInputError(
            f"The note is {len(cleaned)} characters long; please shorten it to "
            f"{NOTE_MAX} or fewer.",
            "note",
        )
    return cleaned or None
