"""What saying "3 more in other languages" costs, with 100,000 questions: the bank's search
alone, then the search and the hidden-matches count (core/bank/hidden.py) together. The bank page
counts once the librarian pauses typing (ui/bank/controller.py, HIDDEN_COUNT_PAUSE_MS).

Usage: python bench/bench_hidden.py [questions]   (default 100000)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_search import TYPED, percentiles, synthetic, timed  # noqa: E402

from sole_app.core.bank import store as bank  # noqa: E402
from sole_app.core.bank.hidden import hidden_matches  # noqa: E402
from sole_app.core.bank.search import SearchFilters, search  # noqa: E402
from sole_app.core.db import open_database  # noqa: E402

LIST_LIMIT = 100  # the bank page's first page (ui/bank/list_model.py PAGE)


def search_and_count(database, typed: str, filters: SearchFilters) -> None:
    result = search(database, typed, filters, LIST_LIMIT)
    hidden_matches(database, typed, filters, result.total)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "bench.sqlite3")
        bank.import_questions(database, synthetic(count))
        for chosen in (SearchFilters(language="en"),
                       SearchFilters(language="en", tag="history", age=12)):
            alone = [timed(search, database, typed, chosen, LIST_LIMIT)[0]
                     for _ in range(5) for typed in TYPED]
            counted = [timed(search_and_count, database, typed, chosen)[0]
                       for _ in range(5) for typed in TYPED]
            name = ", ".join(f"{key}={value}" for key, value in vars(chosen).items() if value)
            print(f"{count:,} questions, {name}: search alone      {percentiles(alone)}")
            print(f"{count:,} questions, {name}: search + hidden   {percentiles(counted)}")
        database.close()


if __name__ == "__main__":
    main()
