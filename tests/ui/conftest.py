"""Message boxes for the window's tests: every box the app opens (all built as plain-text boxes,
ui/messages.py) is recorded and answered without being shown."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


class MessageBoxes(list):
    """The boxes opened so far, in order; each is answered with ``answer`` (Yes unless a test
    sets No or Cancel)."""

    answer = QMessageBox.StandardButton.Yes

    def texts(self) -> list[str]:
        return [box.text() for box in self]


@pytest.fixture
def message_boxes(monkeypatch) -> MessageBoxes:
    opened = MessageBoxes()

    def answer(box: QMessageBox) -> int:
        opened.append(box)
        return opened.answer

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return opened
