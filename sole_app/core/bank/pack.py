"""Sharing questions between clubs: question packs (JSON) and spreadsheets (CSV).

Importing is all or nothing: the file is read as it streams in, each question checked and
written inside one transaction, which is rolled back if anything in the file is wrong. A refused
file names its problems (up to MAX_LISTED), each with its question (or row) and field. The
formats are documented in docs/question-pack-format.md.
"""

from __future__ import annotations

import dataclasses
import json
import os
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sole_app import __version__
from sole_app.core.bank import bulk, csv_file, file_text
from sole_app.core.bank.bulk import ImportResult
from sole_app.core.bank.errors import (
    FileUnreadable,
    ImportProblem,
    InvalidImportFile,
    InvalidQuestion,
    UnknownFileFormat,
    UnsupportedPackVersion,
)
from sole_app.core.bank.file_fields import FIELDS, FORMATS, REQUIRED, moment_text, parse_moment
from sole_app.core.bank.json_stream import Entry, Field, PackStream
from sole_app.core.bank.question_data import DEFAULT_AGES, QuestionData, checked_question
from sole_app.core.bank.store import QuestionView

PACK_FORMAT = "sole-question-pack"
PACK_VERSION = 1


def pick_format(path: Path, chosen: str | None = None) -> str:
    """The format asked for, else the one the file name says; UnknownFileFormat otherwise."""
    name = (chosen or path.suffix.lstrip(".")).lower()
    if name not in FORMATS:
        raise UnknownFileFormat(path)
    return name


@contextmanager
def entries(path: Path, file_format: str | None = None):
    """The file's questions as they are read, each a QuestionData or an ImportProblem (its
    place, its field, what is wrong); a problem that stops the reading raises InvalidImportFile.
    Yields the entries and the file's encoding."""
    kind = pick_format(path, file_format)
    stream, encoding = file_text.open_text(path, legacy=kind == "csv")
    with stream:
        read = read_pack if kind == "json" else csv_file.read_csv
        yield _readable(path, read(path, stream, encoding), encoding), encoding


def _readable(path: Path, items: Iterator, encoding: file_text.Encoding) -> Iterator:
    try:
        yield from items
    except UnicodeDecodeError as error:  # a strict encoding (UTF-16) that stops being text
        raise file_text.unreadable(path, encoding) from error
    except OSError as error:
        raise FileUnreadable(path, error.strerror or str(error)) from error


def read_file(path: Path, file_format: str | None = None) -> list[QuestionData]:
    """Every question in the file, checked; InvalidImportFile listing the file's problems."""
    questions: list[QuestionData] = []
    problems: list[ImportProblem] = []
    with entries(path, file_format) as (items, _encoding):
        for item in items:
            (problems if isinstance(item, ImportProblem) else questions).append(item)
    if problems:
        raise InvalidImportFile.listing(path, problems)
    return questions


def import_file(database, path: Path, file_format: str | None = None) -> ImportResult:
    """Add the file's questions to the bank, all or none; duplicates are counted, not added."""
    with entries(path, file_format) as (items, encoding):
        result = bulk.import_entries(database, path, items)
    return dataclasses.replace(result, encoding=encoding.said)


def export_file(path: Path, questions: Sequence[QuestionView], file_format: str | None = None,
                header_language: str = "en", delimiter: str | None = None) -> int:
    """Write the questions to ``path`` (replaced whole, never half-written); returns how many."""
    kind = pick_format(path, file_format)
    if kind == "json":
        content = pack_text(questions).encode("utf-8")
    else:
        content = csv_file.csv_bytes(questions, header_language, delimiter)
    write_atomically(path, content)
    return len(questions)


def write_atomically(path: Path, content: bytes) -> None:
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".export-", suffix=".tmp")
    except OSError as error:
        raise FileUnreadable(path, error.strerror or str(error)) from error
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise FileUnreadable(path, error.strerror or str(error)) from error


def pack_text(questions: Sequence[QuestionView]) -> str:
    pack = {
        "format": PACK_FORMAT,
        "version": PACK_VERSION,
        "generator": f"SOLE Facilitator {__version__}",
        "exported_at": moment_text(datetime.now(UTC)),
        "questions": [_pack_entry(question) for question in questions],
    }
    return json.dumps(pack, ensure_ascii=False, indent=2) + "\n"


def _pack_entry(question: QuestionView) -> dict:
    data = question.data
    entry = {name: getattr(data, name) for name in FIELDS}
    entry["tags"] = list(data.tags)
    entry["created_at"] = moment_text(data.created_at)
    entry["updated_at"] = moment_text(data.updated_at)
    return entry


def read_pack(path: Path, stream, encoding: file_text.Encoding
              ) -> Iterator[QuestionData | ImportProblem]:
    """A question pack's questions, checked one by one as they stream in."""
    pack = PackStream(path, stream)
    for item in pack.items():
        if isinstance(item, Entry):
            yield _pack_question(item.number, item.value, encoding)
        elif isinstance(item, Field):
            _check_field(path, item)
        else:
            yield item
    if "format" not in pack.keys:
        raise InvalidImportFile(path, "not_a_pack")
    if "version" not in pack.keys:
        raise UnsupportedPackVersion(path, None, PACK_VERSION)
    if "questions" not in pack.keys:
        raise InvalidImportFile(path, "not_a_list", field="questions")


def _check_field(path: Path, field: Field) -> None:
    """The pack's own fields, checked as soon as they are read: a file that is no pack, or a
    pack of another version, is refused before its questions are."""
    if field.name == "format" and field.value != PACK_FORMAT:
        raise InvalidImportFile(path, "not_a_pack")
    if field.name == "version":
        if isinstance(field.value, bool) or not isinstance(field.value, int):
            raise InvalidImportFile(path, "not_a_whole_number", field="version",
                                    value=json.dumps(field.value, ensure_ascii=False)[:40])
        if field.value != PACK_VERSION:
            raise UnsupportedPackVersion(path, field.value, PACK_VERSION)
    if field.name == "questions":  # read as a Field only when it is not a list
        raise InvalidImportFile(path, "not_a_list", field="questions")


def _pack_question(number: int, entry: object, encoding: file_text.Encoding
                   ) -> QuestionData | ImportProblem:
    if not isinstance(entry, dict):
        return ImportProblem("not_an_object", "question", number)
    for required in REQUIRED:
        if required not in entry:
            return ImportProblem("missing", "question", number, required)
    try:
        return checked_question(
            text=entry["text"], language=entry["language"], tags=entry.get("tags", []),
            age_min=entry.get("age_min", DEFAULT_AGES[0]),
            age_max=entry.get("age_max", DEFAULT_AGES[1]),
            notes=entry.get("notes", ""), source=entry.get("source", ""),
            uid=entry.get("uid"), translation_group=entry.get("translation_group"),
            created_at=parse_moment(entry.get("created_at"), "created_at"),
            updated_at=parse_moment(entry.get("updated_at"), "updated_at"),
        )
    except InvalidQuestion as error:
        return file_text.byte_problem(ImportProblem.for_question("question", number, error),
                                      encoding)
