"""Search as you type over the questions' text, tags and notes, with the window's filters.

The full-text index (questions_fts, FTS5) folds case and diacritics, so "scoala" finds
"școală" and ş/ș, ţ/ț are one letter. Every typed word is a quoted prefix, so a half-typed word
already matches and nothing a person types can be read as FTS syntax.

A keystroke must cost about the same whether it matches ten questions or ninety thousand, so
no step does work in proportion to the matches of a broad prefix ("c", "de"):

- Few matches (``RANK_AT_MOST``) are ranked by bm25, the question's words weighing most, then its
  tags, then its notes. Ranking costs microseconds per match, so it is kept for when it is cheap;
  the matches are read once, ranked as they are read, and only then is the page looked up.
- More are listed without ranking: first the questions whose text or tags hold every typed word,
  then those that need their notes; newest first in each. FTS5 hands matches out in rowid
  order, so only as many are read as the list asks for, and a match in the question itself
  still comes before one in the notes.
- Matches are counted up to ``COUNT_AT_MOST`` (or just past the page asked for): beyond that
  ``total`` is a lower bound and ``total_exact`` is False ("at least 1,000").

The index also holds each question's language and favourite (migration 0005), and the typed
words are looked for in the text, tags and notes only. The language and favourites filters are
then part of the full-text query, so the index skips the questions they leave out, instead of
each match being looked up in the questions table (40 to 60 ms for "w" among 100,000 questions
with the Romanian filter on). The tag filter is in it too (tags_text); ages are checked in SQL.

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
from sole_app.core.languages import LANGUAGES

# Column weights for bm25: a word in the question counts most, then its tags, then the notes;
# the language and favourite columns only filter.
WEIGHTS = (10.0, 4.0, 1.0, 0.0, 0.0)
TYPED_COLUMNS = "{text tags_text notes}"  # where typed words are looked for
RANK_AT_MOST = 200  # ranking costs microseconds per match: only this many are ranked
COUNT_AT_MOST = 1000  # matches are counted this far (or just past the page), no further
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
    match, in_index = _full_text(query, filters, [name for _tag_id, name in tags])
    where, params = _filter_sql(filters, [tag_id for tag_id, _name in tags], in_index)
    with database.engine.connect() as connection:
        # The driver's own connection: this runs on every keystroke, and SQLAlchemy's row
        # objects would cost as much again as reading the rows.
        reader = PageReader(connection.connection.driver_connection, where, params, limit,
                            offset, COUNT_AT_MOST)
        rows, total, exact = (reader.listing() if match is None
                              else reader.matching(match, RANK_AT_MOST, WEIGHTS))
    return SearchResult([_row(values) for values in rows], total, exact)


def full_text_match(database, query: str, filters: SearchFilters) -> str | None:
    """The MATCH expression ``search`` uses for ``query`` under ``filters`` (None: no words)."""
    names = ([name for _tag_id, name in _matching_tags(database, filters.tag)]
             if filters.tag else [])
    return _full_text(query, filters, names)[0]


def _full_text(query: str, filters: SearchFilters,
               tag_names: list[str]) -> tuple[str | None, set[str]]:
    """The MATCH expression for what was typed, with the filters the index can answer; and
    which filters it answers exactly ("language", "favourite"), so SQL need not check them."""
    match = fts_query(query)
    if match is None:
        return None, set()
    parts, in_index = [f"{TYPED_COLUMNS} : ({match})"], set()
    if filters.language in LANGUAGES:  # one lower-case word: the index finds it exactly
        parts.append("{language} : " + f'"{filters.language}"')
        in_index.add("language")
    if filters.favourites_only:
        parts.append('{favourite} : "1"')
        in_index.add("favourite")
    if filters.tag:
        parts.append(_tag_phrases(tag_names))
    return " AND ".join(part for part in parts if part), in_index


def _tag_phrases(names: list[str]) -> str:
    """The tag filter inside the full-text query too (tags_text is indexed), so the index
    skips the other questions instead of the join reading them; SQL still checks the tag
    (a phrase also matches a longer tag that holds it)."""
    phrases = ['{tags_text} : "' + name.replace('"', '""') + '"'
               for name in names if _WORD.search(name)]
    return f"({' OR '.join(phrases)})" if phrases else ""


def _filter_sql(filters: SearchFilters, tag_ids: list[int],
                in_index: set[str] = frozenset()) -> tuple[list[str], dict]:
    """The filters SQL checks: those the full-text query does not answer exactly."""
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
        where.append(f"q.id IN (SELECT question_id FROM question_tags WHERE tag_id IN ({names}))")
        params.update({f"tag{index}": tag_id for index, tag_id in enumerate(tag_ids)})
    return where, params


def _matching_tags(database, tag: str) -> list[tuple[int, str]]:
    """(id, name) of the tags equal to ``tag`` ignoring case and diacritics."""
    wanted = fold(tag.strip())
    with database.engine.connect() as connection:
        tags = connection.exec_driver_sql("SELECT id, name FROM tags").all()
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
