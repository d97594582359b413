"""Group turn: children type their record on the laptop's full screen; keys type, the clicker
still drives the session, and nothing typed is lost."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from sole_app.core.findings.data import Certainty
from sole_app.core.findings.errors import FindingsNotSaved
from sole_app.core.findings.records import get_record
from sole_app.ui.findings import record_saver
from tests.ui.findings.conftest import add_group, findings_of, start_session


def open_turn(qtbot, window):
    """F6 on the main window, as the librarian presses it."""
    findings = findings_of(window)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    qtbot.waitUntil(findings.turn.window.isVisible)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is findings.turn.window.editor.found_edit)
    return findings.turn.window


def stored(window, group_id):
    return get_record(window.database, group_id).content


def test_f6_fills_the_screen_with_the_chosen_groups_record_and_esc_gives_it_back(qtbot, window):
    start_session(window)
    add_group(qtbot, window, "Bufnițele")
    foxes = add_group(qtbot, window, "Vulpile")
    # Given Vulpile chosen in the list, When the librarian presses F6
    turn = open_turn(qtbot, window)
    # Then group turn shows Vulpile, large, with the countdown small in its corner
    assert turn.name_label.text() == "Vulpile" and turn.position_label.text() == "Group 2 of 2"
    assert turn.isFullScreen()
    assert turn.clock_label.text().startswith("Question · 0")
    assert turn.editor.found_edit.font().pixelSize() >= 17
    assert findings_of(window).turn.saver.group_id == foxes
    # When Esc is pressed, Then the laptop's screen is the librarian's again
    qtbot.keyClick(turn.editor.found_edit, Qt.Key.Key_Escape)
    assert not turn.isVisible()


def test_children_type_their_record_as_they_would_and_every_field_is_saved(qtbot, window):
    start_session(window)
    owls = add_group(qtbot, window, "Bufnițele")
    turn = open_turn(qtbot, window)
    editor = turn.editor
    # When a child types what they found, where, how sure and a new question
    qtbot.keyClicks(editor.found_edit, "Sleep helps the **brain** remember.")
    qtbot.keyClick(editor.found_edit, Qt.Key.Key_Tab)  # Tab goes on to the next field
    qtbot.keyClicks(editor.sources_edit, "https://kids.example.org/sleep")
    qtbot.keyClick(editor.sources_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.sources_edit, "Our biology book")
    qtbot.mouseClick(editor.certainty_buttons[Certainty.FAIRLY_SURE], Qt.MouseButton.LeftButton)
    editor.questions_edit.setFocus()
    qtbot.keyClicks(editor.questions_edit, "Why do we dream?")
    # Then the preview formats it, and all of it is stored soon after, without any step
    qtbot.waitUntil(lambda: "the brain remember" in editor.preview.toPlainText())
    qtbot.waitUntil(lambda: stored(window, owls).new_questions == ("Why do we dream?",),
                    timeout=3000)
    content = stored(window, owls)
    assert content.found == "Sleep helps the **brain** remember."
    assert content.sources == ("https://kids.example.org/sleep", "Our biology book")
    assert content.certainty == Certainty.FAIRLY_SURE
    # And the focus never left the fields: the certainty buttons take none
    assert QApplication.focusWidget() is editor.questions_edit
    # And typing is not an undo step (the field's own Ctrl+Z undoes typing)
    assert window.undo_action.text() == "&Undo add group “Bufnițele”"


def test_space_right_b_and_dot_type_in_a_field_while_the_timer_runs_on(qtbot, window):
    controller = start_session(window)
    add_group(qtbot, window, "Bufnițele")
    turn = open_turn(qtbot, window)
    field = turn.editor.found_edit
    shown = turn.clock_label.text()
    # When a child types a word, Space, Left, Right, B and . in the field
    qtbot.keyClicks(field, "ab")
    qtbot.keyClick(field, Qt.Key.Key_Left)
    qtbot.keyClick(field, Qt.Key.Key_Space)
    qtbot.keyClick(field, Qt.Key.Key_Right)
    qtbot.keyClick(field, Qt.Key.Key_B)
    qtbot.keyClick(field, Qt.Key.Key_Period)
    qtbot.keyClick(field, Qt.Key.Key_Plus)
    # Then each key typed where the cursor was: Left and Right moved it, Space is a space
    assert field.toPlainText() == "a bb.+"
    # And the session was not paused, moved, blacked out nor given a minute
    state = controller.stage_state()
    assert not state.paused and state.phase_index == 0 and not state.blacked_out
    assert state.total_seconds == 300
    # And the timer runs on, as the corner of group turn shows
    qtbot.waitUntil(lambda: turn.clock_label.text() != shown, timeout=3000)


def test_the_clicker_drives_the_session_from_group_turn_without_taking_a_character(qtbot,
                                                                                    window):
    controller = start_session(window)
    add_group(qtbot, window, "Bufnițele")
    turn = open_turn(qtbot, window)
    field = turn.editor.found_edit
    qtbot.keyClicks(field, "Somnul")
    # When the librarian's clicker sends Page Down, then Ctrl++ (five more minutes)
    qtbot.keyClick(field, Qt.Key.Key_PageDown)
    qtbot.keyClick(field, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    # Then the session moved on and got five minutes, and the child's text is untouched
    state = controller.stage_state()
    assert state.phase_index == 1 and state.total_seconds == 45 * 60
    assert field.toPlainText() == "Somnul"
    assert turn.clock_label.text().startswith("Investigation")
    # And Page Up goes back a phase
    qtbot.keyClick(field, Qt.Key.Key_PageUp)
    assert controller.stage_state().phase_index == 0


def test_the_projector_keeps_the_question_and_the_time_during_group_turn(qtbot, window):
    controller = start_session(window)
    add_group(qtbot, window, "Bufnițele")
    presenter = controller.presenter
    stage = presenter.projector_window().stage_view()
    before = stage.state()
    # When group turn opens and a child types
    turn = open_turn(qtbot, window)
    qtbot.keyClicks(turn.editor.found_edit, "Secret words")
    controller.refresh()
    # Then the stage shows the same question, phase and clock as before, and no typed word
    after = stage.state()
    assert (after.question, after.phase, after.total_seconds) == (
        before.question, before.phase, before.total_seconds)
    assert "Secret" not in repr(after)


def test_next_group_saves_first_and_goes_round_the_list(qtbot, window):
    start_session(window)
    owls = add_group(qtbot, window, "Bufnițele")
    foxes = add_group(qtbot, window, "Vulpile")
    findings_of(window).groups_panel.group_list.setCurrentRow(0)
    turn = open_turn(qtbot, window)
    qtbot.keyClicks(turn.editor.found_edit, "Owls found this")
    # When the big Next group button is clicked, Then the text was saved at once
    qtbot.mouseClick(turn.next_button, Qt.MouseButton.LeftButton)
    assert stored(window, owls).found == "Owls found this"
    assert turn.name_label.text() == "Vulpile" and turn.editor.found_edit.toPlainText() == ""
    assert QApplication.focusWidget() is turn.editor.found_edit
    qtbot.keyClicks(turn.editor.found_edit, "Foxes found that")
    qtbot.mouseClick(turn.next_button, Qt.MouseButton.LeftButton)
    assert stored(window, foxes).found == "Foxes found that"
    assert turn.name_label.text() == "Bufnițele"
    assert turn.editor.found_edit.toPlainText() == "Owls found this"


def test_a_field_is_saved_when_the_focus_leaves_it_and_when_the_phase_changes(qtbot, window):
    controller = start_session(window)
    owls = add_group(qtbot, window, "Bufnițele")
    turn = open_turn(qtbot, window)
    qtbot.keyClicks(turn.editor.found_edit, "First")
    qtbot.keyClick(turn.editor.found_edit, Qt.Key.Key_Tab)
    assert stored(window, owls).found == "First"  # saved as the focus moved on
    qtbot.keyClicks(turn.editor.sources_edit, "A book")
    controller.next_phase()
    assert stored(window, owls).sources == ("A book",)  # saved as the phase changed


def test_closing_the_window_saves_what_was_just_typed(qtbot, window):
    start_session(window)
    owls = add_group(qtbot, window, "Bufnițele")
    turn = open_turn(qtbot, window)
    qtbot.keyClicks(turn.editor.found_edit, "Last words")
    window.close()
    assert stored(window, owls).found == "Last words"
    assert not turn.isVisible()


def test_typing_without_a_pause_is_still_saved_within_the_second(qtbot, window):
    start_session(window)
    owls = add_group(qtbot, window, "Bufnițele")
    turn = open_turn(qtbot, window)
    field = turn.editor.found_edit
    # Given a child typing a letter every 100 ms, never pausing for half a second
    typist = QTimer(window)
    typist.setInterval(100)
    typist.timeout.connect(lambda: field.insertPlainText("z"))
    typist.start()
    try:
        # Then a save happens while the typing goes on
        qtbot.waitUntil(lambda: stored(window, owls).found.startswith("z"), timeout=3000)
        assert typist.isActive()
    finally:
        typist.stop()


def test_a_save_that_fails_keeps_the_text_and_says_so_then_saves_later(qtbot, window,
                                                                        monkeypatch):
    start_session(window)
    owls = add_group(qtbot, window, "Bufnițele")
    turn = open_turn(qtbot, window)
    real_save = record_saver.save_record

    def disk_full(*_args, **_kwargs):
        raise FindingsNotSaved("database or disk is full")

    monkeypatch.setattr(record_saver, "save_record", disk_full)
    # When the children type and the save fails
    qtbot.keyClicks(turn.editor.found_edit, "Keep me")
    qtbot.keyClick(turn.editor.found_edit, Qt.Key.Key_Tab)
    # Then the text stays on screen, one sentence says why, and Next group stays put
    assert turn.editor.found_edit.toPlainText() == "Keep me"
    assert "could not be saved" in turn.editor.problem_label.text()
    assert "database or disk is full" in turn.editor.problem_label.text()
    qtbot.mouseClick(turn.next_button, Qt.MouseButton.LeftButton)
    assert turn.editor.found_edit.toPlainText() == "Keep me"
    # When the disk has room again, Then the next try saves it and the sentence goes
    monkeypatch.setattr(record_saver, "save_record", real_save)
    qtbot.waitUntil(lambda: stored(window, owls).found == "Keep me", timeout=5000)
    assert turn.editor.problem_label.text() == ""


def test_group_turn_needs_a_group_and_says_so(qtbot, window):
    start_session(window)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    findings = findings_of(window)
    assert not findings.turn.window.isVisible()
    assert "Add a group first" in findings.groups_panel.message_label.text()


def test_ending_the_session_saves_closes_group_turn_and_offers_the_reflection(qtbot, window):
    controller = start_session(window)
    owls = add_group(qtbot, window, "Bufnițele")
    turn = open_turn(qtbot, window)
    qtbot.keyClicks(turn.editor.found_edit, "Just in time")
    # When the librarian ends the session while a group is typing (End is answered Yes)
    controller.actions.finish.trigger()
    # Then the words are saved, the laptop's screen comes back, and the reflection is offered
    assert stored(window, owls).found == "Just in time"
    assert not turn.isVisible()
    qtbot.waitUntil(findings_of(window).reflection.isVisible)


def test_undoing_the_adding_of_a_group_that_has_findings_is_refused(qtbot, window,
                                                                     monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    start_session(window)
    owls = add_group(qtbot, window, "Bufnițele")
    turn = open_turn(qtbot, window)
    qtbot.keyClicks(turn.editor.found_edit, "Precious words")
    qtbot.keyClick(turn.editor.found_edit, Qt.Key.Key_Escape)
    warned = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: warned.append(box.text()))
    # When the librarian presses Undo ("add group") after the children wrote in it
    window.undo_action.trigger()
    # Then one sentence says why not, and the group and its words stay
    assert "Bufnițele" in warned[0] and "Remove the group" in warned[0]
    assert stored(window, owls).found == "Precious words"
