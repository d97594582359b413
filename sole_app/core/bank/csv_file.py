"""Questions as a spreadsheet (CSV), the way LibreOffice and Excel write and read it.

Written as UTF-8 with a byte order mark (so Excel shows ă â î ș ț), with headers in the chosen
language, separated by ',' for English and ';' for Romanian and Russian (their locales' list
separator, so a double-click in Excel opens the columns). Read as it streams in, a row at a time:
UTF-8 with or without the mark, UTF-16 ("Unicode text", with or without the mark), or the
Windows Central European code page (cp1250) that Excel uses in the Romanian locale (file_text.py
decides); the separator (',', ';' or tab) is detected from the header line.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterator, Sequence
from pathlib import Path

from sole_app.core.bank import file_text
from sole_app.core.bank.errors import ImportProblem, InvalidImportFile, InvalidQuestion
from sole_app.core.bank.file_fields import FIELDS, REQUIRED, moment_text, parse_moment
from sole_app.core.bank.question_data import (
    DEFAULT_AGES,
    QuestionData,
    checked_question,
    fold,
    split_tags,
)
from sole_app.core.bank.store import QuestionView
from sole_app.core.languages import LANGUAGE_NAMES, LANGUAGES

COLUMNS = ("text", "language", "tags", "age_min", "age_max", "notes", "source", "uid",
           "translation_group", "created_at", "updated_at")
HEADERS = {
    "text": {"en": "Question", "ro": "Întrebare", "ru": "Вопрос"},
    "language": {"en": "Language", "ro": "Limba", "ru": "Язык"},
    "tags": {"en": "Tags", "ro": "Etichete", "ru": "Теги"},
    "age_min": {"en": "Minimum age", "ro": "Vârsta minimă", "ru": "Минимальный возраст"},
    "age_max": {"en": "Maximum age", "ro": "Vârsta maximă", "ru": "Максимальный возраст"},
    "notes": {"en": "Notes", "ro": "Note", "ru": "Заметки"},
    "source": {"en": "Source", "ro": "Sursa", "ru": "Источник"},
    "uid": {"en": "ID", "ro": "ID", "ru": "ID"},
    "translation_group": {"en": "Translation group", "ro": "Grup de traducere",
                          "ru": "Группа перевода"},
    "created_at": {"en": "Created", "ro": "Creată", "ru": "Создан"},
    "updated_at": {"en": "Updated", "ro": "Modificată", "ru": "Изменён"},
}
EXTRA_HEADERS = {"subjects": "tags", "subiecte": "tags", "discipline": "tags", "taguri": "tags",
                 "varsta min": "age_min", "varsta max": "age_max", "notite": "notes",
                 "sursă": "source", "autor": "source", "author": "source", "limbă": "language"}
# Besides its code and its own name (LANGUAGE_NAMES), what people write for a language in a cell
LANGUAGE_WORDS = {"ro": ("romanian", "румынский"), "en": ("engleza", "английский"),
                  "ru": ("rusa", "russian")}
DELIMITERS = {"en": ",", "ro": ";", "ru": ";"}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Fed to the reader after the file's last line: a row of its own when the file ends cleanly, the
# end of the last cell when the file ends inside a quoted cell (which the reader does not say).
END_MARK = "\ufdd0end of the file\ufdd1"
assert set(COLUMNS) == set(FIELDS)
assert set(DELIMITERS) == set(LANGUAGE_WORDS) == set(LANGUAGES)
assert all(set(names) == set(LANGUAGES) for names in HEADERS.values())


def _header_key(text: str) -> str:
    return " ".join(fold(text).replace("_", " ").split())


HEADER_LOOKUP = {
    **{_header_key(name): field for name, field in EXTRA_HEADERS.items()},
    **{_header_key(field): field for field in COLUMNS},
    **{_header_key(name): field for field, names in HEADERS.items() for name in names.values()},
}
LANGUAGE_LOOKUP = {
    **{fold(word): code for code, words in LANGUAGE_WORDS.items() for word in words},
    **{fold(name): code for code, name in LANGUAGE_NAMES.items()},
    **{code: code for code in LANGUAGES},
}


def csv_bytes(questions: Sequence[QuestionView], header_language: str = "en",
              delimiter: str | None = None) -> bytes:
    """The questions as a spreadsheet file's bytes (UTF-8 with BOM, CRLF line ends)."""
    language = header_language if header_language in DELIMITERS else "en"
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter or DELIMITERS[language],
                        lineterminator="\r\n")
    writer.writerow(HEADERS[field][language] for field in COLUMNS)
    for question in questions:
        writer.writerow(_defuse(cell) for cell in _cells(question))
    return buffer.getvalue().encode("utf-8-sig")


