"""Search as you type over the questions' text, tags and notes, with the window's filters.

The full-text index (questions_fts, FTS5) folds case and diacritics, so "scoala" finds
"școală" and ş/ș, ţ/ț are one letter. Every typed word is a quoted prefix, so a half-typed word
already matches and nothing a person types can be read as FTS syntax.

A keystroke must cost about the same whether it matches ten questions or ninety thousand, so
no step does work in proportion to the matches of a broad prefix ("c", "de"):

- Few matches (``RANK_AT_MOST``) are ranked by bm25, the question's words weighing most, then its
  tags, then its notes. Ranking costs microseconds per match, so it is kept for when it is cheap.
- More are listed without ranking: first the questions whose text or tags hold every typed word,
  then those that need their notes; newest first in each. FTS5 hands matches out in rowid
  order, so only as many are read as the list asks for, and a match in the question itself
  still comes before one in the notes.
- Matches are counted up to ``COUNT_AT_MOST`` (or just past the page asked for): beyond that
  ``total`` is a lower bound and ``total_exact`` is False ("at least 1,000"). With a tag or an
  age filter, which SQL checks question by question, a page is counted only just past its end
  ("at least 101"), by reading one row more: counting further cost twice the page itself.

The index also holds each question's language and favourite (migration 0005), and the typed
words are looked for in the text, tags and notes only. The language and favourites filters are
then part of the full-text query when many match, so the index skips the questions they leave
out, instead of each match being looked up in the questions table (40 to 60 ms for "w" among
100,000 questions with the Romanian filter on). They stay out of a ranked query: bm25 reads every
match of every phrase, and a language matches a third of the bank. The language also stays out
when the words match fewer than ``FACETS_PAY_FROM`` questions: SQL checks those few for less
than the index takes to read its list of every question in the language.

The tag filter is in both (tags_text), and SQL checks each match's tag by its key in
question_tags; the list without words reads the tag's questions once instead. Ages are checked
in SQL: one token per age in the index (measured on a copy of the bank, not adopted) made the
filtered queries about a fifth slower at 100,000 questions, since the index must then also read
a list of more than half the bank, where SQL checks only the matches that reach the page.

When the language is in the full-text query, or SQL checks a filter, the index's newest matches
(up to the page's end) are read before either part of the list: a keystroke that finds none or
few (a Cyrillic letter with the Romanian filter on) then costs one pass over the index, not
one per part, and the first part is looked for only between the oldest and the newest of them.
With the favourites alone the parts are read as before: the favourites' list is short, and
reading its newest hundred costs as much as the page. A keystroke whose words match nothing
costs one count.

A list shows a first page (``limit``) and asks for the next ones (``offset``) as the librarian
scrolls: bench/bench_search.py shows what reading 1,000 rows per keystroke costs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from sole_app.core.bank.question_data import as_utc, fold
from sole_app.core.bank.search_sql import PageReader

# Column weights for bm25: a word in the question counts most, then its tags, then the notes;
# the language and favourite columns only filter.
WEIGHTS = (10.0, 4.0, 1.0, 0.0, 0.0)
TYPED_COLUMNS = "{text tags_text notes}"  # where typed words are looked for
IN_QUESTION = "{text tags_text}"  # the words in the question itself, before those in notes
RANK_AT_MOST = 200  # ranking costs microseconds per match: only this many are ranked
COUNT_AT_MOST = 1000  # matches are counted this far (or just past the page), no further
# The language goes in the full-text query only when the words match at least this many
# questions; fewer are checked in SQL one by one, which costs less than the index reading its
# list of every question in the language.
FACETS_PAY_FROM = 1000
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class SearchFilters:
    language: str | None = None
    tag: str | None = None
    age: int | None = None
    favourites_only: bool = False


class QuestionRow(NamedTuple):
    """What the list shows for one question: light enough for 100,000 of them."""

    id: int
    text: str
    language: str
    tags: tuple[str, ...]
    age_min: int
    age_max: int
    favourite: bool
    last_used_at: datetime | None


@dataclass(frozen=True)
class SearchResult:
    rows: list[QuestionRow]
    total: int  # how many match, even when ``rows`` was limited; see ``total_exact``
    total_exact: bool = True  # False: at least ``total`` match (counting stopped there)


def fts_query(typed: str) -> str | None:
    """The FTS5 MATCH expression for what was typed: every word a quoted prefix, all required."""
    words = _WORD.findall(typed)
    if not words:
        return None
    return " ".join('"' + word.replace('"', '""') + '"*' for word in words)


def search(database, query: str = "", filters: SearchFilters | None = None,
           limit: int | None = None, offset: int = 0) -> SearchResult:
    """Questions matching ``query`` and ``filters``: ``limit`` of them from ``offset`` on.

    Without a query, favourites first, then the most recently changed; with one, see the
    module's docstring.
    """
    filters = filters or SearchFilters()
    tags = _matching_tags(database, filters.tag) if filters.tag else []
    tag_ids = [tag_id for tag_id, _name in tags]
    # The driver's own connection: this runs on every keystroke, and SQLAlchemy's row objects
    # would cost as much again as reading the rows (and the window searches before it loads).
    with database.reading() as sqlite:
        plan = _plan(query, filters, [name for _tag_id, name in tags],
                     filters.language is not None and _language_alone(sqlite, filters.language))
        counted = _count_at_most(filters, limit)
        asked = limit if counted else limit + 1  # one more than shown: are there more?
        per_match = plan is not None and bool(_tag_phrases([name for _id, name in tags]))
        every_filter = PageReader(sqlite, *_filter_sql(filters, tag_ids, per_match=per_match),
                                  asked, offset, counted)
        if plan is None:
            rows, total, exact = every_filter.listing()
        else:
            # Without a filter the first count serves both: to rank or not, and the total.
            reuse = not plan.in_index and not every_filter.filtered and every_filter.counting
            found = every_filter.ranked(plan.typed, RANK_AT_MOST, WEIGHTS,
                                        (every_filter.cap or 0) if reuse
                                        else FACETS_PAY_FROM if plan.language else 0)
            if found is None:  # too many to rank: the filters the index answers go in it
                match, in_question, in_index = plan.unranked(every_filter.hits)
                reader = PageReader(sqlite, *_filter_sql(filters, tag_ids, in_index, per_match),
                                    asked, offset, counted)
                # the words' count is also how many the index finds when the filters are not
                # in the query: the most that can pass
                found = reader.unranked(
                    match, in_question, every_filter.hits if reuse or match == plan.typed
                    else None, match == plan.filtered and plan.language or reader.filtered)
            rows, total, exact = found
    if limit is not None and len(rows) > limit:  # the one more asked for: there are more
        rows = rows[:limit]
    return SearchResult([_row(values) for values in rows], total, exact)


def _count_at_most(filters: SearchFilters, limit: int | None) -> int:
    """How far to count: a page with a tag or age filter not past its end (0: one more row
    is read instead); the total alone (``limit`` 0, for hidden.py) as far as ever."""
    checked_in_sql = filters.tag is not None or filters.age is not None
    return 0 if checked_in_sql and limit else COUNT_AT_MOST


def full_text_match(database, query: str, filters: SearchFilters) -> str | None:
    """The MATCH expression ``search`` uses for ``query`` under ``filters`` (None: no words),
    for bench/raw_search.py's floor."""
    return full_text_matches(database, query, filters)[0]


