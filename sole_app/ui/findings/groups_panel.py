"""The groups on the Session tab: the list, its buttons, group turn, and the chosen group's record
as it stands (read-only here; children type in group turn).

A humble view: the GroupsController says what to show and decides what the buttons do.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sole_app.core.findings.views import GroupEntry
from sole_app.ui.findings.actions import FindingsActions
from sole_app.ui.findings.safe_view import SafeTextView
from sole_app.ui.findings.words import FindingsWords

ID_ROLE = Qt.ItemDataRole.UserRole


class GroupsPanel(QWidget):
    """Emits current_changed() when another group is chosen."""

    current_changed = Signal()

    def __init__(self, actions: FindingsActions, words: FindingsWords,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupsPanel")
        self._words = words
        self.count_label = self._line("groupsCount")
        self.count_label.setStyleSheet("font-weight: bold")
        self.hint_label = self._line("groupsHint")
        self.message_label = self._line("groupsMessage")
        self.message_label.setStyleSheet("font-weight: bold")
        self.group_list = QListWidget(self)
        self.group_list.setObjectName("groupList")
        self.group_list.setAccessibleName(self.tr("Groups"))
        self.group_list.currentItemChanged.connect(lambda *_: self.current_changed.emit())
        self.group_list.itemDoubleClicked.connect(lambda _item: actions.group_turn.trigger())
        self.summary = SafeTextView(self)
        self.summary.setObjectName("groupSummary")
        self._arrange(actions)

    def _line(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _arrange(self, actions: FindingsActions) -> None:
        buttons = QGridLayout()
        for index, action in enumerate(actions.group_actions()):
            buttons.addWidget(self._button(action), index // 3, index % 3)
        turn = keyed_button(actions.group_turn, self)
        turn.setMinimumHeight(40)
        font = turn.font()
        font.setBold(True)
        turn.setFont(font)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.count_label)
        top_layout.addWidget(self.hint_label)
        top_layout.addWidget(self.group_list, 1)
        top_layout.addLayout(buttons)
        top_layout.addWidget(turn)
        top_layout.addWidget(self.message_label)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("groupsSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(self.summary)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self.group_list.setMinimumHeight(72)
        self.summary.setMinimumHeight(60)

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(action.objectName().replace("Action", "Button"))
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setMinimumHeight(32)
        return button

    # --- what the controller uses --------------------------------------------------------------

    def show_groups(self, entries: Sequence[GroupEntry], select_id: int | None,
                    first_names: bool, planned: bool) -> None:
        """List the groups (keeping ``select_id`` chosen, else the first)."""
        self.group_list.blockSignals(True)
        self.group_list.clear()
        for entry in entries:
            item = QListWidgetItem(self._row(entry, first_names))
            item.setData(ID_ROLE, entry.id)
            self.group_list.addItem(item)
        self.group_list.blockSignals(False)
        ids = [entry.id for entry in entries]
        self.group_list.setCurrentRow(ids.index(select_id) if select_id in ids else
                                      0 if ids else -1)
        self.count_label.setText(self._words.group_count(len(entries)))
        self.hint_label.setText(
            self.tr("For the next session: set the groups up now, or once it runs.")
            if planned else
            self.tr("Children change groups freely: add, merge or remove groups at any time."))
        self.current_changed.emit()

    def _row(self, entry: GroupEntry, first_names: bool) -> str:
        parts = [entry.group.nickname]
        if entry.group.head_count is not None:
            parts.append(self._words.children_count(entry.group.head_count))
        if entry.record.content.certainty is not None:
            parts.append(self._words.certainty(entry.record.content.certainty))
        if first_names and entry.group.first_names:
            parts.append(", ".join(entry.group.first_names))
        return " · ".join(parts)

    def current_id(self) -> int | None:
        item = self.group_list.currentItem()
        return None if item is None else item.data(ID_ROLE)

    def current_row(self) -> int:
        return self.group_list.currentRow()

    def show_summary(self, markdown: str) -> None:
        """The chosen group's record, formatted through the one safe Markdown path."""
        self.summary.show_markdown(markdown)

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)

    def ask_to_remove(self, nickname: str) -> bool:
        return ask_yes_no(self, self.tr("Remove the group?"), self.tr(
            "Remove “{name}” and everything it found?\n\nYou can bring it back with Undo "
            "(Ctrl+Z).").format(name=nickname))

    def choose_group(self, nickname: str, others: list[str]) -> int | None:
        """Which of ``others`` the group joins (its index), or None."""
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Merge groups"))
        label = QLabel(self.tr("The children of “{name}” joined which group? It keeps "
                               "everything both groups found.").format(name=nickname), dialog)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        combo = QComboBox(dialog)
        combo.setObjectName("mergeTargetCombo")
        combo.addItems(others)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, dialog)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        for widget in (label, combo, buttons):
            layout.addWidget(widget)
        return combo.currentIndex() if dialog.exec() == QDialog.DialogCode.Accepted else None


def keyed_button(action: QAction, parent: QWidget) -> QPushButton:
    """A button for ``action`` whose words say its key too: "Group turn (F6)"."""
    text = action.text().replace("&", "").rstrip("…")
    key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    button = QPushButton(f"{text} ({key})" if key else text, parent)
    button.setObjectName(action.objectName().replace("Action", "Button"))
    button.setToolTip(action.toolTip())
    button.setEnabled(action.isEnabled())
    button.clicked.connect(action.trigger)
    action.enabledChanged.connect(button.setEnabled)
    return button


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    """A yes-or-no question whose text (with a name a child typed) shows as plain text."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
