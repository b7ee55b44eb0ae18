"""The posture coach's settings page: off by default, plain privacy text, Calibrate."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from knotbreak.core.settings import Settings
from knotbreak.ui.settings.dialog import SettingsDialog


@pytest.fixture
def make(qtbot):
    def build(settings=None, calibrate=None):
        calls = []
        dialog = SettingsDialog(
            settings or Settings(), lambda changes: calls.append(changes),
            posture_calibrate=calibrate,
        )
        dialog.calls = calls
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.tabs.setCurrentWidget(dialog.editors["posture_coach"].tab)
        return dialog

    return build


def test_off_by_default_with_the_privacy_text_in_view(make):
    dialog = make(calibrate=lambda: None)
    assert not dialog.posture_box.isChecked()
    assert not dialog.calibrate_button.isEnabled()
    assert not dialog.posture_interval_spin.isEnabled()
    text = dialog.posture_privacy.text()
    assert dialog.posture_privacy.isVisible()
    for promise in ("never saved", "never sent", "Only numbers are kept", "meeting"):
        assert promise in text


def test_turning_it_on_with_an_interval_saves_both(make):
    dialog = make()
    dialog.posture_box.setChecked(True)
    assert dialog.posture_interval_spin.isEnabled()
    dialog.posture_interval_spin.setValue(300)
    assert dialog.apply()
    assert dialog.calls[-1] == {"posture_coach": True, "posture_interval_seconds": 300}


def test_calibrate_reports_success_and_failure_in_words(make):
    answers = [None, "Calibration did not see your face clearly: sit facing the camera."]
    dialog = make(Settings(posture_coach=True), calibrate=lambda: answers.pop(0))
    assert dialog.calibrate_button.isEnabled()
    QTest.mouseClick(dialog.calibrate_button, Qt.MouseButton.LeftButton)
    assert "baseline" in dialog.calibrate_message.text()
    QTest.mouseClick(dialog.calibrate_button, Qt.MouseButton.LeftButton)
    assert "did not see your face" in dialog.calibrate_message.text()
    assert dialog.calibrate_message.severity == "error"


def test_without_a_coach_calibrate_stays_disabled(make):
    dialog = make(Settings(posture_coach=True))
    assert not dialog.calibrate_button.isEnabled()


def test_a_finished_workstation_check_offers_to_calibrate_again(qapp, tmp_path):
    from PySide6.QtWidgets import QDialog

    from knotbreak.paths import AppPaths
    from knotbreak.ui.ergonomics.launcher import ErgonomicsLauncher

    paths = AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "run")
    launcher = ErgonomicsLauncher(paths, object(), print, settings_writable=True)
    offered = []
    launcher.after_check = lambda: offered.append(True)
    wizard = QDialog()
    wizard.setResult(QDialog.DialogCode.Rejected.value)  # cancelled: nothing changed
    launcher._wizard_closed(wizard)
    assert offered == []
    wizard.setResult(QDialog.DialogCode.Accepted.value)  # Finish
    launcher._wizard_closed(wizard)
    assert offered == [True]
