"""Opens the stretch library on demand and starts stretches for the tray and the window."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from knotbreak.core.stretches.start_now import DEFAULT_MINUTES, StartNowRequest
from knotbreak.ui.window_slot import WindowSlot

if TYPE_CHECKING:
    from collections.abc import Mapping

    from knotbreak.adapters.break_session import StretchLibrary
    from knotbreak.core.figure.pose import PoseEntry
    from knotbreak.core.stretches.catalog import Catalog
    from knotbreak.ui.library.window import LibraryWindow

StartNow = Callable[[StartNowRequest], "str | None"]
"""Starts the request as a guided break; None, or why not in words."""


class LibraryLauncher:
    def __init__(
        self,
        library: StretchLibrary,
        start_now: StartNow,
        tell: Callable[[str], None],
        favourites: Callable[[], frozenset[str]] = frozenset,
        set_favourites: Callable[[frozenset[str]], str | None] | None = None,
        hidden: Callable[[], frozenset[str]] = frozenset,
        set_hidden: Callable[[frozenset[str]], str | None] | None = None,
    ) -> None:
        self._library = library
        self._start_now = start_now
        self._tell = tell
        self._favourites = favourites
        self._set_favourites = set_favourites
        self._hidden = hidden
        self._set_hidden = set_hidden
        self._slot: WindowSlot[LibraryWindow] = WindowSlot(self._build)

    @property
    def window(self) -> LibraryWindow | None:
        """The open stretches window, or None."""
        return self._slot.window

    def open_window(self) -> None:
        self._slot.open()

    def _build(self) -> LibraryWindow:
        from knotbreak.ui.library.window import LibraryWindow

        return LibraryWindow(
            self._library.catalog,
            self._library.poses,
            self._start_now,
            favourites=self._favourites,
            set_favourites=self._set_favourites,
            hidden=self._hidden,
            set_hidden=self._set_hidden,
            custom_path=self._library.custom_path,
            reload=self._reload,
        )

    def _reload(self) -> tuple[Catalog, Mapping[str, PoseEntry]]:
        """After the user's own entries changed: the next break and the window see them."""
        self._library.reload()
        return self._library.catalog, self._library.poses

    def stretch_area_now(self, area: str) -> str | None:
        """The tray's Stretch now: a short routine for `area`."""
        return self._start_now(StartNowRequest(area=area, minutes=DEFAULT_MINUTES))
