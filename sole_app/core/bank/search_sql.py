"""The statements behind bank search: a page of questions, in order, and how many there are.

search.py says what to find and in which order; this reads it on the driver's sqlite3
connection, with no step reading more of the index than the page, the count's cap, or the few
matches worth ranking need.
"""

from __future__ import annotations

from typing import NamedTuple

COLUMNS = ("q.id, q.text, q.language, q.tags_text, q.age_min, q.age_max, q.favourite, "
           "q.last_used_at")
# CROSS JOIN keeps the full-text index as the outer loop: otherwise SQLite may walk the language
# index and re-run the MATCH for every row (seconds, not milliseconds).
JOINED = "questions_fts CROSS JOIN questions AS q ON q.id = questions_fts.rowid"
# Walked in order, filters checked on the way: left to itself, SQLite takes the language index
# and sorts every question in that language (130 ms at 100,000, not 1).
LISTING = "questions AS q INDEXED BY ix_questions_listing"
LISTING_ORDER = "q.favourite DESC, q.updated_at DESC, q.id DESC"
NEWEST = "questions_fts.rowid DESC"
NEWEST_FIRST = 200  # the most of the newest matches read before the list's two parts


class _Newest(NamedTuple):
    """The index's newest matches as far as the page reaches (None: not read), and whether
    they are every match."""

    ids: list[int] | None
    complete: bool


