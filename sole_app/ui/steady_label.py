"""A word-wrapped line of plain text that changes every second without laying out its window.

A QLabel whose text changes asks its window to lay out again (``updateGeometry``), and on the
Session tab that repainted the whole window once a second: most of the app's idle cost while a
phase runs (bench/bench_idle.py). Qt skips that for a widget of fixed size, so the label here
has the fixed size of the box around it, and the box asks for a new layout only when the new
text needs another size (another line, a longer word), not when "04:55" becomes "04:54". A
hidden twin of the label measures the text (a fixed-size label reports its fixed size).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class SteadyLabel(QWidget):
    """The box a layout holds; ``label`` is the QLabel inside it, read as any label is."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setObjectName(name)
        self._twin = QLabel(self)  # hidden: measures, and asks nobody for a layout
        self._twin.hide()
        for label in (self.label, self._twin):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        # Opaque: its new text repaints it alone, not the window's background beneath it
        self.label.setAutoFillBackground(True)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_text(self, text: str) -> None:
        if text == self.label.text():
            return
        before = self._needs()
        self.label.setText(text)  # the label's size is fixed: no layout asked for
        self._twin.setText(text)
        if self._needs() != before:
            self.updateGeometry()

    def _needs(self) -> tuple:
        return self.sizeHint(), self.minimumSizeHint(), self.heightForWidth(max(1, self.width()))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return self._twin.heightForWidth(width) if self._twin.text() else 0

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self._twin.sizeHint() if self._twin.text() else QSize(0, 0)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self._twin.minimumSizeHint() if self._twin.text() else QSize(0, 0)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.label.setFixedSize(self.size())
        super().resizeEvent(event)
