"""In the real main window, every change to the bank can be undone with Ctrl+Z and redone with
Ctrl+Shift+Z, and the Edit menu names what it would undo; a text field keeps Ctrl+Z for itself."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from sole_app import app
from sole_app.core.bank import store as bank
from sole_app.core.bank.search import search
from tests.ui.windows import bank_feature, session_page

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, data_paths):
    """The app's main window on a new data folder (the starter bank), the bank tab in front."""
    built = app.build_main_window(data_paths)
    qtbot.addWidget(built)
    built.show()
    assert app.load_into(built)
    built.pages.setCurrentWidget(bank_feature(built).panel)
    built.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is built)
    yield built
    built.database.close()


def content(database) -> tuple[list, list[str]]:
    """Everything the bank holds: each question in full (id, uid, dates, last use), and tags."""
    ids = sorted(row.id for row in search(database, "").rows)
    return bank.get_questions(database, ids), bank.all_tags(database)


@pytest.fixture
def pack(tmp_path):
    path = tmp_path / "club pack.json"
    path.write_text(json.dumps({"format": "sole-question-pack", "version": 1, "questions": [
        {"text": "Why do rivers bend?", "language": "en", "tags": ["rivers"]},
        {"text": "Who built the first bridge?", "language": "en"}]}), encoding="utf-8")
    return path


def add_edit_delete_and_import(qtbot, window, pack, monkeypatch) -> None:
    """What a librarian does: Ctrl+N and type, Enter and retype, Del and confirm, Import…"""
    feature = bank_feature(window)
    panel, controller = feature.panel, feature.controller
    panel.list_view.setFocus()
    qtbot.keyClick(panel.list_view, Qt.Key.Key_N, CTRL)
    qtbot.keyClicks(controller.editor.text_edit, "Could a village run on its own energy?")
    qtbot.keyClicks(controller.editor.tags_edit, "energy, village")
    qtbot.mouseClick(controller.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.editor is None)
    qtbot.keyClick(panel.list_view, Qt.Key.Key_Return)
    controller.editor.text_edit.selectAll()
    qtbot.keyClicks(controller.editor.text_edit, "Could our village live on its own energy?")
    controller.editor.age_max.setValue(16)
    qtbot.mouseClick(controller.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.editor is None)
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(panel.list_view, Qt.Key.Key_Delete)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(pack), ""))
    qtbot.mouseClick(panel.toolbar.widgetForAction(panel.import_action),
                     Qt.MouseButton.LeftButton)


def test_add_edit_delete_and_import_are_all_undone_with_ctrl_z(qtbot, window, pack,
                                                                monkeypatch):
    # Given the bank as it is, then a question added, edited, deleted, and a file imported
    before = content(window.database)
    add_edit_delete_and_import(qtbot, window, pack, monkeypatch)
    after = content(window.database)
    assert len(after[0]) == len(before[0]) + 2 and "rivers" in after[1]
    # When the librarian presses Ctrl+Z four times in the list
    panel = bank_feature(window).panel
    for _ in range(4):
        qtbot.keyClick(panel.list_view, Qt.Key.Key_Z, CTRL)
    # Then the bank is exactly as it was, and there is nothing left to undo
    assert content(window.database) == before
    assert not window.undo_action.isEnabled()
    # And Ctrl+Shift+Z four times makes all four changes again
    for _ in range(4):
        qtbot.keyClick(panel.list_view, Qt.Key.Key_Z, CTRL_SHIFT)
    assert content(window.database) == after


def test_the_edit_menu_names_the_step_it_would_undo_and_redo(qtbot, window, pack, monkeypatch):
    # Given the four changes made
    add_edit_delete_and_import(qtbot, window, pack, monkeypatch)
    panel = bank_feature(window).panel
    # Then Undo names the import, with the file's name
    assert window.undo_action in window.edit_menu.actions()
    assert window.undo_action.text() == "&Undo import “club pack.json”"
    # When it is undone, Undo names the delete (the question's text cut short) and Redo the import
    qtbot.keyClick(panel.list_view, Qt.Key.Key_Z, CTRL)
    assert window.undo_action.text() == "&Undo delete question “Could our village live on its own…”"
    assert window.redo_action.text() == "&Redo import “club pack.json”"
    assert "Undone: import “club pack.json”" in window.statusBar().currentMessage()


def test_a_typed_ampersand_is_shown_in_the_menu_not_taken_for_an_alt_key(qtbot, window,
                                                                        monkeypatch):
    feature = bank_feature(window)
    feature.panel.list_view.setFocus()
    qtbot.keyClick(feature.panel.list_view, Qt.Key.Key_N, CTRL)
    qtbot.keyClicks(feature.controller.editor.text_edit, "Salt & pepper: why?")
    qtbot.mouseClick(feature.controller.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: feature.controller.editor is None)
    assert window.undo_action.text() == "&Undo add question “Salt && pepper: why?”"


def test_ctrl_z_in_the_search_box_undoes_the_typing_not_the_bank(qtbot, window, monkeypatch):
    # Given a question just deleted, and the librarian typing in the search box
    feature = bank_feature(window)
    panel = feature.panel
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Yes)
    panel.list_view.setFocus()
    qtbot.keyClick(panel.list_view, Qt.Key.Key_Delete)
    count = len(content(window.database)[0])
    panel.search_box.setFocus()
    qtbot.keyClicks(panel.search_box, "sea")
    # When she presses Ctrl+Z there
    qtbot.keyClick(panel.search_box, Qt.Key.Key_Z, CTRL)
    # Then her typing is taken back, and the deleted question stays deleted
    assert panel.search_box.text() != "sea"
    assert len(content(window.database)[0]) == count
    assert window.undo_action.isEnabled()


def test_the_sessions_list_of_bank_questions_follows_changes_and_their_undo(qtbot, window,
                                                                            monkeypatch):
    # Given the Session tab's list of bank questions
    combo = session_page(window).setup.bank_combo
    feature = bank_feature(window)
    # When a question is added in the bank
    feature.panel.list_view.setFocus()
    qtbot.keyClick(feature.panel.list_view, Qt.Key.Key_N, CTRL)
    qtbot.keyClicks(feature.controller.editor.text_edit, "Aaa, why is the sky blue?")
    qtbot.mouseClick(feature.controller.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: feature.controller.editor is None)
    # Then the session's list holds it at once, and no longer once the adding is undone
    listed = [combo.itemText(index) for index in range(combo.count())]
    assert "Aaa, why is the sky blue?" in listed
    qtbot.keyClick(feature.panel.list_view, Qt.Key.Key_Z, CTRL)
    listed = [combo.itemText(index) for index in range(combo.count())]
    assert "Aaa, why is the sky blue?" not in listed
