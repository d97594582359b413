"""The facilitator's reflection on one session (StartSOLE's questions), to fill in or amend.

It takes a session's id, so it serves the end of a session, the Session menu, and the history
of past sessions alike. It opens with what was saved, else with the counts the session suggests
(core's ``reflection_to_edit``). Saving is one undo step. No photos, by design.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sole_app.core.db import Database
from sole_app.core.errors import SoleError
from sole_app.core.findings import operations as findings_operations
from sole_app.core.findings.data import (
    MAX_COUNT,
    PERCENT_FIELDS,
    Agreements,
    Objective,
    ReflectionData,
    Thinking,
)
from sole_app.core.findings.document import session_document
from sole_app.core.findings.reflection import reflection_to_edit
from sole_app.ui.messages import error_message
from sole_app.ui.operations import Operations, elided

NOT_GIVEN = -1  # a spin box at its lowest shows "—": not answered


class ReflectionDialog(QDialog):
    """Opened with ``open()``; Save stores the answers (and closes), Skip or Cancel does not."""

    def __init__(self, database: Database, operations: Operations, session_id: int,
                 parent: QWidget, *, offered: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("reflectionDialog")
        self.setWindowTitle(self.tr("Reflection on the session"))
        self.database, self.operations, self.session_id = database, operations, session_id
        self._build(offered)
        self.show_data(reflection_to_edit(database, session_id))
        self.resize(640, 560)

    def _build(self, offered: bool) -> None:
        self.question_label = self._plain_label("reflectionQuestion")
        self.question_label.setText(self._question())
        self.question_label.setStyleSheet("font-weight: bold")
        self.message_label = self._plain_label("reflectionMessage")
        self.message_label.setStyleSheet("font-weight: bold")
        form_widget = QWidget(self)
        form = QFormLayout(form_widget)
        self._counts(form)
        self._choices(form)
        self._percents(form)
        self._texts(form)
        scroller = QScrollArea(self)  # a small screen scrolls the questions; Save stays
        scroller.setWidget(form_widget)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveReflectionButton")
        skip = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        skip.setObjectName("skipReflectionButton")
        if offered:
            skip.setText(self.tr("Skip for now"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question_label)
        layout.addWidget(scroller, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)

    def _plain_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    def _question(self) -> str:
        try:
            question = session_document(self.database, self.session_id)["session"]["question"]
        except SoleError:
            return ""
        return elided(" ".join(question.split()), 160)

    def _counts(self, form: QFormLayout) -> None:
        self.count_spins = {name: self._spin(f"{name}Spin", MAX_COUNT)
                            for name in ("children", "computers", "groups")}
        row = QHBoxLayout()
        for name, label in (("children", self.tr("Children")),
                            ("computers", self.tr("Computers")), ("groups", self.tr("Groups"))):
            row.addWidget(QLabel(label, self))
            row.addWidget(self.count_spins[name])
        row.addStretch(1)
        form.addRow(self.tr("How many there were"), row)

    def _spin(self, name: str, high: int, suffix: str = "") -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(NOT_GIVEN, high)
        spin.setSpecialValueText("—")
        spin.setSuffix(suffix)
        return spin

    def _choices(self, form: QFormLayout) -> None:
        self.objective_combo = self._combo("objectiveCombo", [
            (Objective.NO, self.tr("Not reached")), (Objective.PARTLY, self.tr("Partly")),
            (Objective.MOSTLY, self.tr("Mostly")), (Objective.FULLY, self.tr("Fully"))])
        form.addRow(self.tr("Was the objective reached?"), self.objective_combo)
        self.objective_why_edit = self._text("objectiveWhyEdit", self.tr("Why?"))
        form.addRow(self.tr("Why"), self.objective_why_edit)
        self.thinking_combo = self._combo("thinkingCombo", [
            (Thinking.RECALL, self.tr("Recall: remembering facts")),
            (Thinking.SKILLS_CONCEPTS, self.tr("Skills and concepts")),
            (Thinking.STRATEGIC, self.tr("Strategic thinking")),
            (Thinking.EXTENDED, self.tr("Extended thinking"))])
        form.addRow(self.tr("Main kind of thinking"), self.thinking_combo)
        self.agreements_combo = self._combo("agreementsCombo", [
            (Agreements.YES, self.tr("Yes")), (Agreements.PARTLY, self.tr("Partly", "agreements")),
            (Agreements.NO, self.tr("No"))])
        form.addRow(self.tr("Were the agreements followed?"), self.agreements_combo)

    def _combo(self, name: str, choices: list[tuple[object, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem("—", None)
        for value, words in choices:
            combo.addItem(words, value)
        return combo

    def _percents(self, form: QFormLayout) -> None:
        labels = {"engagement": self.tr("Engagement"),
                  "collaboration": self.tr("Collaboration"),
                  "technology": self.tr("Use of technology"),
                  "communication": self.tr("Communication")}
        self.percent_spins: dict[str, QSpinBox] = {}
        self.percent_sliders: dict[str, QSlider] = {}
        hint = self._plain_label("percentHint")
        hint.setText(self.tr("The share of children you saw engaged, collaborating, using "
                             "technology well and communicating (0 to 100 %)"))
        form.addRow(hint)
        for name in PERCENT_FIELDS:
            spin = self._spin(f"{name}Spin", 100, " %")
            slider = QSlider(Qt.Orientation.Horizontal, self)
            slider.setObjectName(f"{name}Slider")
            slider.setRange(0, 100)
            slider.setPageStep(10)
            slider.valueChanged.connect(spin.setValue)
            spin.valueChanged.connect(lambda value, moved=slider: _follow(moved, value))
            row = QHBoxLayout()
            row.addWidget(slider, 1)
            row.addWidget(spin)
            form.addRow(labels[name], row)
            self.percent_spins[name], self.percent_sliders[name] = spin, slider

    def _texts(self, form: QFormLayout) -> None:
        self.change_edit = self._text("changeNextTimeEdit", self.tr("What to change next time"))
        form.addRow(self.tr("Next time"), self.change_edit)
        self.notes_edit = self._text("reflectionNotesEdit", self.tr("Anything else"))
        form.addRow(self.tr("Notes"), self.notes_edit)

    def _text(self, name: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(64)
        return edit

    # --- data in and out ---------------------------------------------------------------------

    def show_data(self, data: ReflectionData) -> None:
        for name, spin in {**self.count_spins, **self.percent_spins}.items():
            value = getattr(data, name)
            spin.setValue(NOT_GIVEN if value is None else value)
        for combo, value in ((self.objective_combo, data.objective),
                             (self.thinking_combo, data.thinking),
                             (self.agreements_combo, data.agreements)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.objective_why_edit.setPlainText(data.objective_why)
        self.change_edit.setPlainText(data.change_next_time)
        self.notes_edit.setPlainText(data.notes)

    def data(self) -> ReflectionData:
        def number(spin: QSpinBox) -> int | None:
            return None if spin.value() == NOT_GIVEN else spin.value()

        return ReflectionData(
            **{name: number(spin) for name, spin in self.count_spins.items()},
            **{name: number(spin) for name, spin in self.percent_spins.items()},
            objective=self.objective_combo.currentData(),
            objective_why=self.objective_why_edit.toPlainText(),
            thinking=self.thinking_combo.currentData(),
            agreements=self.agreements_combo.currentData(),
            change_next_time=self.change_edit.toPlainText(), notes=self.notes_edit.toPlainText())

    def accept(self) -> None:
        """Save as one undo step; a refusal keeps the dialog open, saying why."""
        data = self.data()
        try:
            self.operations.run(self.tr("edit the reflection"),
                                lambda: findings_operations.save_reflection(
                                    self.database, self.session_id, data))
        except SoleError as error:
            self.message_label.setText(error_message(error))
            return
        super().accept()


def _follow(slider: QSlider, value: int) -> None:
    """The slider shows the number typed ("—" leaves it at the start)."""
    slider.blockSignals(True)
    slider.setValue(max(0, value))
    slider.blockSignals(False)
