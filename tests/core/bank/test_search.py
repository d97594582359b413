"""Search as you type: diacritics and cedillas ignored, best matches first, filters combine."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sole_app.core.bank.question_data import QuestionData
from sole_app.core.bank.search import SearchFilters, fts_query, search
from sole_app.core.bank.store import add_question, get_question, set_favourite


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


# -- many matches: pages, order and counts stay cheap -------------------------------------------
# The thresholds are made small so that a bank of a few dozen questions exercises what a bank of
# 100,000 does.


@pytest.fixture
def big_bank(monkeypatch):
    """40 questions about water (text, tags or notes only), 3 about fire; few to rank, few to
    count."""
    from sole_app.core.bank import search as search_module
    from sole_app.core.db import open_database

    monkeypatch.setattr(search_module, "RANK_AT_MOST", 5)
    monkeypatch.setattr(search_module, "COUNT_AT_MOST", 12)
    memory = open_database(None)
    for number in range(40):
        where = ("text", "tags", "notes")[number % 3]
        add_question(memory, QuestionData(
            f"Întrebarea {number}: {'de ce curge apa' if where == 'text' else 'ce vedem'}?",
            "ro" if number % 4 else "en", ("apă",) if where == "tags" else ("natură",),
            age_min=8 + number % 5, age_max=14,
            notes="Despre apa din râu." if where == "notes" else ""))
    for number in range(3):
        add_question(memory, QuestionData(f"De ce arde focul {number}?", "ro", ("foc",)))
    yield memory
    memory.close()


def ids(result) -> list[int]:
    return [row.id for row in result.rows]


@pytest.mark.parametrize("filters", [SearchFilters(), SearchFilters(language="ro"),
                                     SearchFilters(language="ro", age=9)])
def test_many_matches_list_the_question_itself_first_then_the_notes_newest_first(big_bank,
                                                                                  filters):
    # Given more matches than are worth ranking (with the language filter too, which the
    # index answers)
    # When the librarian types a word found in texts, tags and notes
    rows = search(big_bank, "apa", filters).rows
    assert len(rows) > 5 and any(
        "râu" not in get_question(big_bank, row.id).notes for row in rows)
    # Then every question holding it in its text or tags comes before those with it in the notes
    in_notes = ["râu" in get_question(big_bank, row.id).notes for row in rows]
    assert in_notes == sorted(in_notes)
    # And each part is newest first
    for part in (False, True):
        part_ids = [row.id for row, noted in zip(rows, in_notes, strict=True) if noted == part]
        assert part_ids == sorted(part_ids, reverse=True)


@pytest.mark.parametrize("filters", [SearchFilters(), SearchFilters(language="ro"),
                                     SearchFilters(age=9), SearchFilters(tag="apa")])
@pytest.mark.parametrize("typed", ["apa", "ce", "", "de ce"])
def test_pages_asked_one_after_another_make_the_whole_list(big_bank, typed, filters):
    # Given the whole list, asked for at once
    whole = search(big_bank, typed, filters)
    # When a list asks for it page by page, as a librarian scrolls
    pages = [search(big_bank, typed, filters, limit=7, offset=start)
             for start in range(0, len(whole.rows) + 7, 7)]
    # Then the pages, end to end, are the same list
    assert [row.id for page in pages for row in page.rows] == ids(whole)
    assert whole.total == len(whole.rows) and whole.total_exact


def test_a_total_past_the_count_is_a_lower_bound(big_bank):
    # Given more matches than are counted (12 here; 1,000 in the app)
    result = search(big_bank, "apa", limit=5)
    # Then the total says "at least", and is never below what is shown
    assert (result.total, result.total_exact) == (12, False)
    assert len(result.rows) == 5
    # And with few matches it is exact
    assert (search(big_bank, "focul", limit=2).total, True) == (3, True)


@pytest.mark.parametrize("filters", [SearchFilters(language="ro"), SearchFilters(age=12),
                                     SearchFilters(language="en", age=8)])
@pytest.mark.parametrize("typed", ["apa", "ce", "de", ""])
def test_a_filtered_total_is_exact_or_a_lower_bound_never_below_the_page(big_bank, typed,
                                                                         filters):
    # Given a filter that keeps some of many matches
    whole = search(big_bank, typed, filters)
    # When only a page is asked for
    page = search(big_bank, typed, filters, limit=5)
    # Then its total is at least what it shows and at most what there is; exact when it says so
    assert len(page.rows) <= page.total <= whole.total
    assert not page.total_exact or page.total == whole.total


def test_a_few_matches_are_still_ranked(big_bank):
    # Given three questions about fire (fewer than are worth ranking)
    found = texts(search(big_bank, "focul arde", limit=10))
    assert len(found) == 3


@pytest.mark.parametrize("tag", ['științe "pure"', "ştiinţe naturale", "a-b", "#"])
def test_a_tag_filter_finds_the_same_questions_with_a_query(database, tag):
    # Given questions tagged with odd tag names (quotes, words, punctuation only)
    add_question(database, QuestionData("De ce plouă?", "ro", (tag, "vreme")))
    add_question(database, QuestionData("De ce ninge?", "ro", ("vreme",)))
    # When the tag filter is used with a query
    found = texts(search(database, "de ce", SearchFilters(tag=tag)))
    # Then exactly the tagged question is found
    assert found == ["De ce plouă?"]
