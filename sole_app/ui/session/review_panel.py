"""The Review's side of the Session tab, for the librarian's eyes only: how many groups the
projector shows at once, whether it shows the glow and grow, the new questions (one marked and
sent to the bank), and each group's glow and grow. A humble view; ReviewDriver holds the
behaviour."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sole_app.core.findings.data import MAX_FEEDBACK
from sole_app.core.session.review import MAX_PER_SCREEN, ReviewGroup, WallLine


def _plain(parent: QWidget, name: str, text: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class ReviewPanel(QWidget):
    """See the module's docstring. Signals carry what the librarian did."""

    per_screen_chosen = Signal(int)
    feedback_shown = Signal(bool)
    question_marked = Signal(object)  # (group_id, index) or None
    send_requested = Signal()
    feedback_saved = Signal(int, str, str)  # group id, glow, grow

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        self.per_screen_spin = QSpinBox(self)
        self.per_screen_spin.setObjectName("perScreenSpin")
        self.per_screen_spin.setRange(1, MAX_PER_SCREEN)
        self.feedback_check = QCheckBox(self.tr("Show them on the projector"), self)
        self.feedback_check.setObjectName("showFeedbackCheck")
        self.questions_list = QListWidget(self)
        self.questions_list.setObjectName("wallQuestions")
        self.send_button = QPushButton(self.tr("Send the marked question to the bank"), self)
        self.send_button.setObjectName("sendToBankButton")
        self.send_button.setEnabled(False)
        self.group_combo = QComboBox(self)
        self.group_combo.setObjectName("feedbackGroup")
        self.group_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.glow_edit = self._line("glowEdit", self.tr("What was good"))
        self.grow_edit = self._line("growEdit", self.tr("What to try next"))
        self.save_button = QPushButton(self.tr("Save glow and grow"), self)
        self.save_button.setObjectName("saveFeedbackButton")
        self.message_label = _plain(self, "reviewMessage")
        self._groups: dict[int, ReviewGroup] = {}
        self._arrange()
        self._connect()

    def help_text(self) -> str:
        """How the keys walk the Review: the Session tab shows it under the buttons."""
        return self.tr(
            "In the Review the clicker walks it: Page Down or \u2192 shows the next group, then "
            "the new questions, then the question again; Page Up or \u2190 goes back (before the "
            "first group: back to the Investigation). Keys 1 to 4: how many groups at once. "
            "B or . blacks out. The session ends only with End the session.")

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setMaxLength(MAX_FEEDBACK)
        return edit

    def _arrange(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Groups at once:"), self.per_screen_spin)
        feedback = QFormLayout()
        feedback.addRow(self.tr("Group:"), self.group_combo)
        feedback.addRow(self.tr("Glow:"), self.glow_edit)
        feedback.addRow(self.tr("Grow:"), self.grow_edit)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(_plain(self, "wallHeading", self.tr(
            "New questions (the one you choose is starred on the wall):")))
        column.addWidget(self.questions_list, 1)
        column.addWidget(self.send_button)
        column.addWidget(_plain(self, "feedbackHeading", self.tr(
            "Glow and grow, for each group (seen only here unless you tick this):")))
        column.addWidget(self.feedback_check)
        column.addLayout(feedback)
        column.addWidget(self.save_button)
        column.addWidget(self.message_label)

    def _connect(self) -> None:
        self.per_screen_spin.valueChanged.connect(self.per_screen_chosen)
        self.feedback_check.toggled.connect(self.feedback_shown)
        self.questions_list.currentItemChanged.connect(self._marked)
        self.send_button.clicked.connect(self.send_requested)
        self.group_combo.currentIndexChanged.connect(self._show_feedback)
        self.save_button.clicked.connect(self._save)

    # --- what the driver uses ---------------------------------------------------------------

    def show_groups(self, groups: tuple[ReviewGroup, ...], lines: tuple[WallLine, ...]) -> None:
        """The groups' new questions and feedback as they are now (the marked one kept)."""
        self._groups = {group.group_id: group for group in groups}
        self._fill_questions(lines)
        chosen = self.group_combo.currentData()
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        for group in groups:
            self.group_combo.addItem(group.name, group.group_id)
        index = self.group_combo.findData(chosen)
        self.group_combo.setCurrentIndex(max(0, index))
        self.group_combo.blockSignals(False)
        if index < 0 or not (self.glow_edit.hasFocus() or self.grow_edit.hasFocus()):
            self._show_feedback()
        self.save_button.setEnabled(bool(groups))

    def _fill_questions(self, lines: tuple[WallLine, ...]) -> None:
        self.questions_list.blockSignals(True)
        self.questions_list.clear()
        for line in lines:
            item = QListWidgetItem(f"{line.question} \u2014 {line.group_name}")
            item.setData(Qt.ItemDataRole.UserRole, line.key)
            self.questions_list.addItem(item)
            if line.marked:
                self.questions_list.setCurrentItem(item)
        self.questions_list.blockSignals(False)
        self.send_button.setEnabled(any(line.marked for line in lines))

    def set_per_screen(self, count: int) -> None:
        self.per_screen_spin.blockSignals(True)
        self.per_screen_spin.setValue(count)
        self.per_screen_spin.blockSignals(False)

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)

    # --- inside -----------------------------------------------------------------------------

    def _marked(self, item: QListWidgetItem | None) -> None:
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.send_button.setEnabled(key is not None)
        self.question_marked.emit(tuple(key) if key is not None else None)

    def _show_feedback(self) -> None:
        group = self._groups.get(self.group_combo.currentData())
        self.glow_edit.setText(group.glow if group else "")
        self.grow_edit.setText(group.grow if group else "")

    def _save(self) -> None:
        group_id = self.group_combo.currentData()
        if group_id is not None:
            self.feedback_saved.emit(group_id, self.glow_edit.text(), self.grow_edit.text())