def full_text_matches(database, query: str,
                      filters: SearchFilters) -> tuple[str | None, str | None]:
    """The MATCH expressions ``search`` uses: for every match, and for the matches in the
    question itself (None, None: no words; (match, None) when few are ranked)."""
    names = ([name for _tag_id, name in _matching_tags(database, filters.tag)]
             if filters.tag else [])
    with database.reading() as sqlite:
        plan = _plan(query, filters, names, filters.language is not None
                     and _language_alone(sqlite, filters.language))
        if plan is None:
            return None, None
        reader = PageReader(sqlite, [], {}, 0, 0, 0)
        few = reader.ranked(plan.typed, RANK_AT_MOST, WEIGHTS,
                            FACETS_PAY_FROM if plan.language else 0) is not None
    return (plan.typed, None) if few else plan.unranked(reader.hits)[:2]


@dataclass(frozen=True)
class _Plan:
    """The MATCH expressions for what was typed: ``typed`` (the words, and the tag), ranked
    when few questions match it, the other filters checked in SQL; ``filtered`` (with the
    filters the index narrows to; ``in_index``: those it answers exactly, so SQL need not
    check them), read in order when many match. Ranking
    reads every match of every phrase (bm25 counts them), so a filter's phrase, which
    matches a third of the bank, is kept out of it."""

    typed: str
    filtered: str
    in_question: str  # ``filtered``, the words in the question's text or tags only
    in_index: frozenset[str]
    few_filtered: str  # ``filtered`` and ``in_question`` without the language
    few_in_question: str
    language: bool  # whether ``filtered`` holds the language

    def unranked(self, hits: int) -> tuple[str, str, frozenset[str]]:
        """The MATCH expressions for every match and for those in the question itself, and
        the filters they answer, when ``hits`` (counted up to FACETS_PAY_FROM) questions hold
        the words: with the language when many do; without it when few do, so SQL checks the
        language of those few rather than the index reading its list of every question in
        the language ("scoala viit", 791 questions: 2.3 ms a statement with "ro" in it, 1.4
        without). The favourite stays: its list is short."""
        if self.language and hits < FACETS_PAY_FROM:
            return self.few_filtered, self.few_in_question, self.in_index - {"language"}
        return self.filtered, self.in_question, self.in_index


