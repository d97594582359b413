"""Exporting sessions to a file, one step at a time, so that a window can show progress and
cancel between steps (a generator: no event loop is run from here).

``export_steps`` reads each session (one step each), then renders the chosen format and writes
the file atomically (the last step). Stopping before the last step writes nothing. The PDF is
made by the renderer the caller hands in (Qt's printing, in the interface), from the same HTML
page as the HTML export.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

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
PdfRenderer = Callable[[str, ExportOptions], bytes]  # an HTML page -> the PDF's bytes


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
                 render_pdf: PdfRenderer | None = None) -> Iterator[ExportProgress]:
    """Export the sessions, in the order given, to one file at ``path``, step by step."""
    ids = list(dict.fromkeys(session_ids))
    if not ids:
        raise NothingToExport()
    if file_format == "pdf" and render_pdf is None:
        raise PdfUnavailable()
    total = len(ids) + 1
    documents = []
    for number, session_id in enumerate(ids, start=1):
        documents.append(full_document(database, session_id, first_names=options.first_names))
        yield ExportProgress(number, total)
    write_atomically(path, render(file_format, documents, options, render_pdf))
    yield ExportProgress(total, total)


def export_sessions(database: Database, session_ids: Iterable[int], file_format: str,
                    path: Path, options: ExportOptions,
                    render_pdf: PdfRenderer | None = None) -> int:
    """The whole export at once (the command line); returns how many sessions it holds."""
    steps = list(export_steps(database, session_ids, file_format, path, options, render_pdf))
    return steps[-1].total - 1


def render(file_format: str, documents: list[dict], options: ExportOptions,
           render_pdf: PdfRenderer | None = None) -> bytes:
    """The file's bytes in ``file_format`` (one of FORMATS)."""
    if file_format == "md":
        return render_markdown(documents, options).encode("utf-8")
    if file_format == "html":
        return render_html(documents, options).encode("utf-8")
    if file_format == "csv":
        return render_csv(documents, options)
    if file_format == "json":
        return json_bytes(documents)
    if file_format == "pdf" and render_pdf is not None:
        return render_pdf(render_html(documents, options, paged=True), options)
    raise ValueError(f"unknown export format {file_format!r}")


def json_bytes(documents: list[dict]) -> bytes:
    return (json.dumps(backup_of(documents), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
