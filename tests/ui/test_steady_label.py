"""The Session tab's status line changes every second without laying out (and so repainting)
the whole window, and still gets the lines a longer text needs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from sole_app.ui.steady_label import SteadyLabel


class LayoutRequests(QObject):
    """Counts the layout requests a window receives."""

    def __init__(self, parent) -> None:
        super().__init__(parent)
        self.count = 0

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def window_with_status(qtbot) -> tuple[QWidget, SteadyLabel]:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("The preview would be here"), 1)  # takes the room left, as there
    status = SteadyLabel("sessionStatus", window)
    layout.addWidget(status)
    window.resize(260, 200)
    window.show()
    qtbot.waitExposed(window)
    return window, status


def test_a_new_second_in_the_status_asks_for_no_layout(qtbot):
    # Given a window whose status line says how long is left
    window, status = window_with_status(qtbot)
    status.set_text("Investigation: 04:55 · running")
    QApplication.processEvents()
    requests = LayoutRequests(window)
    window.installEventFilter(requests)
    # When the seconds go by
    for second in range(54, 44, -1):
        status.set_text(f"Investigation: 04:{second} · running")
        QApplication.processEvents()
    # Then the line shows the last one, and the window was never laid out again for them
    assert status.label.text() == "Investigation: 04:45 · running"
    assert requests.count == 0


def test_a_longer_status_gets_the_lines_it_needs(qtbot):
    # Given a narrow window whose status line holds one line
    window, status = window_with_status(qtbot)
    status.set_text("Question: 04:55")
    qtbot.waitUntil(lambda: status.label.height() >= status.label.heightForWidth(
        status.width()))
    one_line = status.height()
    # When the status needs several lines
    status.set_text("Investigation (phase 2 of 3): 04:55 · nearly over, two minutes left for "
                    "the groups to write what they found")
    # Then the line grows to show all of it, nothing cut off
    qtbot.waitUntil(lambda: status.height() > one_line)
    assert status.label.height() >= status.label.heightForWidth(status.width())
