"""A line under the bank's count when the filters hide matches: "3 more questions in other
languages", and a button that shows them in one click."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from sole_app.core.bank.hidden import HiddenMatches


class HiddenMatchesBar(QFrame):
    """Emits show_languages_requested() or clear_filters_requested() from its one button."""

    show_languages_requested = Signal()
    clear_filters_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("hiddenMatches")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(objectName="hiddenMatchesText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.button = QPushButton(objectName="showHiddenButton")
        self.button.clicked.connect(self._clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 4, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self._languages = False
        self.hide()

    def show_hidden(self, hidden: HiddenMatches) -> None:
        """Say what the language filter hides first (the usual surprise), else the others."""
        self._languages = hidden.other_languages > 0
        if self._languages:
            self.label.setText(self.tr("%n more question(s) in other languages", "",
                                       hidden.other_languages))
            self.button.setText(self.tr("Show all languages"))
        elif hidden.other_filters > 0:
            self.label.setText(self.tr("%n more question(s) hidden by the filters", "",
                                       hidden.other_filters))
            self.button.setText(self.tr("Clear the filters"))
        self.setVisible(hidden.any)

    def _clicked(self) -> None:
        if self._languages:
            self.show_languages_requested.emit()
        else:
            self.clear_filters_requested.emit()
