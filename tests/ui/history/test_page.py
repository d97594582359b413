"""The librarian finds a past session, reads it, amends its notes, opens its reflection, and
deletes it completely."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from sole_app.core.history.listing import matching_ids
from tests.ui.history.conftest import choose, listed


def test_sessions_are_listed_newest_first_with_their_facts(page):
    assert [text[:12] for text in listed(page)] == ["Может ли дер", "Ar putea un "]
    item = page.list.topLevelItem(1)
    assert [item.text(column) for column in (2, 3, 4, 5)] == [
        "Română", "3", "60 → 67", "Mostly · 90/75/80/70%"]
    assert page.filter_bar.count_label.text() == "2 sessions"


def test_typing_a_word_of_the_findings_narrows_the_list(page, qtbot):
    # Given the history / When the librarian types a word one group wrote, without diacritics
    qtbot.keyClicks(page.filter_bar.search_box, "scoala")
    # Then both sessions stay (both groups wrote it); a Russian word leaves one
    qtbot.waitUntil(lambda: page.filter_bar.count_label.text() == "2 sessions")
    page.filter_bar.search_box.setText("деревня")  # pasted: QTest types ASCII only
    qtbot.waitUntil(lambda: len(listed(page)) == 1)
    assert listed(page)[0].startswith("Может ли деревня")


def test_the_language_filter_keeps_one_language(page, qtbot):
    combo = page.filter_bar.language_filter
    combo.setCurrentIndex(combo.findData("ro"))
    qtbot.waitUntil(lambda: len(listed(page)) == 1)
    assert listed(page)[0].startswith("Ar putea")


def test_the_chosen_session_reads_as_its_export(page):
    choose(page, 1)
    shown = page.report.toPlainText()
    for expected in ("Ar putea un sat să trăiască", "Bufnițele", "Вороны",
                     "Am găsit că vântul și soarele", "Ana, Ștefan", "<b>bold</b> & co",
                     "Engaged", "90% of the children"):
        assert expected in shown, expected
    assert [page.notes.item(row).text() for row in range(page.notes.count())] == [
        "Bufnițele au găsit un video bun", "Вороны спорят о цене",
        "<script>alert('x')</script>"]


def test_a_note_is_amended_and_the_amendment_undone(page, history, qtbot, monkeypatch):
    choose(page, 1)
    page.notes.setCurrentRow(0)
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *_args: ("Bufnițele au găsit un video foarte bun", True))
    qtbot.mouseClick(page.amend_button, Qt.MouseButton.LeftButton)
    assert page.notes.item(0).text() == "Bufnițele au găsit un video foarte bun"
    assert "foarte bun" in page.report.toPlainText()
    history.controller.operations.undo()
    assert page.notes.item(0).text() == "Bufnițele au găsit un video bun"


def test_an_empty_note_is_refused_in_a_sentence(page, qtbot, monkeypatch):
    choose(page, 1)
    page.notes.setCurrentRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args: ("   ", True))
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    qtbot.mouseClick(page.amend_button, Qt.MouseButton.LeftButton)
    assert shown == ["The note cannot be empty."]
    assert page.notes.item(0).text() == "Bufnițele au găsit un video bun"


def test_a_note_is_deleted_and_brought_back(page, history, qtbot):
    choose(page, 1)
    page.notes.setCurrentRow(2)
    qtbot.mouseClick(page.delete_note_button, Qt.MouseButton.LeftButton)
    assert page.notes.count() == 2
    history.controller.operations.undo()
    assert page.notes.count() == 3


def test_edit_the_reflection_opens_the_reflection_dialog_for_that_session(
        page, sessions, reflections_opened, qtbot):
    choose(page, 0)
    assert page.reflection_button.isVisible()
    qtbot.mouseClick(page.reflection_button, Qt.MouseButton.LeftButton)
    assert reflections_opened == [sessions[1]]


def test_without_a_reflection_dialog_the_button_is_hidden(qtbot, database, data_paths,
                                                         sessions):
    from PySide6.QtWidgets import QWidget

    from sole_app.core.settings import AppSettings
    from sole_app.ui.history.wiring import HistoryFeature
    from sole_app.ui.operations import Operations

    parent = QWidget()
    qtbot.addWidget(parent)
    feature = HistoryFeature(database, Operations(database, parent), AppSettings(),
                             data_paths.window_state, parent)
    feature.page().show()
    qtbot.addWidget(feature.page())
    assert not feature.page().reflection_button.isVisible()


def test_deleting_asks_then_leaves_nothing(page, sessions, database, qtbot, monkeypatch):
    # Given the librarian chooses the Romanian session and confirms
    choose(page, 1)
    asked = []

    def confirm(box):
        asked.append(box.text())
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", confirm)
    page.delete_action.trigger()
    # Then she was told it cannot be undone, and the session is gone, from search too
    assert "cannot be undone" in asked[0] and "Ar putea un sat" in asked[0]
    assert [text[:5] for text in listed(page)] == ["Может"]
    assert matching_ids(database, "trăiască") == []
    assert page.notice.text() == "The session was deleted, with everything of it."


def test_cancelling_the_deletion_keeps_the_session(page, monkeypatch):
    choose(page, 1)
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Cancel)
    page.delete_action.trigger()
    assert len(listed(page)) == 2


def test_a_running_session_cannot_be_deleted_from_here(page, history, database, clock):
    from sole_app.core.session import runner
    from tests.full_session import PLAN

    runner.start_session(database, clock, "Rulează acum?", PLAN)
    history.sessions_changed()
    choose(page, 0)
    assert listed(page)[0] == "Rulează acum?"
    assert not page.delete_action.isEnabled()
    choose(page, 1)
    assert page.delete_action.isEnabled()
