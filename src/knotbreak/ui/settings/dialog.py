"""The settings dialog: every setting, presets, start at login, and the Data tab.

Model: OK / Apply / Cancel. Nothing is saved while the user edits; Apply saves and keeps
the window open, OK saves and closes, Cancel closes without saving. Saving goes through
the `apply` callback (the launcher saves the file and hands the settings to the running
cycle); if it fails, the window stays open with everything the user typed.

Each setting has an `Editor` (its widget, how to read and write it, the message line
under it), so "is every setting reachable?" and "what changed?" are questions about one
dictionary. The simple fields (spin boxes with their units and ranges, check boxes, time
and text fields, the language list) are built from the declarations in
core/settings_schema.py; the pages lay out their groups and add the hand-made widgets
(presets, focus areas, hold length, volume, stretch lists, days, the Data tab), which
also take their labels and ranges from there. A key the administrator locked
(core/managed_settings.py) is shown greyed out, "Set by your administrator".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QIcon, QValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QStyle,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from knotbreak.adapters.autostart import Autostart, launch_command
from knotbreak.core.managed_settings import NO_MANAGED_DEFAULTS, ManagedDefaults
from knotbreak.core.settings import Settings, defaults_with
from knotbreak.core.settings_form import Issue, as_sentence, check_form, has_errors
from knotbreak.core.settings_presets import PRESETS, Preset, matching_preset
from knotbreak.core.settings_schema import (
    BREAKS,
    BREAKS_A_DAY,
    BY_KEY,
    HOURS,
    MINUTES,
    RESTART_KEYS,
    SECONDS,
    SNOOZES,
    Page,
    Setting,
    on_page,
)
from knotbreak.core.stretches.catalog import FOCUS_ORDER
from knotbreak.core.working_hours import DAY_NAMES
from knotbreak.ui import sound_cues
from knotbreak.ui.settings.data_page import DataActions, DataPage
from knotbreak.ui.settings.prompts import Prompts
from knotbreak.ui.settings.widgets import DurationSpinBox, MessageLabel, hint_label

ApplySettings = Callable[[dict[str, Any]], str | None]
"""Saves the changed keys and applies them; returns None, or why it could not."""

VALUE_KEYS: tuple[str, ...] = tuple(f.name for f in fields(Settings))


def focus_area_label(area: str) -> str:
    # The context is written out: pyside6-lupdate skips a call whose context is a name.
    translate = QCoreApplication.translate
    labels = {
        "neck-shoulders": translate("SettingsDialog", "Neck and shoulders"),
        "upper-back-chest": translate("SettingsDialog", "Upper back and chest"),
        "low-back-hips": translate("SettingsDialog", "Low back and hips"),
        "wrists-forearms": translate("SettingsDialog", "Wrists and forearms"),
        "eyes": translate("SettingsDialog", "Eyes"),
    }
    return labels.get(area, area)


def preset_texts(preset: Preset) -> tuple[str, str]:
    """The preset's name and description in the user's language (they are core Texts,
    marked in core/settings_presets.py under the "Presets" context)."""
    return say(preset.name), say(preset.description)


def say(text: object) -> str:
    """A core Text (core/text.py: English that remembers its source) in the user's
    language, through whatever catalogue is installed; anything else as it is."""
    context, source = getattr(text, "context", None), getattr(text, "source", None)
    if not isinstance(context, str) or not isinstance(source, str):
        return str(text)
    n = getattr(text, "n", -1)
    said = QCoreApplication.translate(context, source, getattr(text, "disambiguation", None), n)
    if said in (source, source.replace("%n", str(n))):
        return str(text)  # no catalogue has it: the English text is already right
    try:
        return said.format(**(getattr(text, "args", None) or {}))
    except (KeyError, IndexError, ValueError):
        return str(text)


class CountSpinBox(QSpinBox):
    """A whole number shown with its unit in words ("4 breaks"), typed as just the number."""

    def __init__(
        self, minimum: int, maximum: int, words: Callable[[int], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._words = words
        self.setRange(minimum, maximum)

    def textFromValue(self, value: int) -> str:
        return self._words(value)

    def valueFromText(self, text: str) -> int:
        if self.specialValueText() and text == self.specialValueText():
            return self.minimum()
        found = re.search(r"\d+", text)
        return int(found.group()) if found else self.value()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if self.specialValueText() and text == self.specialValueText():
            return (QValidator.State.Acceptable, text, pos)
        found = re.search(r"\d+", text)
        if found and self.minimum() <= int(found.group()) <= self.maximum():
            return (QValidator.State.Acceptable, text, pos)
        return (QValidator.State.Intermediate, text, pos)


@dataclass
class Editor:
    key: str
    widget: QWidget
    """The widget that takes the keyboard for this setting."""
    read: Callable[[], Any]
    """The value in the settings file's JSON form."""
    write: Callable[[Any], None]
    message: MessageLabel
    label: str
    tab: QWidget | None = None


