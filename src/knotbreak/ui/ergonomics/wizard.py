"""The workstation check: a non-modal QWizard, one page per area, then results and breaks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from knotbreak.core import text as core_text
from knotbreak.core.ergonomics import (
    FOCUS_LABELS,
    MAX_FOCUS_AREAS,
    SETUP_LABELS,
    SETUP_PHRASES,
    SITTING_LABELS,
    Answer,
    Answers,
    Area,
    BreakProposal,
    Checklist,
    ErgonomicsStore,
    ErgonomicsStoreError,
    FocusArea,
    Item,
    Run,
    Setup,
    SittingHours,
    compare,
    propose_breaks,
    recheck_due,
    top_fixes,
)
from knotbreak.core.text import english_plural
from knotbreak.ui.ergonomics.posture_diagram import PostureDiagram
from knotbreak.ui.ergonomics.report import PREVENTION_NOTE, format_date, print_report, write_pdf
from knotbreak.ui.translations import QT_TRANSLATE_NOOP, localized, translate

TITLE = QT_TRANSLATE_NOOP("ErgonomicsWizard", "Workstation check — knotbreak")
INTRO_TEXT = QT_TRANSLATE_NOOP(
    "IntroPage",
    "A few minutes of questions about your chair, desk, screens and habits. At the end "
    "you get a score for each area, the few changes that matter most, and break settings "
    "that suit how you work.",
)

AREA_PAGE_IDS = {
    "chair": 1,
    "posture": 2,
    "desk": 3,
    "keyboard-mouse": 4,
    "lighting": 9,
    "phone-documents": 10,
    "habits": 11,
}
PAGE_SETUP = 5
SCREEN_PAGE_IDS = {Setup.LAPTOP: 6, Setup.ONE: 7, Setup.TWO: 8}
PAGE_RESULT = 12
PAGE_PROPOSAL = 13

SETUP_HELP = {
    Setup.LAPTOP: QT_TRANSLATE_NOOP(
        "SetupPage", "You look at the laptop's own screen and type on its keyboard."
    ),
    Setup.ONE: QT_TRANSLATE_NOOP(
        "SetupPage", "One monitor in front of you; a laptop, if any, is closed or only docked."
    ),
    Setup.TWO: QT_TRANSLATE_NOOP(
        "SetupPage", "Two monitors, or a laptop screen beside a monitor, both in use."
    ),
}


@dataclass
class AnswerModel:
    """What the user has said so far; every page reads and writes this one object."""

    items: dict[str, Answer] = field(default_factory=dict)
    setup: Setup | None = None
    sitting_hours: SittingHours = SittingHours.FOUR_TO_6
    long_stretches: bool = False
    discomfort: set[FocusArea] = field(default_factory=set)
    moving_soon: bool = False

    @classmethod
    def from_answers(cls, answers: Answers) -> AnswerModel:
        return cls(
            dict(answers.items),
            answers.setup,
            answers.sitting_hours,
            answers.long_stretches,
            set(answers.discomfort),
            answers.moving_soon,
        )

    def answers(self) -> Answers:
        return Answers(
            self.setup or Setup.ONE,
            dict(self.items),
            self.sitting_hours,
            self.long_stretches,
            frozenset(self.discomfort),
            self.moving_soon,
        )


def _heading(text: str, scale: float = 1.15) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def _muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def _scrolling(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area


class ItemQuestion(QFrame):
    """One checklist question with Yes / No / Not applicable."""

    answered = Signal(str, object)

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        self.question_label = QLabel(item.question)
        self.question_label.setWordWrap(True)
        font = QFont(self.question_label.font())
        font.setBold(True)
        self.question_label.setFont(font)
        layout.addWidget(self.question_label)
        good = self.tr("Good: {answer}").format(answer=item.looks_good)
        layout.addWidget(_muted(good))
        row = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.buttons: dict[Answer, QRadioButton] = {}
        choices = [(Answer.YES, self.tr("Yes")), (Answer.NO, self.tr("No"))]
        if item.allow_na:
            choices.append((Answer.NOT_APPLICABLE, self.tr("Not applicable")))
        for answer, text in choices:
            button = QRadioButton(text)
            button.setAccessibleName(
                self.tr("{answer}: {question}").format(answer=text, question=item.question)
            )
            button.setAccessibleDescription(good)
            self.group.addButton(button)
            self.buttons[answer] = button
            row.addWidget(button)
            button.toggled.connect(lambda on, chosen=answer: self._toggled(on, chosen))
        row.addStretch(1)
        layout.addLayout(row)

    def _toggled(self, on: bool, answer: Answer) -> None:
        if on:
            self.answered.emit(self.item.id, answer)

    def set_answer(self, answer: Answer | None) -> None:
        self.group.setExclusive(False)
        for key, button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(key is answer)
            button.blockSignals(False)
        self.group.setExclusive(True)

    def answer(self) -> Answer | None:
        for key, button in self.buttons.items():
            if button.isChecked():
                return key
        return None


class AreaPage(QWizardPage):
    """The questions of one area (for screens: those that apply to one setup)."""

    def __init__(
        self,
        model: AnswerModel,
        area: Area,
        setup: Setup | None = None,
        side: QWidget | None = None,
        extra: QWidget | None = None,
        lead: QWidget | None = None,
    ) -> None:
        super().__init__()
        self.model = model
        self.area = area
        self.setup = setup
        # translate(), not self.tr(): HabitsPage inherits this, and self.tr would look the
        # words up under the subclass's name.
        title = (
            area.title
            if setup is None
            else translate("AreaPage", "{area}: {setup}").format(
                area=area.title, setup=localized(SETUP_PHRASES[setup])
            )
        )
        self.setTitle(title)
        self.setSubTitle(area.intro)
        items = area.items if setup is None else area.items_for(setup)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 8, 0)
        if lead is not None:
            column.addWidget(lead)
        self.questions: dict[str, ItemQuestion] = {}
        for item in items:
            question = ItemQuestion(item)
            question.answered.connect(self._answered)
            self.questions[item.id] = question
            column.addWidget(question)
        if extra is not None:
            column.addWidget(extra)
        column.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_scrolling(content), 3)
        if side is not None:
            layout.addWidget(side, 2, Qt.AlignmentFlag.AlignTop)

    def _answered(self, item_id: str, answer: Answer) -> None:
        self.model.items[item_id] = answer

    def initializePage(self) -> None:
        for item_id, question in self.questions.items():
            question.set_answer(self.model.items.get(item_id))

    def nextId(self) -> int:
        if self.setup is not None:
            return AREA_PAGE_IDS["lighting"]
        return super().nextId()


class SetupPage(QWizardPage):
    def __init__(self, model: AnswerModel) -> None:
        super().__init__()
        self.model = model
        self.setTitle(self.tr("Screens"))
        self.setSubTitle(
            self.tr("Which of these is how you usually work? The next questions follow it.")
        )
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.buttons: dict[Setup, QRadioButton] = {}
        for setup in Setup:
            label = localized(SETUP_LABELS[setup])
            help_text = self.tr(SETUP_HELP[setup])
            button = QRadioButton(label)
            button.setAccessibleName(self.tr("Screens: {setup}").format(setup=label))
            button.setAccessibleDescription(help_text)
            self.group.addButton(button)
            self.buttons[setup] = button
            layout.addWidget(button)
            help_label = _muted(help_text)
            help_label.setContentsMargins(24, 0, 0, 8)
            layout.addWidget(help_label)
            button.toggled.connect(lambda on, chosen=setup: self._chosen(chosen, on))
        self.hint = _muted(self.tr("Pick one to go on."))
        layout.addWidget(self.hint)
        layout.addStretch(1)

    def _chosen(self, setup: Setup, on: bool) -> None:
        if not on:
            return
        self.model.setup = setup
        self.hint.hide()
        self.completeChanged.emit()

    def initializePage(self) -> None:
        if self.model.setup is not None:
            self.buttons[self.model.setup].setChecked(True)

    def isComplete(self) -> bool:
        return self.model.setup is not None

    def nextId(self) -> int:
        return SCREEN_PAGE_IDS[self.model.setup or Setup.ONE]


class HabitsExtra(QGroupBox):
    """The questions about the day that tune the break proposal."""

    def __init__(self, model: AnswerModel) -> None:
        super().__init__()
        self.setTitle(self.tr("Your day"))
        self.model = model
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.sitting = QComboBox()
        for hours, text in SITTING_LABELS.items():
            self.sitting.addItem(localized(text), hours.value)
        self.sitting.setAccessibleName(self.tr("Hours a day sitting at the desk"))
        self.sitting.currentIndexChanged.connect(self._sitting_changed)
        form.addRow(self.tr("&Hours a day at the desk:"), self.sitting)
        self.long_stretches = QCheckBox(
            self.tr("I often sit for more than an hour without getting up")
        )
        self.long_stretches.setAccessibleName(self.long_stretches.text())
        self.long_stretches.toggled.connect(self._stretches_changed)
        form.addRow(self.long_stretches)
        form.addRow(QLabel(self.tr("Is anything uncomfortable or sore at the moment?")))
        self.discomfort: dict[FocusArea, QCheckBox] = {}
        grid = QGridLayout()
        for number, area in enumerate(FocusArea):
            label = localized(FOCUS_LABELS[area])
            box = QCheckBox(label)
            box.setAccessibleName(self.tr("Discomfort now: {area}").format(area=label))
            box.toggled.connect(lambda on, chosen=area: self._discomfort_changed(chosen, on))
            self.discomfort[area] = box
            grid.addWidget(box, number // 2, number % 2)
        form.addRow(grid)
        self.moving = QCheckBox(
            self.tr("I expect to move desks or change my setup in the next month")
        )
        self.moving.setAccessibleName(self.moving.text())
        self.moving.toggled.connect(self._moving_changed)
        form.addRow(self.moving)

    def load(self) -> None:
        self.sitting.setCurrentIndex(list(SittingHours).index(self.model.sitting_hours))
        self.long_stretches.setChecked(self.model.long_stretches)
        for area, box in self.discomfort.items():
            box.setChecked(area in self.model.discomfort)
        self.moving.setChecked(self.model.moving_soon)

    def _sitting_changed(self, index: int) -> None:
        self.model.sitting_hours = list(SittingHours)[max(0, index)]

    def _stretches_changed(self, on: bool) -> None:
        self.model.long_stretches = on

    def _discomfort_changed(self, area: FocusArea, on: bool) -> None:
        if on:
            self.model.discomfort.add(area)
        else:
            self.model.discomfort.discard(area)

    def _moving_changed(self, on: bool) -> None:
        self.model.moving_soon = on


class HabitsPage(AreaPage):
    def __init__(self, model: AnswerModel, area: Area) -> None:
        self.extra = HabitsExtra(model)
        super().__init__(model, area, extra=self.extra)

    def initializePage(self) -> None:
        super().initializePage()
        self.extra.load()


class IntroPage(QWidget):
    """What the check is, shown above the first questions: a page of its own held only
    these few lines and a large empty space (the name stays for the translations)."""

    def __init__(self, last_run: Run | None, store_problem: str | None) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(_heading(self.tr(INTRO_TEXT), 1.0))
        note = QLabel(translate("Report", PREVENTION_NOTE))
        note.setWordWrap(True)
        note.setFrameShape(QFrame.Shape.StyledPanel)
        note.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(note)
        if last_run is not None:
            layout.addWidget(
                QLabel(
                    self.tr(
                        "You last did this check on {date}. "
                        "Your answers from then are filled in: change only what is different."
                    ).format(date=format_date(last_run.completed_at))
                )
            )
        if store_problem:
            layout.addWidget(_muted(store_problem))
        layout.addWidget(
            _muted(
                self.tr("Use Tab to move between questions and the arrow keys to pick an answer.")
            )
        )
        for label in self.findChildren(QLabel):
            label.setWordWrap(True)


class ResultPage(QWizardPage):
    def __init__(self, wizard: ErgonomicsWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Your results"))
        self.setSubTitle(self.tr("Scores for each area, and the changes that will help most."))
        content = QWidget()
        self.body = QVBoxLayout(content)
        self.body.setContentsMargins(0, 0, 8, 0)
        self.scores_box = QGroupBox(self.tr("Scores by area"))
        self.scores_grid = QGridLayout(self.scores_box)
        self.fixes_box = QGroupBox(self.tr("Fixes that matter most"))
        self.fixes_layout = QVBoxLayout(self.fixes_box)
        self.changes_box = QGroupBox(self.tr("Since last time"))
        self.changes_layout = QVBoxLayout(self.changes_box)
        # One above the other: side by side, the scores' bars and figures went off the
        # right of the page at the wizard's smallest width (a sideways scroll bar).
        self.body.addWidget(self.fixes_box)
        self.body.addWidget(self.scores_box)
        self.body.addWidget(self.changes_box)
        self.status = _muted("")
        self.body.addWidget(self.status)
        self.body.addStretch(1)
        buttons = QHBoxLayout()
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Save the report as a PDF file"))
        self.pdf_button.clicked.connect(wizard.save_pdf)
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.print_button.setAccessibleName(self.tr("Print the report"))
        self.print_button.clicked.connect(wizard.print_report)
        self.checklist_button = QPushButton(self.tr("Open the fix &checklist"))
        self.checklist_button.setAccessibleName(self.tr("Open the checklist to tick off fixes"))
        self.checklist_button.clicked.connect(wizard.open_checklist)
        for button in (self.pdf_button, self.print_button, self.checklist_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_scrolling(content), 1)
        layout.addLayout(buttons)
        self.fix_labels: list[QLabel] = []

    def initializePage(self) -> None:
        wizard = self.wizard_
        run = wizard.save_run()
        answers = wizard.model.answers().relevant(wizard.checklist)
        _clear(self.scores_grid)
        for row, area in enumerate(wizard.checklist.areas):
            score = run.scores.get(area.id) if run else None
            name = QLabel(area.title)
            bar = QProgressBar()
            bar.setRange(0, 100)
            bar.setValue(score or 0)
            # The figure beside the bar, not on it: drawn across the bar's edge it was
            # split between two colours ("7" on the filled part, "3%" on the empty one).
            bar.setTextVisible(False)
            figure = QLabel(
                self.tr("not answered")
                if score is None
                else self.tr("{score} %", "area score").format(score=score)
            )
            figure.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            bar.setAccessibleName(self.tr("{area} score").format(area=area.title))
            bar.setAccessibleDescription(
                self.tr("not answered")
                if score is None
                else self.tr("{score} percent").format(score=score)
            )
            self.scores_grid.addWidget(name, row, 0)
            self.scores_grid.addWidget(bar, row, 1)
            self.scores_grid.addWidget(figure, row, 2)
        _clear(self.fixes_layout)
        self.fix_labels = []
        fixes = top_fixes(wizard.checklist, answers)
        if not fixes:
            nothing = QLabel(
                self.tr("Nothing to fix: every answer was the good one.")
                if answers.items
                else self.tr(
                    "No questions answered, so there is nothing to score yet: go Back "
                    "to answer them."
                )
            )
            nothing.setWordWrap(True)  # unwrapped, the German line ran off the page
            self.fixes_layout.addWidget(nothing)
        for number, fix in enumerate(fixes, start=1):
            label = QLabel(f"<b>{number}. {_escape(fix.action)}</b>")
            label.setWordWrap(True)
            label.setAccessibleName(
                self.tr("Fix {number}: {action}").format(number=number, action=fix.action)
            )
            area_title = wizard.checklist.area(fix.area_id).title
            self.fixes_layout.addWidget(label)
            self.fixes_layout.addWidget(
                _muted(
                    self.tr("{area} · source {source}").format(
                        area=area_title,
                        # Its title, not its id ("OSHA-EC" told a reader nothing).
                        source=_source_title(wizard.checklist, fix.source),
                    )
                )
            )
            self.fix_labels.append(label)
        total = len(run.fixes) if run else 0
        if total > len(fixes):
            left = total - len(fixes)
            more = english_plural(self.tr("%n more in the fix checklist.", "", left), left)
            self.fixes_layout.addWidget(_muted(more))
        _clear(self.changes_layout)
        previous = wizard.previous_run()
        if previous is None:
            self.changes_box.setTitle(self.tr("Since last time"))
            self.changes_layout.addWidget(
                _muted(self.tr("This is your first check. Next time you will see what changed."))
            )
        else:
            self.changes_box.setTitle(
                self.tr("Since {date}").format(date=format_date(previous.completed_at))
            )
            change = compare(wizard.checklist, previous.answers, answers)
            for line in change.sentences(wizard.checklist):
                label = QLabel(localized(line))
                label.setWordWrap(True)
                self.changes_layout.addWidget(label)
        self.status.setText(wizard.save_problem or "")
        has_run = run is not None
        for button in (self.pdf_button, self.print_button, self.checklist_button):
            button.setEnabled(has_run)


class ProposalPage(QWizardPage):
    def __init__(self, wizard: ErgonomicsWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Breaks that suit you"))
        self.setSubTitle(self.tr("Based on your answers, knotbreak suggests these break settings."))
        # Scrolls rather than cuts: with the reasons, the focus notes and the confirmation
        # (longer in German) the page outgrows the wizard's smallest size.
        content = QWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(_scrolling(content))
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 8, 0)
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        layout.addWidget(self.reasons)
        self.now_label = QLabel()
        self.now_label.setWordWrap(True)
        layout.addWidget(self.now_label)
        form = QFormLayout()
        self.interval = QSpinBox()
        self.interval.setRange(30, 60)
        minutes = self.tr(" minutes", "spin box suffix")
        self.interval.setSuffix(minutes)
        self.interval.setAccessibleName(self.tr("Work time between breaks, in minutes"))
        form.addRow(self.tr("&Work between breaks:"), self.interval)
        self.length = QSpinBox()
        self.length.setRange(1, 30)
        self.length.setSuffix(minutes)
        self.length.setAccessibleName(self.tr("Break length, in minutes"))
        for spin in (self.interval, self.length):
            spin.setMaximumWidth(spin.fontMetrics().horizontalAdvance(f"00{minutes}") + 60)
        form.addRow(self.tr("Break &length:"), self.length)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Focus the break exercises on:")))
        self.focus_reasons = _muted("")
        layout.addWidget(self.focus_reasons)
        focus_row = QGridLayout()
        self.focus: dict[FocusArea, QCheckBox] = {}
        for number, area in enumerate(FocusArea):
            label = localized(FOCUS_LABELS[area])
            box = QCheckBox(label)
            box.setAccessibleName(self.tr("Break focus: {area}").format(area=label))
            self.focus[area] = box
            # Two columns: three did not fit "Handgelenke und Unterarme" at the smallest size.
            focus_row.addWidget(box, number // 2, number % 2)
        layout.addLayout(focus_row)
        row = QHBoxLayout()
        self.accept_button = QPushButton(self.tr("&Use these break settings"))
        self.accept_button.setAccessibleName(self.tr("Use these break settings"))
        self.accept_button.clicked.connect(self._accept)
        row.addWidget(self.accept_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.confirmation = QLabel()
        self.confirmation.setWordWrap(True)
        layout.addWidget(self.confirmation)
        self.recheck = _muted("")
        layout.addWidget(self.recheck)
        layout.addStretch(1)
        self.proposal: BreakProposal | None = None

    def initializePage(self) -> None:
        wizard = self.wizard_
        proposal = propose_breaks(
            wizard.checklist,
            wizard.model.answers().relevant(wizard.checklist),
            wizard.current_interval_minutes,
            wizard.current_break_seconds,
        )
        self.proposal = proposal
        lines = [f"• {localized(reason)}" for reason in proposal.reasons]
        self.reasons.setText("\n".join(lines))
        self.now_label.setText(
            self.tr("You have breaks every {interval} minutes for {length} now.").format(
                interval=wizard.current_interval_minutes,
                length=_minutes_text(wizard.current_break_seconds),
            )
        )
        self.focus_reasons.setText(
            "\n".join(self._focus_changes(proposal, wizard.model.answers()))
        )
        self.interval.setValue(proposal.work_interval_minutes)
        self.length.setValue(max(1, round(proposal.break_seconds / 60)))
        # No area to suggest (every answer good, or none given): keep the user's own
        # areas; unticking them all would offer a setting Settings refuses (none chosen).
        ticked = proposal.focus_areas or tuple(wizard.current_focus_areas)
        for area, box in self.focus.items():
            box.setChecked(area in ticked)
        self.confirmation.clear()
        if wizard.on_accept_settings is None:
            self.accept_button.setEnabled(False)
            self.confirmation.setText(
                self.tr("You can change break settings in knotbreak's Settings.")
            )
        due = recheck_due(wizard.clock(), wizard.model.moving_soon)
        self.recheck.setText(
            self.tr(
                "knotbreak will offer this check again around {date}, or sooner "
                "if you tell it you moved desks."
            ).format(date=format_date(due))
        )

    def chosen_settings(self) -> dict[str, object]:
        proposal = self.proposal
        seconds = self.length.value() * 60
        if proposal is not None and self.length.value() == round(proposal.break_seconds / 60):
            seconds = proposal.break_seconds
        return {
            "work_interval_minutes": self.interval.value(),
            "break_seconds": seconds,
            "focus_areas": [area.value for area, box in self.focus.items() if box.isChecked()],
        }

    def _accept(self) -> None:
        callback = self.wizard_.on_accept_settings
        if callback is None:
            return
        settings = self.chosen_settings()
        error = None
        try:
            callback(settings)
        except Exception as problem:  # the caller's error must not lose the user's answers
            error = localized(str(problem)) or problem.__class__.__name__
        if error:
            self.confirmation.setText(
                self.tr(
                    "The break settings could not be saved ({error}). Try again, or set them "
                    "in Settings."
                ).format(error=error)
            )
            return
        # The page now says only what is in force: the old rhythm goes, not left above
        # the new one as if both applied.
        wizard = self.wizard_
        wizard.current_interval_minutes = int(str(settings["work_interval_minutes"]))
        wizard.current_break_seconds = int(str(settings["break_seconds"]))
        wizard.current_focus_areas = tuple(
            FocusArea(str(value)) for value in list(settings["focus_areas"])  # type: ignore[call-overload]
        )
        self.now_label.clear()
        self.confirmation.setText(
            self.tr("Done. Breaks now come every {interval} minutes and last {length}.").format(
                interval=settings["work_interval_minutes"],
                length=_minutes_text(int(str(settings["break_seconds"]))),
            )
        )

    def _focus_changes(self, proposal: BreakProposal, answers: Answers) -> list[str]:
        """Why each break focus is ticked or unticked, where it differs from the settings."""
        wizard = self.wizard_
        current = set(wizard.current_focus_areas)
        proposed = set(proposal.focus_areas)
        lines: list[str] = []
        for area in proposal.focus_areas:
            if area in current:
                continue
            lines.append(
                self.tr("Added {area}: {why}.").format(
                    area=localized(FOCUS_LABELS[area]), why=self._focus_reason(area, answers)
                )
            )
        dropped = [area for area in FocusArea if area in current and area not in proposed]
        if dropped and proposed:
            names = ", ".join(localized(FOCUS_LABELS[area]) for area in dropped)
            lines.append(
                english_plural(
                    self.tr(
                        "Not ticked: %1. The suggestion keeps to the %n areas your answers "
                        "point to most; tick any of them again if you want.",
                        "",
                        MAX_FOCUS_AREAS,
                    ),
                    MAX_FOCUS_AREAS,
                ).replace("%1", names)
            )
        return lines

    def _focus_reason(self, area: FocusArea, answers: Answers) -> str:
        if area in answers.discomfort:
            return self.tr("you said it is uncomfortable now")
        if answers.long_sitting and area is FocusArea.LOW_BACK_HIPS:
            return self.tr("you sit for long stretches")
        if answers.setup is Setup.LAPTOP and area in (FocusArea.NECK_SHOULDERS, FocusArea.EYES):
            return self.tr("you work on a laptop on its own")
        return self.tr("some of your answers to fix point there")


def _minutes_text(seconds: int) -> str:
    if seconds % 60:
        said = core_text.translatable("ProposalPage", "%n second(s)", None, 1).counted(seconds)
    else:
        minutes = seconds // 60
        said = core_text.translatable("ProposalPage", "%n minute(s)", None, 1).counted(minutes)
    return localized(said)


def _source_title(checklist: Checklist, source_id: str) -> str:
    source = checklist.sources.get(source_id)
    return source.title if source is not None else source_id


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _clear(layout: QGridLayout | QVBoxLayout) -> None:
    while layout.count():
        child = layout.takeAt(0)
        widget = None if child is None else child.widget()
        if widget is not None:
            widget.deleteLater()


class ErgonomicsWizard(QWizard):
    def __init__(
        self,
        checklist: Checklist,
        store: ErgonomicsStore,
        *,
        clock: Callable[[], datetime],
        on_accept_settings: Callable[[dict[str, object]], None] | None = None,
        current_interval_minutes: int = 45,
        current_break_seconds: int = 180,
        current_focus_areas: tuple[FocusArea, ...] = tuple(FocusArea),
        store_problem: str | None = None,
        open_checklist: Callable[[], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr(TITLE))
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.checklist = checklist
        self.store = store
        self.clock = clock
        self.on_accept_settings = on_accept_settings
        self.current_interval_minutes = current_interval_minutes
        self.current_break_seconds = current_break_seconds
        self.current_focus_areas = current_focus_areas
        self._open_checklist = open_checklist
        self.run: Run | None = None
        self.save_problem: str | None = None
        self._previous: Run | None = None
        last = store.last_run()
        self.model = AnswerModel.from_answers(last.answers) if last else AnswerModel()
        self._previous = last

        intro = IntroPage(last, store_problem)
        for area in checklist.areas:
            if area.id == "screens":
                self.setPage(PAGE_SETUP, SetupPage(self.model))
                for setup, page_id in SCREEN_PAGE_IDS.items():
                    self.setPage(page_id, AreaPage(self.model, area, setup))
            elif area.id == "habits":
                self.setPage(AREA_PAGE_IDS[area.id], HabitsPage(self.model, area))
            elif area.id == "posture":
                self.setPage(
                    AREA_PAGE_IDS[area.id], AreaPage(self.model, area, side=PostureDiagram())
                )
            elif area.id == "chair":
                self.setPage(AREA_PAGE_IDS[area.id], AreaPage(self.model, area, lead=intro))
            else:
                self.setPage(AREA_PAGE_IDS[area.id], AreaPage(self.model, area))
        self.result_page = ResultPage(self)
        self.setPage(PAGE_RESULT, self.result_page)
        self.proposal_page = ProposalPage(self)
        self.setPage(PAGE_PROPOSAL, self.proposal_page)
        self.setStartId(AREA_PAGE_IDS["chair"])
        self.setMinimumSize(560, 420)
        self._titles = {page_id: self.page(page_id).title() for page_id in self.pageIds()}
        self.currentIdChanged.connect(self._number_page)
        self._number_page(self.startId())

    # Page counter ----------------------------------------------------------------------

    def page_path(self) -> list[int]:
        """The pages this run goes through, as the answers so far steer it (the screens
        page follows the chosen setup; every setup has one, so the count never jumps)."""
        path: list[int] = []
        page_id = self.startId()
        while page_id != -1 and page_id not in path:
            path.append(page_id)
            page_id = self.page(page_id).nextId()
        return path

    def _number_page(self, page_id: int) -> None:
        page = self.page(page_id)
        if page is None:
            return
        path = self.page_path()
        if page_id not in path:
            return
        page.setTitle(
            self.tr("{title} · {number} of {total}").format(
                title=self._titles[page_id], number=path.index(page_id) + 1, total=len(path)
            )
        )

    # Run keeping -----------------------------------------------------------------------

    def previous_run(self) -> Run | None:
        return self._previous

    def save_run(self) -> Run | None:
        """Save the answers (or update this session's run after Back); None if it failed."""
        answers = self.model.answers()
        try:
            if self.run is None:
                self.run = self.store.save_run(self.checklist, answers, self.clock())
            else:
                self.run = self.store.replace_run(
                    self.run.id, self.checklist, answers, self.clock()
                )
            self.save_problem = None
        except ErgonomicsStoreError as error:
            self.save_problem = self.tr("Your results could not be saved: {error}.").format(
                error=localized(str(error))
            )
        return self.run

    # Actions ---------------------------------------------------------------------------

    def save_pdf(self) -> None:
        if self.run is None:
            return
        default = f"workstation-check-{self.run.completed_at.astimezone():%Y-%m-%d}.pdf"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the workstation report"), default, self.tr("PDF files (*.pdf)")
        )
        if not name:
            return
        from pathlib import Path

        path = Path(name if name.lower().endswith(".pdf") else f"{name}.pdf")
        problem = write_pdf(self.checklist, self.run, self._previous, path)
        self.result_page.status.setText(
            problem or self.tr("Saved the report as {path}.").format(path=path)
        )

    def print_report(self) -> None:
        if self.run is not None:
            print_report(self.checklist, self.run, self._previous, self)

    def open_checklist(self) -> None:
        if self._open_checklist is not None:
            self._open_checklist()
