"""A quiet line under the list that says what just happened, with Undo after a delete."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton


class NoticeBar(QFrame):
    undo_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("bankNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(objectName="noticeText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # it names files and questions
        self.label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo"), objectName="undoButton")
        self.undo_button.setToolTip(self.tr("Bring back the deleted question (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_requested)
        close = QToolButton(objectName="noticeClose", text="×")
        close.setToolTip(self.tr("Hide this message"))
        close.setAccessibleName(self.tr("Hide this message"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(close)
        self.hide()

    def show_message(self, text: str, undo: bool = False) -> None:
        self.label.setText(text)
        self.undo_button.setVisible(undo)
        self.show()
