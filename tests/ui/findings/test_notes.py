"""The facilitator's notes: Ctrl+N on the Session tab, with the phase and the time into it,
listed for her and never shown to the room."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from sole_app.core.findings.notes import notes_of
from sole_app.core.session.timefmt import format_remaining
from tests.ui.findings.conftest import findings_of, start_session
from tests.ui.windows import bank_feature, session_page


def write_note(qtbot, window, text: str, on=None):
    """Ctrl+N where the librarian is, type the line, Enter."""
    findings = findings_of(window)
    qtbot.keyClick(on or session_page(window), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = findings.notes.dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    qtbot.keyClicks(dialog.line_edit, text)
    qtbot.keyClick(dialog.line_edit, Qt.Key.Key_Return)
    return dialog


def test_ctrl_n_notes_the_phase_and_the_time_into_it(qtbot, window):
    controller = start_session(window)
    controller.next_phase()
    # When the librarian presses Ctrl+N and types a line (Space and B type in it, as words do)
    dialog = write_note(qtbot, window, "Group B found a good video")
    # Then the note is stored with the phase and the time into it that the note showed
    (note,) = notes_of(window.database, controller.runner.session_id)
    assert note.text == "Group B found a good video" and note.phase_key == "investigation"
    shown = f"Investigation {format_remaining(note.seconds_into_phase)}"
    assert dialog.findChild(QLabel, "noteWhen").text() == shown
    # And the timer was not paused nor blacked out by what she typed
    assert not controller.runner.paused and not controller.blacked_out
    # And the Notes tab lists it with its phase and time
    panel = findings_of(window).notes_panel
    assert panel.note_list.item(0).text() == f"{shown} — Group B found a good video"


def test_notes_never_reach_the_projector(qtbot, window):
    controller = start_session(window)
    presenter = controller.presenter
    seen = []
    presenter_set_state = presenter.set_state
    presenter.set_state = lambda state: seen.append(state) or presenter_set_state(state)
    presenter.start_presenting()
    projector = presenter.projector_window()
    qtbot.waitUntil(projector.isVisible)
    # When a note is written while the room watches
    write_note(qtbot, window, "Ioana is shy today")
    controller.refresh()
    # Then no state given to the stage, and nothing drawn on the projector, holds it
    assert seen and all("Ioana" not in repr(state) for state in seen)
    drawn = " ".join(label.text() for label in projector.findChildren(QLabel))
    assert "Ioana" not in drawn
    presenter.stop_presenting()


def test_ctrl_n_on_the_bank_tab_is_still_a_new_question(qtbot, window):
    window.pages.setCurrentIndex(1)
    bank = bank_feature(window)
    bank.panel.list_view.setFocus()
    qtbot.keyClick(bank.panel.list_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bank.controller.editor is not None)
    assert findings_of(window).notes.dialog is None
    bank.controller.editor.reject()


def test_a_note_before_the_start_is_outside_the_phases_and_belongs_to_the_next_session(
        qtbot, window):
    write_note(qtbot, window, "Warm-up game first")
    findings = findings_of(window)
    assert findings.notes_panel.note_list.item(0).text() == (
        "Outside the phases — Warm-up game first")
    planned_id = findings.current.session_id
    assert start_session(window).runner.session_id == planned_id


def test_a_note_is_edited_and_deleted_and_each_is_undone(qtbot, window):
    start_session(window)
    write_note(qtbot, window, "First try")
    findings = findings_of(window)
    panel = findings.notes_panel
    panel.note_list.setCurrentRow(0)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    dialog = findings.notes.dialog
    dialog.line_edit.setText("Second try")
    dialog.accept()
    assert panel.note_list.item(0).text().endswith("— Second try")
    panel.note_list.setCurrentRow(0)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert panel.note_list.count() == 0 and "Undo" in panel.message_label.text()
    assert window.undo_action.text() == "&Undo delete note “Second try”"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert panel.note_list.item(0).text().endswith("— First try")


def test_while_presenting_the_banks_search_field_still_types_space_and_b(qtbot, window):
    # Given a session presented, so the clicker's plain keys work on every tab
    controller = start_session(window)
    controller.presenter.start_presenting()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.pages.setCurrentIndex(1)
    search = bank_feature(window).panel.search_box
    search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search)
    # When the librarian types in the bank's search box
    qtbot.keyClicks(search, "a b.")
    # Then the letters arrive, and the session was not paused nor blacked out
    assert search.text() == "a b."
    assert not controller.runner.paused and not controller.blacked_out
    # While Page Down, which types nothing, still moves the phase
    qtbot.keyClick(search, Qt.Key.Key_PageDown)
    assert controller.runner.phase_index == 1 and search.text() == "a b."
    controller.presenter.stop_presenting()
