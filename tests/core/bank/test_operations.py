"""Every change to the bank can be taken back exactly, and made again: add, edit, duplicate,
delete, favourite and import, one way."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from sole_app.core.bank import operations
from sole_app.core.bank import store as bank
from sole_app.core.bank.question_data import QuestionData
from sole_app.core.bank.search import search

USED = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)


def content(database) -> tuple[list, list[str]]:
    """Everything the bank holds: each question in full (id, uid, dates, last use), and tags."""
    ids = sorted(row.id for row in search(database, "").rows)
    return bank.get_questions(database, ids), bank.all_tags(database)


@pytest.fixture
def stocked(database):
    """Two questions, one a favourite used in a session, the other with notes and tags."""
    star = bank.add_question(database, QuestionData("Ce este o stea?", "ro", ("astronomie",)))
    bank.set_favourite(database, star.id, True)
    bank.mark_used(database, star.id, USED)
    bank.add_question(database, QuestionData("Why do we sleep?", "en", ("biology",), 8, 11,
                                             notes="- a story"))
    return database


def pack_file(tmp_path, *questions: dict):
    path = tmp_path / "pack.json"
    path.write_text(json.dumps({"format": "sole-question-pack", "version": 1,
                                "questions": list(questions)}, ensure_ascii=False),
                    encoding="utf-8")
    return path


CHANGES = {
    "add": lambda db, tmp: operations.add_question(
        db, QuestionData("De ce visăm?", "ro", ("vis",))),
    "edit": lambda db, tmp: operations.edit_question(
        db, 2, QuestionData("Why do we dream?", "en", ("mind",), 9, 12, notes="changed")),
    "duplicate": lambda db, tmp: operations.duplicate_question(
        db, 2, QuestionData("De ce dormim?", "ro"), link_translation=True),
    "delete": lambda db, tmp: operations.delete_question(db, 1),
    "favourite": lambda db, tmp: operations.set_favourite(db, 2, True),
    "import": lambda db, tmp: operations.import_file(db, pack_file(
        tmp, {"text": "Ce este o stea?", "language": "ro"},
        {"text": "Ce mâncau dacii?", "language": "ro", "tags": ["istorie"]})),
}


@pytest.mark.parametrize("name", CHANGES)
def test_reverting_a_change_leaves_the_bank_as_it_was_and_redoing_it_as_it_became(
        stocked, tmp_path, name):
    # Given the bank's whole content
    original = content(stocked)
    # When an operation changes it, and its change is reverted
    change = CHANGES[name](stocked, tmp_path)
    changed = content(stocked)
    assert changed != original
    redo = change.revert(stocked)
    # Then the bank is exactly as it was, ids, uids, dates and last use included
    assert content(stocked) == original
    # And reverting the revert makes the change again, exactly
    redo.revert(stocked)
    assert content(stocked) == changed


def test_a_deleted_question_comes_back_with_its_id_tags_favourite_and_last_use(stocked):
    before = bank.get_question(stocked, 1)
    change = operations.delete_question(stocked, 1)
    restored = change.revert(stocked)
    assert bank.get_question(stocked, 1) == before
    assert before.favourite and before.last_used_at == USED and before.tags == ("astronomie",)
    assert restored.focus == 1  # the window shows the question it brought back


def test_undoing_an_import_removes_exactly_what_it_added(stocked, tmp_path):
    # Given a pack with one question already in the bank and one new
    change = operations.import_file(stocked, pack_file(
        tmp_path, {"text": "Ce este o stea?", "language": "ro"},
        {"text": "Ce mâncau dacii?", "language": "ro"}))
    assert (change.added, change.duplicates) == (1, 1)
    # When the import is reverted
    change.revert(stocked)
    # Then the new question is gone and the one that was there already stays
    texts = [question.text for question in content(stocked)[0]]
    assert texts == ["Ce este o stea?", "Why do we sleep?"]


def test_undoing_an_edit_keeps_a_last_use_made_since(stocked):
    # Given an edited question, then used in a session
    change = operations.edit_question(stocked, 2, QuestionData("Why do we dream?", "en"))
    bank.mark_used(stocked, 2, USED)
    # When the edit is undone
    change.revert(stocked)
    # Then the text is back, and the session's use is not forgotten
    question = bank.get_question(stocked, 2)
    assert question.text == "Why do we sleep?" and question.last_used_at == USED
