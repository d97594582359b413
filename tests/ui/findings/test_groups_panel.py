"""The groups on the Session tab: set up before or during a session, each change one undo step."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QSpinBox

from sole_app.core.findings import groups
from sole_app.core.findings.data import RecordContent
from sole_app.core.findings.records import save_record
from sole_app.core.session import planned
from sole_app.core.session.models import SessionStatus
from sole_app.ui import i18n
from sole_app.ui.findings.words import FindingsWords
from tests.ui.findings.conftest import add_group, findings_of, nicknames, start_session
from tests.ui.windows import session_controller, session_page


def status_of(window, session_id: int) -> str:
    from sole_app.core.findings.document import session_document

    return session_document(window.database, session_id)["session"]["status"]


def test_groups_set_up_before_start_are_the_running_sessions_groups(qtbot, window):
    # Given the Session tab before any session, When the librarian adds two groups
    first = add_group(qtbot, window)
    add_group(qtbot, window, "Lupii", head_count=4)
    # Then the first has a friendly suggested name, and both wait in a planned session
    assert nicknames(window) == ["Owls", "Lupii"]
    findings = findings_of(window)
    planned_id = findings.current.session_id
    assert status_of(window, planned_id) == SessionStatus.PLANNED
    assert findings.groups_panel.count_label.text() == "2 groups"
    assert "next session" in findings.groups_panel.hint_label.text()
    # When the session starts
    controller = start_session(window)
    # Then that same session runs with those groups, shown beside the plan
    assert controller.runner.session_id == planned_id
    assert status_of(window, planned_id) == SessionStatus.RUNNING
    assert nicknames(window) == ["Owls", "Lupii"]
    assert groups.get_group(window.database, first).group.session_id == planned_id
    assert session_page(window).side_tabs.currentWidget() is findings.groups_panel


def test_a_planned_session_with_groups_comes_back_after_a_restart(qtbot, open_window):
    # Given groups set up for the next session, and the app closed
    window = open_window()
    add_group(qtbot, window, "Bufnițele")
    planned_id = findings_of(window).current.session_id
    window.close()
    window.database.close()
    # When the app opens again (nothing is offered for resuming: nothing ran)
    again = open_window()
    # Then the groups are on the Session tab, and Start runs that session with them
    assert session_controller(again).runner is None
    assert nicknames(again) == ["Bufnițele"]
    assert start_session(again).runner.session_id == planned_id


def test_a_suggested_name_is_one_no_group_uses(qtbot, window):
    start_session(window)
    add_group(qtbot, window)
    add_group(qtbot, window)
    add_group(qtbot, window, "foxes ")
    add_group(qtbot, window)
    assert nicknames(window) == ["Owls", "Foxes", "foxes", "Dolphins"]


def test_suggestions_and_the_count_of_groups_speak_romanian(qapp):
    # Given the interface in Romanian
    i18n.install("ro")
    try:
        words = FindingsWords()
        # Then names are suggested in Romanian, and groups counted with all three plural forms
        assert words.suggest_nickname([]) == "Bufnițele"
        assert words.suggest_nickname(["bufnițele"]) != "Bufnițele"
        assert [words.group_count(n) for n in (1, 2, 19, 20, 101)] == [
            "1 grup", "2 grupuri", "19 grupuri", "20 de grupuri", "101 grupuri"]
        every_idea = words.nickname_ideas()
        assert len(set(every_idea)) == 12
        assert words.suggest_nickname(every_idea) == "Grupul 13"
    finally:
        i18n.install("en")


def test_a_rename_is_undone_from_the_edit_menu_by_name(qtbot, window):
    start_session(window)
    add_group(qtbot, window, "Bufnițele")
    findings = findings_of(window)
    # When the librarian changes the name and the head-count
    findings.actions.edit.trigger()
    dialog = findings.groups.dialog
    dialog.nickname_edit.setText("Bufnițele înțelepte")
    dialog.head_count_spin.setValue(3)
    dialog.accept()
    assert findings.groups_panel.group_list.item(0).text() == "Bufnițele înțelepte · 3 children"
    # Then Edit ▸ Undo names the step, and undoes it
    assert window.undo_action.text() == "&Undo rename group “Bufnițele”"
    window.undo_action.trigger()
    assert nicknames(window) == ["Bufnițele"]


def test_a_removed_group_is_confirmed_and_comes_back_with_its_findings(qtbot, window,
                                                                        monkeypatch):
    start_session(window)
    owls = add_group(qtbot, window, "Bufnițele")
    add_group(qtbot, window, "Vulpile")
    save_record(window.database, owls, RecordContent(found="Somnul repară corpul."), 0)
    findings = findings_of(window)
    findings.groups_panel.group_list.setCurrentRow(0)
    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text())
                        or QMessageBox.StandardButton.Yes)
    # When the librarian removes it and confirms
    findings.actions.remove.trigger()
    assert "Bufnițele" in asked[0] and nicknames(window) == ["Vulpile"]
    # Then Undo brings it back where it was, with what it found
    assert window.undo_action.text() == "&Undo remove group “Bufnițele”"
    window.undo_action.trigger()
    assert nicknames(window) == ["Bufnițele", "Vulpile"]
    findings.groups_panel.group_list.setCurrentRow(0)
    assert "Somnul repară corpul." in findings.groups_panel.summary.toPlainText()


def test_declining_the_confirmation_keeps_the_group(qtbot, window, monkeypatch):
    add_group(qtbot, window, "Bufnițele")
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.No)
    findings_of(window).actions.remove.trigger()
    assert nicknames(window) == ["Bufnițele"]


def test_children_who_join_another_group_are_merged_into_it(qtbot, window, monkeypatch):
    start_session(window)
    owls = add_group(qtbot, window, "Bufnițele", head_count=2)
    foxes = add_group(qtbot, window, "Vulpile", head_count=3)
    save_record(window.database, owls, RecordContent(found="Somnul."), 0)
    save_record(window.database, foxes, RecordContent(found="Visele."), 0)
    findings = findings_of(window)
    findings.groups_panel.group_list.setCurrentRow(0)
    monkeypatch.setattr(findings.groups_panel, "choose_group", lambda name, others: 0)
    # When Bufnițele is merged into Vulpile
    findings.actions.merge.trigger()
    # Then one group is left, with both texts and all five children
    assert findings.groups_panel.group_list.item(0).text() == "Vulpile · 5 children"
    summary = findings.groups_panel.summary.toPlainText()
    assert "Visele." in summary and "Somnul." in summary
    # And the merge is undone by name
    assert window.undo_action.text() == "&Undo merge “Bufnițele” into “Vulpile”"
    window.undo_action.trigger()
    assert nicknames(window) == ["Bufnițele", "Vulpile"]


def test_groups_move_up_and_down(qtbot, window):
    for name in ("A", "B", "C"):
        add_group(qtbot, window, name)
    findings = findings_of(window)
    findings.groups_panel.group_list.setCurrentRow(2)
    findings.actions.move_up.trigger()
    assert nicknames(window) == ["A", "C", "B"]
    assert findings.groups_panel.current_row() == 1  # the moved group stays chosen
    findings.actions.move_down.trigger()
    assert nicknames(window) == ["A", "B", "C"]


def test_an_empty_name_is_refused_in_one_sentence(qtbot, window):
    add_group(qtbot, window, "   ")
    panel = findings_of(window).groups_panel
    assert nicknames(window) == []
    assert panel.message_label.text() == "The group's name cannot be empty."


def test_first_names_are_off_until_turned_on_and_surnames_are_never_asked(qtbot, window,
                                                                           monkeypatch):
    from sole_app.ui.settings_dialog import SettingsDialog

    findings = findings_of(window)
    # Given the default settings, Then adding a group asks no names at all
    findings.actions.add.trigger()
    assert not findings.groups.dialog.names_edit.isVisibleTo(findings.groups.dialog)
    findings.groups.dialog.reject()

    # When the librarian turns first names on in the Settings, reading the privacy note
    def librarian_turns_on(dialog):
        assert "never surnames" in dialog.first_names_note.text()
        dialog.first_names_check.setChecked(True)
        dialog.accept()
        return True

    monkeypatch.setattr(SettingsDialog, "exec", librarian_turns_on)
    window.settings_action.trigger()
    # Then the group dialog offers first names, with the note, and nothing about surnames
    findings.actions.add.trigger()
    dialog = findings.groups.dialog
    assert dialog.names_edit.isVisibleTo(dialog)
    notes = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "First names only" in notes and "never surnames" in notes
    typed_fields = {edit.objectName() for edit in dialog.findChildren(QLineEdit)
                    if not isinstance(edit.parent(), QSpinBox)}
    assert typed_fields == {"nicknameEdit", "firstNamesEdit"}
    dialog.names_edit.setText("Ana, Ion")
    dialog.accept()
    entry = groups.list_groups(window.database, findings.current.session_id)[0]
    assert entry.group.first_names == ("Ana", "Ion")
    assert window.settings.group_first_names


def test_no_planned_session_is_made_until_a_group_or_note_needs_one(window):
    assert planned.planned_session(window.database) is None
    assert findings_of(window).groups_panel.count_label.text() == "0 groups"
