"""Search as you type over the questions' text, tags and notes, with the window's filters.

The full-text index (questions_fts, FTS5) folds case and diacritics, so "scoala" finds
"școală" and ş/ș, ţ/ț are one letter. Every typed word is a quoted prefix, so a half-typed word
already matches and nothing a person types can be read as FTS syntax.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text

from sole_app.core.bank.question_data import as_utc, fold

# Column weights for bm25: a word in the question counts most, then its tags, then the notes.
WEIGHTS = (10.0, 4.0, 1.0)
_WORD = re.compile(r"\w+")
RANK_AT_MOST = 10_000  # more matches than this (one or two typed letters) are not ranked


@dataclass(frozen=True)
class SearchFilters:
    language: str | None = None
    tag: str | None = None
    age: int | None = None
    favourites_only: bool = False


@dataclass(frozen=True)
class QuestionRow:
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
    total: int  # how many match, even when ``rows`` was limited


def fts_query(typed: str) -> str | None:
    """The FTS5 MATCH expression for what was typed: every word a quoted prefix, all required."""
    words = _WORD.findall(typed)
    if not words:
        return None
    return " ".join('"' + word.replace('"', '""') + '"*' for word in words)


def search(database, query: str = "", filters: SearchFilters | None = None,
           limit: int | None = None) -> SearchResult:
    """Questions matching ``query`` and ``filters``: by relevance when there is a query, else
    favourites first and the most recently changed next."""
    filters = filters or SearchFilters()
    match = fts_query(query)
    where, params = _filter_sql(database, filters)
    with database.engine.connect() as connection:
        if match is None:
            source = "questions AS q"
            order = "q.favourite DESC, q.updated_at DESC, q.id DESC"  # ix_questions_listing
        else:
            # CROSS JOIN keeps the full-text index as the outer loop: otherwise SQLite may walk
            # the language index and re-run the MATCH for every row (seconds, not milliseconds).
            source = "questions_fts CROSS JOIN questions AS q ON q.id = questions_fts.rowid"
            where.insert(0, "questions_fts MATCH :match")
            params["match"] = match
            order = _fts_order(connection, match, limit)
        condition = " AND ".join(where) or "1"
        rows_sql = (f"SELECT q.id, q.text, q.language, q.tags_text, q.age_min, q.age_max, "
                    f"q.favourite, q.last_used_at FROM {source} WHERE {condition} "
                    f"ORDER BY {order}")
        if limit is not None:
            rows_sql += " LIMIT :limit"
            params["limit"] = limit
        rows = [_row(values) for values in connection.execute(text(rows_sql), params)]
        total = len(rows)
        if limit is not None and total >= limit:
            count_sql = f"SELECT count(*) FROM {source} WHERE {condition}"
            total = connection.execute(text(count_sql), params).scalar_one()
    return SearchResult(rows, total)


def _fts_order(connection, match: str, limit: int | None) -> str:
    """Relevance (bm25), unless a limited list is asked for words so short that most of the
    bank matches ("s"): ranking all of those would cost more than it tells, so the newest come
    first until the librarian types on."""
    if limit is not None:
        hits = connection.execute(text(
            "SELECT count(*) FROM (SELECT 1 FROM questions_fts WHERE questions_fts MATCH :match "
            "LIMIT :cap)"), {"match": match, "cap": RANK_AT_MOST + 1}).scalar_one()
        if hits > RANK_AT_MOST:
            return "questions_fts.rowid DESC"
    return "bm25(questions_fts, {}, {}, {}), q.id".format(*WEIGHTS)


def _filter_sql(database, filters: SearchFilters) -> tuple[list[str], dict]:
    where: list[str] = []
    params: dict = {}
    if filters.language:
        where.append("q.language = :language")
        params["language"] = filters.language
    if filters.age is not None:
        where.append("q.age_min <= :age AND :age <= q.age_max")
        params["age"] = filters.age
    if filters.favourites_only:
        where.append("q.favourite = 1")
    if filters.tag:
        tag_ids = matching_tag_ids(database, filters.tag)
        names = ", ".join(f":tag{index}" for index in range(len(tag_ids))) or "NULL"
        where.append(f"q.id IN (SELECT question_id FROM question_tags WHERE tag_id IN ({names}))")
        params.update({f"tag{index}": tag_id for index, tag_id in enumerate(tag_ids)})
    return where, params


def matching_tag_ids(database, tag: str) -> list[int]:
    """Tags equal to ``tag`` ignoring case and diacritics ("stiinta" is "știință")."""
    wanted = fold(tag.strip())
    with database.engine.connect() as connection:
        tags = connection.execute(text("SELECT id, name FROM tags")).all()
    return [tag_id for tag_id, name in tags if fold(name) == wanted]


def _row(values) -> QuestionRow:
    identifier, body, language, tags_text, age_min, age_max, favourite, last_used = values
    if isinstance(last_used, str):
        last_used = datetime.fromisoformat(last_used)
    return QuestionRow(identifier, body, language, tuple(tags_text.split("\n")) if tags_text
                       else (), age_min, age_max, bool(favourite), as_utc(last_used))
