"""The reflection: offered when a session ends, filled in, reopened later and amended."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from sole_app.core.findings.data import Agreements, Objective, Thinking
from sole_app.core.findings.reflection import get_reflection
from tests.ui.findings.conftest import add_group, findings_of, start_session


def end_session(window, controller) -> int:
    session_id = controller.runner.session_id
    controller.actions.finish.trigger()  # "End the session?" is answered Yes (conftest)
    return session_id


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_a_reflection_offered_at_the_end_is_filled_in_reopened_and_amended(qtbot, window):
    # Given a session with two groups of 4 and 5 children
    controller = start_session(window)
    add_group(qtbot, window, "Bufnițele", head_count=4)
    add_group(qtbot, window, "Vulpile", head_count=5)
    # When the librarian ends it
    session_id = end_session(window, controller)
    # Then the reflection is offered, with the counts the session suggests, and can be skipped
    dialog = findings_of(window).reflection
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.findChild(type(dialog.save_button), "skipReflectionButton").text() == (
        "Skip for now")
    assert [spin.value() for spin in dialog.count_spins.values()] == [9, 2, 2]
    assert "De ce avem nevoie de somn?" in dialog.question_label.text()
    # When she fills it in as she would
    choose(dialog.objective_combo, Objective.MOSTLY)
    qtbot.keyClicks(dialog.objective_why_edit, "They found why we sleep, not why we dream.")
    choose(dialog.thinking_combo, Thinking.STRATEGIC)
    dialog.percent_sliders["engagement"].setValue(90)
    dialog.percent_spins["collaboration"].setValue(75)
    choose(dialog.agreements_combo, Agreements.PARTLY)
    qtbot.keyClicks(dialog.change_edit, "More time for the review.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    # Then it is stored, the slider's number included, the rest left unanswered
    assert not dialog.isVisible()
    saved = get_reflection(window.database, session_id).data
    assert (saved.children, saved.computers, saved.groups) == (9, 2, 2)
    assert saved.objective == Objective.MOSTLY and saved.thinking == Thinking.STRATEGIC
    assert (saved.engagement, saved.collaboration, saved.technology) == (90, 75, None)
    assert saved.agreements == Agreements.PARTLY
    assert saved.change_next_time == "More time for the review."
    # When she reopens it later from the Session menu and amends it
    findings_of(window).actions.reflection.trigger()
    again = findings_of(window).reflection
    qtbot.waitUntil(again.isVisible)
    assert again.percent_spins["engagement"].value() == 90
    assert again.percent_sliders["collaboration"].value() == 75
    assert again.objective_why_edit.toPlainText() == "They found why we sleep, not why we dream."
    again.percent_spins["engagement"].setValue(80)
    again.notes_edit.insertPlainText("Всё прошло хорошо.")  # as an input method types it
    again.accept()
    # Then the amendment is kept, and Undo takes it back to the first answers
    amended = get_reflection(window.database, session_id).data
    assert amended.engagement == 80 and amended.notes == "Всё прошло хорошо."
    assert window.undo_action.text() == "&Undo edit the reflection"
    window.undo_action.trigger()
    assert get_reflection(window.database, session_id).data == saved


def test_skipping_the_reflection_stores_nothing(qtbot, window):
    controller = start_session(window)
    session_id = end_session(window, controller)
    dialog = findings_of(window).reflection
    qtbot.waitUntil(dialog.isVisible)
    dialog.reject()
    assert get_reflection(window.database, session_id) is None


def test_declining_to_end_offers_no_reflection(qtbot, window, monkeypatch):
    controller = start_session(window)
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.No)
    controller.actions.finish.trigger()
    assert controller.runner is not None and findings_of(window).reflection is None


def test_with_no_session_yet_the_menu_says_so(window):
    assert findings_of(window).reflect_on_latest() is None
    assert findings_of(window).groups_panel.message_label.text() == "No session has run yet."


def test_the_reflection_opens_for_any_session_by_its_id(qtbot, window):
    # The history of past sessions (issue 13) opens it for the session chosen there
    controller = start_session(window)
    first = end_session(window, controller)
    findings_of(window).reflection.reject()
    start_session(window, "Could a village live on its own energy?")
    dialog = findings_of(window).open_reflection(first)
    assert dialog.session_id == first
    assert "somn" in dialog.question_label.text()
