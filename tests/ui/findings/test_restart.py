"""A finding shows, with its group, in the running session after the app restarts."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.findings.conftest import add_group, findings_of, nicknames, start_session
from tests.ui.findings.test_group_turn import open_turn
from tests.ui.windows import session_controller


def test_a_finding_is_back_with_its_group_in_the_resumed_session(qtbot, open_window):
    # Given a running session in which a group typed a finding
    window = open_window()
    session_id = start_session(window).runner.session_id
    add_group(qtbot, window, "Bufnițele", head_count=4)
    turn = open_turn(qtbot, window)
    qtbot.keyClicks(turn.editor.found_edit, "Sleep cleans the brain.")
    turn.editor.questions_edit.setFocus()
    qtbot.keyClicks(turn.editor.questions_edit, "Why do we dream?")
    # When the app closes and opens again, and the librarian resumes the session
    window.close()
    window.database.close()
    again = open_window()
    # Then the same session runs, with the group and every word of its finding
    assert session_controller(again).runner.session_id == session_id
    assert nicknames(again) == ["Bufnițele"]
    summary = findings_of(again).groups_panel.summary.toPlainText()
    assert "Sleep cleans the brain." in summary and "Why do we dream?" in summary
    # And group turn opens on it, ready to go on typing
    reopened = open_turn(qtbot, again)
    assert reopened.editor.found_edit.toPlainText() == "Sleep cleans the brain."
    qtbot.keyClick(reopened.editor.found_edit, Qt.Key.Key_Escape)
