"""A search that the filters empty says how many matches they hide, and where."""

from __future__ import annotations

import pytest

from sole_app.core.bank.hidden import HiddenMatches, hidden_matches
from sole_app.core.bank.question_data import QuestionData
from sole_app.core.bank.search import SearchFilters, search
from sole_app.core.bank.store import add_question


@pytest.fixture
def bank(database):
    """Three Romanian questions about school, one English, one Russian."""
    for text, age in (("De ce mergem la școală?", 10), ("Cum arăta o şcoală acum 100 de ani?", 14),
                      ("Ce ar schimba copiii la școala lor?", 10)):
        add_question(database, QuestionData(text, "ro", ("școală",), age_min=age, age_max=age))
    add_question(database, QuestionData("What would you change at your school?", "en"))
    add_question(database, QuestionData("Зачем нужна школа?", "ru"))
    return database


def hidden(bank, typed: str, filters: SearchFilters) -> HiddenMatches:
    return hidden_matches(bank, typed, filters, search(bank, typed, filters).total)


def test_scoala_in_english_finds_nothing_but_three_romanian_questions_are_counted(bank):
    # Given the bank filtered to English, as in the English interface
    english = SearchFilters(language="en")
    # When the librarian types a Romanian word / Then none is listed, and three are hidden
    assert search(bank, "scoala", english).total == 0
    assert hidden(bank, "scoala", english) == HiddenMatches(other_languages=3)


def test_the_other_filters_hidden_matches_are_counted_apart(bank):
    # Given Romanian questions for 10-year-olds only
    filters = SearchFilters(language="ro", age=10)
    # When "scoala" is searched / Then two are listed, one hidden by the age, none elsewhere
    assert search(bank, "scoala", filters).total == 2
    assert hidden(bank, "scoala", filters) == HiddenMatches(other_languages=0, other_filters=1)


def test_with_nothing_typed_or_no_filter_nothing_is_said_hidden(bank):
    assert not hidden(bank, "", SearchFilters(language="en")).any
    assert not hidden(bank, "scoala", SearchFilters()).any
    assert not hidden(bank, "zzz", SearchFilters(language="en")).any
