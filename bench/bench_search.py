"""Search as you type: each keystroke's search beside the raw FTS5 query for the same rows.

Banks of generated Romanian, English and Russian questions (bench/generated_bank.py); words
typed one letter at a time ("c", "ca", "cal", ..., "de ce", "ш", "шк", ...). For every keystroke
``search()`` runs as the bank window calls it, and right after it the floor (bench/raw_search.py).
Also shown: what ranking every match by bm25 would cost. The 5 ms target is for the list's
page of 100 rows, what the bank list reads per keystroke; the 1,000-row figures show what
reading ten pages would cost, beside their floor. Prints; asserts nothing.
Usage: python bench/bench_search.py [--size tiny|full] [--json out.json] [--work folder]
"""

from __future__ import annotations

import sqlite3
import time

import raw_search
from generated_bank import build_bank
from suite import Figure, arguments, finish, percentile, work_folder

from sole_app.core.bank.search import (
    TYPED_COLUMNS,
    SearchFilters,
    fts_query,
    full_text_matches,
    search,
)
from sole_app.core.db import open_database

WORDS = ["calculator", "scoala viitor", "de ce", "how", "water", "школа", "почему", "ţară", "zzz"]
KEYSTROKES = [""] + [word[:end] for word in WORDS for end in range(1, len(word) + 1)] + [
    "NEAR(", '"']
SIZES = {"tiny": (300,), "full": (1_000, 10_000, 100_000)}
REPEATS = {"tiny": 1, "full": 5}
LIMITS = (1000, 100)  # 1,000 as the bank list read before; 100, its page since
PAGE = 100  # what the bank list reads per keystroke (ui/bank/list_model.py): the target's rows
FILTERED = {  # at the largest size; the window starts filtered by its own language
    "language=ro": SearchFilters(language="ro"),
    "ro, tag, age 12": SearchFilters(language="ro", tag="istorie", age=12),
    "favourites": SearchFilters(favourites_only=True),
}
TARGET_MS, RATIO_TARGET = 5.0, 1.5


def timed(call) -> tuple[float, object]:
    started = time.perf_counter()
    result = call()
    return (time.perf_counter() - started) * 1000, result


class Keystrokes:
    """Times ``search()`` and its floor for every keystroke on one bank."""

    def __init__(self, path, filters: SearchFilters, limit: int) -> None:
        self.database = open_database(path)
        self.raw = sqlite3.connect(path)
        self.filters, self.limit = filters, limit
        self.where = raw_search.filter_sql(self.database, filters)  # the list without words
        self.where_matched = raw_search.filter_sql(self.database, filters, per_match=True)
        self.matches_used = {typed: full_text_matches(self.database, typed, filters)
                             for typed in KEYSTROKES}
        self.match = {typed: used[0] for typed, used in self.matches_used.items()}
        self.floors = {typed: self._floor(typed) for typed in KEYSTROKES}
        self.searched: dict[str, list[float]] = {typed: [] for typed in KEYSTROKES}
        self.floored: dict[str, list[float]] = {typed: [] for typed in KEYSTROKES}

    def _floor(self, typed: str):
        rows = search(self.database, typed, self.filters, self.limit).rows
        match, in_question = self.matches_used[typed]
        where = self.where if match is None else self.where_matched
        return raw_search.same_rows(self.raw, match, where, self.limit,
                                    [row.id for row in rows], in_question)

    def run(self, repeats: int) -> None:
        for _ in range(repeats):
            for typed in KEYSTROKES:
                self.searched[typed].append(timed(lambda t=typed: search(
                    self.database, t, self.filters, self.limit))[0])
                floor = self.floors[typed]
                if floor is not None:
                    sql, parameters = floor[1]
                    self.floored[typed].append(timed(
                        lambda s=sql, p=parameters: self.raw.execute(s, p).fetchall())[0])

    def ranked_everything(self, repeats: int) -> list[float]:
        times = []
        for _ in range(repeats):
            for typed in KEYSTROKES:
                query = raw_search.bm25_everything(self.match[typed], self.where_matched,
                                                   self.limit)
                if query is not None:
                    times.append(timed(lambda q=query: self.raw.execute(*q).fetchall())[0])
        return times

    def matches(self, typed: str) -> int:
        match = fts_query(typed)
        if match is None:
            return self.raw.execute("SELECT count(*) FROM questions").fetchone()[0]
        return self.raw.execute("SELECT count(*) FROM questions_fts WHERE questions_fts "
                                "MATCH ?", (f"{TYPED_COLUMNS} : ({match})",)).fetchone()[0]

    def close(self) -> None:
        self.raw.close()
        self.database.close()


