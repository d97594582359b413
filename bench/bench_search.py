"""Search-as-you-type latency with 100,000 questions, and how long imports take.

Builds a temporary bank of synthetic Romanian, English and Russian questions (with diacritics,
tags and notes), then times what the bank window does on every keystroke: search with the list's
limit, with and without filters. Prints percentiles; asserts nothing.
Usage: python bench/bench_search.py [questions]   (default 100000)
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sole_app.core.bank import store as bank
from sole_app.core.bank.pack import export_file, import_file
from sole_app.core.bank.question_data import QuestionData
from sole_app.core.bank.search import SearchFilters, search
from sole_app.core.db import open_database

WORDS = {  # split on spaces when used
    "ro": "școală țară știință pădure râu câmp oraș sat bunică copil stea lună soare apă "
          "pământ aer foc munte mare deal vânt ploaie zăpadă iarnă vară carte poveste "
          "calculator internet joc muzică limbă istorie viitor trecut energie hrană somn",
    "en": "school country science forest river field town village grandmother child star "
          "moon sun water earth air fire mountain sea hill wind rain snow winter summer book "
          "story computer internet game music language history future past energy food sleep",
    "ru": "школа страна наука лес река поле город село бабушка ребёнок звезда луна солнце "
          "вода земля воздух огонь гора море холм ветер дождь снег зима лето книга",
}
TAGS = {"ro": ["istorie", "științe", "natură", "tehnologie", "societate", "artă", "sănătate"],
        "en": ["history", "science", "nature", "technology", "society", "art", "health"],
        "ru": ["история", "наука", "природа", "техника", "общество"]}
OPENERS = {"ro": "De ce", "en": "Why do", "ru": "Почему"}
TYPED = ["", "s", "sc", "sco", "scoa", "scoal", "scoala", "scoala v", "scoala vii", "scoala viitor",
         "p", "pa", "pad", "padure", "w", "wa", "wat", "water", "ш", "шк", "школа",
         "de ce", "calculator internet", "ţară", "x", "zzz", "NEAR(", '"']


def synthetic(count: int, seed: int = 7) -> list[QuestionData]:
    chooser = random.Random(seed)
    items = []
    for number in range(count):
        language = chooser.choice(("ro", "ro", "en", "ru"))
        words = WORDS[language].split()
        text = f"{OPENERS[language]} {' '.join(chooser.choices(words, k=9))} {number}?"
        notes = " ".join(chooser.choices(words, k=25))
        low = chooser.randint(8, 13)
        items.append(QuestionData(text, language, tuple(chooser.sample(TAGS[language], 2)),
                                  low, low + chooser.randint(1, 4), notes).cleaned())
    return items


def timed(function, *args, **kwargs) -> tuple[float, object]:
    started = time.perf_counter()
    result = function(*args, **kwargs)
    return time.perf_counter() - started, result


def percentiles(seconds: list[float]) -> str:
    ms = sorted(value * 1000 for value in seconds)
    cut = statistics.quantiles(ms, n=100)
    return f"p50 {cut[49]:6.1f} ms   p95 {cut[94]:6.1f} ms   p99 {cut[98]:6.1f} ms   " \
           f"max {ms[-1]:6.1f} ms"


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "bench.sqlite3")
        items = synthetic(count)
        seconds, _ = timed(bank.import_questions, database, items)
        print(f"bank of {count:,} questions: import in one transaction {seconds:.1f} s "
              f"({count / seconds:,.0f} questions/s)")
        filters = [SearchFilters(), SearchFilters(language="ro"),
                   SearchFilters(language="ro", tag="istorie", age=12)]
        for chosen in filters:
            latencies = [timed(search, database, typed, chosen, 1000)[0]
                         for _ in range(5) for typed in TYPED]
            print(f"search as you type, list limit 1000, {_describe(chosen):28}: "
                  f"{percentiles(latencies)}")
        _pack_figures(database, Path(folder))
        database.close()


def _describe(filters: SearchFilters) -> str:
    chosen = [f"{name}={value}" for name, value in vars(filters).items() if value]
    return ", ".join(chosen) or "no filters"


def _pack_figures(database, folder: Path) -> None:
    sample = bank.get_questions(database, range(1, 10_001))
    for name in ("pack.json", "pack.csv"):
        seconds, _ = timed(export_file, folder / name, sample)
        print(f"export 10,000 questions to {name}: {seconds:.2f} s")
        fresh = open_database(folder / f"fresh-{name}.sqlite3")
        seconds, result = timed(import_file, fresh, folder / name)
        print(f"import {name} into an empty bank: {seconds:.2f} s ({result.added:,} added)")
        seconds, result = timed(import_file, fresh, folder / name)
        print(f"import {name} again (all duplicates): {seconds:.2f} s "
              f"({result.duplicates:,} duplicates)")
        fresh.close()


if __name__ == "__main__":
    main()
