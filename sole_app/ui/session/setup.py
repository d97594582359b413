"""The left side of the Session tab: the question (typed or from the bank) and the plan."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sole_app.core.bank.reading import question_choices
from sole_app.core.db import Database
from sole_app.core.errors import SoleError
from sole_app.core.markup import to_plain
from sole_app.core.session import runner
from sole_app.core.session.plan import MAX_COUNT, Plan
from sole_app.core.settings import MAX_PHASE_MINUTES, AppSettings, Phase
from sole_app.ui.phases import phase_name

BANK_LIST_LIMIT = 500


@dataclass(frozen=True)
class Draft:
    """The next session as it is being prepared: kept across a rebuild of the window."""

    question: str
    question_id: int | None
    plan: Plan


class SessionSetup(QWidget):
    """Edits the question and the plan of the next session."""

    question_changed = Signal()
    plan_changed = Signal()  # a minute or a count was changed

    def __init__(self, database: Database, settings: AppSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("sessionSetup")
        self._database = database
        self._settings = settings
        self.question_id: int | None = None
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._question_group())
        layout.addWidget(self._plan_group())
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("startButton")
        self.start_button.setMinimumHeight(48)
        font = self.start_button.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.start_button.setFont(font)
        layout.addWidget(self.start_button)
        layout.addStretch(1)
        self.reset_minutes()
        self.refresh_bank()

    def _question_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Big question"), self)
        layout = QVBoxLayout(group)
        self.bank_combo = _RefreshingCombo(self.refresh_bank, group)
        self.bank_combo.setObjectName("bankCombo")
        self.bank_combo.setToolTip(self.tr("Pick a question from the bank"))
        self.bank_combo.setAccessibleName(self.tr("Question from the bank"))
        self.bank_combo.activated.connect(self._bank_question_chosen)
        self.question_edit = QPlainTextEdit(group)
        self.question_edit.setObjectName("questionEdit")
        self.question_edit.setAccessibleName(self.tr("The big question"))
        self.question_edit.setPlaceholderText(
            self.tr("Type the big question, or pick one from the bank above"))
        self.question_edit.setTabChangesFocus(True)
        self.question_edit.setMaximumHeight(120)
        self.question_edit.textChanged.connect(self._question_edited)
        self.source_label = QLabel(group)
        self.source_label.setTextFormat(Qt.TextFormat.PlainText)
        self.source_label.setObjectName("questionSourceLabel")
        layout.addWidget(self.bank_combo)
        layout.addWidget(self.question_edit)
        layout.addWidget(self.source_label)
        return group

    def _plan_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Plan for this session"), self)
        form = QFormLayout(group)
        self.minute_spins: list[QSpinBox] = []
        for phase in Phase:
            spin = self._spin(f"{phase}PlanSpin", 1, MAX_PHASE_MINUTES,
                              self.tr("Minutes for this phase in this session"))
            spin.setSuffix(self.tr(" min"))
            self.minute_spins.append(spin)
            form.addRow(phase_name(phase), spin)
        tip = self.tr("Planned number (leave at — if you do not know yet)")
        self.children_spin = self._spin("childrenSpin", 0, MAX_COUNT, tip)
        self.computers_spin = self._spin("computersSpin", 0, MAX_COUNT, tip)
        self.groups_spin = self._spin("groupsSpin", 0, MAX_COUNT, tip)
        form.addRow(self.tr("Children"), self.children_spin)
        form.addRow(self.tr("Computers"), self.computers_spin)
        form.addRow(self.tr("Groups"), self.groups_spin)
        for spin in (self.children_spin, self.computers_spin, self.groups_spin):
            spin.setSpecialValueText("—")
        return group

    def _spin(self, name: str, low: int, high: int, tip: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setToolTip(tip)
        spin.setAccessibleName(tip)
        spin.valueChanged.connect(lambda _value: self.plan_changed.emit())
        return spin

    # --- the question ----------------------------------------------------------------------------

    def question_text(self) -> str:
        return self.question_edit.toPlainText().strip()

    def set_question(self, text: str, question_id: int | None) -> None:
        self._filling = True
        self.question_edit.setPlainText(text)
        self._filling = False
        self.question_id = question_id
        self._show_source()
        self._select_in_bank()
        self.question_changed.emit()

    def _select_in_bank(self) -> None:
        if self.question_id is not None and self.bank_combo.findData(self.question_id) < 0:
            self.refresh_bank()
        self.bank_combo.setCurrentIndex(max(0, self.bank_combo.findData(self.question_id)))

    def _question_edited(self) -> None:
        if not self._filling and self.question_id is not None:
            self.question_id = None  # edited: now it is the librarian's own question
            self._show_source()
            self.bank_combo.setCurrentIndex(0)
        self.question_changed.emit()

    def _show_source(self) -> None:
        self.source_label.setText(
            self.tr("From the question bank") if self.question_id is not None else "")

    def refresh_bank(self) -> None:
        """List the bank's questions, favourites first (re-read each time the list opens)."""
        self.bank_combo.clear()
        self.bank_combo.addItem(self.tr("— Choose from the question bank —"), None)
        for question_id, text in question_choices(self._database, BANK_LIST_LIMIT):
            self.bank_combo.addItem(_one_line(to_plain(text)), question_id)
        self.bank_combo.setCurrentIndex(max(0, self.bank_combo.findData(self.question_id)))

    def _bank_question_chosen(self, index: int) -> None:
        question_id = self.bank_combo.itemData(index)
        if question_id is None:
            return
        try:
            text = runner.question_text(self._database, question_id)
        except SoleError:
            return  # deleted since the list was read: nothing to put in the plan
        self.set_question(text, question_id)

    # --- the plan --------------------------------------------------------------------------------

    def reset_minutes(self) -> None:
        """Fill the minutes with the librarian's defaults from the settings."""
        for spin, minutes in zip(self.minute_spins, self._settings.phase_minutes.in_order(),
                                 strict=True):
            spin.setValue(minutes)

    def plan_seconds(self) -> tuple[int, ...]:
        return tuple(spin.value() * 60 for spin in self.minute_spins)

    def draft(self) -> Draft:
        return Draft(self.question_edit.toPlainText(), self.question_id, self.plan())

    def restore(self, draft: Draft) -> None:
        self.set_question(draft.question, draft.question_id)
        self.set_plan(draft.plan)

    def set_plan(self, plan: Plan) -> None:
        for spin, minutes in zip(self.minute_spins, plan.phase_minutes, strict=True):
            spin.setValue(minutes)
        for spin, count in ((self.children_spin, plan.children),
                            (self.computers_spin, plan.computers),
                            (self.groups_spin, plan.groups)):
            spin.setValue(count or 0)  # 0 reads "—": not given

    def plan(self) -> Plan:
        def count(spin: QSpinBox) -> int | None:
            return spin.value() or None

        return Plan(phase_minutes=tuple(spin.value() for spin in self.minute_spins),
                    children=count(self.children_spin), computers=count(self.computers_spin),
                    groups=count(self.groups_spin))


class _RefreshingCombo(QComboBox):
    """A combo box that re-reads its items just before its list opens."""

    def __init__(self, refresh, parent: QWidget) -> None:
        super().__init__(parent)
        self._refresh = refresh

    def showPopup(self) -> None:  # noqa: N802 (Qt's name)
        self._refresh()
        super().showPopup()


def _one_line(text: str, limit: int = 90) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
