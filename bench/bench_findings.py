"""How long one save of a group's record takes: is saving on every pause in typing cheap enough?

Opens a real database file (WAL, synchronous=FULL: each save is durable when it returns, as in
the app), starts a session with four groups, then saves a 2,000-character finding 1,000 times in
a row, each from the revision of the previous save, as the group turn's editor will. Also times
whole-record saves and saves that meet another editor's newer revision (the merge path).
Prints percentiles; asserts nothing.
Usage: python bench/bench_findings.py [saves]   (default 1000)
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from sole_app.core.clock import SystemClock
from sole_app.core.db import open_database
from sole_app.core.findings import groups, records
from sole_app.core.findings.data import Certainty, RecordContent
from sole_app.core.session import runner
from sole_app.core.session.plan import Plan

SENTENCE = ("Somnul repară corpul și ajută creierul să țină minte ce am învățat; "
            "во сне мозг «убирает» лишнее. ")


def finding(number: int) -> str:
    """A 2,000-character finding that changes a little on each save, like a text being typed."""
    text = (SENTENCE * 20)[:1990]
    return f"{text}{number:>10}"


def report(label: str, seconds: list[float]) -> None:
    ms = sorted(value * 1000 for value in seconds)
    p95 = ms[int(len(ms) * 0.95) - 1]
    print(f"{label:<44} n={len(ms):>5}  median {statistics.median(ms):6.2f} ms  "
          f"p95 {p95:6.2f} ms  max {ms[-1]:7.2f} ms  total {sum(ms) / 1000:6.2f} s")


def timed(call) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def main(saves: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "bench.sqlite3")
        session = runner.start_session(database, SystemClock(), "De ce avem nevoie de somn?",
                                       Plan())
        entries = [groups.add_group(database, session.session_id, f"Grupul {number}")
                   for number in range(4)]
        group_id, base = entries[0].id, entries[0].record

        def save_field(number: int):
            nonlocal base
            base = records.save_field(database, group_id, "found", finding(number),
                                      base.revision, base.content).record

        report("save_field, 2,000 characters", [timed(lambda n=n: save_field(n))
                                                for n in range(saves)])

        def save_whole(number: int):
            nonlocal base
            content = RecordContent(finding(number), ("https://ro.wikipedia.org/wiki/Somn",),
                                    Certainty.FAIRLY_SURE, ("De ce visăm?",))
            base = records.save_record(database, group_id, content, base.revision,
                                       base.content).record

        report("save_record, whole record", [timed(lambda n=n: save_whole(n))
                                             for n in range(saves // 4)])

        stale = base

        def save_stale(number: int):
            records.save_field(database, group_id, "found", finding(number) + "\nalt rând",
                               stale.revision, stale.content)

        report("save_field over a newer revision (merge)", [timed(lambda n=n: save_stale(n))
                                                             for n in range(saves // 10)])
        size = (Path(folder) / "bench.sqlite3").stat().st_size
        print(f"database file after the run: {size / 1024:.0f} KiB")
        database.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
