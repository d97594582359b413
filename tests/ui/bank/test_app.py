"""In the real main window, the bank is the second tab, filled with the starter questions on
first start, and "Start a session with this question" hands the question to the Session tab."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sole_app import app
from sole_app.core.bank import store as bank
from sole_app.core.bank.question_data import QuestionData
from tests.ui.windows import bank_feature, session_page


@pytest.fixture
def window(qtbot, data_paths):
    built = app.build_main_window(data_paths)
    qtbot.addWidget(built)
    built.show()
    assert app.load_into(built)
    yield built
    built.database.close()


def test_the_bank_is_a_tab_with_its_menu_and_the_starter_questions(window):
    page = bank_feature(window).panel
    assert window.pages.indexOf(page) == 1
    assert page.menu.menuAction() in window.menuBar().actions()
    page.filter_bar.choose_language("")  # all languages
    assert page.model.rowCount() >= 100  # the starter bank: 50+ Romanian and 50+ English


def test_the_bank_opens_on_the_questions_in_the_interface_language(qtbot, data_paths):
    from sole_app.core.settings import AppSettings

    # Given a librarian whose interface is in Romanian
    AppSettings(language="ro").save(data_paths.settings)
    built = app.build_main_window(data_paths)
    qtbot.addWidget(built)
    assert app.load_into(built)
    # When the bank tab opens / Then it lists the Romanian questions, and only those
    from sole_app.ui.bank.list_model import ROW_ROLE

    page = bank_feature(built).panel
    languages = {page.model.index(row, 0).data(ROW_ROLE).language
                 for row in range(page.model.rowCount())}
    assert page.language_filter.currentData() == "ro"
    assert languages == {"ro"} and page.model.rowCount() >= 50
    built.database.close()


def test_in_english_a_romanian_word_points_to_the_romanian_questions(qtbot, window):
    # Given the English interface, whose bank lists the English starter questions
    panel = bank_feature(window).panel
    window.pages.setCurrentWidget(panel)
    assert panel.chosen_language() == "en"
    # When "scoala" is searched
    qtbot.keyClicks(panel.search_box, "scoala")
    qtbot.waitUntil(lambda: panel.count_label.text() == "0 questions")
    # Then the three Romanian questions that match are announced, one click away
    qtbot.waitUntil(panel.hidden_bar.isVisible)
    assert panel.hidden_bar.label.text() == "3 more questions in other languages"
    qtbot.mouseClick(panel.hidden_bar.button, Qt.MouseButton.LeftButton)
    assert panel.count_label.text() == "3 questions"


def test_start_a_session_with_this_question_fills_the_session_tab(qtbot, window):
    # Given a question chosen in the bank
    feature = bank_feature(window)
    saved = bank.add_question(window.database, QuestionData("De ce avem nevoie de somn?"))
    feature.controller.select_question(saved.id)
    window.pages.setCurrentWidget(feature.panel)
    # When the librarian presses the big button
    qtbot.mouseClick(feature.panel.start_button, Qt.MouseButton.LeftButton)
    # Then the Session tab comes to the front holding that question, chosen from the bank
    session = session_page(window)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is session)
    assert session.setup.question_id == saved.id
    assert session.setup.bank_combo.currentData() == saved.id
    assert "De ce avem nevoie de somn?" in session.setup.question_text()
    # And the keyboard is on Start, and the tab says what is left to do
    qtbot.waitUntil(lambda: QApplication.focusWidget() is session.setup.start_button)
    assert "Start" in session.message_label.text()


def test_start_a_session_with_this_question_says_what_it_does(window):
    # Given the bank's big button and its menu item
    panel = bank_feature(window).panel
    # Then their tip says it opens the Session tab with the question, ready to start there
    for tip in (panel.start_button.toolTip(), panel.start_action.toolTip()):
        assert "Session tab" in tip and "Start" in tip
