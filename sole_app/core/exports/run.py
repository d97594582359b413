"""Exporting sessions to a file, one step at a time, so that a window can show progress and
cancel between steps (a generator: no event loop is run from here).

``export_steps`` reads each session (one step each), then renders the chosen format and writes
the file atomically (the last step). Stopping before the last step writes nothing. The PDF is
made by the PdfMaker the caller hands in (Qt's printing, in the interface), from each
session's own HTML page (the HTML export's, paged): laying out a session is part of its reading
step, and painting each session's pages is one more step, so a PDF of a hundred sessions shows
progress and can stop all along.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from sole_app.core.db import Database
from sole_app.core.exports.csv_report import render_csv
from sole_app.core.exports.errors import NothingToExport, PdfUnavailable
from sole_app.core.exports.files import write_atomically
from sole_app.core.exports.html_report import render_html
from sole_app.core.exports.markdown_report import render_markdown
from sole_app.core.exports.report import ExportOptions
from sole_app.core.history.backup import backup_of, full_document
from sole_app.core.history.listing import HistoryFilters, list_sessions

FORMATS = ("md", "html", "pdf", "csv", "json")


class PdfMaker(Protocol):
    """Makes one PDF from HTML pages: ``add`` one (it starts on a new page), ``paint`` them all
    (a step per page added), ``finish`` gives the bytes (ui/history/pdf.py's PdfReport)."""

    def add(self, html: str) -> None: ...

    def paint(self) -> Iterator[object]: ...

    def finish(self) -> bytes: ...


MakePdf = Callable[[ExportOptions], PdfMaker]


@dataclass(frozen=True)
class ExportProgress:
    """``done`` of ``total`` steps; the last step is rendering and writing the file."""

    done: int
    total: int

    @property
    def finished(self) -> bool:
        return self.done == self.total


def sessions_between(database: Database, since: date | None, until: date | None) -> list[int]:
    """The sessions of a date range (days included, local time), oldest first."""
    rows = list_sessions(database, HistoryFilters(since=since, until=until))
    return [row.id for row in reversed(rows)]


def export_steps(database: Database, session_ids: Iterable[int], file_format: str, path: Path,
                 options: ExportOptions,
                 make_pdf: MakePdf | None = None) -> Iterator[ExportProgress]:
    """Export the sessions, in the order given, to one file at ``path``, step by step."""
    ids = list(dict.fromkeys(session_ids))
    if not ids:
        raise NothingToExport()
    if file_format == "pdf" and make_pdf is None:
        raise PdfUnavailable()
    total = (2 if file_format == "pdf" else 1) * len(ids) + 1
    documents = (full_document(database, session_id, first_names=options.first_names)
                 for session_id in ids)
    if file_format == "pdf":
        data = yield from _pdf_steps(documents, options, make_pdf(options), total)
    else:
        kept = []
        for number, document in enumerate(documents, start=1):
            kept.append(document)
            yield ExportProgress(number, total)
        data = render(file_format, kept, options)
    write_atomically(path, data)
    yield ExportProgress(total, total)


def _pdf_steps(documents: Iterable[dict], options: ExportOptions, maker: PdfMaker,
               total: int):
    done = 0
    for document in documents:
        maker.add(render_html([document], options, paged=True))
        done += 1
        yield ExportProgress(done, total)
    for _part in maker.paint():
        done += 1
        yield ExportProgress(done, total)
    return maker.finish()


def export_sessions(database: Database, session_ids: Iterable[int], file_format: str,
                    path: Path, options: ExportOptions, make_pdf: MakePdf | None = None) -> int:
    """The whole export at once (the command line); returns how many sessions it holds."""
    for _progress in export_steps(database, session_ids, file_format, path, options, make_pdf):
        pass
    return len(dict.fromkeys(session_ids))


def render(file_format: str, documents: list[dict], options: ExportOptions,
           make_pdf: MakePdf | None = None) -> bytes:
    """The file's bytes in ``file_format`` (one of FORMATS), at once."""
    if file_format == "md":
        return render_markdown(documents, options).encode("utf-8")
    if file_format == "html":
        return render_html(documents, options).encode("utf-8")
    if file_format == "csv":
        return render_csv(documents, options)
    if file_format == "json":
        return json_bytes(documents)
    if file_format == "pdf" and make_pdf is not None:
        maker = make_pdf(options)
        for document in documents:
            maker.add(render_html([document], options, paged=True))
        for _part in maker.paint():
            pass
        return maker.finish()
    raise ValueError(f"unknown export format {file_format!r}")


def json_bytes(documents: list[dict]) -> bytes:
    return (json.dumps(backup_of(documents), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
