"""The librarian finds, writes, changes, deletes (and undeletes) questions on the bank page."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from sole_app.core.bank import store as bank
from sole_app.core.bank.question_data import QuestionData
from sole_app.ui.bank.controller import BankController
from sole_app.ui.bank.list_model import FACTS_ROLE
from sole_app.ui.bank.panel import BankPanel
from sole_app.ui.operations import Operations


@pytest.fixture
def controller(qtbot, database, data_paths):
    """The bank page and its controller over a small bank: two Romanian questions and one
    English; changes go through operations, as in the main window."""
    bank.add_question(database, QuestionData("De ce mergem la școală?", "ro", ("educație",)))
    bank.add_question(database, QuestionData("Ce este o stea?", "ro", ("astronomie",),
                                             notes="Poveste: **cerul** <script>alert(1)</script>"))
    bank.add_question(database, QuestionData("Why do we sleep?", "en", ("biology",), 8, 11))
    view = BankPanel(database, data_paths.window_state)
    qtbot.addWidget(view)
    controller = BankController(view, database, Operations(database, view), lambda: "en")
    view.resize(1100, 700)
    view.show()
    return controller


@pytest.fixture
def panel(controller):
    return controller.view


def shown_texts(panel) -> list[str]:
    return [panel.model.index(row, 0).data() for row in range(panel.model.rowCount())]


def test_typing_in_the_search_box_updates_the_list(qtbot, panel):
    # Given all three questions listed
    assert len(shown_texts(panel)) == 3
    # When the librarian types a word without its diacritics
    qtbot.keyClicks(panel.search_box, "scoala")
    # Then the list narrows to the matching question, which is shown in the detail
    qtbot.waitUntil(lambda: shown_texts(panel) == ["De ce mergem la școală?"])
    assert "De ce mergem la școală?" in panel.detail.toPlainText()
    assert panel.count_label.text().startswith("1")


def test_filters_narrow_the_list(qtbot, panel):
    panel.language_filter.setCurrentIndex(panel.language_filter.findData("en"))
    assert shown_texts(panel) == ["Why do we sleep?"]
    panel.language_filter.setCurrentIndex(0)
    panel.age_filter.setValue(13)
    assert "Why do we sleep?" not in shown_texts(panel)
    panel.tag_filter.setCurrentIndex(panel.tag_filter.findData("astronomie"))
    assert shown_texts(panel) == ["Ce este o stea?"]


def test_no_match_says_so(qtbot, panel):
    qtbot.keyClicks(panel.search_box, "zzzz")
    qtbot.waitUntil(lambda: shown_texts(panel) == [])
    assert "No question matches" in panel.detail.toPlainText()
    assert not panel.start_button.isEnabled()


@pytest.fixture
def english(qapp):
    """The English catalogue, which words the counts' plurals ("1 question", "2 questions")."""
    from sole_app.ui import i18n

    i18n.install("en")


def test_matches_hidden_by_the_language_filter_are_counted_and_shown_in_one_click(qtbot, panel,
                                                                                 english):
    # Given the bank filtered to English, as in the English interface
    panel.filter_bar.choose_language("en")
    # When the librarian searches a Romanian word
    qtbot.keyClicks(panel.search_box, "scoala")
    qtbot.waitUntil(lambda: panel.count_label.text() == "0 questions")
    # Then the page says a match is hidden in another language
    qtbot.waitUntil(panel.hidden_bar.isVisible)
    assert panel.hidden_bar.label.text() == "1 more question in other languages"
    # When she clicks the button beside it, Then it is listed, with the search kept
    qtbot.mouseClick(panel.hidden_bar.button, Qt.MouseButton.LeftButton)
    assert shown_texts(panel) == ["De ce mergem la școală?"]
    assert panel.chosen_language() is None and panel.search_text() == "scoala"
    qtbot.waitUntil(lambda: not panel.hidden_bar.isVisible())


