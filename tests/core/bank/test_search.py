"""Search as you type: diacritics and cedillas ignored, best matches first, filters combine."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sole_app.core.bank.question_data import QuestionData
from sole_app.core.bank.search import SearchFilters, fts_query, search
from sole_app.core.bank.store import add_question, set_favourite


def texts(result) -> list[str]:
    return [row.text for row in result.rows]


@pytest.fixture
def bank(database):
    """A small bank in three languages."""
    add_question(database, QuestionData("De ce mergem la școală?", "ro", ("educație", "societate")))
    add_question(database, QuestionData("Cum arăta o şcoală acum 100 de ani?", "ro", ("istorie",),
                                        age_min=12, age_max=16))
    add_question(database, QuestionData("Ce este o stea?", "ro", ("astronomie",),
                                        notes="Poveste: o tabără de vară la școală"))
    add_question(database, QuestionData("Why do we have to sleep?", "en", ("biology",),
                                        age_min=8, age_max=11))
    add_question(database, QuestionData("Зачем нужна школа?", "ru", ("общество",)))
    return database


@pytest.mark.parametrize("typed", ["scoala", "ŞCOALĂ", "școală", "şcoala", "scoa", "Scoală"])
def test_diacritics_case_and_cedillas_do_not_matter(bank, typed):
    # Given questions spelled "școală" (comma) and "şcoală" (cedilla)
    # When the librarian types the word in any spelling, or only its start
    found = texts(search(bank, typed))
    # Then both questions are found, and the one only mentioning it in its notes too
    assert "De ce mergem la școală?" in found
    assert "Cum arăta o școală acum 100 de ani?" in found  # stored with the comma letter
    assert "Ce este o stea?" in found


def test_a_match_in_the_question_ranks_above_a_match_in_the_notes(bank):
    found = texts(search(bank, "scoala"))
    assert found.index("Ce este o stea?") == len(found) - 1


def test_every_typed_word_must_match(bank):
    assert texts(search(bank, "scoala 100")) == ["Cum arăta o școală acum 100 de ani?"]


def test_tags_are_searched(bank):
    assert texts(search(bank, "astronom")) == ["Ce este o stea?"]


def test_cyrillic_is_searched_by_prefix(bank):
    assert texts(search(bank, "школ")) == ["Зачем нужна школа?"]


@pytest.mark.parametrize("typed", ['"', "NEAR(a b", "a* OR", "(", "-x", "col:val", "^", "'; --"])
def test_search_syntax_typed_by_a_person_never_raises(bank, typed):
    search(bank, typed)  # no exception: every word is quoted


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=30))
def test_any_typed_text_is_a_safe_query(typed):
    query = fts_query(typed)
    assert query is None or all(part.startswith('"') and part.endswith('"*')
                                for part in query.split(" "))


@pytest.fixture(scope="module")
def shared_bank():
    """One in-memory bank for the generated queries (they only read it)."""
    from sole_app.core.db import open_database

    memory = open_database(None)
    add_question(memory, QuestionData("De ce mergem la școală?", "ro", ("educație",)))
    yield memory
    memory.close()


@settings(max_examples=150, deadline=None)
@given(typed=st.text(max_size=40))
def test_searching_for_anything_typed_never_fails(shared_bank, typed):
    assert search(shared_bank, typed, limit=10).total in (0, 1)


def test_filters_by_language_tag_age_and_favourites(bank):
    assert texts(search(bank, "", SearchFilters(language="en"))) == ["Why do we have to sleep?"]
    assert texts(search(bank, "", SearchFilters(tag="Educatie"))) == ["De ce mergem la școală?"]
    assert "Why do we have to sleep?" not in texts(search(bank, "", SearchFilters(age=13)))
    assert texts(search(bank, "", SearchFilters(age=16))) == ["Cum arăta o școală acum 100 de ani?"]
    assert texts(search(bank, "", SearchFilters(favourites_only=True))) == []


def test_filters_combine_with_the_query(bank):
    # Given a favourite question
    set_favourite(bank, 3, True)
    # Then the query and the filters both have to match
    assert texts(search(bank, "scoala", SearchFilters(favourites_only=True))) == ["Ce este o stea?"]
    assert texts(search(bank, "scoala", SearchFilters(language="en"))) == []
    assert texts(search(bank, "", SearchFilters(tag="no such tag"))) == []


def test_without_a_query_favourites_come_first(bank):
    set_favourite(bank, 4, True)
    assert texts(search(bank, ""))[0] == "Why do we have to sleep?"


def test_a_limited_search_still_says_how_many_match(bank):
    result = search(bank, "", limit=2)
    assert len(result.rows) == 2 and result.total == 5
