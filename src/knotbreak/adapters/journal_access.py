"""The running app's one connection to the knot journal, opened when first needed.

Nothing is read at start-up: the journal is opened on the first break (for the routine
weights) or when the user opens a journal window, whichever comes first. The command line
writes to the same file through its own connection; WAL and the busy timeout let both
work at once, and every read here sees what the command line committed.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from knotbreak.core.journal import (
    WINDOW,
    JournalEntry,
    JournalStore,
    area_weights,
    journal_path,
)
from knotbreak.core.journal.advice import EPISODE

log = logging.getLogger(__name__)


class JournalAccess:
    def __init__(self, data_dir: Path) -> None:
        self._path = journal_path(data_dir)
        self._store: JournalStore | None = None
        self.problem: str | None = None
        """Set once if the file was damaged (set aside) or from a newer knotbreak."""

    @property
    def path(self) -> Path:
        return self._path

    def store(self, now: datetime) -> JournalStore:
        if self._store is None:
            opened = JournalStore.open_or_replace(self._path, now)
            self._store = opened.journal
            self.problem = opened.problem
            if opened.problem:
                log.warning("%s", opened.problem)
        return self._store

    def recent_entries(self, now: datetime) -> list[JournalEntry]:
        """What the weighting and the advice look at: the last WINDOW (three weeks) and a
        week more, so the advice's four-week episode is covered too."""
        return self.store(now).entries_since(now - max(WINDOW, EPISODE))

    def area_weights(self, now: datetime) -> dict[str, float]:
        """Catalog body area -> weight now; GuidedBreaks calls this as each break begins."""
        weights = area_weights(self.recent_entries(now), now)
        if weights:
            log.info("routine leans toward %s", ", ".join(sorted(weights)))
        return weights

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