def all_times(table: dict[str, list[float]]) -> list[float]:
    return [value for values in table.values() for value in values]


def print_keystrokes(size: int, bench: Keystrokes) -> list[dict]:
    print(f"\n{size:,} questions, list of {bench.limit}: per keystroke, ms "
          f"(search p50/p95, floor p50/p95, floor query)")
    rows = []
    for typed in KEYSTROKES:
        searched, floored = bench.searched[typed], bench.floored[typed]
        floor = bench.floors[typed]
        row = {"typed": typed, "matches": bench.matches(typed),
               "search_p50": percentile(searched, .5), "search_p95": percentile(searched, .95),
               "floor_p50": percentile(floored, .5) if floored else None,
               "floor_p95": percentile(floored, .95) if floored else None,
               "floor": floor[0] if floor else "none returns the same rows"}
        rows.append(row)
        floor_text = (f"{row['floor_p50']:7.2f} {row['floor_p95']:7.2f}" if floored
                      else f"{'-':>7} {'-':>7}")
        print(f"  {typed!r:17} {row['matches']:>7,}  {row['search_p50']:7.2f} "
              f"{row['search_p95']:7.2f}   {floor_text}  {row['floor']}")
    return rows


def rows_label(limit: int) -> str:
    """The figure's rows: the list's page, which the target is for, or more, for reference."""
    if limit == PAGE:
        return f"{limit} rows (the list's page)"
    return f"{limit} rows (for reference, not what the list reads)"


def keystroke_figure(label: str, bench: Keystrokes) -> Figure:
    """p95 per keystroke beside the floor. The 5 ms target is for what the list reads per
    keystroke (PAGE rows); reading 1,000 rows shows what more rows cost, held only to the
    ratio."""
    searched, floored = all_times(bench.searched), all_times(bench.floored)
    slowest = max(KEYSTROKES, key=lambda typed: percentile(bench.searched[typed], .95))
    missing = [typed for typed in KEYSTROKES if bench.floors[typed] is None]
    note = (f"p50 {percentile(searched, .5):.2f} ms (floor {percentile(floored, .5):.2f} ms); "
            f"slowest keystroke {slowest!r}")
    if missing:
        note += f"; no raw query returns the same rows for {len(missing)} keystrokes"
    return Figure(f"search as you type, {label}: p95 per keystroke",
                  percentile(searched, .95), "ms", percentile(floored, .95),
                  "raw FTS5, same rows", TARGET_MS if bench.limit == PAGE else None,
                  RATIO_TARGET, note)


def main() -> None:
    args = arguments(__doc__.splitlines()[0])
    folder = work_folder(args)
    sizes, repeats = SIZES[args.size], REPEATS[args.size]
    figures, details = [], []
    for size in sizes:
        path = build_bank(folder / f"bank-{size}.sqlite3", size)
        for limit in LIMITS:
            bench = Keystrokes(path, SearchFilters(), limit)
            bench.run(repeats)
            details.append({"size": size, "limit": limit,
                            "keystrokes": print_keystrokes(size, bench)})
            figures.append(keystroke_figure(f"{size:,} questions, {rows_label(limit)}", bench))
            if size == sizes[-1] and limit == LIMITS[0]:
                ranked = bench.ranked_everything(max(1, repeats // 2))
                figures.append(Figure(
                    f"raw FTS5 ranking every match by bm25, {size:,} questions: p95",
                    percentile(ranked, .95), "ms", note="for reference: what a plain "
                    f"ranked search costs (p50 {percentile(ranked, .5):.1f} ms)"))
            bench.close()
    figures.extend(filtered_figures(folder / f"bank-{sizes[-1]}.sqlite3", sizes[-1], repeats))
    finish("search", figures, args, details)


def filtered_figures(path, size: int, repeats: int) -> list[Figure]:
    figures = []
    for label, filters in FILTERED.items():
        for limit in LIMITS:
            bench = Keystrokes(path, filters, limit)
            bench.run(repeats)
            print(f"\nfilters: {label}", end="")
            print_keystrokes(size, bench)
            figures.append(keystroke_figure(f"{size:,} questions, {rows_label(limit)}, {label}",
                                            bench))
            bench.close()
    return figures


if __name__ == "__main__":
    main()
