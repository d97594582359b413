"""Every shortcut search takes for speed (filters in the index, the tag checked per question, the
list's two parts read in fewer steps) finds exactly what the plain rules say: the questions whose
text, tags or notes hold every typed word and that pass every filter, those holding the words in
their text or tags first, newest first in each; page by page the same; totals never wrong."""

from __future__ import annotations

import sqlite3

import pytest

from sole_app.core.bank import search as search_module
from sole_app.core.bank.question_data import QuestionData, fold
from sole_app.core.bank.search import SearchFilters, fts_query, search
from sole_app.core.bank.store import add_question, set_favourite

VOCABULARY = ["apă", "școală", "știință", "de", "ce", "foc", "pădure", "stea", "calculator"]
TAGS = [("știință",), ("Știință", "natură"), ("științe naturale",), ("natură", "apă"),
        ("istorie",), ("foc",), ("natură",), ()]
AGES = [(10, 14), (3, 99), (9, 9), (14, 20), (15, 18), (8, 10), (11, 13), (10, 10), (12, 12)]
TYPED = ["", "a", "ap", "apa", "de ce", "sc", "scoala", "ştiinţă", "stiinte", "foc", "padure st",
         "zzz", "п", '"', "calculator de"]
FILTERS = [
    SearchFilters(),
    SearchFilters(language="ro"),
    SearchFilters(language="en"),
    SearchFilters(age=10), SearchFilters(age=14), SearchFilters(age=9), SearchFilters(age=15),
    SearchFilters(tag="stiinta"), SearchFilters(tag="ȘTIINȚĂ"), SearchFilters(tag="natura"),
    SearchFilters(tag="stiinte naturale"), SearchFilters(tag="no such tag"),
    SearchFilters(favourites_only=True),
    SearchFilters(language="ro", tag="istorie", age=12),
    SearchFilters(language="ro", tag="natură", age=10, favourites_only=True),
    SearchFilters(language="en", favourites_only=True),
    SearchFilters(language="ro-MD", age=14),
]


def build(database, with_regional: bool) -> None:
    """150 questions: Romanian, English, Russian (and Romanian of Moldova, which shares the word
    "ro"), words from a few in text and notes, tags that fold alike, ages at every edge."""
    languages = ["ro", "en", "ro", "ru"] + (["ro-MD"] if with_regional else [])
    for number in range(150):
        words = [VOCABULARY[(number * 7 + step * 3) % len(VOCABULARY)]
                 for step in range(number % 4 + 1)]
        notes = " ".join(VOCABULARY[(number + step) % len(VOCABULARY)] for step in range(3)) \
            if number % 3 == 0 else ""
        low, high = AGES[number % len(AGES)]
        saved = add_question(database, QuestionData(
            f"Întrebarea {number}: {' '.join(words)}?", languages[number % len(languages)],
            TAGS[number % len(TAGS)], age_min=low, age_max=high, notes=notes))
        if number % 6 == 0:
            set_favourite(database, saved.id, True)


class Reference:
    """The plain rules, read with the simplest queries: which questions each MATCH finds, and
    each question's fields."""

    def __init__(self, database) -> None:
        self.connection = sqlite3.connect(database.path)
        self.rows = {row[0]: row for row in self.connection.execute(
            "SELECT id, language, age_min, age_max, favourite, tags_text, updated_at "
            "FROM questions")}

    def close(self) -> None:
        self.connection.close()

    def matching(self, columns: str, typed: str) -> set[int]:
        return {row[0] for row in self.connection.execute(
            "SELECT rowid FROM questions_fts WHERE questions_fts MATCH ?",
            (f"{columns} : ({fts_query(typed)})",))}

    def passes(self, question_id: int, filters: SearchFilters) -> bool:
        _id, language, age_min, age_max, favourite, tags_text, _updated = self.rows[question_id]
        tags = {fold(name) for name in tags_text.split("\n") if name}
        return ((filters.language is None or language == filters.language)
                and (filters.age is None or age_min <= filters.age <= age_max)
                and (not filters.favourites_only or favourite)
                and (filters.tag is None or fold(filters.tag) in tags))

    def listed(self, typed: str, filters: SearchFilters) -> list[int]:
        """The whole list, in order, when nothing is ranked."""
        if fts_query(typed) is None:
            passing = [row for question_id, row in self.rows.items()
                       if self.passes(question_id, filters)]
            return [row[0] for row in sorted(passing, key=lambda row: (row[4], row[6], row[0]),
                                             reverse=True)]
        everywhere = {question_id for question_id in self.matching("{text tags_text notes}",
                                                                   typed)
                      if self.passes(question_id, filters)}
        in_question = everywhere & self.matching("{text tags_text}", typed)
        return (sorted(in_question, reverse=True)
                + sorted(everywhere - in_question, reverse=True))


@pytest.fixture(scope="module", params=[False, True], ids=["language alone", "with ro-MD"])
def reference(request, tmp_path_factory):
    """The bank, built once for the module: these tests only read it."""
    from sole_app.core.db import open_database

    database = open_database(tmp_path_factory.mktemp("reference") / "bank.sqlite3")
    build(database, request.param)
    checker = Reference(database)
    yield database, checker
    checker.close()
    database.close()


@pytest.fixture(params=[(0, 200), (10**6, 200), (0, 3)],
                ids=["language in the index", "language checked in SQL", "few newest first"])
