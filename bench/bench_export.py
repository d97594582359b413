"""Export: a session with 30 groups to PDF and to HTML. Target 0.5 s or less each.

Not yet measurable: exports do not exist (issue 13). The session is built already (30 groups,
each with a finding, sources and new questions, through core), so plugging an export in is one
line: add it to ``EXPORTS`` as ``"PDF": lambda database, session_id, path: ...``. Until then each
row says why it has no figure. Prints; asserts nothing.
Usage: python bench/bench_export.py [--size tiny|full] [--json out.json]
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from suite import Figure, arguments, finish

from sole_app.core.clock import SystemClock
from sole_app.core.db import open_database
from sole_app.core.findings import groups, records
from sole_app.core.findings.data import Certainty, RecordContent
from sole_app.core.session import runner
from sole_app.core.session.plan import Plan

GROUPS = 30
TARGET_MS = 500.0
FORMATS = ("PDF", "HTML")
# format -> export(database, session_id, path); empty until issue 13 brings exports.
EXPORTS: dict[str, Callable] = {}
FOUND = ("Somnul repară corpul și ajută creierul să țină minte ce am învățat; "
         "во сне мозг «убирает» лишнее. ") * 12


def session_with_groups(database, count: int) -> int:
    """A session whose ``count`` groups have each written a record."""
    session = runner.start_session(database, SystemClock(), "De ce avem nevoie de somn?",
                                   Plan())
    for number in range(count):
        entry = groups.add_group(database, session.session_id, f"Grupul {number + 1}",
                                 head_count=4)
        records.save_record(database, entry.id, RecordContent(
            FOUND, ("https://ro.wikipedia.org/wiki/Somn", "Enciclopedia copiilor, p. 12"),
            Certainty.FAIRLY_SURE, ("De ce visăm?", "Dorm și animalele?")), 0)
    session.finish()
    return session.session_id


def export_figure(name: str, database, session_id: int, folder: Path) -> Figure:
    label = f"export: a session of {GROUPS} groups to {name}"
    export = EXPORTS.get(name)
    if export is None:
        return Figure(label, None, "ms", target=TARGET_MS,
                      note="not yet measurable: exports do not exist (issue 13)")
    started = time.perf_counter()
    export(database, session_id, folder / f"session.{name.lower()}")
    return Figure(label, (time.perf_counter() - started) * 1000, "ms", target=TARGET_MS)


def main() -> None:
    args = arguments(__doc__.splitlines()[0])
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "bench.sqlite3")
        session_id = session_with_groups(database, GROUPS)
        figures = [export_figure(name, database, session_id, Path(folder)) for name in FORMATS]
        database.close()
    finish("export", figures, args)


if __name__ == "__main__":
    main()
