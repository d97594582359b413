"""Adding or changing a group: its nickname, how many children, and (only when the librarian
turned them on) their first names. Never a surname."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sole_app.core.findings.data import MAX_HEAD_COUNT, MAX_NICKNAME


@dataclass(frozen=True)
class GroupDetails:
    nickname: str
    head_count: int | None = None
    first_names: tuple[str, ...] = ()


class GroupDialog(QDialog):
    """Opened with ``open()``; ``details()`` holds what was typed once it is accepted."""

    def __init__(self, title: str, details: GroupDetails, first_names: bool,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("groupDialog")
        self.setWindowTitle(title)
        self._first_names = first_names
        self.nickname_edit = QLineEdit(details.nickname, self)
        self.nickname_edit.setObjectName("nicknameEdit")
        self.nickname_edit.setMaxLength(MAX_NICKNAME)
        self.nickname_edit.selectAll()
        self.head_count_spin = QSpinBox(self)
        self.head_count_spin.setObjectName("headCountSpin")
        self.head_count_spin.setRange(0, MAX_HEAD_COUNT)
        self.head_count_spin.setSpecialValueText("—")
        self.head_count_spin.setValue(details.head_count or 0)
        self.head_count_spin.setToolTip(self.tr("How many children (leave at — if you do not "
                                                "want to count)"))
        self.names_edit = QLineEdit(", ".join(details.first_names), self)
        self.names_edit.setObjectName("firstNamesEdit")
        self.names_edit.setPlaceholderText(self.tr("Ana, Ion, Maria"))
        self._arrange()

    def _arrange(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Group name"), self.nickname_edit)
        form.addRow(self.tr("Children"), self.head_count_spin)
        if self._first_names:
            form.addRow(self.tr("First names"), self.names_edit)
            note = QLabel(self.tr("First names only, separated by commas; never surnames."),
                          self)
            note.setObjectName("firstNamesNote")
            note.setTextFormat(Qt.TextFormat.PlainText)
            note.setWordWrap(True)
            form.addRow(note)
        else:
            self.names_edit.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def details(self) -> GroupDetails:
        names = tuple(name.strip() for name in self.names_edit.text().split(",") if name.strip())
        return GroupDetails(nickname=self.nickname_edit.text(),
                            head_count=self.head_count_spin.value() or None,
                            first_names=names if self._first_names else ())