class SettingsDialog(QDialog):
    applied = Signal()
    """Emitted after settings (or start at login) were saved successfully."""

    def __init__(
        self,
        settings: Settings,
        apply: ApplySettings,
        *,
        writable: bool = True,
        autostart: Autostart | None = None,
        start_command: Sequence[str] | None = None,
        data: DataActions | None = None,
        prompts: Prompts | None = None,
        sound_loader: sound_cues.EffectLoader | None = None,
        posture_calibrate: Callable[[], str | None] | None = None,
        managed: ManagedDefaults = NO_MANAGED_DEFAULTS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.managed = managed
        """The administrator's defaults (Restore defaults) and locked keys (greyed out)."""
        self._apply_callback = apply
        self._posture_calibrate = posture_calibrate
        self._writable = writable
        self._autostart = autostart
        self._start_command = list(start_command or launch_command())
        self._prompts = prompts or Prompts()
        self._sound_loader = sound_loader
        self._sound: sound_cues.SoundCues | None = None
        self._sound_check = QTimer(self)
        self._sound_check.setSingleShot(True)
        self._sound_check.setInterval(700)
        self._sound_check.timeout.connect(self.check_test_sound)
        self._status_is_check = False
        """The status line holds "fix this first": it goes away once nothing needs fixing."""
        self._preset_note: str | None = None
        """The preset whose "values are filled in" note the status line shows."""
        self._loading = False
        self._built = False
        self._autostart_on: bool | None = None
        """Whether the login entry exists, as last read; None when it cannot be known."""
        self.editors: dict[str, Editor] = {}

        # The desktop adds " — knotbreak" (the application's display name).
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settings-dialog")
        outer = QVBoxLayout(self)

        self.read_only_banner = MessageLabel()
        outer.addWidget(self.read_only_banner)
        if not writable:
            self.read_only_banner.show_message(
                self.tr(
                    "Your settings file was written by a newer version of knotbreak, so this "
                    "version shows it but will not change it. To change settings, update "
                    "knotbreak. Start at login and the Data tab still work."
                ),
                "note",
            )

        outer.addLayout(self._preset_row())

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(False)
        outer.addWidget(self.tabs, 1)
        self._add_tab(self._breaks_page(), self.tr("&Breaks"))
        self._add_tab(self._micro_breaks_page(), self.tr("M&icro-breaks"))
        self._add_tab(self._posture_page(), self.tr("Postur&e"))
        self._add_tab(self._stretches_page(), self.tr("&Stretches"))
        self._add_tab(self._schedule_page(), self.tr("Sc&hedule"))
        self._add_tab(self._meetings_page(), self.tr("&Meetings"))
        self._add_tab(self._general_page(), self.tr("&General"))
        self.data_page: DataPage | None = None
        if data is not None:
            self.data_page = DataPage(data, self._prompts)
            self._add_tab(self.data_page, self.tr("&Data"))

        self.status = MessageLabel()
        outer.addWidget(self.status)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        # Our own words, not Qt's: its German "Voreinstellungen" beside "Vorlage" (the
        # preset) read as the same thing.
        self.restore_button.setText(self.tr("&Restore defaults"))
        self.ok_button.clicked.connect(self._ok)
        self.apply_button.clicked.connect(self.apply)
        self.cancel_button.clicked.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_defaults)
        outer.addWidget(self.buttons)

        missing = set(VALUE_KEYS) - set(self.editors)
        assert not missing, f"settings without a place in the dialog: {missing}"

        self._baseline: dict[str, Any] = {}
        self._built = True
        self.load(settings)
        # Whether the hold tones can play is known once one was tried (a break or Test):
        # a failure in a break is said here, by the volume, without pressing Test.
        self.check_test_sound()
        for key in self.managed.locked & set(self.editors):
            self.editors[key].widget.setToolTip(self.tr("Set by your administrator"))
        if not writable:
            self.preset_combo.setEnabled(False)
            self.restore_button.setEnabled(False)
        self._read_autostart()
        self._refresh()
        self._fit_to_screen()

    # Public --------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """Every setting as the form shows it, in the settings file's JSON form."""
        return {key: editor.read() for key, editor in self.editors.items()}

    def changes(self) -> dict[str, Any]:
        """The settings that differ from what was last loaded or saved."""
        return {
            key: value for key, value in self.values().items() if self._baseline.get(key) != value
        }

    def load(self, settings: Settings) -> None:
        """Show `settings` and take them as the saved state."""
        self.write_values(settings.to_json(), locked_too=True)
        self._baseline = self.values()
        self._refresh()

    def write_values(self, values: Mapping[str, Any], *, locked_too: bool = False) -> None:
        """Put values into the form (not saved until Apply or OK).

        Keys the administrator locked keep their value (presets, Restore defaults).
        """
        self._loading = True
        try:
            for key, value in values.items():
                editor = self.editors.get(key)
                if editor is not None and (locked_too or not self.is_locked(key)):
                    editor.write(value)
        finally:
            self._loading = False
        self._refresh()

    def field(self, key: str) -> QWidget:
        """The widget that edits setting `key` (a spin box, check box, ...)."""
        return self.editors[key].widget

    def is_locked(self, key: str) -> bool:
        """True for a setting the administrator fixed: shown, greyed out, never saved."""
        return self.managed.is_locked(key)

    def issues(self) -> list[Issue]:
        return check_form(self.values())

    def apply(self) -> bool:
        """Save what changed; True when everything was saved."""
        issues = self.issues()
        if has_errors(issues):
            first = next(issue for issue in issues if issue.severity == "error")
            editor = self.editors[first.key]
            if editor.tab is not None:
                self.tabs.setCurrentWidget(editor.tab)
            editor.widget.setFocus(Qt.FocusReason.OtherFocusReason)
            self.status.show_message(
                self.tr("Nothing was saved yet: please fix “{setting}” first.").format(
                    setting=editor.label
                )
            )
            self._status_is_check = True
            return False
        self._status_is_check = False

        saved: list[str] = []
        changes = self.changes() if self._writable else {}
        if changes:
            problem = self._apply_callback(dict(changes))
            if problem:
                self.status.show_message(
                    self.tr(
                        "Your settings were not saved: {problem}. Your changes are still "
                        "here; try again, or choose Cancel to leave them."
                    ).format(problem=problem.rstrip("."))
                )
                return False
            self._baseline = {**self._baseline, **changes}
            saved.append(self.tr("Settings saved."))
            if RESTART_KEYS & set(changes):
                saved.append(
                    self.tr(
                        "The new language is used the next time knotbreak starts."
                    )
                )

        autostart_result = self._apply_autostart()
        if autostart_result is False:
            if saved:
                self.status.show_message(
                    " ".join(saved)
                    + " "
                    + self.tr("Start at login was not changed (see the General tab)."),
                    "note",
                )
            else:
                self.status.show_message(
                    self.tr("Start at login was not changed (see the General tab).")
                )
            self._refresh()
            return False
        if isinstance(autostart_result, str):
            saved.append(autostart_result)

        self._refresh()
        if saved:
            self.status.show_message(" ".join(saved), "ok")
            self.applied.emit()
        else:
            self.status.show_message(None)
        return True

    def restore_defaults(self) -> None:
        if not self._prompts.confirm_restore_defaults(self):
            return
        defaults = defaults_with(self.managed).to_json()
        # A stretch the user turned off (a caution that applies to them) stays off: it
        # is shown again only by choosing it under Hidden stretches.
        del defaults["hidden_stretches"]
        self.write_values(defaults)
        self.status.show_message(
            self.tr(
                "Default values are filled in. Choose Apply or OK to save them, or Cancel "
                "to keep your settings as they were."
            ),
            "note",
        )

    def choose_preset(self, preset: Preset) -> None:
        self.write_values(preset.values)

    # Layout helpers ------------------------------------------------------------------------

    def _add_tab(self, page: QWidget, title: str) -> None:
        _align_form_labels(page)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        self.tabs.addTab(scroll, title)
        for editor in self.editors.values():
            if editor.tab is None:
                editor.tab = scroll

    def _favourites_editor(self) -> QWidget:
        """Favourites are marked in the Stretches window; here they can be cleared."""
        chosen: list[str] = []
        count = QLabel()
        clear = QPushButton(self.tr("C&lear favourites"))
        clear.setAccessibleName(self.tr("Clear favourite stretches"))

        def write(value: Any) -> None:
            chosen[:] = list(value)
            count.setText(self.tr("%n marked in the Stretches window", "", len(chosen)))
            clear.setEnabled(bool(chosen))

        def clear_all() -> None:
            write([])
            self._edited()

        clear.clicked.connect(clear_all)
        return self._editor(
            "favourite_stretches", self.tr("Favourites"), clear, lambda: list(chosen), write,
            extra=(count,),
        )

    def _editor(
        self,
        key: str,
        label: str,
        widget: QWidget,
        read: Callable[[], Any],
        write: Callable[[Any], None],
        extra: Sequence[QWidget] = (),
    ) -> QWidget:
        """Register a setting; returns the field (its widgets with the message line below)."""
        message = MessageLabel()
        field = QWidget()
        # The whole width of the form for the message under the field: held to the
        # field's own width, a warning wrapped into many short lines and was cut off.
        field.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        column = QVBoxLayout(field)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if extra:
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(widget)
            for item in extra:
                row.addWidget(item)
            row.addStretch(1)
            column.addLayout(row)
        else:
            column.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(message)
        field.setFocusProxy(widget)
        plain = label.replace("&", "").rstrip(":")
        if not widget.accessibleName():
            widget.setAccessibleName(plain)
        self.editors[key] = Editor(key, widget, read, write, message, plain)
        self._connect_change(widget)
        return field

    def _connect_change(self, widget: QWidget) -> None:
        if isinstance(widget, QAbstractButton):
            widget.toggled.connect(self._edited)
        elif isinstance(widget, QSpinBox | QSlider):
            widget.valueChanged.connect(self._edited)
        elif isinstance(widget, QTimeEdit):
            widget.timeChanged.connect(self._edited)
        elif isinstance(widget, QLineEdit):
            widget.textChanged.connect(self._edited)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self._edited)
        # Group widgets (focus areas, days, hold length) connect their own buttons.

    def _check(self, key: str, text: str, form: QFormLayout) -> QCheckBox:
        box = QCheckBox(text)

        def write(value: Any) -> None:
            box.setChecked(bool(value))

        form.addRow(self._editor(key, text, box, box.isChecked, write))
        return box

    def _spin(self, key: str, label: str, spin: QSpinBox, form: QFormLayout) -> None:
        # Wide enough for the longest text any of them shows ("20 breaks a day") in any
        # font, and all as wide, so the fields line up.
        spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance("20 breaks a day") + 48)

        def write(value: Any) -> None:
            spin.setValue(int(value))

        form.addRow(label, self._editor(key, label, spin, spin.value, write))

    def _declared_rows(self, form: QFormLayout, page: Page, group: str) -> None:
        """The group's simple settings, in the order they are declared."""
        for setting in on_page(page, group):
            if setting.editor == "auto":
                self._declared_field(setting, form)

    def _declared_field(self, setting: Setting, form: QFormLayout) -> None:
        """The editor a declaration describes: its kind, range, unit and label."""
        key, label = setting.key, say(setting.label)
        if setting.kind == "switch":
            self._check(key, label, form)
        elif setting.kind == "whole":
            self._spin(key, label, self._number_box(setting), form)
        elif setting.kind == "clock":
            edit = self._time_edit()
            form.addRow(
                label,
                self._editor(key, label, edit, lambda: self._time_text(edit),
                             lambda v: self._set_time(edit, v)),
            )
        elif setting.kind == "path":
            line = QLineEdit()
            line.setPlaceholderText(str(setting.default))
            form.addRow(
                label,
                self._editor(key, label, line, line.text, lambda v: line.setText(str(v))),
            )
        elif setting.kind == "choice":
            combo = QComboBox()
            for code, name in setting.choices:
                combo.addItem(say(name), code)

            def write_choice(value: Any) -> None:
                index = combo.findData(value)
                if index < 0:
                    combo.addItem(str(value), value)
                    index = combo.count() - 1
                combo.setCurrentIndex(index)

            form.addRow(label, self._editor(key, label, combo, combo.currentData, write_choice))
        else:
            raise ValueError(f"{key}: a {setting.kind} setting needs a hand-made editor")

    def _number_box(self, setting: Setting) -> QSpinBox:
        """A spin box for a whole number, showing the declared unit the way people say it."""
        low, high = setting.minimum, setting.maximum
        spin: QSpinBox
        if setting.unit is SECONDS:
            spin = DurationSpinBox(low, high, setting.step, setting.typed_unit_seconds)
        elif setting.unit is MINUTES:
            spin = QSpinBox()
            spin.setRange(low, high)
            spin.setSingleStep(setting.step)
            spin.setSuffix(self.tr(" min"))
        else:
            words = {
                BREAKS.id: self._breaks_words,
                SNOOZES.id: self._times_words,
                HOURS.id: self._hours_words,
                BREAKS_A_DAY.id: self._goal_words,
            }.get(setting.unit.id if setting.unit else "", str)
            spin = CountSpinBox(low, high, words)
            spin.setSingleStep(setting.step)
        if setting.zero_label is not None:
            spin.setSpecialValueText(say(setting.zero_label))
        return spin

    @staticmethod
    def _label(key: str) -> str:
        """The declared label of `key` in the user's language."""
        return say(BY_KEY[key].label)

    def _switch(self, key: str) -> QCheckBox:
        box = self.editors[key].widget
        assert isinstance(box, QCheckBox), key
        return box

    @staticmethod
    def _form(group: QGroupBox) -> QFormLayout:
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return form

    # The preset row -------------------------------------------------------------------------

    def _preset_row(self) -> QVBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("&Preset:"))
        self.preset_combo = QComboBox()
        for preset in PRESETS:
            self.preset_combo.addItem(preset_texts(preset)[0], preset.id)
        self.preset_combo.addItem(self.tr("Custom"), None)
        self.preset_combo.setAccessibleName(self.tr("Preset"))
        label.setBuddy(self.preset_combo)
        # activated: only the user's choice applies a preset, never the dialog updating
        # the combo box to match what was typed.
        self.preset_combo.activated.connect(self._preset_activated)
        self.preset_description = hint_label("")
        # Room for two lines whatever the preset, so the tabs below never jump.
        metrics = self.preset_description.fontMetrics()
        self.preset_description.setMinimumHeight(metrics.lineSpacing() * 2 + 2)
        self.preset_description.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(label)
        row.addWidget(self.preset_combo)
        row.addStretch(1)
        column = QVBoxLayout()
        column.addLayout(row)
        column.addWidget(self.preset_description)
        return column

    def _preset_activated(self, index: int) -> None:
        preset_id = self.preset_combo.itemData(index)
        for preset in PRESETS:
            if preset.id == preset_id:
                self.choose_preset(preset)
                name = preset_texts(preset)[0]
                self.status.show_message(
                    self.tr(
                        "The “{preset}” values are filled in. Choose Apply or OK to save them."
                    ).format(preset=name),
                    "note",
                )
                self._preset_note = preset.id
                return
        self._refresh()

    # Pages --------------------------------------------------------------------------------

    def _breaks_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)

        rhythm = QGroupBox(self.tr("Rhythm"))
        self._declared_rows(self._form(rhythm), "breaks", "rhythm")
        layout.addWidget(rhythm)

        before = QGroupBox(self.tr("When a break is due"))
        self._declared_rows(self._form(before), "breaks", "due")
        layout.addWidget(before)

        goal = QGroupBox(self.tr("Goal"))
        form = self._form(goal)
        self._declared_rows(form, "breaks", "goal")
        form.addRow(hint_label(self.tr("Days with this many breaks count towards your streak.")))
        layout.addWidget(goal)
        layout.addStretch(1)
        return page

    def _micro_breaks_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        micro = QGroupBox(self.tr("Micro-breaks"))
        form = self._form(micro)
        self._declared_rows(form, "micro", "micro")
        form.addRow(hint_label(self.tr(
            "A small window with one short task: a posture check, an eye break, a small "
            "movement, now and then a few steps. It closes by itself and never takes the "
            "keyboard. None comes in the 5 minutes before or after a break, in a meeting "
            "or while you are away."
        )))
        layout.addWidget(micro)

        active = QGroupBox(self.tr("Time at the computer"))
        form = self._form(active)
        self._declared_rows(form, "micro", "active")
        form.addRow(hint_label(self.tr(
            "Time at the computer counts while you are not away and not on a break; "
            "it starts again each day."
        )))
        layout.addWidget(active)
        layout.addStretch(1)
        return page

    def _posture_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        coach = QGroupBox(self.tr("Posture coach"))
        form = self._form(coach)
        self._declared_rows(form, "posture", "coach")
        # Plain text, not a grey hint: what the camera does is the point of this page.
        self.posture_privacy = QLabel(self.tr(
            "What the camera is used for: while you work, knotbreak opens the camera for a "
            "moment at each check, finds your face and measures how high it is, how large "
            "(how close you lean) and how tilted. The picture is looked at in memory and "
            "dropped at once: it is never saved and never sent anywhere. Only numbers are "
            "kept: your calibrated posture and, per day, how many checks found good "
            "posture. No check in a meeting, while you are away, during a break, or while "
            "another app uses the camera."
        ))
        self.posture_privacy.setWordWrap(True)
        form.addRow(self.posture_privacy)
        form.addRow(hint_label(self.tr(
            "Calibrate: sit the way you want to sit, facing the screen, then click "
            "Calibrate. Do it again after you move the screen, the camera or the chair."
        )))
        self.calibrate_button = QPushButton(self.tr("Ca&librate"))
        self.calibrate_button.setEnabled(False)
        self.calibrate_button.clicked.connect(self.calibrate_posture)
        self.calibrate_message = MessageLabel()
        row = QHBoxLayout()
        row.addWidget(self.calibrate_button)
        row.addStretch(1)
        form.addRow(row)
        form.addRow(self.calibrate_message)
        # Calibration needs the coach on (the interval follows it in `_refresh`).
        self._switch("posture_coach").toggled.connect(
            lambda on: self.calibrate_button.setEnabled(
                on and self._posture_calibrate is not None
            )
        )
        layout.addWidget(coach)
        layout.addStretch(1)
        return page

    def calibrate_posture(self) -> None:
        if self._posture_calibrate is None:
            return
        problem = self._posture_calibrate()
        if problem is None:
            self.calibrate_message.show_message(
                self.tr("Done: this posture is now your baseline."), "note"
            )
        else:
            self.calibrate_message.show_message(say(problem))

    def _hours_words(self, count: int) -> str:
        if count == 1:
            return self.tr("{count} hour").format(count=count)
        return self.tr("{count} hours").format(count=count)

    def _breaks_words(self, count: int) -> str:
        if count == 1:
            return self.tr("{count} break").format(count=count)
        return self.tr("{count} breaks").format(count=count)

    def _times_words(self, count: int) -> str:
        if count == 1:
            return self.tr("{count} time").format(count=count)
        return self.tr("{count} times").format(count=count)

    def _goal_words(self, count: int) -> str:
        if count == 1:
            return self.tr("{count} break a day").format(count=count)
        return self.tr("{count} breaks a day").format(count=count)

    def _stretches_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)

        focus = QGroupBox(self.tr("Focus areas"))
        focus_layout = QVBoxLayout(focus)
        focus_layout.addWidget(
            hint_label(self.tr("Breaks cover these first. Choose at least one."))
        )
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        self.focus_boxes: dict[str, QCheckBox] = {}
        for index, area in enumerate(FOCUS_ORDER):
            box = QCheckBox(focus_area_label(area))
            box.toggled.connect(self._edited)
            grid.addWidget(box, index // 2, index % 2)
            self.focus_boxes[area] = box
        grid_widget.setAccessibleName(self.tr("Focus areas"))
        grid_widget.setFocusProxy(self.focus_boxes[FOCUS_ORDER[0]])

        def read_focus() -> list[str]:
            return [area for area, box in self.focus_boxes.items() if box.isChecked()]

        def write_focus(value: Any) -> None:
            chosen = set(value)
            for area, box in self.focus_boxes.items():
                box.setChecked(area in chosen)

        focus_layout.addWidget(
            self._editor("focus_areas", self._label("focus_areas"), grid_widget, read_focus,
                         write_focus)
        )
        layout.addWidget(focus)

        how = QGroupBox(self.tr("Stretches"))
        form = self._form(how)
        self._declared_rows(form, "stretches", "stretches")
        holds = QWidget()
        holds_row = QHBoxLayout(holds)
        holds_row.setContentsMargins(0, 0, 0, 0)
        self.short_holds = QRadioButton(self.tr("30 s"))
        self.long_holds = QRadioButton(self.tr("2 min, where a stretch suits it"))
        hold_group = QButtonGroup(holds)
        hold_group.addButton(self.short_holds)
        hold_group.addButton(self.long_holds)
        holds_row.addWidget(self.short_holds)
        holds_row.addWidget(self.long_holds)
        holds_row.addStretch(1)
        holds.setFocusProxy(self.short_holds)
        self.long_holds.toggled.connect(self._edited)

        def write_holds(value: Any) -> None:
            (self.long_holds if value else self.short_holds).setChecked(True)

        form.addRow(
            self._label("prefer_long_holds"),
            self._editor("prefer_long_holds", self._label("prefer_long_holds"), holds,
                         self.long_holds.isChecked, write_holds),
        )
        self.holds_help = QLabel(
            self.tr(
                "Stretches are held 30 s and repeated (2 x 30 s), the dose the guidelines "
                "give. Two-minute holds come from massage and myofascial practice, not from "
                "trials: choose them if they suit you, not as a treatment."
            )
        )
        self.holds_help.setWordWrap(True)
        # Expanding, so it takes the row's width instead of wrapping into a narrow column;
        # it explains the hold length, so it sits right under that row, before Favourites.
        self.holds_help.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        form.addRow("", self.holds_help)
        form.addRow(self._label("favourite_stretches"), self._favourites_editor())
        layout.addWidget(how)

        sound = QGroupBox(self.tr("Sound"))
        form = self._form(sound)
        self._declared_rows(form, "stretches", "sound")
        volume = BY_KEY["sound_volume"]
        self.volume_slider = QSlider(Qt.Orientation.Horizontal)
        self.volume_slider.setRange(volume.minimum, volume.maximum)
        self.volume_slider.setSingleStep(volume.step)
        self.volume_slider.setPageStep(10)
        self.volume_slider.setMinimumWidth(160)
        self.volume_label = QLabel()
        metrics = self.volume_label.fontMetrics()
        self.volume_label.setMinimumWidth(metrics.horizontalAdvance("100 %") + 8)
        self.volume_slider.valueChanged.connect(self._show_volume)
        self.test_sound_button = QPushButton(self.tr("&Test sound"))
        self.test_sound_button.clicked.connect(self.test_sound)
        form.addRow(
            self._label("sound_volume"),
            self._editor(
                "sound_volume", self._label("sound_volume"), self.volume_slider,
                self.volume_slider.value,
                lambda v: self.volume_slider.setValue(int(v)),
                extra=(self.volume_label, self.test_sound_button),
            ),
        )
        layout.addWidget(sound)
        layout.addWidget(self._hidden_stretches_box())
        layout.addStretch(1)
        return page

    def _hidden_stretches_box(self) -> QWidget:
        """Stretches turned off with "Don't show this stretch again", and the way back."""
        box = QGroupBox(self._label("hidden_stretches"))
        column = QVBoxLayout(box)
        field = QWidget()
        field_column = QVBoxLayout(field)
        field_column.setContentsMargins(0, 0, 0, 0)
        # In the group's own column, not the field: a field is only as wide as its widgets,
        # which wrapped this sentence into a narrow, cut-off strip.
        self.hidden_hint = hint_label("")
        column.addWidget(self.hidden_hint)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        field_column.addLayout(row)
        self.hidden_list = QListWidget()
        self.hidden_list.setMaximumHeight(110)
        self.show_again_button = QPushButton(self.tr("Show &again"))
        self.show_again_button.setToolTip(
            self.tr("Routines may pick the chosen stretch again (after Apply or OK)")
        )

        def refresh_hint() -> None:
            empty = self.hidden_list.count() == 0
            self.hidden_list.setVisible(not empty)
            self.show_again_button.setVisible(not empty)
            self.show_again_button.setEnabled(self.hidden_list.currentItem() is not None)
            self.hidden_hint.setText(
                self.tr(
                    "None. A stretch you turn off on the break card with \"Don't show this "
                    "stretch again\" is listed here."
                )
                if empty
                else self.tr("Routines leave these out. Choose one and Show again to undo.")
            )

        def read_hidden() -> list[str]:
            return [
                str(self.hidden_list.item(row).data(Qt.ItemDataRole.UserRole))
                for row in range(self.hidden_list.count())
            ]

        def write_hidden(value: Any) -> None:
            self.hidden_list.clear()
            for stretch_id, name in zip(value, _stretch_names(value), strict=True):
                item = QListWidgetItem(name)
                item.setData(Qt.ItemDataRole.UserRole, stretch_id)
                self.hidden_list.addItem(item)
            refresh_hint()

        def show_again() -> None:
            row = self.hidden_list.currentRow()
            if row < 0:
                return
            self.hidden_list.takeItem(row)
            refresh_hint()
            self._edited()

        self.show_again_button.clicked.connect(show_again)
        self.hidden_list.currentItemChanged.connect(lambda *_: refresh_hint())
        row.addWidget(self.hidden_list, 1)
        row.addWidget(self.show_again_button, 0, Qt.AlignmentFlag.AlignTop)
        field.setFocusProxy(self.hidden_list)
        self.hidden_list.setAccessibleName(self._label("hidden_stretches"))
        column.addWidget(
            self._editor(
                "hidden_stretches", self._label("hidden_stretches"), field, read_hidden,
                write_hidden,
            )
        )
        refresh_hint()
        return box

    def _schedule_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)

        hours = QGroupBox(self.tr("Working hours"))
        form = self._form(hours)
        self._declared_rows(form, "schedule", "hours")
        days = QWidget()
        days_row = QHBoxLayout(days)
        days_row.setContentsMargins(0, 0, 0, 0)
        self.day_boxes: dict[str, QCheckBox] = {}
        locale = self.locale()
        for number, day in enumerate(DAY_NAMES, start=1):
            box = QCheckBox(locale.dayName(number, locale.FormatType.ShortFormat))
            box.setAccessibleName(locale.dayName(number, locale.FormatType.LongFormat))
            box.toggled.connect(self._edited)
            days_row.addWidget(box)
            self.day_boxes[day] = box
        days_row.addStretch(1)
        days.setFocusProxy(self.day_boxes[DAY_NAMES[0]])

        def read_days() -> list[str]:
            return [day for day, box in self.day_boxes.items() if box.isChecked()]

        def write_days(value: Any) -> None:
            chosen = {str(day).lower() for day in value}
            for day, box in self.day_boxes.items():
                box.setChecked(day in chosen)

        form.addRow(self.tr("On:"), self._editor("working_days", self._label("working_days"),
                                                  days, read_days, write_days))
        form.addRow(
            hint_label(
                self.tr(
                    "An end earlier than the start means an overnight shift. The start is "
                    "also when \u201cPause until tomorrow morning\u201d ends."
                )
            )
        )
        layout.addWidget(hours)

        away = QGroupBox(self.tr("Away from the computer"))
        form = self._form(away)
        self._declared_rows(form, "schedule", "away")
        form.addRow(
            hint_label(
                self.tr(
                    "A break that falls due while you are away waits for you, and an absence "
                    "as long as a break counts as one."
                )
            )
        )
        layout.addWidget(away)
        layout.addStretch(1)
        return page

    def _time_edit(self) -> QTimeEdit:
        edit = QTimeEdit()
        edit.setDisplayFormat("HH:mm")
        edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("00:00") + 48)
        return edit

    @staticmethod
    def _time_text(edit: QTimeEdit) -> str:
        return edit.time().toString("HH:mm")

    @staticmethod
    def _set_time(edit: QTimeEdit, value: Any) -> None:
        parsed = QTime.fromString(str(value), "HH:mm")
        if parsed.isValid():
            edit.setTime(parsed)

    def _meetings_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        group = QGroupBox(self.tr("Hold breaks while"))
        form = self._form(group)
        self._declared_rows(form, "meetings", "hold")
        form.addRow(
            hint_label(
                self.tr(
                    "Which device files count as cameras (Linux), as a path pattern."
                )
            )
        )
        layout.addWidget(group)
        layout.addStretch(1)
        return page

    def _general_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)

        start = QGroupBox(self.tr("Start"))
        start_layout = QVBoxLayout(start)
        self.autostart_box = QCheckBox(self.tr("Start knotbreak when I &log in"))
        self.autostart_box.toggled.connect(self._edited)
        start_layout.addWidget(self.autostart_box)
        self.autostart_message = MessageLabel()
        start_layout.addWidget(self.autostart_message)
        layout.addWidget(start)

        language = QGroupBox(self.tr("Language"))
        form = self._form(language)
        self._declared_rows(form, "general", "language")
        form.addRow(hint_label(self.tr("A new language is used after knotbreak restarts.")))
        layout.addWidget(language)
        layout.addStretch(1)
        return page

    # Reacting to edits -------------------------------------------------------------------

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self._refresh()

    def _refresh(self) -> None:
        if not self._built:
            return
        values = self.values()
        issues = check_form(values)
        shown: dict[str, Issue] = {}
        for issue in issues:
            shown.setdefault(issue.key, issue)
        tabs_with_errors: set[int] = set()
        for key, editor in self.editors.items():
            if self.is_locked(key):
                editor.message.show_message(self.tr("Set by your administrator."), "note")
                continue
            found = shown.get(key)
            if found is None and key == "sound_volume":
                self.check_test_sound()  # the volume's line also says when tones cannot play
                continue
            if found is None:
                editor.message.show_message(None)
                continue
            editor.message.show_message(self._issue_text(found), found.severity)
            if found.severity == "error" and editor.tab is not None:
                tabs_with_errors.add(self.tabs.indexOf(editor.tab))
        if self._status_is_check and not has_errors(issues):
            self._status_is_check = False
            self.status.show_message(None)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for index in range(self.tabs.count()):
            self.tabs.setTabIcon(index, warning if index in tabs_with_errors else QIcon())

        preset = matching_preset(values)
        index = self.preset_combo.findData(preset.id if preset else None)
        self.preset_combo.setCurrentIndex(index)
        if self._preset_note is not None and (
            preset is None or preset.id != self._preset_note
        ):
            # "The 'Recovering' values are filled in" is no longer true once a value
            # changes and the preset turns Custom.
            self._preset_note = None
            self.status.show_message(None)
        self.preset_description.setText(
            preset_texts(preset)[1] if preset else self.tr("Your own combination.")
        )

        for key, editor in self.editors.items():
            # Greyed out when it cannot be changed, or means nothing while the setting it
            # depends on is off (long-break length while long breaks are "Never").
            # (Other hand-made editors keep their own state, like Clear favourites.)
            requires = BY_KEY[key].requires
            if not self._writable or self.is_locked(key):
                editor.widget.setEnabled(False)
            elif requires is not None:
                editor.widget.setEnabled(bool(values[requires]))
        self._show_volume(self.volume_slider.value())
        self.apply_button.setEnabled(self._dirty())

    def _dirty(self) -> bool:
        if self._writable and self.changes():
            return True
        return self._autostart_wanted() is not None

    def _issue_text(self, issue: Issue) -> str:
        if issue.code == "no_working_days":
            return self.tr(
                "Choose at least one working day, or turn working hours off: with no days, "
                "breaks would never come."
            )
        if issue.code == "long_shorter_than_normal":
            spin = self.field("break_seconds")
            seconds = int(issue.params["normal_seconds"])
            normal = (
                spin.format_seconds(seconds) if isinstance(spin, DurationSpinBox) else str(seconds)
            )
            return self.tr(
                "This is shorter than a normal break, so long breaks will last as long as a "
                "normal one ({normal}). Make it longer, or set long breaks to never."
            ).format(normal=normal)
        if issue.code == "same_start_end":
            return self.tr(
                "Start and end are the same time, so breaks come all day on working days."
            )
        if issue.code == "overnight":
            return self.tr(
                "Ends the next morning at {end}: an overnight shift, counted on the day it "
                "starts."
            ).format(end=issue.params["end"])
        if issue.key == "focus_areas":
            return self.tr("Choose at least one focus area.")
        # The file's validators name the allowed values; say them in the user's language.
        return as_sentence(say(issue.params.get("error", issue.message)))

    def _show_volume(self, value: int) -> None:
        self.volume_label.setText(self.tr("{percent} %").format(percent=value))

    # Sound ---------------------------------------------------------------------------------

    def test_sound(self) -> None:
        if self._sound is None:
            if self._sound_loader is not None:
                self._sound = sound_cues.SoundCues(True, self._sound_loader)
            else:
                self._sound = sound_cues.SoundCues(True)
        self._sound.set_volume_percent(self.volume_slider.value())
        self._sound.play("hold-start")
        self.check_test_sound()
        # Some failures (no audio device) are only known once playback was tried.
        self._sound_check.start()

    def check_test_sound(self) -> None:
        reason = sound_cues.unavailable_reason()
        if reason is None and self._sound is not None and self._sound.playback_failed():
            reason = self.tr(
                "the tone could not be played. Check that a speaker or headset is connected "
                "and not muted"
            )
        message = self.editors["sound_volume"].message
        if reason:
            message.show_message(
                self.tr("No sound can be played here: {reason}.").format(
                    reason=reason.rstrip(".")
                ),
                "note",
            )
        else:
            message.show_message(None)

    # Start at login -------------------------------------------------------------------------

    def _read_autostart(self) -> None:
        self._autostart_on = None
        if self._autostart is None:
            self.autostart_box.setEnabled(False)
            self.autostart_message.show_message(
                self.tr("Start at login is not available on this system."), "note"
            )
            return
        try:
            self._autostart_on = self._autostart.is_enabled()
        except OSError as error:
            self.autostart_box.setEnabled(False)
            self.autostart_message.show_message(
                self.tr(
                    "Whether knotbreak starts at login could not be read ({error})."
                ).format(error=error.strerror or error)
            )
            return
        self._loading = True
        self.autostart_box.setChecked(self._autostart_on)
        self._loading = False

    def _autostart_wanted(self) -> bool | None:
        """The state the user asked for, or None when it already is that way."""
        if self._autostart is None or self._autostart_on is None:
            return None
        wanted = self.autostart_box.isChecked()
        return None if wanted == self._autostart_on else wanted

    def _apply_autostart(self) -> str | bool | None:
        """None: nothing to do. A sentence: done. False: failed (the message says why)."""
        wanted = self._autostart_wanted()
        if wanted is None or self._autostart is None:
            return None
        try:
            if wanted:
                self._autostart.enable(self._start_command)
            else:
                self._autostart.disable()
            self._autostart_on = self._autostart.is_enabled()
        except OSError as error:
            where = getattr(self._autostart, "path", None)
            detail = error.strerror or str(error)
            if where is not None:
                detail = f"{detail}: {where}"
            text = (
                self.tr(
                    "knotbreak could not set itself to start at login ({error}). Check "
                    "that the folder can be written to, then choose Apply again."
                )
                if wanted
                else self.tr(
                    "knotbreak could not stop starting at login ({error}). Check that the "
                    "file can be removed, then choose Apply again."
                )
            )
            self.autostart_message.show_message(text.format(error=detail))
            return False
        if self._autostart_on != wanted:
            self.autostart_message.show_message(
                self.tr(
                    "The login entry was written, but the desktop still reports it as off."
                ),
            )
            return False
        self.autostart_message.show_message(None)
        return (
            self.tr("knotbreak will start when you log in.")
            if wanted
            else self.tr("knotbreak will no longer start when you log in.")
        )

    # Closing ------------------------------------------------------------------------------

    def _ok(self) -> None:
        if self.apply():
            self.accept()

    def _fit_to_screen(self) -> None:
        # Never so narrow that the tabs need scroll arrows (German tabs are wider): a tab
        # hidden behind an arrow is a setting nobody finds.
        margins = self.contentsMargins().left() + self.contentsMargins().right()
        layout = self.layout()
        if layout is not None:
            spacing = layout.contentsMargins()
            margins += spacing.left() + spacing.right()
        # Nor so narrow that a page scrolls sideways (its right-hand side out of sight).
        widest_page = 0
        for index in range(self.tabs.count()):
            scroll = self.tabs.widget(index)
            page = scroll.widget() if isinstance(scroll, QScrollArea) else scroll
            if page is not None:
                bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
                widest_page = max(widest_page, page.minimumSizeHint().width() + bar + 8)
        self.setMinimumWidth(
            max(
                self.minimumWidth(),
                self.tabs.tabBar().sizeHint().width() + margins + 8,
                widest_page + margins + 8,
            )
        )
        # And tall enough to show a few settings at a time, not a sliver of a page.
        self.setMinimumHeight(max(self.minimumHeight(), MINIMUM_HEIGHT))
        width, height = max(660, self.tabs.tabBar().sizeHint().width() + 40), 600
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            free = screen.availableGeometry()
            width = min(width, int(free.width() * 0.95))
            height = min(height, int(free.height() * 0.9))
        self.resize(width, height)


MINIMUM_HEIGHT = 420
"""Pixels; the settings dialog never gets shorter (a 768 px screen has room)."""


def _align_form_labels(page: QWidget) -> None:
    """One label column per tab: the groups' forms line their fields up with each other."""
    labels: list[QWidget] = []
    for form in page.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if label is not None:
                labels.append(label)
    if labels:
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)


def _stretch_names(stretch_ids: Sequence[str]) -> list[str]:
    """Built-in stretches' names in the UI's language; a custom one's id, readably."""
    if not stretch_ids:
        return []
    from knotbreak.core.stretches.catalog import load_catalog
    from knotbreak.resources_path import resource
    from knotbreak.ui.translations import stretch_wording

    try:
        catalog = load_catalog(resource("stretches/catalog.json")).catalog
    except Exception:  # a name is a nicety; the id still says which stretch it is
        catalog = None
    wording = stretch_wording()
    names = []
    for stretch_id in stretch_ids:
        entry = catalog.get(stretch_id) if catalog is not None else None
        names.append(
            wording.name(entry) if entry is not None
            else stretch_id.replace("-", " ").capitalize()
        )
    return names
