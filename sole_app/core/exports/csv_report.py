"""Sessions as a spreadsheet for the programme's reports: one row per session.

Written as the bank's spreadsheets are (core/bank/csv_file.py): UTF-8 with a byte order mark,
so that Excel shows ă â î ș ț and Cyrillic; separated by ',' in English and ';' in Romanian and
Russian (their locales' list separator, so a double-click opens the columns); CRLF line ends.
Minutes are whole numbers, so no decimal separator can be misread. A typed cell that a
spreadsheet would run as a formula (=, +, -, @) starts with an apostrophe, so it stays text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

from sole_app.core.bank.csv_file import DELIMITERS, FORMULA_STARTS
from sole_app.core.exports import labels, report
from sole_app.core.exports.report import PERCENT_FIELDS, ExportOptions
from sole_app.core.history.summary import whole_minutes
from sole_app.core.session.plan import PHASE_KEYS

Cell = Callable[[dict], object]


def render_csv(documents: list[dict], options: ExportOptions) -> bytes:
    columns = csv_columns(options)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=DELIMITERS.get(options.language, ","),
                        lineterminator="\r\n")
    writer.writerow(header for header, _cell in columns)
    for document in documents:
        writer.writerow(_text(cell(document)) for _header, cell in columns)
    return buffer.getvalue().encode("utf-8-sig")


def csv_columns(options: ExportOptions) -> list[tuple[str, Cell]]:
    """(header, cell) for each column, in order, headers in the export's language."""
    t = options.translate
    columns: list[tuple[str, Cell]] = [
        (t(labels.LIBRARY), lambda _document: _typed(options.library)),
        (t(labels.DATE), lambda document: report.session_date(document["session"])),
        (t(labels.QUESTION), lambda document: _typed(document["session"]["question"])),
        (t(labels.LANGUAGE), lambda document: report.language_name(document["session"])),
        (t(labels.TAGS), lambda document: _typed("; ".join(document["session"].get("tags", [])))),
    ]
    for key in PHASE_KEYS:
        name = report.phase_name(key, options)
        columns += [
            (t(labels.CSV_PLANNED).format(phase=name), _phase(key, "planned_minutes")),
            (t(labels.CSV_ACTUAL).format(phase=name), _phase(key, "actual_minutes")),
            (t(labels.CSV_EXTRA).format(phase=name), _phase(key, "extra_minutes")),
        ]
    columns.append((t(labels.CSV_EXTRA_TOTAL), _extra_total))
    for name in ("children", "computers", "groups"):
        counted = t(labels.REFLECTION_LABELS[name])
        columns += [
            (t(labels.CSV_PLANNED_COUNT).format(what=counted),
             lambda document, name=name: document["session"]["plan"][name]),
            (counted, lambda document, name=name: _answer(document, name, options)),
        ]
    columns.append((t(labels.CSV_RECORDED_GROUPS), lambda document: len(document["groups"])))
    for name in ("objective", "thinking", *PERCENT_FIELDS, "agreements"):
        label = t(labels.REFLECTION_LABELS[name])
        header = t(labels.CSV_PERCENT).format(what=label) if name in PERCENT_FIELDS else label
        columns.append((header, lambda document, name=name: _score(document, name, options)))
    columns.append((t(labels.CSV_SESSION_ID), lambda document: document["session"]["uid"]))
    return columns


def _phase(key: str, attribute: str) -> Cell:
    def cell(document: dict) -> int | None:
        for times in report.phases(document["session"]):
            if times.key == key:
                return whole_minutes(getattr(times, attribute))
        return None

    return cell


def _extra_total(document: dict) -> int:
    return whole_minutes(sum(times.extra_minutes for times in report.phases(document["session"])))


def _answer(document: dict, name: str, options: ExportOptions) -> object:
    reflection = document["reflection"]
    return None if reflection is None else reflection.get(name)


def _score(document: dict, name: str, options: ExportOptions) -> object:
    """A choice as its word in the export's language; a percentage as its number."""
    value = _answer(document, name, options)
    if value is None or name in PERCENT_FIELDS:
        return value
    return report.reflection_answer(name, value, options)


def _typed(text: str) -> str:
    """Typed text on one line, never taken for a formula."""
    text = " ".join(text.split())
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _text(value: object) -> str:
    return "" if value is None else str(value)
