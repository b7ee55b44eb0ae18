"""The German translation: complete, compiled, loadable, and in step with the source."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from knotbreak.core.cycle import CyclePolicy, start
from knotbreak.core.durations import format_duration
from knotbreak.core.status import status_line
from knotbreak.resources_path import resource
from knotbreak.ui.translations import (
    Installed,
    install_translations,
    localized,
    resolve_language,
    translate,
)

SRC = Path(__file__).resolve().parents[2] / "src" / "knotbreak"
TS = resource("translations/knotbreak_de.ts")
QM = resource("translations/knotbreak_de.qm")
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{[^{}]*\}")

Key = tuple[str, str, str]


def _tool(name: str) -> str:
    found = BIN / name
    if found.exists():
        return str(found)
    on_path = shutil.which(name)
    if on_path is None:
        pytest.skip(f"{name} is not installed (it comes with PySide6)")
    return on_path


def _messages(path: Path) -> dict[Key, ET.Element]:
    """(context, source, disambiguation) -> <message> of a .ts file."""
    found: dict[Key, ET.Element] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    if forms:
        return [form.text or "" for form in forms]
    return [translation.text or ""]


@pytest.fixture
def german(qapp):
    installed = install_translations(qapp, "de")
    yield installed
    install_translations(qapp, "en")
    QLocale.setDefault(QLocale.c())


def test_every_message_is_translated():
    messages = _messages(TS)
    assert len(messages) > 300
    unfinished = []
    for key, message in messages.items():
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(
            text.strip() for text in _translations(message)
        ):
            unfinished.append(key)
    assert not unfinished, f"{len(unfinished)} untranslated, e.g. {unfinished[:5]}"


def test_translations_keep_placeholders_and_plurals():
    """A lost or renamed {placeholder} would raise KeyError when the text is formatted."""
    for (context, source, _), message in _messages(TS).items():
        wanted = sorted(PLACEHOLDER.findall(source))
        is_plural = message.get("numerus") == "yes"
        assert is_plural == ("%n" in source), (context, source)
        forms = _translations(message)
        translation = message.find("translation")
        assert translation is not None, (context, source)
        if translation.get("type") == "unfinished":
            continue  # test_every_message_is_translated reports it
        if is_plural:
            assert len(forms) == 2, (context, source)  # German: one, other
        for text in forms:
            assert sorted(PLACEHOLDER.findall(text)) == wanted, (context, source, text)
            if is_plural:
                assert "%n" in text, (context, source, text)


def test_lupdate_finds_nothing_new_in_the_source(tmp_path):
    """Every marked string in src/knotbreak is in the .ts (re-run `make translations`)."""
    fresh = tmp_path / "fresh_de.ts"
    result = subprocess.run(
        [_tool("pyside6-lupdate"), "-extensions", "py", "-locations", "none",
         "-no-obsolete", "-source-language", "en", "-target-language", "de",
         # As in the Makefile: the core marks its words with translatable().
         "-tr-function-alias", "translate+=translatable",
         str(SRC), "-ts", str(fresh)],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    extracted = set(_messages(fresh))
    shipped = set(_messages(TS))
    assert not extracted - shipped, f"not in the .ts yet: {sorted(extracted - shipped)[:10]}"
    assert not shipped - extracted, f"gone from the source: {sorted(shipped - extracted)[:10]}"


def test_the_compiled_catalogue_is_up_to_date(tmp_path):
    """The .qm ships in the wheel and the bundle as it is: it must match the .ts."""
    fresh = tmp_path / "knotbreak_de.qm"
    result = subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(fresh)],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert fresh.read_bytes() == QM.read_bytes(), "run `make translations`"


def test_resolve_language():
    assert resolve_language("de", ["en-US"]) == "de"
    assert resolve_language("en", ["de-DE"]) == "en"
    assert resolve_language("system", ["de-AT", "en-US"]) == "de"
    assert resolve_language("system", ["fr-FR", "de_CH"]) == "de"
    assert resolve_language("system", ["fr-FR"]) == "en"
    assert resolve_language("system", []) == "en"


def test_german_then_english_again(qapp, german, make_runner):
    assert german == Installed("de", german.files)
    assert any(path.endswith("knotbreak_de.qm") for path in german.files)
    assert QCoreApplication.translate("TrayController", "Take a &break now") == (
        "&Jetzt eine Pause machen"
    )
    from knotbreak.ui.tray import TrayController

    tray = TrayController(make_runner())
    assert tray.take_break_action.text() == "&Jetzt eine Pause machen"
    tray.hide()

    english = install_translations(qapp, "en")
    assert english == Installed("en", ())
    assert QCoreApplication.translate("TrayController", "Take a &break now") == (
        "Take a &break now"
    )
    tray = TrayController(make_runner())
    assert tray.take_break_action.text() == "Take a &break now"
    tray.hide()


def test_core_texts_and_plurals_in_german(german):
    now = datetime(2026, 11, 23, 9, 0)
    state = start(now, CyclePolicy())
    line = localized(status_line(state, CyclePolicy(), now))
    assert line == "Nächste Pause um 09:45 (in 45 Min.)"
    assert localized(format_duration(timedelta(days=1))) == "1 Tag"
    assert localized(format_duration(timedelta(days=7))) == "7 Tage"
    # A core message that crossed a Qt signal as plain English text.
    assert localized("Breaks have resumed.") == "Die Pausen laufen wieder."
    assert translate("HoldRing", "{time} left").format(time="1 Minute") == "noch 1 Minute"


def test_english_plurals_without_a_catalogue(qapp):
    install_translations(qapp, "en")
    from knotbreak.ui.hold_ring import spoken_time

    assert spoken_time(timedelta(seconds=61)) == "1 minute 1 second left"
    assert spoken_time(timedelta(minutes=2)) == "2 minutes left"


def test_windows_speak_german(qtbot, german, runner):
    from knotbreak.ui.notice_window import NoticeWindow

    runner.go_notice(45)
    window = NoticeWindow(runner)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Gleich ist Pause — knotbreak"
    assert window.countdown_label.text() == "Pause (3 Min.) in 0:45"
    assert window.snooze_button.text() == "5 Min. &später"
    from knotbreak.core.cycle import Resume, handle

    # The real refusal (a core Text), as the runner would return it.
    runner.refusal = handle(runner.state, Resume(), runner.now(), runner.policy).rejected
    window.skip_button.click()
    assert window.message_label.text() == "Die Pausen sind nicht ausgesetzt."


def test_the_catalogue_ships_with_the_resources():
    # resources/ is force-included in the wheel and copied into the PyInstaller bundle,
    # so the compiled file next to its source is all an install needs.
    assert QM.stat().st_size > 10_000
    assert QM.parent == resource("translations/knotbreak_de.ts").parent


def test_break_window_says_the_stretches_in_german(qtbot, german, runner):
    from knotbreak.core.stretches.catalog import load_catalog
    from knotbreak.core.stretches.player import RoutinePlayer
    from knotbreak.core.stretches.routine import Segment, SegmentKind
    from knotbreak.core.text import translatable as mark
    from knotbreak.ui.break_window import BreakWindow, GuidedSession

    catalog = load_catalog(resource("stretches/catalog.json")).catalog
    tuck = catalog.get("chin-tuck")
    assert tuck is not None and tuck.hold_cue
    second = timedelta(seconds=1)
    # As the routine builder lays a chin tuck out: a lead-in, then the reps with the
    # catalog's own (English) hold cue.
    routine = (
        Segment(
            SegmentKind.RELAX, "chin-tuck", None, 1, 1, 8 * second, mark("Routine", "Get ready")
        ),
        Segment(SegmentKind.REPS, "chin-tuck", None, 1, 1, 30 * second, tuck.hold_cue),
    )

    class Session:
        def __init__(self):
            self.routine = routine
            self.player = RoutinePlayer(routine, runner.now())
            self.catalog = catalog
            self.poses = {}
            self.general_cautions = catalog.general_cautions
            self.photos = {}
            self.strict = False
            self.sound_enabled = False
            self.sound_volume = 0

        def routine_finished(self, now):
            pass

    runner.go_on_break()
    window = BreakWindow(runner, cast(GuidedSession, Session()))
    qtbot.addWidget(window)
    card = window.card
    assert card.title_label.text() == "Kinn zurückziehen"
    assert card.cue_label.text() == "Machen Sie sich bereit"
    assert card.counters_label.text() == "Danach: Kinn zurück, halten, lösen"
    assert "Setzen Sie sich aufrecht hin" in card.steps_label.text()
    assert "Dehnen Sie nur bis zu einem leichten Ziehen" in card.general_label.text()
    runner.clock += 9 * second
    window.refresh()
    assert card.cue_label.text() == "Kinn zurück, halten, lösen"
    assert card.counters_label.text() == "5 langsame Wiederholungen, je etwa 6 s"


def test_settings_dialog_names_the_presets_in_german(qtbot, german):
    from knotbreak.core.settings import Settings
    from knotbreak.core.settings_presets import BALANCED, RECOVERING
    from knotbreak.ui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(Settings(), lambda changes: None)
    qtbot.addWidget(dialog)
    combo = dialog.preset_combo
    names = [combo.itemText(index) for index in range(combo.count())]
    assert names == ["Sanft", "Ausgewogen", "Bei Beschwerden", "Eigene"]
    assert combo.currentData() == BALANCED.id
    assert dialog.preset_description.text().startswith("Alle 45 Minuten eine Pause")
    combo.activated.emit(combo.findData(RECOVERING.id))
    assert dialog.preset_description.text().startswith("Pausen alle 30 Minuten")
    assert "„Bei Beschwerden“" in dialog.status.text()


def test_settings_focus_areas_and_deletable_data_in_german(qtbot, german, tmp_path):
    from knotbreak.core.history import BreakHistory
    from knotbreak.core.settings import Settings
    from knotbreak.paths import AppPaths
    from knotbreak.ui.settings.dialog import SettingsDialog
    from knotbreak.ui.settings.launcher import standard_clearables

    dialog = SettingsDialog(Settings(), lambda changes: None)
    qtbot.addWidget(dialog)
    assert dialog.focus_boxes["neck-shoulders"].text() == "Nacken und Schultern"
    assert dialog.focus_boxes["eyes"].text() == "Augen"

    class History:
        def clear(self):
            pass

    paths = AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "run")
    what = [item.what for item in standard_clearables(paths, cast(BreakHistory, History()))]
    assert what[0].startswith("Ihr Pausenverlauf und die Dehnungen")
    assert what[2] == "Die Knoten, die Sie in Ihrem Knotentagebuch notiert haben"


def test_no_message_lost_its_context():
    # pyside6-lupdate files a self.tr() under an empty context when it loses track of the
    # class (a nested def in a for loop did that to the body map): never looked up.
    lost = sorted(source for (context, source, _) in _messages(TS) if not context)
    assert lost == []


def test_body_map_speaks_german(qtbot, german):
    from knotbreak.ui.journal.body_map import BodyMap

    body_map = BodyMap()
    qtbot.addWidget(body_map)
    assert body_map.accessibleName() == "Körperkarte"
    assert body_map.accessibleDescription() == (
        "Kein Bereich gewählt. Wählen Sie einen mit den Pfeiltasten."
    )
    body_map.set_area("neck-left")
    assert body_map.accessibleDescription().startswith("Gewählt: ")
    # The captions painted over and under the figures.
    assert [body_map.tr(word) for word in ("Front", "Back", "right", "left")] == [
        "Vorne", "Hinten", "rechts", "links",
    ]


def test_first_run_welcome_in_german(qtbot, german):
    from knotbreak.ui.ergonomics.first_run_offer import FirstRunOffer

    offer = FirstRunOffer(lambda: None, open_health_notes=lambda: None)
    qtbot.addWidget(offer)
    text = offer.care_label.text()
    assert "knotbreak dient der Vorbeugung und dem Wohlbefinden, nicht der Diagnose." in text
    assert "Wann Sie ärztlichen Rat suchen sollten" in text
