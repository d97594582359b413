"""The real main window, as the app builds it, with a session to put groups and notes in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from sole_app import app
from sole_app.ui.findings.wiring import FindingsFeature
from tests.ui.windows import session_controller, session_page

QUESTION = "De ce avem nevoie de somn?"


def findings_of(window) -> FindingsFeature:
    return next(feature for feature in window.features() if isinstance(feature, FindingsFeature))


@pytest.fixture
def open_window(qtbot, data_paths, monkeypatch):
    """Opens the app's main window on the test's data folder; a session left running is
    resumed (Yes), as the librarian would."""
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Yes)
    opened = []

    def open_it():
        window = app.build_main_window(data_paths)
        qtbot.addWidget(window)
        window.resize(1024, 600)
        window.show()
        assert app.load_into(window)
        qtbot.waitUntil(window.isActiveWindow)  # shortcuts work in the active window only
        opened.append(window)
        return window

    yield open_it
    for window in opened:
        if window.database is not None:
            window.database.close()


@pytest.fixture
def window(open_window):
    return open_window()


def start_session(window, question: str = QUESTION):
    """Type the question and press Start, as the librarian does."""
    page = session_page(window)
    page.setup.question_edit.setPlainText(question)
    page.setup.start_button.click()
    controller = session_controller(window)
    assert controller.runner is not None
    return controller


def add_group(qtbot, window, nickname: str | None = None, head_count: int = 0) -> int:
    """Click Add a group, keep or type the name, OK; returns the new group's id."""
    findings = findings_of(window)
    findings.actions.add.trigger()
    dialog = findings.groups.dialog
    qtbot.waitUntil(dialog.isVisible)
    if nickname is not None:
        dialog.nickname_edit.setText(nickname)
    dialog.head_count_spin.setValue(head_count)
    qtbot.keyClick(dialog.nickname_edit, Qt.Key.Key_Return)
    return findings.groups_panel.current_id()


def nicknames(window) -> list[str]:
    panel = findings_of(window).groups_panel
    return [panel.group_list.item(row).text().split(" · ")[0]
            for row in range(panel.group_list.count())]
