"""The language and favourites filters are answered by the full-text index (migration 0005):
typed words still match only a question's text, tags and notes, and the index follows every
change of language or favourite, also in a bank made before 0005."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import text

from sole_app.core.bank.question_data import QuestionData
from sole_app.core.bank.search import SearchFilters, search
from sole_app.core.bank.store import add_question, get_question, set_favourite, update_question

ROMANIAN = SearchFilters(language="ro")
FAVOURITES = SearchFilters(favourites_only=True)


def texts(result) -> list[str]:
    return [row.text for row in result.rows]


@pytest.fixture
def bank(database):
    """Two questions in Romanian and English whose words never start like "ro", "en", "1"."""
    add_question(database, QuestionData("De ce avem nevoie de somn?", "ro", ("sănătate",)))
    add_question(database, QuestionData("Why do we have to sleep?", "en", ("biology",)))
    return database


@pytest.mark.parametrize("typed", ["ro", "en", "r", "e", "1", "0", "language", "favourite"])
def test_a_language_code_or_a_favourite_mark_typed_finds_nothing(bank, typed):
    # Given a bank whose questions hold none of these words, one of them a favourite
    set_favourite(bank, search(bank, "somn").rows[0].id, True)
    # When the librarian types a language's code, or what the index keeps for a favourite
    # Then no question matches on its language or its star, with or without a filter
    assert texts(search(bank, typed)) == []
    assert texts(search(bank, typed, ROMANIAN)) == []
    assert texts(search(bank, typed, FAVOURITES)) == []


def test_the_language_filter_follows_a_change_of_language(bank):
    # Given the English question, found with the English filter and not the Romanian one
    english = search(bank, "sleep").rows[0]
    assert texts(search(bank, "sleep", SearchFilters(language="en"))) == [english.text]
    assert texts(search(bank, "sleep", ROMANIAN)) == []
    # When its language is changed to Romanian
    update_question(bank, english.id, replace(get_question(bank, english.id).data,
                                              language="ro"))
    # Then the filters find it under Romanian, and no longer under English
    assert texts(search(bank, "sleep", ROMANIAN)) == [english.text]
    assert texts(search(bank, "sleep", SearchFilters(language="en"))) == []


def test_the_favourites_filter_follows_the_star(bank):
    # Given a question that is not a favourite
    question = search(bank, "somn").rows[0]
    assert texts(search(bank, "somn", FAVOURITES)) == []
    # When it is starred, then unstarred
    set_favourite(bank, question.id, True)
    starred = texts(search(bank, "somn", FAVOURITES))
    set_favourite(bank, question.id, False)
    # Then the favourites filter finds it only while it is starred
    assert starred == [question.text]
    assert texts(search(bank, "somn", FAVOURITES)) == []


def test_filters_in_the_index_find_what_filtering_the_rows_finds(database):
    # Given 300 questions in three languages, a few of them favourites, all holding "apă"
    for number in range(300):
        language = ("ro", "en", "ru")[number % 3]
        saved = add_question(database, QuestionData(
            f"Întrebarea {number} despre apă?", language, age_min=8, age_max=12))
        if number % 7 == 0:
            set_favourite(database, saved.id, True)
    everything = search(database, "apa").rows
    # When the filters are asked of the index / Then it finds exactly the questions that pass
    for filters in (ROMANIAN, FAVOURITES, SearchFilters(language="ru", favourites_only=True),
                    SearchFilters(language="en", age=10)):
        expected = {row.id for row in everything
                    if filters.language in (None, row.language)
                    and (row.favourite or not filters.favourites_only)}
        found = search(database, "apa", filters)
        assert {row.id for row in found.rows} == expected
        assert found.total == len(expected) and found.total_exact


def test_a_bank_made_before_the_index_held_the_language_is_filtered_after_the_update(
        data_paths):
    # Given a database at revision 0004 holding a Romanian favourite and an English question
    from alembic import command

    from sole_app.core import db as db_module
    from sole_app.core.engine import make_engine

    engine = make_engine(data_paths.database)
    config = db_module._alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004_session_search")
    with engine.begin() as connection:
        for uid, words, language, favourite in (("u1", "De ce avem nevoie de somn?", "ro", 1),
                                                ("u2", "Why do we need somnambulism?", "en", 0)):
            connection.execute(text(
                "INSERT INTO questions (uid, text, language, age_min, age_max, notes, source, "
                "favourite, created_at, updated_at) VALUES (:uid, :words, :language, 8, 12, "
                "'', '', :favourite, '2026-01-01', '2026-01-01')"),
                {"uid": uid, "words": words, "language": language, "favourite": favourite})
    engine.dispose()
    # When the app opens it (and migrates it)
    database = db_module.open_database(data_paths.database, data_paths.backups)
    # Then both are still found, and each filter keeps only its own
    assert len(search(database, "somn").rows) == 2
    assert texts(search(database, "somn", ROMANIAN)) == ["De ce avem nevoie de somn?"]
    assert texts(search(database, "somn", FAVOURITES)) == ["De ce avem nevoie de somn?"]
    assert texts(search(database, "somn", SearchFilters(language="en"))) == [
        "Why do we need somnambulism?"]
    database.close()


@pytest.mark.parametrize("filters", [SearchFilters(age=10), SearchFilters(tag="natură"),
                                     SearchFilters(language="ro", tag="natura", age=9)])
def test_with_a_filter_sql_checks_a_full_page_says_at_least_one_more(database, filters):
    # Counting every match a tag or an age keeps cost twice the page: a page says only
    # whether more follow, and the whole list still comes page by page.
    # Given 30 Romanian questions about water, for ages 8 to 12, tagged nature
    for number in range(30):
        add_question(database, QuestionData(f"Întrebarea {number} despre apă?", "ro",
                                            ("natură",), age_min=8, age_max=12))
    # When a page of 10 is asked for, with no words (the whole list), and with words that
    # match few enough to rank (which also counts them exactly, cheaply)
    for typed, said in (("", (11, False)), ("apa", (30, True))):
        first = search(database, typed, filters, limit=10)
        # Then the list says at least 11 (the words: all 30), and asking page after page
        # gives all 30, the last page exactly
        assert (len(first.rows), first.total, first.total_exact) == (10, *said)
        pages = [search(database, typed, filters, limit=10, offset=start)
                 for start in (0, 10, 20)]
        assert len({row.id for page in pages for row in page.rows}) == 30
        assert (pages[-1].total, pages[-1].total_exact) == (30, True)


def test_many_imported_questions_are_found_by_the_language_filter(database):
    # Given 250 questions imported at once (the import fills the index in one statement),
    # in two languages, and one typed by hand
    from sole_app.core.bank.store import import_questions

    import_questions(database, [QuestionData(f"Întrebarea {number} despre apă?",
                                             ("ro", "en")[number % 2]) for number in range(250)])
    add_question(database, QuestionData("O ultimă întrebare despre apă?", "ro"))
    # When the librarian searches a word all of them hold, with the Romanian filter
    found = search(database, "apa", ROMANIAN, limit=100)
    # Then the 126 Romanian ones are counted, and the pages hold only Romanian questions
    assert (found.total, found.total_exact) == (126, True)
    assert {row.language for row in found.rows} == {"ro"}


def test_a_regional_code_is_told_apart_from_its_language(database):
    # Given many questions in Romanian, and a few in Romanian as written in Moldova
    for number in range(220):
        add_question(database, QuestionData(f"Întrebarea {number} despre apă?",
                                            "ro-MD" if number % 20 == 0 else "ro"))
    # When each code is filtered on
    romanian = search(database, "apa", ROMANIAN)
    moldovan = search(database, "apa", SearchFilters(language="ro-MD"))
    # Then each finds its own questions only
    assert {row.language for row in romanian.rows} == {"ro"} and len(romanian.rows) == 209
    assert {row.language for row in moldovan.rows} == {"ro-MD"} and len(moldovan.rows) == 11