class PageReader:
    """Reads one page (``limit`` rows from ``offset``; all when ``limit`` is None) of the
    questions that pass the SQL filters ``where``, and their total. With ``count_at_most`` 0 a
    full page is not counted further: its total is a lower bound (the caller asks for one row
    more than it shows, to know whether there are more)."""

    def __init__(self, sqlite, where: list[str], params: dict, limit: int | None, offset: int,
                 count_at_most: int) -> None:
        self.sqlite, self.filtered = sqlite, bool(where)
        self.condition = "".join(f" AND {part}" for part in where)
        self.params = {**params, "limit": -1 if limit is None else limit, "offset": offset}
        self.limit, self.offset = limit, offset
        self.end = None if limit is None else offset + limit
        # Counted at least one past the page, so that a total above the page says "more".
        self.cap = None if limit is None else max(count_at_most, self.end + 1)
        self.counting = count_at_most > 0

    def listing(self) -> tuple[list[tuple], int, bool]:
        """Every question that passes the filters: favourites, then the latest changed."""
        rows = self._select(LISTING, "1", LISTING_ORDER)
        if self._complete(rows) or not self.counting:
            return rows, self.offset + len(rows), self._complete(rows)
        counted = self.sqlite.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM questions AS q WHERE 1{self.condition} "
            f"LIMIT {int(self.cap)})", self.params).fetchone()[0]
        return rows, counted, counted < self.cap

    def ranked(self, match: str, rank_at_most: int, weights: tuple[float, ...],
               count_to: int = 0) -> tuple[list[tuple], int, bool] | None:
        """The questions ``match`` finds, best first, when at most ``rank_at_most`` do
        (before the SQL filters); else None. Returns (rows, total, True). The matches are
        counted up to ``count_to`` too (``hits``), for a caller that lists them unranked."""
        self.params["match"] = match
        hits = self.hits = self.sqlite.execute(
            "SELECT count(*) FROM (SELECT 1 FROM questions_fts WHERE questions_fts MATCH "
            f":match LIMIT {max(int(rank_at_most) + 1, count_to)})", self.params).fetchone()[0]
        if hits > rank_at_most:
            return None
        if not hits:  # nothing matches: nothing more to read
            return [], 0, True
        rows = self._select(JOINED, "questions_fts MATCH :match", "bm25(questions_fts, "
                            f"{', '.join(str(weight) for weight in weights)}), q.id")
        if self._complete(rows):
            return rows, self.offset + len(rows), True
        passing = self.sqlite.execute(
            f"SELECT count(*) FROM {JOINED} WHERE questions_fts MATCH :match{self.condition}",
            self.params).fetchone()[0]
        return rows, passing, True

    def unranked(self, match: str, in_question: str, counted: int | None = None,
                 newest_first: bool = False) -> tuple[list[tuple], int, bool]:
        """The questions ``match`` finds, first those ``in_question`` finds (every word in the
        question's text or tags), newest first in each; the total is counted only when the page
        is full. ``counted``: how many the index finds for ``match``, counted up to ``cap`` or
        further (without filters in SQL, the total; with them, the most that pass).
        ``newest_first``: see ``_newest``. Returns (rows, total, whether exact)."""
        self.params["match"] = match
        rows = self._in_question_first(match, in_question,
                                       self._newest(match, counted, newest_first))
        if self._complete(rows) or not self.counting:
            return rows, self.offset + len(rows), self._complete(rows)
        hits, passing = ((counted, counted) if counted is not None and not self.filtered
                         else self._counts())
        return rows, max(passing, self.offset + len(rows)), self.cap is None or hits < self.cap

    def _complete(self, rows: list) -> bool:
        """Whether ``rows`` reach the end, so that the total needs no counting."""
        return self.limit is None or (len(rows) < self.limit and bool(rows or not self.offset))

    def _select(self, source: str, condition: str, order: str, **extra) -> list[tuple]:
        return self.sqlite.execute(
            f"SELECT {COLUMNS} FROM {source} WHERE {condition}{self.condition} ORDER BY "
            f"{order} LIMIT :limit OFFSET :offset", {**self.params, **extra}).fetchall()

    def _counts(self) -> tuple[int, int]:
        """(matches, those passing the filters) among the first ``cap`` matches. Checking a
        filter costs a lookup in the questions table per match, so a filter that keeps few
        questions must not make counting read every match: the total is then a lower bound."""
        bounded = "" if self.cap is None else f" LIMIT {int(self.cap)}"
        if not self.filtered:
            hits = self.sqlite.execute(
                f"SELECT count(*) FROM (SELECT 1 FROM questions_fts WHERE questions_fts MATCH "
                f":match{bounded})", self.params).fetchone()[0]
            return hits, hits
        return self.sqlite.execute(
            f"SELECT count(*), count(q.id) FROM (SELECT rowid AS id FROM questions_fts WHERE "
            f"questions_fts MATCH :match{bounded}) AS hit LEFT JOIN questions AS q ON "
            f"q.id = hit.id{self.condition}", self.params).fetchone()

    def _ids(self, match: str, at_most: int | None, bound: str = "",
             checked: bool = True) -> list[int]:
        """Ids of the questions ``match`` finds, newest first; with the SQL filters applied
        unless not ``checked``."""
        filtered = self.filtered and checked
        source = JOINED if filtered else "questions_fts"
        limited = "" if at_most is None else f" LIMIT {int(at_most)}"
        return [row[0] for row in self.sqlite.execute(
            f"SELECT questions_fts.rowid FROM {source} WHERE questions_fts MATCH :match{bound}"
            f"{self.condition if filtered else ''} ORDER BY {NEWEST}{limited}",
            {**self.params, "match": match})]

    def _newest(self, match: str, counted: int | None, first: bool) -> _Newest:
        """The newest of the index's matches (SQL filters not applied) as far as the page
        reaches, read before either part of the list when they may be all of them: a
        keystroke that finds few or none (a Cyrillic letter with the Romanian filter on) then
        reads the index once, not once per part. Read ``first`` when ``match`` holds a
        language (a third of the bank: when many match, the newest hundred are a fraction of
        a millisecond) or SQL checks a filter; not with the favourites alone, whose short list
        makes even the newest hundred cost as much as the page, and not when ``counted``
        already says there are more than the page."""
        if counted is not None:
            if not counted:
                return _Newest([], True)
            first = self.end is None or counted < self.end
        if not first:
            return _Newest(None, False)
        # As far as the page reaches, or a little way when it reaches far (a list read at
        # once): enough to tell whether there are few.
        reach = NEWEST_FIRST if self.end is None else min(self.end, NEWEST_FIRST)
        ids = self._ids(match, reach, checked=False)
        complete = len(ids) < reach
        return _Newest(ids if complete or reach == self.end else None, complete)

    def _in_question_first(self, match: str, in_question: str, newest: _Newest) -> list[tuple]:
        """The page: first the questions holding every word in text or tags, then the ones
        that need their notes; newest first in each."""
        if newest.complete and not newest.ids:
            return []
        # (``newest.ids`` is None unless they are every match or reach as far as the page)
        # Every question either part lists is among the index's matches: when all of them are
        # known, each part is looked for between the oldest and the newest of them only.
        bound = (f" AND questions_fts.rowid BETWEEN {int(newest.ids[-1])} AND "
                 f"{int(newest.ids[0])}" if newest.complete else "")
        rows = self._select(JOINED, "questions_fts MATCH :part" + bound, NEWEST,
                            part=in_question)
        if self.limit is not None and len(rows) == self.limit:
            return rows
        # The first part ends within the page: the rest comes from the newest matches, which
        # reach at least as far as the page does.
        first = ({row[0] for row in rows} if not self.offset
                 else set(self._ids(in_question, self.end, bound)))
        matches = (newest.ids if newest.ids is not None and not self.filtered
                   else self._ids(match, self.end, bound))
        rest = [identifier for identifier in matches if identifier not in first]
        skip = max(0, self.offset - len(first))
        wanted = rest[skip:] if self.limit is None else rest[skip:skip + self.limit - len(rows)]
        return rows + self._rows(wanted)

    def _rows(self, ids: list[int]) -> list[tuple]:
        """The listed columns of ``ids``, in that order."""
        found: dict[int, tuple] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            found.update((row[0], row) for row in self.sqlite.execute(
                f"SELECT {COLUMNS} FROM questions AS q WHERE q.id IN "
                f"({', '.join('?' * len(chunk))})", chunk))
        return [found[identifier] for identifier in ids if identifier in found]