def test_matches_hidden_by_the_other_filters_are_counted_and_shown_in_one_click(qtbot, panel,
                                                                               english):
    # Given the bank filtered on the tag "astronomie"
    panel.tag_filter.setCurrentIndex(panel.tag_filter.findData("astronomie"))
    # When "ce" is searched, Then one is listed and the other is said to be hidden
    qtbot.keyClicks(panel.search_box, "ce")
    qtbot.waitUntil(lambda: panel.hidden_bar.isVisible())
    assert shown_texts(panel) == ["Ce este o stea?"]
    assert panel.hidden_bar.label.text() == "1 more question hidden by the filters"
    # When the button is clicked, Then the filters are cleared and both are listed
    qtbot.mouseClick(panel.hidden_bar.button, Qt.MouseButton.LeftButton)
    assert sorted(shown_texts(panel)) == ["Ce este o stea?", "De ce mergem la școală?"]
    assert panel.tag_filter.currentData() is None
    qtbot.waitUntil(lambda: not panel.hidden_bar.isVisible())


def test_a_script_typed_in_the_notes_is_never_run_or_rendered(panel, controller):
    controller.select_question(2)
    html = panel.detail.toHtml()
    assert "<script" not in html and "cerul" in panel.detail.toPlainText()


def test_adding_a_question_with_the_editor(qtbot, panel, controller):
    # When the librarian presses Ctrl+N and fills the editor, then saves
    qtbot.keyClick(panel.list_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = controller.editor
    assert editor is not None and editor.isVisible()
    # (QTest types ASCII only; the Romanian letters come as an input method would insert them)
    qtbot.keyClicks(editor.text_edit, "Cum ar ")
    editor.text_edit.insertPlainText("arăta un oraș fără mașini?")
    qtbot.keyClicks(editor.tags_edit, "urbanism, ")
    editor.tags_edit.insert("Ţară")
    editor.age_min.setValue(11)
    editor.save_button.click()
    # Then the editor closes and the new question is chosen, with its tags normalised
    qtbot.waitUntil(lambda: controller.editor is None)
    question = controller.current_question()
    assert question.text == "Cum ar arăta un oraș fără mașini?"
    assert question.tags == ("urbanism", "țară") and question.age_min == 11
    assert "Cum ar arăta un oraș fără mașini?" in shown_texts(panel)


def test_a_refused_field_is_explained_and_the_editor_stays_open(qtbot, panel, controller):
    controller.new_question()
    controller.editor.save_button.click()
    assert controller.editor is not None and controller.editor.error_label.isVisible()
    assert "Question" in controller.editor.error_label.text()
    assert len(shown_texts(panel)) == 3


def test_editing_a_question_with_enter(qtbot, panel, controller):
    # Given the English question chosen in the list
    controller.select_question(3)
    panel.list_view.setFocus()
    # When Enter opens the editor and the text is replaced
    qtbot.keyClick(panel.list_view, Qt.Key.Key_Return)
    editor = controller.editor
    assert editor is not None
    editor.text_edit.selectAll()
    qtbot.keyClicks(editor.text_edit, "Why do we dream?")
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    # Then the list and the detail show the new text
    qtbot.waitUntil(lambda: controller.editor is None)
    assert "Why do we dream?" in shown_texts(panel)
    assert "Why do we dream?" in panel.detail.toPlainText()


def test_duplicate_as_a_translation_links_the_two(qtbot, panel, controller):
    controller.select_question(3)
    controller.duplicate_question()
    editor = controller.editor
    editor.language_combo.setCurrentIndex(editor.language_combo.findData("ro"))
    editor.text_edit.setPlainText("De ce dormim?")
    editor.translation_check.setChecked(True)
    editor.save_button.click()
    qtbot.waitUntil(lambda: controller.editor is None)
    assert [q.text for q in bank.translations(controller.database, 3)] == ["De ce dormim?"]
    assert "Why do we sleep?" in panel.detail.toPlainText()  # listed under Translations


def test_delete_asks_first_and_undo_brings_the_question_back(qtbot, panel, message_boxes,
                                                             controller):
    asked = message_boxes
    # Given the star question chosen
    controller.select_question(2)
    panel.list_view.setFocus()
    # When Del is pressed and confirmed
    qtbot.keyClick(panel.list_view, Qt.Key.Key_Delete)
    # Then the librarian was asked, the question is gone, and Undo is offered
    assert asked and "Ce este o stea?" in asked.texts()[0]
    assert "Ce este o stea?" not in shown_texts(panel)
    assert panel.notice.isVisible() and panel.notice.undo_button.isVisible()
    # When she clicks Undo, it is back with its id and tags
    qtbot.mouseClick(panel.notice.undo_button, Qt.MouseButton.LeftButton)
    assert "Ce este o stea?" in shown_texts(panel)
    assert controller.current_question().id == 2
    assert controller.current_question().tags == ("astronomie",)


def test_delete_answered_no_keeps_the_question(qtbot, panel, message_boxes, controller):
    message_boxes.answer = QMessageBox.StandardButton.No
    controller.select_question(2)
    controller.delete_question()
    assert "Ce este o stea?" in shown_texts(panel)
    assert not controller.operations.stack.canUndo()  # nothing happened, nothing to undo


def test_the_notices_undo_is_withdrawn_once_something_else_changes(qtbot, panel, monkeypatch,
                                                                   controller):
    # Given a question just deleted, with Undo offered under the list
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Yes)
    controller.select_question(2)
    controller.delete_question()
    assert panel.notice.undo_button.isVisible()
    # When another question is marked as a favourite
    controller.select_question(3)
    panel.favourite_action.trigger()
    # Then the notice no longer offers an Undo that would now take back the favourite
    assert not panel.notice.isVisible()


