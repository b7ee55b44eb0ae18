"""The ergonomics launcher in the running app: the first-run welcome (with the red flags
link) and the wizard's lifetime."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from knotbreak.core.settings import Settings
from knotbreak.paths import AppPaths
from knotbreak.ui.ergonomics.first_run_offer import HEALTH_NOTES_LINK, FirstRunOffer
from knotbreak.ui.ergonomics.launcher import FIRST_RUN_FILE, ErgonomicsLauncher

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


class Runner:
    """The part of CycleRunner the launcher uses."""

    def __init__(self) -> None:
        self.settings = Settings()

    def apply_settings(self, settings: Settings) -> None:
        self.settings = settings

    def now(self) -> datetime:
        return NOW


@pytest.fixture
def paths(tmp_path):
    made = AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "run")
    made.data_dir.mkdir(parents=True)
    return made


@pytest.fixture
def make_launcher(qtbot, paths):
    made: list[ErgonomicsLauncher] = []

    def make(**options) -> ErgonomicsLauncher:
        launcher = ErgonomicsLauncher(paths, Runner(), lambda text: None, True, **options)
        made.append(launcher)
        return launcher

    yield make
    for launcher in made:
        for window in (launcher._offer, launcher.wizard):
            if window is not None:
                window.close()


def test_the_welcome_says_what_knotbreak_is_not_and_links_the_health_notes(
    qtbot, make_launcher, paths
):
    opened: list[str] = []
    launcher = make_launcher(open_health_notes=lambda: opened.append("notes"))
    launcher.offer_once()
    offer = launcher._offer
    assert isinstance(offer, FirstRunOffer)
    qtbot.waitExposed(offer)
    label = offer.care_label
    assert "for prevention and comfort, not diagnosis" in label.text()
    assert f'href="{HEALTH_NOTES_LINK}"' in label.text()
    assert "When to see a clinician" in label.text()
    assert label.isVisible()
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByKeyboard

    label.linkActivated.emit(HEALTH_NOTES_LINK)
    assert opened == ["notes"]
    # The welcome stays (the check can still be chosen), no longer above the notes.
    assert offer.isVisible()
    assert not offer.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert (paths.data_dir / FIRST_RUN_FILE).exists()


def test_the_welcome_is_offered_once(qtbot, make_launcher):
    first = make_launcher()
    first.offer_once()
    assert first._offer is not None
    again = make_launcher()
    again.offer_once()
    assert again._offer is None


def test_without_the_health_notes_the_line_stays_and_the_link_goes(qtbot):
    offer = FirstRunOffer(lambda: None)
    qtbot.addWidget(offer)
    assert "not diagnosis" in offer.care_label.text()
    assert "href" not in offer.care_label.text()
    offer.open_health_notes()  # nothing to open: nothing happens


@pytest.mark.parametrize("has_tray", [True, False])
def test_the_welcome_points_where_the_menu_is(qtbot, has_tray):
    from PySide6.QtWidgets import QLabel

    offer = FirstRunOffer(lambda: None, has_tray=has_tray)
    qtbot.addWidget(offer)
    words = " ".join(label.text() for label in offer.findChildren(QLabel))
    assert ("tray" in words) is has_tray
    if not has_tray:
        assert "Menu in knotbreak's status window" in words


def test_the_welcome_fits_its_text_without_gaps(qtbot):
    offer = FirstRunOffer(lambda: None, open_health_notes=lambda: None)
    qtbot.addWidget(offer)
    offer.show_in_corner()
    qtbot.waitExposed(offer)
    layout = offer.layout()
    assert layout is not None
    assert offer.height() == layout.totalHeightForWidth(offer.width())


# Lifetime: no `destroyed` slots (a crash at exit when the launcher goes first) -------------


def test_the_offer_and_the_wizard_are_forgotten_when_closed(qtbot, make_launcher):
    launcher = make_launcher()
    launcher.offer_once()
    offer = launcher._offer
    assert offer is not None
    offer.later_button.click()
    assert launcher._offer is None

    launcher.open_wizard()
    wizard = launcher.wizard
    assert isinstance(wizard, QWizard)
    qtbot.waitExposed(wizard)
    wizard.reject()  # Cancel
    assert launcher.wizard is None
    launcher.open_wizard()
    again = launcher.wizard
    assert again is not None and again is not wizard
    again.close()  # the window's close button
    assert launcher.wizard is None


def test_opening_the_wizard_closes_the_offer(qtbot, make_launcher):
    launcher = make_launcher()
    launcher.offer_once()
    offer = launcher._offer
    assert offer is not None
    offer.start_button.click()
    assert launcher._offer is None
    assert launcher.wizard is not None


SCRIPT = """
import sys, tempfile
from pathlib import Path
from PySide6.QtWidgets import QApplication
from knotbreak.paths import AppPaths
from knotbreak.ui.ergonomics.launcher import ErgonomicsLauncher

app = QApplication([])
home = Path(tempfile.mkdtemp())
paths = AppPaths(home / "config", home / "data", home / "run")
(home / "data").mkdir(parents=True)
launcher = ErgonomicsLauncher(paths, object(), print, True)
launcher.offer_once()
if sys.argv[1] == "wizard":
    launcher.open_wizard()
app.processEvents()
if launcher._offer is not None:
    # Today the welcome's Check button holds the launcher and keeps it alive; without
    # that link the launcher owns the welcome outright, and the welcome goes with it.
    launcher._offer._start = lambda: None
del launcher
print("survived", flush=True)
"""


@pytest.mark.parametrize("window", ["offer", "wizard"])
def test_the_launcher_can_go_first_with_its_windows_open(tmp_path, window):
    # As at exit: the launcher's Python object is freed while the welcome or the wizard
    # is open. With `destroyed` slots this was a segmentation fault.
    script = tmp_path / "drop.py"
    script.write_text(SCRIPT)
    result = subprocess.run(
        [sys.executable, str(script), window],
        capture_output=True, text=True, timeout=60, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "survived" in result.stdout