def unranked(request, monkeypatch):
    """Nothing ranked and little counted: every query takes the paths a bank of 100,000 does,
    the language filter asked of the full-text index, or (as when the words match few
    questions) checked in SQL; the newest matches read first as far as a page reaches, or
    fewer than a page."""
    from sole_app.core.bank import search_sql

    facets_from, newest_first = request.param
    monkeypatch.setattr(search_module, "RANK_AT_MOST", 0)
    monkeypatch.setattr(search_module, "COUNT_AT_MOST", 15)
    monkeypatch.setattr(search_module, "FACETS_PAY_FROM", facets_from)
    monkeypatch.setattr(search_sql, "NEWEST_FIRST", newest_first)


@pytest.mark.parametrize("filters", FILTERS, ids=repr)
def test_the_whole_list_is_what_the_plain_rules_give(reference, unranked, filters):
    # Given a bank of 150 varied questions, nothing ranked
    database, checker = reference
    for typed in TYPED:
        # When the librarian types, with the filters on
        found = search(database, typed, filters)
        # Then the list holds exactly the questions the rules give, in their order
        assert [row.id for row in found.rows] == checker.listed(typed, filters), typed
        assert (found.total, found.total_exact) == (len(found.rows), True)


@pytest.mark.parametrize("filters", FILTERS, ids=repr)
def test_pages_are_slices_of_the_list_and_totals_never_wrong(reference, unranked, filters):
    # Given the same bank, and a list that reads 7 rows at a time
    database, checker = reference
    for typed in TYPED:
        expected = checker.listed(typed, filters)
        for offset in range(0, len(expected) + 1, 7):
            # When the librarian scrolls to a page
            page = search(database, typed, filters, limit=7, offset=offset)
            # Then it is that slice of the list, and its total is what there is, or a lower
            # bound no smaller than what is shown
            assert [row.id for row in page.rows] == expected[offset:offset + 7], (typed, offset)
            assert offset + len(page.rows) <= page.total <= len(expected), (typed, offset)
            assert not page.total_exact or page.total == len(expected), (typed, offset)


@pytest.mark.parametrize("filters", FILTERS, ids=repr)
def test_ranked_lists_hold_the_same_questions(reference, filters):
    # Given the same bank, where few enough matches are ranked by relevance
    database, checker = reference
    for typed in TYPED:
        # When the librarian types, with the filters on
        found = search(database, typed, filters)
        # Then the list holds the same questions as the rules give, each once
        assert sorted(row.id for row in found.rows) == sorted(checker.listed(typed, filters))
        assert len({row.id for row in found.rows}) == len(found.rows)


def test_the_age_filter_keeps_the_questions_whose_range_holds_the_age(database, unranked):
    # Given questions for ages 10-14, 3-99, 9, 14-20 and 15-18, all about water
    for low, high in ((10, 14), (3, 99), (9, 9), (14, 20), (15, 18)):
        add_question(database, QuestionData(f"Apă pentru {low}-{high}?", "ro",
                                            age_min=low, age_max=high))

    def ages(age: int, typed: str = "apa") -> list[str]:
        return [row.text for row in search(database, typed, SearchFilters(age=age)).rows]

    # When each age is filtered on / Then a range holds its edges, and nothing outside it
    assert ages(10) == ["Apă pentru 3-99?", "Apă pentru 10-14?"]
    assert ages(14) == ["Apă pentru 14-20?", "Apă pentru 3-99?", "Apă pentru 10-14?"]
    assert ages(9) == ["Apă pentru 9-9?", "Apă pentru 3-99?"]
    assert ages(15) == ["Apă pentru 15-18?", "Apă pentru 14-20?", "Apă pentru 3-99?"]
    assert ages(99) == ["Apă pentru 3-99?"] and ages(2) == []
    assert ages(14, "") == ages(14) and ages(14, "ap pentru") == ages(14)


def test_tag_language_and_age_together_keep_only_what_passes_all_three(database, unranked):
    # Given Romanian and English questions on history and science, for several ages
    for number, (language, tag, low, high) in enumerate((
            ("ro", "istorie", 10, 14), ("ro", "istorie", 13, 16), ("ro", "știință", 10, 14),
            ("en", "istorie", 10, 14), ("ro", "Istorie veche", 10, 14),
            ("ro", "istorie", 12, 12))):
        add_question(database, QuestionData(f"De ce {number}?", language, (tag, "școală"),
                                            age_min=low, age_max=high))
    # When Romanian, history (typed without care) and age 12 are all filtered on
    filters = SearchFilters(language="ro", tag="ISTORIE", age=12)
    # Then only the Romanian history questions for 12-year-olds are listed, with words or not
    assert [row.text for row in search(database, "de ce", filters).rows] == [
        "De ce 5?", "De ce 0?"]
    assert [row.text for row in search(database, "", filters).rows] == ["De ce 5?", "De ce 0?"]
    assert search(database, "scoala", SearchFilters(language="ro", tag="istorie",
                                                    age=13)).total == 2


@pytest.mark.parametrize("typed", ["ştiinţă", "ȘTIINȚĂ", "stiinta", "știi"])
def test_diacritics_fold_alike_with_every_filter_on(database, unranked, typed):
    # Given a Romanian favourite about science, for 10 to 14, and a question without it
    saved = add_question(database, QuestionData("Ce face știința pentru noi?", "ro",
                                                ("știință",), age_min=10, age_max=14))
    set_favourite(database, saved.id, True)
    add_question(database, QuestionData("Ce face apa pentru noi?", "ro", ("natură",)))
    # When the word is typed with cedillas, capitals, no diacritics or half typed
    filters = SearchFilters(language="ro", tag="Stiinta", age=14, favourites_only=True)
    # Then the question is found, with every filter on
    assert [row.text for row in search(database, typed, filters).rows] == [
        "Ce face știința pentru noi?"]