def test_favourite_comes_first_and_shows_a_star(qtbot, panel, controller):
    controller.select_question(3)
    panel.favourite_action.trigger()
    assert shown_texts(panel)[0] == "Why do we sleep?"
    assert panel.model.index(0, 0).data(FACTS_ROLE).startswith("★")
    panel.favourites_filter.setChecked(True)
    assert shown_texts(panel) == ["Why do we sleep?"]


def test_start_a_session_emits_the_question_id(qtbot, panel, controller):
    controller.select_question(2)
    with qtbot.waitSignal(controller.session_requested) as signal:
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert signal.args == [2]


def test_import_reports_added_and_duplicates(qtbot, panel, tmp_path, monkeypatch):
    pack = tmp_path / "pack.json"
    pack.write_text(json.dumps({"format": "sole-question-pack", "version": 1, "questions": [
        {"text": "De ce mergem la școală?", "language": "ro"},
        {"text": "Ce mâncau dacii?", "language": "ro", "tags": ["istorie"]}]},
        ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(pack), ""))
    panel.import_action.trigger()
    assert "1 question" in panel.notice.label.text() and "1 already" in panel.notice.label.text()
    assert "Ce mâncau dacii?" in shown_texts(panel)


def test_a_malformed_import_is_explained_and_adds_nothing(qtbot, panel, tmp_path, monkeypatch,
                                                          message_boxes):
    bad = tmp_path / "bad.csv"
    bad.write_text("Întrebare;Limba\nBună?;ro\nRea?;x1\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(bad), ""))
    panel.import_action.trigger()
    warnings = message_boxes.texts()
    assert warnings and "row 3" in warnings[0] and "Nothing was added" in warnings[0]
    assert len(shown_texts(panel)) == 3


def test_export_writes_the_questions_shown(qtbot, panel, tmp_path, monkeypatch):
    target = tmp_path / "romanian.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    panel.language_filter.setCurrentIndex(panel.language_filter.findData("ro"))
    panel.export_action.trigger()
    text = target.read_text(encoding="utf-8-sig")
    assert "De ce mergem la școală?" in text and "Why do we sleep?" not in text


def test_the_splitter_is_remembered(qtbot, database, data_paths):
    first = BankPanel(database, data_paths.window_state)
    qtbot.addWidget(first)
    first.resize(1000, 600)
    first.show()
    first.splitter.setSizes([300, 700])
    first.splitter.splitterMoved.emit(300, 1)
    second = BankPanel(database, data_paths.window_state)
    qtbot.addWidget(second)
    second.resize(1000, 600)
    second.show()
    assert abs(second.splitter.sizes()[0] - first.splitter.sizes()[0]) <= 2


def test_last_used_is_shown_when_the_bank_tab_comes_back(qtbot, panel, controller):
    # Given the chosen question was never used
    from datetime import UTC, datetime

    from sole_app.ui.bank.detail import local_time

    used = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
    controller.select_question(1)
    assert "never" in panel.detail.toPlainText()
    # When a session marks it used while the bank is hidden, and the bank is shown again
    panel.hide()
    bank.mark_used(controller.database, 1, used)
    panel.show()
    # Then the detail shows when it was last used
    assert "never" not in panel.detail.toPlainText()
    assert local_time(used) in panel.detail.toPlainText()
    assert "used" in panel.model.index(panel.model.row_of(1), 0).data(FACTS_ROLE)


def test_following_a_translation_link_shows_it_even_when_filtered_out(qtbot, panel, controller):
    # Given a Romanian question linked to the English one, with only Romanian listed
    bank.link_translation(controller.database, 1, 3)
    panel.language_filter.setCurrentIndex(panel.language_filter.findData("ro"))
    controller.select_question(1)
    assert "Why do we sleep?" in panel.detail.toPlainText()
    # When the librarian clicks the English translation in the detail
    panel.detail.translation_chosen.emit(3)
    # Then the filters open up and the English question is chosen
    assert panel.current_id() == 3 and panel.language_filter.currentIndex() == 0
    assert "Why do we sleep?" in shown_texts(panel)


def test_the_editor_suggests_tags_already_in_use(qtbot, panel, controller):
    # Given the editor of a new question
    controller.new_question()
    editor = controller.editor
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    # When the librarian starts a second tag with "astr"
    qtbot.keyClicks(editor.tags_edit, "stele, astr")
    # Then the bank's tag is offered, and choosing it completes only that tag
    assert editor.tag_completer.popup().isVisible()
    assert editor.tag_completer.currentCompletion() == "astronomie"
    editor.tag_completer.activated.emit("astronomie")
    assert editor.tags_edit.text() == "stele, astronomie, "


def test_down_goes_to_the_list_and_escape_clears_the_search(qtbot, panel):
    panel.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel.window())
    panel.search_box.setFocus()
    qtbot.keyClicks(panel.search_box, "stea")
    qtbot.keyClick(panel.search_box, Qt.Key.Key_Down)
    assert panel.list_view.hasFocus() and shown_texts(panel) == ["Ce este o stea?"]
    panel.search_box.setFocus()
    qtbot.keyClick(panel.search_box, Qt.Key.Key_Escape)
    assert panel.search_box.text() == ""
    qtbot.waitUntil(lambda: len(shown_texts(panel)) == 3)


