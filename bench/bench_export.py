"""How long exporting a big session takes (issue 17's target: 0.5 s for the PDF and the HTML).

Builds a finished session with 30 groups, each with a 1,500-character finding in Markdown
(Romanian and Russian), three sources and two new questions, 30 notes and a reflection, in a
real database file. Times, median of 5 runs each: reading the session (the document), the HTML
page (reading included), the PDF (reading, the HTML and Qt's printing), and the CSV and JSON of
100 such sessions. Also times a record save in that session, which now also refreshes the
session's row of the search index (migration 0004). Prints figures; asserts nothing.
Usage: QT_QPA_PLATFORM=offscreen python bench/bench_export.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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
FINDING = ("Am găsit că **vântul** și soarele pot da energie satului.\n- turbine eoliene\n"
           "- panouri solare pe școală\n\nВетер *бесплатный*, но турбина стоит дорого. ") * 6


def big_session(database, clock: FakeClock, number: int) -> int:
    session = runner.start_session(database, clock, f"Ar putea un sat să trăiască doar cu "
                                   f"energia pe care o produce singur? ({number})", Plan())
    for index in range(GROUPS):
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
        children=90, engagement=90, collaboration=80, technology=85, communication=75,
        notes="Copiii au cerut încă o sesiune. " * 20))
    return session.session_id


def median_seconds(work, runs: int = 5) -> float:
    times = []
    for _run in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from sole_app.ui.history.pdf import PdfReport

    application = QApplication(sys.argv[:1])  # noqa: F841 (fonts for the PDF)
    folder = Path(tempfile.mkdtemp())
    database = open_database(folder / "sole.sqlite3", folder / "backups")
    clock = FakeClock()
    session = big_session(database, clock, 1)
    options = ExportOptions(library="Biblioteca Comunală Ciorăști")

    def document():
        return [full_document(database, session)]

    def html():
        return run.render("html", document(), options)

    def pdf():
        return run.render("pdf", document(), options, PdfReport)

    pdf()  # the first PDF loads the fonts: the librarian's first export of the day
    pages = pdf().count(b"/Type /Page\n")
    print(f"one session of {GROUPS} groups, {GROUPS} notes (median of 5):")
    print(f"  read the session          {median_seconds(document) * 1000:7.1f} ms")
    print(f"  HTML page, reading incl.  {median_seconds(html) * 1000:7.1f} ms "
          f"({len(html()) // 1024} KB)")
    print(f"  PDF, reading incl.        {median_seconds(pdf) * 1000:7.1f} ms ({pages} pages)")
    many = [session] + [big_session(database, clock, number) for number in range(2, 101)]
    documents = [full_document(database, session_id) for session_id in many]
    for file_format in ("csv", "json"):
        seconds = median_seconds(lambda file_format=file_format: run.render(
            file_format, [full_document(database, session_id) for session_id in many],
            options), runs=3)
        print(f"  100 sessions to {file_format.upper():<5}      {seconds * 1000:7.1f} ms "
              f"(reading incl.)")
    print(f"  100 sessions to PDF       {median_seconds(lambda: run.render('pdf', documents, options, PdfReport), runs=1):7.1f} s "  # noqa: E501
          f"(rendering only)")
    group_id = groups.list_groups(database, session)[0].id
    base = records.get_record(database, group_id)

    def save():
        nonlocal base
        base = records.save_record(database, group_id, RecordContent(
            FINDING[:1500] + str(time.perf_counter())), base.revision).record

    print(f"  save one record (index refreshed for {GROUPS} groups): "
          f"{median_seconds(save, runs=50) * 1000:6.2f} ms")
    database.close()


if __name__ == "__main__":
    main()
