"""The floor for search as you type: the simplest raw SQL that returns the same rows.

For each keystroke the benchmark asks ``search()`` once (untimed) for its rows, then picks the
first of these raw queries that returns exactly the same ids in the same order, and times it
through the standard library's sqlite3: no SQLAlchemy, no row objects, no counting. What
``search()`` costs beyond that is its own overhead.
"""

from __future__ import annotations

import sqlite3

from sole_app.core.bank.search import (
    WEIGHTS,
    SearchFilters,
    matching_tag_ids,
)

COLUMNS = ("q.id, q.text, q.language, q.tags_text, q.age_min, q.age_max, q.favourite, "
           "q.last_used_at")
JOINED = "questions_fts CROSS JOIN questions AS q ON q.id = questions_fts.rowid"


def filter_sql(database, filters: SearchFilters, per_match: bool = False) -> str:
    """The filters as literal SQL (values inlined: the raw query has no parameters to bind).
    ``per_match``: for a full-text query holding the tag's words, whose few matches are each
    looked up in question_tags by key, the cheapest way (search.py's _filter_sql); without
    words, the tag's questions are read once."""
    where = []
    if filters.language:
        where.append(f"q.language = '{filters.language}'")
    if filters.age is not None:
        where.append(f"q.age_min <= {filters.age} AND {filters.age} <= q.age_max")
    if filters.favourites_only:
        where.append("q.favourite = 1")
    if filters.tag:
        ids = ", ".join(map(str, matching_tag_ids(database, filters.tag))) or "NULL"
        where.append(f"EXISTS (SELECT 1 FROM question_tags AS tagged WHERE tagged.question_id "
                     f"= q.id AND tagged.tag_id IN ({ids}))" if per_match else
                     f"q.id IN (SELECT question_id FROM question_tags WHERE tag_id IN ({ids}))")
    return "".join(f" AND {condition}" for condition in where)


def candidates(match: str | None, where: str, limit: int,
               in_question: str | None = None) -> dict[str, tuple[str, tuple]]:
    """Raw queries by name, simplest first: (sql, parameters). ``match`` is the MATCH
    expression search() uses (with a tag filter, the tag is in it too), ``in_question`` the
    one for the matches in the question itself (search.full_text_matches)."""
    if match is None:  # INDEXED BY: SQLite would sort a whole language otherwise
        return {"listing": (f"SELECT {COLUMNS} FROM questions AS q INDEXED BY "
                            f"ix_questions_listing WHERE 1{where} ORDER BY q.favourite DESC, "
                            f"q.updated_at DESC, q.id DESC LIMIT {limit}", ())}
    base = f"SELECT {COLUMNS} FROM {JOINED} WHERE questions_fts MATCH ?{where}"
    weights = ", ".join(str(weight) for weight in WEIGHTS)
    first = in_question or match  # the matches in the question itself, then the others
    tiers = " UNION ALL ".join(
        f"SELECT * FROM ({base} ORDER BY questions_fts.rowid DESC LIMIT {limit})"
        for _ in range(2))
    return {
        "newest first": (f"{base} ORDER BY questions_fts.rowid DESC LIMIT {limit}", (match,)),
        "text or tags, then notes; newest first": (
            f"SELECT * FROM ({tiers}) LIMIT {limit}",
            (f"({first})", f"({match}) NOT ({first})")),
        "bm25": (f"{base} ORDER BY bm25(questions_fts, {weights}), q.id LIMIT {limit}",
                 (match,)),
    }


def bm25_everything(match: str | None, where: str, limit: int) -> tuple[str, tuple] | None:
    """Ranking every match, the way a plain full-text search would: for reference."""
    return None if match is None else candidates(match, where, limit)["bm25"]


def same_rows(connection: sqlite3.Connection, match: str | None, where: str, limit: int,
              wanted: list[int], in_question: str | None = None
              ) -> tuple[str, tuple[str, tuple]] | None:
    """The first raw query returning the ids ``wanted`` in order, or None."""
    for name, (sql, parameters) in candidates(match, where, limit, in_question).items():
        if [row[0] for row in connection.execute(sql, parameters)] == wanted:
            return name, (sql, parameters)
    return None
