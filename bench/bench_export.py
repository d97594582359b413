"""Export: a session with 30 groups to PDF and to HTML (target 0.5 s or less each), and a range of
sessions to CSV and JSON.

The session is a finished one with 30 groups, each with a 1,500-character finding in Markdown
(Romanian and Russian), three sources and two new questions, 30 notes and a reflection, in a
real database file. Each figure is the median of a few runs after one warm-up export (the first
PDF of the day loads the fonts), reading the session included. Prints; asserts nothing.
Usage: python bench/bench_export.py [--size tiny|full] [--json out.json]
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from suite import Figure, arguments, finish  # noqa: E402

from sole_app.core.clock import FakeClock  # noqa: E402
from sole_app.core.db import open_database  # noqa: E402
from sole_app.core.exports import run  # noqa: E402
from sole_app.core.exports.report import ExportOptions  # noqa: E402
from sole_app.core.findings import groups, notes, records, reflection  # noqa: E402
from sole_app.core.findings.data import Certainty, RecordContent, ReflectionData  # noqa: E402
from sole_app.core.history.backup import full_document  # noqa: E402
from sole_app.core.session import runner  # noqa: E402
from sole_app.core.session.plan import Plan  # noqa: E402

GROUPS = 30
TARGET_MS = 500.0
OPTIONS = ExportOptions(library="Biblioteca Comunală Ciorăști")
FINDING = ("Am găsit că **vântul** și soarele pot da energie satului.\n- turbine eoliene\n"
           "- panouri solare pe școală\n\nВетер *бесплатный*, но турбина стоит дорого. ") * 6


def big_session(database, clock: FakeClock, number: int, group_count: int) -> int:
    """A finished session whose groups have each written a record, with notes and a reflection."""
    session = runner.start_session(database, clock, f"Ar putea un sat să trăiască doar cu "
                                   f"energia pe care o produce singur? ({number})", Plan())
    for index in range(group_count):
        group = groups.add_group(database, session.session_id, f"Grupa {index + 1}", 4)
        records.save_record(database, group.id, RecordContent(
            FINDING[:1500], ("https://ro.wikipedia.org/wiki/Energie_eoliană",
                             "Manualul de fizică", "https://ru.wikipedia.org/wiki/Ветер"),
            Certainty.FAIRLY_SURE, ("Cât costă o turbină?", "Сколько стоит батарея?")))
        notes.add_note(database, session.session_id, f"Grupa {index + 1} a găsit un video",
                       "investigation", 60 * index)
    clock.advance(3600)
    session.finish()
    reflection.save_reflection(database, session.session_id, ReflectionData(
        children=90, engagement=90, collaboration=80, technology=85, communication=75))
    return session.session_id


def median_ms(work: Callable[[], object], runs: int) -> float:
    work()  # warm-up: fonts, the Markdown converter, the first query plans
    times = []
    for _run in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    args = arguments(__doc__.splitlines()[0])
    tiny = args.size == "tiny"
    from PySide6.QtGui import QGuiApplication

    from sole_app.ui.history.pdf import PdfReport

    application = QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts for the PDF)
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "bench.sqlite3", Path(folder) / "backups")
        clock = FakeClock()
        group_count = 3 if tiny else GROUPS
        session = big_session(database, clock, 1, group_count)
        runs = 1 if tiny else 5

        def one(file_format: str, maker=None) -> Callable[[], bytes]:
            return lambda: run.render(file_format, [full_document(database, session)], OPTIONS,
                                      *([maker] if maker else []))

        label = f"export: a session of {group_count} groups to"
        figures = [Figure(f"{label} PDF", median_ms(one("pdf", PdfReport), runs), "ms",
                          target=TARGET_MS),
                   Figure(f"{label} HTML", median_ms(one("html"), runs), "ms",
                          target=TARGET_MS)]
        count = 3 if tiny else 100
        many = [session] + [big_session(database, clock, number, group_count)
                            for number in range(2, count + 1)]
        for file_format in ("csv", "json"):
            figures.append(Figure(
                f"export: {count} sessions to {file_format.upper()}", median_ms(
                    lambda file_format=file_format: run.render(
                        file_format, [full_document(database, each) for each in many], OPTIONS),
                    1 if tiny else 3), "ms"))
        database.close()
    finish("export", figures, args)


if __name__ == "__main__":
    main()
