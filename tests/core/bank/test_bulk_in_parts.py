"""An import read in a second thread and indexed for search a part at a time leaves the bank as
before: into a bank that already holds questions, every new one is found by its text, its tags,
its language and its favourite mark; a problem late in the file, a file the reader refuses at
its end, or a disk that fills up half-way leaves the bank exactly as it was."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import event, text

from sole_app.core.bank import bulk
from sole_app.core.bank import store as bank
from sole_app.core.bank.bulk import BATCH
from sole_app.core.bank.errors import InvalidImportFile
from sole_app.core.bank.pack import import_file, read_file
from sole_app.core.bank.question_data import QuestionData
from sole_app.core.bank.search import SearchFilters, search
from sole_app.core.db import open_database
from sole_app.core.engine import DatabaseNotSaved
from tests.core.bank.test_bulk import fts_settings, index_matches_questions, trigger_in_place
from tests.fuzz.conftest import snapshot

COUNT = BATCH * 2 + BATCH // 2
LANGUAGES = ("ro", "en", "ru")
FAVOURITES = SearchFilters(favourites_only=True)


@pytest.fixture(autouse=True)
def index_every_batch(monkeypatch):
    """The index filled after every batch (10 batches in the app): three parts in 2,500."""
    monkeypatch.setattr(bulk, "FTS_EVERY", BATCH)


def questions(count: int = COUNT) -> list[dict]:
    return [{"text": f"De ce cresc florile q{n}x?", "language": LANGUAGES[n % 3],
             "tags": [f"grupa{n % 5}"], "notes": f"notita{n}z"} for n in range(count)]


def write_pack(path, entries, **fields):
    pack = {"format": "sole-question-pack", "version": 1, "questions": entries, **fields}
    path.write_text(json.dumps(pack, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def filled(database):
    """A bank of two questions, one of them a favourite, before the import."""
    star = bank.add_question(database, QuestionData("Ce este o stea?", "ro", ("cer",)))
    bank.set_favourite(database, star.id, True)
    bank.add_question(database, QuestionData("Why is the sky blue?", "en", ("sky",)))
    return database


@pytest.mark.parametrize("n", [0, 1, BATCH - 1, BATCH, BATCH + 1, 2 * BATCH, COUNT - 1])
def test_each_part_is_found_by_text_notes_and_language_after_an_import_into_a_full_bank(
        filled, tmp_path, n):
    # Given a bank with questions, and a pack indexed in three parts
    result = import_file(filled, write_pack(tmp_path / "pack.json", questions()))
    assert result.added == COUNT
    # When the librarian looks for question n by a word of its text, or of its notes
    language = LANGUAGES[n % 3]
    # Then it is found, also with its language's filter, and not with another's
    assert [row.text for row in search(filled, f"q{n}x").rows] == [
        f"De ce cresc florile q{n}x?"]
    assert search(filled, f"notita{n}z").total == 1
    assert search(filled, f"q{n}x", SearchFilters(language=language)).total == 1
    other = LANGUAGES[(n + 1) % 3]
    assert search(filled, f"q{n}x", SearchFilters(language=other)).total == 0


def test_tags_languages_and_favourites_of_an_import_in_parts_are_all_in_the_index(filled,
                                                                                 tmp_path):
    # Given a bank with a favourite, and a pack indexed in three parts
    import_file(filled, write_pack(tmp_path / "pack.json", questions()))
    # Then a tag typed finds its questions, as does the tag filter
    assert search(filled, "grupa3").total == COUNT // 5
    assert search(filled, "", SearchFilters(tag="grupa3")).total == COUNT // 5
    # And each language filter finds its share of a word every imported question holds
    assert [search(filled, "florile", SearchFilters(language=code)).total
            for code in LANGUAGES] == [834, 833, 833]
    # And only the bank's own favourite is one (a file never marks favourites)
    assert [row.text for row in search(filled, "", FAVOURITES).rows] == ["Ce este o stea?"]
    assert search(filled, "florile", FAVOURITES).total == 0
    # When an imported question of the last part is marked a favourite
    last = search(filled, f"q{COUNT - 1}x").rows[0]
    bank.set_favourite(filled, last.id, True)
    # Then the favourites filter finds it, and the index is whole, its settings as before
    assert [row.id for row in search(filled, "florile", FAVOURITES).rows] == [last.id]
    assert index_matches_questions(filled) and trigger_in_place(filled)
    assert fts_settings(filled) == fts_settings_of_a_new_bank(tmp_path)


def fts_settings_of_a_new_bank(tmp_path) -> list[tuple]:
    fresh = open_database(tmp_path / "fresh.sqlite3")
    try:
        return fts_settings(fresh)
    finally:
        fresh.close()


def unchanged_and_searchable(database, before) -> bool:
    assert snapshot(database.path) == before
    assert search(database, "florile").total == 0 and search(database, "stea").total == 1
    assert index_matches_questions(database) and trigger_in_place(database)
    return True


def test_a_problem_late_in_the_file_after_parts_were_indexed_writes_nothing(filled, tmp_path):
    # Given a pack whose question 2,401 of 2,500 has no text (two parts indexed before it)
    entries = questions()
    entries[2400]["text"] = ""
    path = write_pack(tmp_path / "late.json", entries)
    before, settings = snapshot(filled.path), fts_settings(filled)
    # When it is imported
    with pytest.raises(InvalidImportFile) as caught:
        import_file(filled, path)
    # Then the sentence is the one reading the file alone gives, and the bank is as it was
    with pytest.raises(InvalidImportFile) as read_alone:
        read_file(path)
    assert str(caught.value) == str(read_alone.value) and "2401" in str(caught.value)
    assert unchanged_and_searchable(filled, before) and fts_settings(filled) == settings


def test_a_pack_the_reader_refuses_at_its_end_is_refused_in_the_same_sentence(filled,
                                                                              tmp_path):
    # Given a pack whose format, written after its 2,500 questions, is not a question pack's
    path = tmp_path / "late-format.json"
    path.write_text('{"version": 1, "questions": ' + json.dumps(questions()) +
                    ', "format": "something-else"}', encoding="utf-8")
    before = snapshot(filled.path)
    # When it is imported (its questions were read and written by then, in the other thread)
    with pytest.raises(InvalidImportFile) as caught:
        import_file(filled, path)
    # Then the reader's own sentence reaches the caller, and nothing was written
    assert str(caught.value) == str(InvalidImportFile(path, "not_a_pack"))
    assert unchanged_and_searchable(filled, before)


def test_a_disk_that_fills_up_half_way_through_leaves_the_bank_as_it_was(filled, tmp_path):
    # Given a disk with room for about three quarters of what the import writes
    path = write_pack(tmp_path / "pack.json", questions())
    growth = pages_an_import_adds(tmp_path, path)
    before, pages = snapshot(filled.path), page_count(filled)

    def small_disk(dbapi_connection, _record):
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + growth * 3 // 4}")

    filled.engine.dispose()
    event.listen(filled.engine, "connect", small_disk)
    try:
        # When it is imported
        with pytest.raises(DatabaseNotSaved) as caught:
            import_file(filled, path)
    finally:
        event.remove(filled.engine, "connect", small_disk)
        filled.engine.dispose()
    # Then the librarian reads that the disk is full, and the bank is as it was
    assert str(caught.value).startswith(f"The change was not saved in {filled.path}: the "
                                        "disk is full.")
    assert unchanged_and_searchable(filled, before)
    # And with room again, the same import goes in whole
    assert import_file(filled, path).added == COUNT and index_matches_questions(filled)


def page_count(database) -> int:
    with database.engine.connect() as connection:
        return connection.execute(text("PRAGMA page_count")).scalar_one()


def pages_an_import_adds(tmp_path, path) -> int:
    probe = open_database(tmp_path / "probe.sqlite3")
    try:
        before = page_count(probe)
        import_file(probe, path)
        return page_count(probe) - before
    finally:
        probe.close()
