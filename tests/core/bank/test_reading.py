"""The bank read without the ORM (what the window reads as it opens) is the bank the ORM wrote:
the same question, tags in the order written, translations, favourite and dates."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

from sole_app.core.bank import reading, store
from sole_app.core.bank.models import Question
from sole_app.core.bank.question_data import QuestionData
from sole_app.core.db import open_database


def test_a_question_read_without_the_orm_is_the_one_the_orm_wrote(database):
    # Given a question with tags in a written order, notes, ages, a favourite, a use
    written = store.add_question(database, QuestionData(
        "De ce plutesc vapoarele?", "ro", tags=("știință", "apă", "fizică"), age_min=10,
        age_max=12, notes="Un *vas* cu apă", source="club", favourite=True))
    store.mark_used(database, written.id, datetime(2026, 11, 3, 15, 30, tzinfo=UTC))
    with database.session() as session:  # as the ORM reads it back
        expected = store._view(session.get(Question, written.id))
    # When it is read on the driver's connection
    found = reading.get_question(database, written.id)
    # Then it is that very question: the tags in their order, the dates in UTC
    assert found == expected
    assert found.data.tags == ("știință", "apă", "fizică")
    assert found.last_used_at == datetime(2026, 11, 3, 15, 30, tzinfo=UTC)
    assert found.favourite is True and found.created_at.tzinfo is not None


def test_translations_and_tags_and_languages_are_read_as_they_are(database):
    # Given a question, its linked English translation, and an unrelated Russian one
    ro = store.add_question(database, QuestionData("Ce este un robot?", "ro", tags=("tehnică",)))
    en = store.add_question(database, QuestionData("What is a robot?", "en",
                                                   tags=("technology",)))
    store.link_translation(database, ro.id, en.id)
    store.add_question(database, QuestionData("Что такое дождь?", "ru", tags=("природа",)))
    # When the bank is read without the ORM
    ro_now = reading.get_question(database, ro.id)
    # Then each finds the other as its translation, and the tags and languages are all there
    assert [view.id for view in reading.translations_of(database, ro_now)] == [en.id]
    assert reading.all_tags(database, "ru") == ["природа"]
    assert set(reading.all_tags(database)) >= {"tehnică", "technology", "природа"}
    assert reading.languages_in_use(database) == ["en", "ro", "ru"]
    assert [view.id for view in reading.get_questions(database, [en.id, 99999, ro.id])] == [
        en.id, ro.id]


def test_a_database_opened_at_the_newest_schema_reads_before_sqlalchemy_then_through_it(
        data_paths):
    # Given a database file at the newest schema, opened again (no engine made yet)
    open_database(data_paths.database, data_paths.backups).close()
    database = open_database(data_paths.database, data_paths.backups)
    assert database._engine is None
    # When a question is written through the ORM after a first read
    assert reading.languages_in_use(database) == []
    store.add_question(database, QuestionData("Why is the sky blue?", "en"))
    # Then the next read sees it, now through the engine's connection
    assert reading.languages_in_use(database) == ["en"]
    assert database._reader is None
    database.close()


def test_another_thread_reads_through_the_engine_not_the_windows_connection(data_paths):
    # Given a database opened again, read once on this thread (its own connection)
    open_database(data_paths.database, data_paths.backups).close()
    database = open_database(data_paths.database, data_paths.backups)
    assert reading.languages_in_use(database) == []
    # When the group page's server thread reads
    found: list = []
    worker = threading.Thread(target=lambda: found.append(reading.languages_in_use(database)))
    worker.start()
    worker.join()
    # Then it read (sqlite3 refuses a connection shared across threads), and this thread's
    # connection is still this thread's
    assert found == [[]]
    assert reading.languages_in_use(database) == []
    database.close()