def _cells(question: QuestionView) -> list[str]:
    data = question.data
    values = {
        "text": data.text, "language": data.language, "tags": "; ".join(data.tags),
        "age_min": str(data.age_min), "age_max": str(data.age_max), "notes": data.notes,
        "source": data.source, "uid": data.uid or "",
        "translation_group": data.translation_group or "",
        "created_at": moment_text(data.created_at) or "",
        "updated_at": moment_text(data.updated_at) or "",
    }
    return [values[field] for field in COLUMNS]


def _defuse(cell: str) -> str:
    """A cell a spreadsheet would run as a formula is written with a leading apostrophe."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def _undefuse(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS) else cell


def sniff_delimiter(first_line: str) -> tuple[str, bool]:
    """The separator, from Excel's "sep=;" first line or else from the header row; and whether
    the line was that "sep=" line (Excel hides it, so the header stays row 1)."""
    hint = first_line.strip()
    if hint.lower().startswith("sep=") and len(hint) == 5:
        return hint[4], True
    counts = {mark: first_line.count(mark) for mark in ("\t", ";", ",")}
    best = max(counts, key=counts.get)
    return (best if counts[best] else ","), False


def read_csv(path: Path, stream, encoding: file_text.Encoding
             ) -> Iterator[QuestionData | ImportProblem]:
    """The spreadsheet's questions, checked row by row as they stream in; blank rows are
    skipped. The header's problems refuse the file at once (InvalidImportFile)."""
    first = stream.readline()
    if not first.strip():
        blank = all(not chunk.strip() for chunk in iter(lambda: stream.read(1 << 20), ""))
        raise InvalidImportFile(path, "empty_file") if blank else InvalidImportFile(
            path, "missing_column", "row", 1, "text")
    delimiter, hint = sniff_delimiter(first)
    lines = itertools.chain(() if hint else (first,), stream, (END_MARK,))
    reader = csv.reader(lines, delimiter=delimiter)
    number = 0
    try:
        columns = _columns(path, next(reader))
        number = 1
        for number, row in enumerate(reader, start=2):
            if row and row[-1].endswith(END_MARK):
                if row != [END_MARK]:
                    yield _unclosed(number, row, columns)
                return
            if any(cell.strip() for cell in row):
                yield _row_question(number, columns, row, encoding)
    except csv.Error:  # a cell longer than the reader takes: a quote left open, most likely
        yield ImportProblem("endless_cell", "row", number + 1,
                            details={"limit": f"{csv.field_size_limit():,}"})


def _unclosed(number: int, row: list[str], columns: dict[str, int]) -> ImportProblem:
    """The row whose last cell opened a quote that the file never closed."""
    field = next((name for name, at in columns.items() if at == len(row) - 1), None)
    return ImportProblem("unclosed_quote", "row", number, field)


def _columns(path: Path, header: list[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for position, name in enumerate(header):
        field = HEADER_LOOKUP.get(_header_key(name))
        if field is None:
            continue  # a column of the librarian's own, e.g. comments: left alone
        if field in columns:
            raise InvalidImportFile(path, "duplicate_column", "row", 1, name)
        columns[field] = position
    for field in REQUIRED:
        if field not in columns:
            raise InvalidImportFile(path, "missing_column", "row", 1, field)
    return columns


def _row_question(number: int, columns: dict[str, int], row: list[str],
                  encoding: file_text.Encoding) -> QuestionData | ImportProblem:
    cells = {}
    for field, position in columns.items():
        cell = row[position].strip() if position < len(row) else ""
        cells[field] = _undefuse(cell) if cell[:1] == "'" else cell
    try:
        return checked_question(
            text=cells["text"], language=_language(cells["language"]),
            tags=split_tags(cells.get("tags", "")),
            age_min=_age(cells.get("age_min", ""), "age_min", DEFAULT_AGES[0]),
            age_max=_age(cells.get("age_max", ""), "age_max", DEFAULT_AGES[1]),
            notes=cells.get("notes", ""), source=cells.get("source", ""),
            uid=cells.get("uid") or None,
            translation_group=cells.get("translation_group") or None,
            created_at=parse_moment(cells.get("created_at"), "created_at"),
            updated_at=parse_moment(cells.get("updated_at"), "updated_at"),
        )
    except InvalidQuestion as error:
        return file_text.byte_problem(ImportProblem.for_question("row", number, error), encoding)


def _language(cell: str) -> str:
    return LANGUAGE_LOOKUP.get(fold(cell.strip()), cell)


def _age(cell: str, field: str, default: int) -> int:
    if not cell:
        return default
    try:
        return int(cell)
    except ValueError:
        raise InvalidQuestion(field, "not_a_whole_number", cell) from None
