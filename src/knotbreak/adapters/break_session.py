"""One guided break: its routine, its player, and the link back to the break cycle.

The catalog and the pictures are read on the first break, not at start-up, so an app
that sits in the tray all morning never pays for them until it is needed.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path

from knotbreak.core.figure.pose import PoseEntry
from knotbreak.core.figure.poses_file import load_pose_file
from knotbreak.core.journal.weighting import leaning_focus_areas
from knotbreak.core.stretches import (
    Catalog,
    RoutinePlayer,
    RoutinePrefs,
    StretchEntry,
    build_routine,
    load_catalog,
    routine_stretch_ids,
)
from knotbreak.core.stretches.routine import Routine

log = logging.getLogger(__name__)

POSE_PREFIX = "pose:"


def pose_of(entry: StretchEntry) -> str | None:
    """The built-in pose a custom entry is drawn as, if its picture names one."""
    if entry.picture and entry.picture.startswith(POSE_PREFIX):
        return entry.picture[len(POSE_PREFIX):]
    return None


@dataclass(frozen=True)
class RoutineChoices:
    """The settings that shape a routine."""

    focus_areas: frozenset[str] | None = None
    """None means every focus area."""
    sitting_only: bool = False
    prefer_long_holds: bool = False
    strict: bool = False
    sound_enabled: bool = True
    sound_volume: int = 60
    """Percent, 0-100: the `sound_volume` setting."""
    hidden: frozenset[str] = frozenset()
    """The `hidden_stretches` setting: stretches never picked."""
    favourites: frozenset[str] = frozenset()
    """Stretch ids the user marked; routines lean toward them."""


class StretchLibrary:
    """The stretch catalog (built-in plus the user's own) and the pictures, loaded once."""

    def __init__(self, catalog_path: Path, custom_path: Path | None, poses_path: Path) -> None:
        self._catalog_path = catalog_path
        self._custom_path = custom_path
        self._poses_path = poses_path
        self._catalog: Catalog | None = None
        self._poses: dict[str, PoseEntry] = {}
        self.problems: list[str] = []

    @property
    def catalog(self) -> Catalog:
        if self._catalog is None:
            self._load()
        assert self._catalog is not None
        return self._catalog

    @property
    def poses(self) -> dict[str, PoseEntry]:
        self.catalog  # noqa: B018 - loads both on first use
        return self._poses

    @property
    def custom_path(self) -> Path | None:
        return self._custom_path

    @property
    def photos(self) -> dict[str, Path]:
        """Custom entries shown with the user's own image file: id -> the file.

        The form copies a chosen image beside custom-stretches.json and the entry names it
        relative to that folder; a file that has gone missing simply shows no photo.
        """
        folder = self._custom_path.parent if self._custom_path is not None else None
        if folder is None:
            return {}
        found: dict[str, Path] = {}
        for entry in self.catalog.entries:
            if entry.picture and pose_of(entry) is None:
                path = folder / entry.picture
                if path.is_file():
                    found[entry.id] = path
        return found

    def reload(self) -> None:
        """Read the catalog again on next use (after the user's own entries changed)."""
        self._catalog = None
        self._poses = {}

    def _load(self) -> None:
        loaded = load_catalog(self._catalog_path, self._custom_path)
        self._catalog = loaded.catalog
        self.problems = list(loaded.problems)
        pictures = load_pose_file(self._poses_path)
        self._poses = dict(pictures.entries)
        # A custom entry drawn as a built-in pose ("pose:chin-tuck") borrows its picture.
        for entry in self._catalog.entries:
            pose = pose_of(entry)
            if pose is not None and pose in self._poses and entry.id not in self._poses:
                self._poses[entry.id] = replace(self._poses[pose], id=entry.id)
        self.problems += [str(error) for error in pictures.errors]
        for problem in self.problems:
            log.warning("%s", problem)


@dataclass
class BreakSession:
    routine: Routine
    player: RoutinePlayer
    catalog: Catalog
    poses: Mapping[str, PoseEntry]
    general_cautions: tuple[str, ...]
    strict: bool
    sound_enabled: bool
    sound_volume: int
    on_break_end_changed: Callable[[datetime | None], None]
    """The cycle's break end follows the routine: None while paused, so no pause runs out."""
    on_finished: Callable[[datetime], None]
    on_hide: Callable[[str], str | None] | None = None
    """Saves "don't show this stretch again"; None, or why it could not be saved."""
    photos: Mapping[str, Path] = field(default_factory=dict)
    """The user's own image for a custom entry, shown instead of a drawn figure."""
    _finished: bool = field(default=False, init=False)

    def pause(self, now: datetime) -> None:
        self.player.pause(now)
        self.on_break_end_changed(None)

    def resume(self, now: datetime) -> None:
        self.player.resume(now)
        self.on_break_end_changed(self.player.ends_at(now))

    def next(self, now: datetime) -> None:
        self.player.next(now)
        self._follow(now)

    def back(self, now: datetime) -> None:
        self.player.back(now)
        self._follow(now)

    def hide_stretch(self, stretch_id: str, now: datetime) -> str | None:
        """Turn a stretch off for good and move past it at once; None, or why not saved.

        The routine moves on even when saving failed: the user asked not to do it now.
        """
        refusal = self.on_hide(stretch_id) if self.on_hide is not None else None
        player = self.player
        while True:
            segment = player.position(now).segment
            if segment is None or segment.stretch_id != stretch_id:
                break
            player.next(now)
        self._follow(now)
        return refusal

    def routine_finished(self, now: datetime) -> None:
        if self._finished:
            return
        self._finished = True
        self.on_finished(now)

    def stretches_reached(self, now: datetime) -> tuple[str, ...]:
        """The stretches the user got to: all of them once finished, else those begun."""
        if self._finished or self.player.is_finished(now):
            return routine_stretch_ids(self.routine)
        index = self.player.position(now).segment_index
        return routine_stretch_ids(self.routine[: index + 1])

    def _follow(self, now: datetime) -> None:
        if not self.player.is_paused:
            self.on_break_end_changed(self.player.ends_at(now))


def start_session(
    library: StretchLibrary,
    choices: RoutineChoices,
    *,
    started_at: datetime,
    break_length: timedelta,
    recently_used: Mapping[str, datetime],
    area_weights: Mapping[str, float] | None,
    on_break_end_changed: Callable[[datetime | None], None],
    on_finished: Callable[[datetime], None],
    rng: random.Random | None = None,
    on_hide: Callable[[str], str | None] | None = None,
    chosen: Routine | None = None,
) -> BreakSession:
    """`chosen` is a routine the user asked for (Stretch now); else one fits the break."""
    catalog = library.catalog
    prefs = RoutinePrefs(
        sitting_only=choices.sitting_only,
        prefer_long_holds=choices.prefer_long_holds,
        break_length=break_length,
        hidden=choices.hidden,
    )
    if choices.focus_areas:
        # A knot logged in the journal is the user asking for that area: it is served even
        # when the settings' focus areas leave it out (docs/journal.md).
        asked = leaning_focus_areas(area_weights) if area_weights else frozenset()
        prefs = replace(prefs, focus_areas=choices.focus_areas | asked)
    routine = chosen if chosen is not None else build_routine(
        catalog,
        prefs,
        recently_used=recently_used,
        now=started_at,
        rng=rng or random.Random(),
        area_weights=area_weights,
        favourites=choices.favourites,
    )
    return BreakSession(
        routine=routine,
        player=RoutinePlayer(routine, started_at),
        catalog=catalog,
        poses=library.poses,
        general_cautions=tuple(catalog.general_cautions),
        strict=choices.strict,
        sound_enabled=choices.sound_enabled,
        sound_volume=choices.sound_volume,
        on_break_end_changed=on_break_end_changed,
        on_finished=on_finished,
        on_hide=on_hide,
        photos=library.photos,
    )