def test_exporting_nothing_says_so_instead_of_asking_for_a_file(qtbot, panel, monkeypatch,
                                                                controller):
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: asked.append(1) or ("", ""))
    panel.search_box.setText("zzzz")
    controller.refresh()
    panel.export_action.trigger()
    assert not asked and "Nothing to export" in panel.notice.label.text()


def test_undoing_a_delete_keeps_the_filters_that_show_the_question(qtbot, panel, monkeypatch,
                                                                   controller):
    # Given the Romanian questions listed, and one of them deleted
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Yes)
    panel.language_filter.setCurrentIndex(panel.language_filter.findData("ro"))
    controller.select_question(2)
    controller.delete_question()
    # When the delete is undone
    qtbot.mouseClick(panel.notice.undo_button, Qt.MouseButton.LeftButton)
    # Then the question is back and chosen, and the list still shows Romanian questions only
    assert controller.current_question().id == 2
    assert panel.language_filter.currentData() == "ro" and "Why do we sleep?" not in shown_texts(
        panel)


@pytest.mark.parametrize("interface, filtered, expected", [
    ("ru", None, "ru"),  # a Russian interface writes Russian questions
    ("en", None, "ro"),  # an English one still writes for Romanian clubs
    ("ro", "en", "en"),  # the language filtered on wins
])
def test_a_new_question_is_in_the_language_filtered_on_else_the_interfaces(
        qtbot, database, data_paths, interface, filtered, expected):
    view = BankPanel(database, data_paths.window_state)
    qtbot.addWidget(view)
    controller = BankController(view, database, Operations(database, view), lambda: interface)
    bank.add_question(database, QuestionData("Why?", "en"))  # the filter offers what is in the bank
    view.refresh_choices()
    view.filter_bar.choose_language(filtered or "")
    controller.new_question()
    assert controller.editor.language_combo.currentData() == expected
