"""A big import goes in at once and in bulk, and leaves the bank exactly as one question at a
time would: searchable, its duplicates counted across batches, and all or nothing."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from sole_app.core.bank import operations
from sole_app.core.bank import store as bank
from sole_app.core.bank.bulk import BATCH, FTS_TRIGGER
from sole_app.core.bank.errors import InvalidImportFile
from sole_app.core.bank.pack import import_file
from sole_app.core.bank.question_data import QuestionData
from sole_app.core.bank.search import search
from sole_app.core.db import open_database


def write_pack(path, questions):
    path.write_text(json.dumps({"format": "sole-question-pack", "version": 1,
                                "questions": questions}, ensure_ascii=False), encoding="utf-8")
    return path


def many(count: int, start: int = 0) -> list[dict]:
    return [{"text": f"De ce număr {n}, școală?", "language": "ro", "tags": [f"t{n % 7}"]}
            for n in range(start, start + count)]


def index_matches_questions(database) -> bool:
    """FTS5's own check that the full-text index holds exactly what the questions hold."""
    with database.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO questions_fts(questions_fts, rank) VALUES ('integrity-check', 1)"))
    return True


def trigger_in_place(database) -> bool:
    with database.engine.connect() as connection:
        return connection.execute(text(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = :name"),
            {"name": FTS_TRIGGER}).scalar_one() == 1


def test_a_file_of_several_batches_is_searchable_and_so_is_what_comes_after(database, tmp_path):
    # Given a bank with a question, and a pack of two and a half batches
    bank.add_question(database, QuestionData("Ce este o stea?", "ro"))
    path = write_pack(tmp_path / "big.json", many(BATCH * 2 + BATCH // 2))
    # When it is imported
    result = import_file(database, path)
    # Then every question is in the bank, found by search, with ids that follow the bank's
    assert result.added == BATCH * 2 + BATCH // 2 and list(result.added_ids)[:2] == [2, 3]
    assert search(database, "scoala numar 2499").total == 1
    assert index_matches_questions(database) and trigger_in_place(database)
    # And a question added afterwards is searchable too
    bank.add_question(database, QuestionData("Unde se duc păsările iarna?", "ro"))
    assert search(database, "pasarile").total == 1 and index_matches_questions(database)


def test_a_problem_in_the_last_batch_writes_nothing_and_keeps_search_whole(database, tmp_path):
    # Given a pack whose last question is broken, after two full batches
    questions = many(BATCH * 2) + [{"text": "", "language": "ro"}]
    path = write_pack(tmp_path / "broken.json", questions)
    with pytest.raises(InvalidImportFile):
        import_file(database, path)
    assert bank.count_questions(database) == 0
    assert trigger_in_place(database) and index_matches_questions(database)
    bank.add_question(database, QuestionData("Ce este o stea?", "ro"))
    assert search(database, "stea").total == 1


def test_duplicates_are_found_across_batches_and_against_the_bank(database, tmp_path):
    bank.add_question(database, QuestionData("De ce număr 5, școală?", "ro"))
    questions = many(BATCH + 10) + [{"text": "de ce NUMĂR 7,   școală?", "language": "ro"},
                                     {"text": "De ce număr 7, școală?", "language": "en"}]
    result = import_file(database, write_pack(tmp_path / "dups.json", questions))
    assert (result.added, result.duplicates) == (BATCH + 10, 2)


def test_the_same_uid_twice_adds_the_first(database, tmp_path):
    uid = "11111111-1111-4111-8111-111111111111"
    questions = [{"uid": uid, "text": "First?", "language": "en"},
                 *many(BATCH), {"uid": uid, "text": "Second?", "language": "en"}]
    result = import_file(database, write_pack(tmp_path / "uids.json", questions))
    assert result.duplicates == 1 and search(database, "first").total == 1


def test_undoing_a_big_import_removes_exactly_it_and_redoing_brings_it_back(database, tmp_path):
    # Given a bank with a question, and an import of a batch and a half
    kept = bank.add_question(database, QuestionData("Ce este o stea?", "ro", ("cer",)))
    change = operations.import_file(database, write_pack(tmp_path / "p.json",
                                                         many(BATCH + BATCH // 2)))
    imported = bank.get_questions(database, range(1, BATCH * 2 + 2))
    # When it is undone, then only the question from before is left, and search agrees
    redo = change.revert(database)
    assert [question.id for question in bank.get_questions(database, range(1, 3000))] == [
        kept.id]
    assert search(database, "scoala").total == 0 and index_matches_questions(database)
    # When it is redone, then the imported questions are back as they were
    redo.revert(database)
    assert bank.get_questions(database, range(1, BATCH * 2 + 2)) == imported
    assert search(database, "scoala").total == BATCH + BATCH // 2


VARIED = [  # text, language, tags, notes: diacritics both ways, Cyrillic, words only in notes
    ("De ce învață copiii la școală?", "ro", ["școală", "Învățare"], "Despre pădure și râu."),
    ("Cum ar fi lumea fără ştiinţă?", "ro", ["știință"], ""),
    ("Почему дети учатся в школе?", "ru", ["школа"], "Заметка про лес."),
    ("Why do rivers flow to the sea?", "en", ["water", "Geography"], "Ask about rain first."),
    ("Unde se duc păsările iarna?", "ro", ["animale"], "scoala de vara"),
    ("What would school be like without books?", "en", ["school"], ""),
]
SEARCHES = ("scoala", "școală", "stiinta", "ш", "школ", "лес", "river", "sea",
            "geography", "rain", "de ce", "w", "pas", "animale", "vara")


def _import_bank_and_one_by_one_bank(database, tmp_path, count: int):
    """The same questions (after one already there) in two banks: imported, and added one by
    one through the editor's path."""
    first = QuestionData("Ce este o stea?", "ro", ("cer",), notes="lumina")
    one_by_one = open_database(tmp_path / "one-by-one.sqlite3")
    questions = [{"text": f"{text} {n}", "language": language, "tags": tags, "notes": notes}
                 for n in range(count) for text, language, tags, notes in VARIED]
    for bank_database in (database, one_by_one):
        bank.add_question(bank_database, first)
    import_file(database, write_pack(tmp_path / "varied.json", questions))
    for question in questions:
        bank.add_question(one_by_one, QuestionData(
            question["text"], question["language"], tuple(question["tags"]),
            notes=question["notes"]))
    return one_by_one


def test_search_finds_the_same_after_a_bulk_import_as_after_adding_one_by_one(database,
                                                                              tmp_path):
    # Given the same questions imported into one bank and added one by one into another
    one_by_one = _import_bank_and_one_by_one_bank(database, tmp_path, 12)
    try:
        # When a few searches run in both, by text, tag and notes, with and without diacritics
        for typed in SEARCHES:
            imported, added = search(database, typed), search(one_by_one, typed)
            # Then they find the same questions, in the same order
            assert imported.total > 0, typed
            assert (imported.total, [(row.id, row.text) for row in imported.rows]) == (
                added.total, [(row.id, row.text) for row in added.rows]), typed
        # And both indexes pass FTS5's own check, with its settings as they were
        assert index_matches_questions(database) and index_matches_questions(one_by_one)
        assert fts_settings(database) == fts_settings(one_by_one)
    finally:
        one_by_one.close()


def fts_settings(database) -> list[tuple]:
    with database.engine.connect() as connection:
        return connection.execute(text(
            "SELECT k, v FROM questions_fts_config ORDER BY k")).all()
