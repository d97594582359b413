"""The one line of a facilitator's note, with where in the session it was opened."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from sole_app.core.findings.data import MAX_NOTE


class NoteDialog(QDialog):
    """Opened with ``open()``: Enter keeps the note, Esc drops it. ``text()`` once accepted."""

    def __init__(self, title: str, when: str, text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("noteDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        when_label = QLabel(when, self)
        when_label.setObjectName("noteWhen")
        when_label.setTextFormat(Qt.TextFormat.PlainText)
        self.line_edit = QLineEdit(text, self)
        self.line_edit.setObjectName("noteEdit")
        self.line_edit.setMaxLength(MAX_NOTE)
        self.line_edit.setPlaceholderText(self.tr("What you noticed, in one line"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(when_label)
        layout.addWidget(self.line_edit)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.line_edit.text()
