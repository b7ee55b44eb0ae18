"""From journal entries to routine weights: recent and strong knots pull harder.

For each journal area:
- only entries from the last WINDOW (21 days) count;
- logging 0 ("none") says the knot has gone: that area's earlier entries stop counting;
- each entry adds intensity/10, halved for every HALF_LIFE (7 days) of age, so a 7 logged
  today adds 0.7 and the same 7 logged two weeks ago adds 0.175;
- the sum saturates: weight = AREA_MAX * (1 - e^-sum). One 7 today gives about 2, three
  give about 3.5, and logging twenty times never gives more than AREA_MAX (4). Without the
  cap, the busiest loggers would get routines of nothing but one area.

Each journal area's weight is then shared out to the catalog's body areas by its targets
(areas.JOURNAL_AREAS), summed, and capped at AREA_MAX per body area. The routine builder
multiplies an entry's chance by 1 + the weights of its body areas, and serves the heaviest
focus area first (core/stretches/routine.py).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta

from knotbreak.core.journal.areas import journal_area
from knotbreak.core.journal.entries import INTENSITY_MAX, JournalEntry
from knotbreak.core.stretches.catalog import FOCUS_AREAS

WINDOW = timedelta(days=21)
HALF_LIFE = timedelta(days=7)
AREA_MAX = 4.0
FOCUS_THRESHOLD = 1.0
"""A focus area whose body areas weigh at least this much is served even when the user's
settings leave it out: a knot logged there is the user asking for it."""


def area_scores(entries: Iterable[JournalEntry], now: datetime) -> dict[str, float]:
    """Journal area id -> decayed sum of intensity/10 (before saturation)."""
    since = now - WINDOW
    ordered = sorted(
        (entry for entry in entries if since <= entry.logged_at and journal_area(entry.area)),
        key=lambda entry: entry.logged_at,
    )
    scores: dict[str, float] = defaultdict(float)
    for entry in ordered:
        if entry.intensity <= 0:
            scores[entry.area] = 0.0
            continue
        # An entry "from the future" (the clock was set back) counts as logged now.
        age = max(timedelta(0), now - entry.logged_at)
        decay = 0.5 ** (age / HALF_LIFE)
        scores[entry.area] += entry.intensity / INTENSITY_MAX * decay
    return {area: score for area, score in scores.items() if score > 0}


def journal_area_weights(entries: Iterable[JournalEntry], now: datetime) -> dict[str, float]:
    """Journal area id -> weight in 0..AREA_MAX."""
    return {
        area: AREA_MAX * (1.0 - math.exp(-score))
        for area, score in area_scores(entries, now).items()
    }


def area_weights(entries: Iterable[JournalEntry], now: datetime) -> dict[str, float]:
    """Catalog body area -> weight in 0..AREA_MAX, for build_routine(area_weights=...)."""
    weights: dict[str, float] = defaultdict(float)
    for area_id, weight in journal_area_weights(entries, now).items():
        area = journal_area(area_id)
        assert area is not None  # area_scores keeps known areas only
        for body_area, share in area.targets.items():
            weights[body_area] += weight * share
    return {area: min(AREA_MAX, weight) for area, weight in weights.items() if weight > 0}


def leaning_focus_areas(weights: Mapping[str, float]) -> frozenset[str]:
    """The focus areas the journal asks for (see FOCUS_THRESHOLD)."""
    return frozenset(
        focus
        for focus, members in FOCUS_AREAS.items()
        if sum(weights.get(area, 0.0) for area in members) >= FOCUS_THRESHOLD
    )