def _language_alone(sqlite, code: str) -> bool:
    """Whether the index's words for ``code`` find only questions in that very code: no other
    code in the bank holds them ("ro" is also in "ro-MD" and "hu-RO"). The bank's few codes
    are read by a seek each in the language index, not by reading the questions."""
    wanted, found, code_in_bank = set(_WORD.findall(code.lower())), None, ""
    while True:
        found = sqlite.execute("SELECT min(language) FROM questions WHERE language > ?",
                               (code_in_bank,)).fetchone()[0]
        if found is None:
            return True
        if found != code and wanted <= set(_WORD.findall(found.lower())):
            return False
        code_in_bank = found


def _plan(query: str, filters: SearchFilters, tag_names: list[str],
          language_alone: bool = False) -> _Plan | None:
    match = fts_query(query)
    if match is None:
        return None
    tag = _tag_phrases(tag_names) if filters.tag else ""
    in_index, language, favourite = set(), "", ""
    if filters.language and _WORD.search(filters.language):
        # The index narrows to the questions holding the code's words; SQL checks the code
        # itself too when another code holds them as well
        language = "{language} : " + '"' + filters.language.replace('"', '""') + '"'
        if language_alone:
            in_index.add("language")
    if filters.favourites_only:
        favourite = '{favourite} : "1"'
        in_index.add("favourite")

    def joined(columns: str, *more: str) -> str:
        return " AND ".join(part for part in (f"{columns} : ({match})", tag, *more) if part)

    return _Plan(joined(TYPED_COLUMNS), joined(TYPED_COLUMNS, language, favourite),
                 joined(IN_QUESTION, language, favourite), frozenset(in_index),
                 joined(TYPED_COLUMNS, favourite), joined(IN_QUESTION, favourite),
                 bool(language))


def _tag_phrases(names: list[str]) -> str:
    """The tag filter inside the full-text query too (tags_text is indexed), so the index
    skips the other questions instead of the join reading them; SQL still checks the tag
    (a phrase also matches a longer tag that holds it)."""
    phrases = ['{tags_text} : "' + name.replace('"', '""') + '"'
               for name in names if _WORD.search(name)]
    return f"({' OR '.join(phrases)})" if phrases else ""


def _filter_sql(filters: SearchFilters, tag_ids: list[int], in_index: set[str] = frozenset(),
                per_match: bool = False) -> tuple[list[str], dict]:
    """The filters SQL checks: those the full-text query does not answer exactly.

    ``per_match``: the full-text query holds the tag's words, so the questions it finds
    nearly all have the tag, and each is looked up in question_tags by its key (microseconds).
    Otherwise (the list without words, or a tag with no words) the tag's questions are read
    once into a set: looking each question up cost 110 ms for a rare tag at 100,000, and the
    set costs 8 ms for a tag on 7,000, which a full-text query with the tag's words in it
    does not need (bench/bench_search.py, "ro, tag, age 12")."""
    where: list[str] = []
    params: dict = {}
    if filters.language and "language" not in in_index:
        where.append("q.language = :language")
        params["language"] = filters.language
    if filters.age is not None:
        where.append("q.age_min <= :age AND :age <= q.age_max")
        params["age"] = filters.age
    if filters.favourites_only and "favourite" not in in_index:
        where.append("q.favourite = 1")
    if filters.tag:
        names = ", ".join(f":tag{index}" for index in range(len(tag_ids))) or "NULL"
        if per_match:
            where.append("EXISTS (SELECT 1 FROM question_tags AS tagged WHERE tagged.question_id"
                         f" = q.id AND tagged.tag_id IN ({names}))")
        else:
            where.append(
                f"q.id IN (SELECT question_id FROM question_tags WHERE tag_id IN ({names}))")
        params.update({f"tag{index}": tag_id for index, tag_id in enumerate(tag_ids)})
    return where, params


def _matching_tags(database, tag: str) -> list[tuple[int, str]]:
    """(id, name) of the tags equal to ``tag`` ignoring case and diacritics."""
    wanted = fold(tag.strip())
    with database.reading() as sqlite:
        tags = sqlite.execute("SELECT id, name FROM tags").fetchall()
    return [(tag_id, name) for tag_id, name in tags if fold(name) == wanted]


def matching_tag_ids(database, tag: str) -> list[int]:
    """Tags equal to ``tag`` ignoring case and diacritics ("stiinta" is "știință")."""
    return [tag_id for tag_id, _name in _matching_tags(database, tag)]


def _row(values) -> QuestionRow:
    identifier, body, language, tags_text, age_min, age_max, favourite, last_used = values
    if last_used is not None:
        last_used = as_utc(datetime.fromisoformat(last_used))
    return QuestionRow(identifier, body, language, tuple(tags_text.split("\n")) if tags_text
                       else (), age_min, age_max, bool(favourite), last_used)
