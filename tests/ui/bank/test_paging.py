"""The bank lists a page of questions and reads the next as the librarian scrolls, says how many
match (or at least how many), and still finds a question far down the list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from sole_app.core.bank import search as bank_search
from sole_app.core.bank import store as bank
from sole_app.core.bank.question_data import QuestionData
from sole_app.ui.bank.controller import BankController
from sole_app.ui.bank.list_model import PAGE, ROW_ROLE
from sole_app.ui.bank.panel import BankPanel
from sole_app.ui.operations import Operations

SIZE = 350


@pytest.fixture(autouse=True)
def english(qapp):
    """The counts' plural forms come from the English translation, as in the app."""
    from sole_app.ui import i18n

    i18n.install("en")


@pytest.fixture
def bank_of_350(database) -> list[int]:
    """A bank of 350 Romanian questions, numbered; their ids, the oldest first."""
    items = [QuestionData(f"Întrebarea numărul {number} despre apă?", "ro", ("natură",))
             for number in range(SIZE)]
    with database.session() as session, session.begin():
        added = bank.import_in_session(session, items).added_ids
    return list(added)


@pytest.fixture
def panel(qtbot, database, data_paths, bank_of_350):
    view = BankPanel(database, data_paths.window_state)
    qtbot.addWidget(view)
    BankController(view, database, Operations(database, view), lambda: "ro")
    view.resize(900, 600)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    return view


def listed_ids(panel) -> list[int]:
    return [panel.model.index(row, 0).data(ROW_ROLE).id for row in range(panel.model.rowCount())]


def scroll_to_the_end(qtbot, panel) -> None:
    """End, as a librarian presses it, until the list stops growing."""
    panel.list_view.setFocus()
    while True:
        before = panel.model.rowCount()
        qtbot.keyClick(panel.list_view, Qt.Key.Key_End)
        if panel.model.rowCount() == before:
            return


def test_the_list_reads_a_first_page_and_the_rest_as_the_librarian_scrolls(qtbot, panel,
                                                                           database):
    # Given a bank of 350 questions, opened: one page is read, the count says all of them
    assert panel.model.rowCount() == PAGE
    assert panel.count_label.text() == f"{SIZE} questions"
    # When the librarian scrolls to the end
    scroll_to_the_end(qtbot, panel)
    # Then every question is listed once, in the order one search would give them all
    assert listed_ids(panel) == [row.id for row in bank_search.search(database, "").rows]
    assert len(set(listed_ids(panel))) == SIZE


def test_a_search_with_many_matches_pages_too(qtbot, panel, database):
    # Given the librarian types a word all 350 questions hold
    qtbot.keyClicks(panel.search_box, "apa")
    qtbot.waitUntil(lambda: panel.count_label.text() == f"{SIZE} questions")
    assert panel.model.rowCount() == PAGE
    # When she scrolls to the end / Then all of them are listed, none twice
    scroll_to_the_end(qtbot, panel)
    ids = listed_ids(panel)
    assert len(ids) == len(set(ids)) == SIZE
    assert ids == [row.id for row in bank_search.search(database, "apa").rows]


def test_beyond_what_is_counted_the_count_says_at_least(qtbot, database, data_paths,
                                                        bank_of_350, monkeypatch):
    # Given matches counted only up to 200 (at 100,000 questions, counting stops at 1,000)
    monkeypatch.setattr(bank_search, "COUNT_AT_MOST", 200)
    view = BankPanel(database, data_paths.window_state)
    qtbot.addWidget(view)
    BankController(view, database, Operations(database, view), lambda: "ro")
    # When the bank opens on its 350 questions
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    # Then the count says at least 200, and scrolling still reaches all 350
    assert view.count_label.text() == "At least 200 questions"
    scroll_to_the_end(qtbot, view)
    assert view.model.rowCount() == SIZE


def test_a_question_far_down_the_list_is_found_and_chosen(qtbot, panel, database,
                                                          bank_of_350):
    # Given the librarian searching a word every question holds: the oldest is listed last
    qtbot.keyClicks(panel.search_box, "apa")
    qtbot.waitUntil(lambda: panel.count_label.text() == f"{SIZE} questions")
    oldest = bank_of_350[0]
    assert oldest not in listed_ids(panel)
    # When that question is chosen from elsewhere (a translation's link, start from the bank)
    panel.detail.translation_chosen.emit(oldest)
    # Then it is listed and chosen, with the search kept, and its words are in the detail
    assert panel.current_id() == oldest
    assert panel.search_box.text() == "apa"
    assert "Întrebarea numărul 0 despre apă?" in panel.detail.toPlainText()


def test_after_an_edit_far_down_the_list_the_question_stays_chosen(qtbot, panel, database,
                                                                   bank_of_350):
    # Given the oldest question chosen, far down a search's matches
    qtbot.keyClicks(panel.search_box, "apa")
    qtbot.waitUntil(lambda: panel.count_label.text() == f"{SIZE} questions")
    oldest = bank_of_350[0]
    panel.detail.translation_chosen.emit(oldest)
    # When she marks it as a favourite (a change through the undo stack, as an edit is)
    panel.favourite_action.trigger()
    # Then it stays chosen, and the list still holds what the search finds
    qtbot.waitUntil(lambda: panel.favourite_action.isChecked())
    assert panel.current_id() == oldest
    assert bank.get_question(database, oldest).favourite
    assert panel.count_label.text() == f"{SIZE} questions"
