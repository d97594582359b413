"""Sharing questions between clubs: question packs (JSON) and spreadsheets (CSV).

Importing is all or nothing: the whole file is read and validated first, and only then written in
one transaction. A refused file names the question (or row), the field and the reason. The
formats are documented in docs/question-pack-format.md.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from sole_app import __version__
from sole_app.core.bank import csv_file
from sole_app.core.bank import store as bank
from sole_app.core.bank.errors import (
    FileUnreadable,
    InvalidImportFile,
    InvalidQuestion,
    UnknownFileFormat,
    UnsupportedPackVersion,
)
from sole_app.core.bank.file_fields import FIELDS, FORMATS, REQUIRED, moment_text, parse_moment
from sole_app.core.bank.question_data import DEFAULT_AGES, QuestionData
from sole_app.core.bank.store import ImportResult, QuestionView

PACK_FORMAT = "sole-question-pack"
PACK_VERSION = 1


def pick_format(path: Path, chosen: str | None = None) -> str:
    """The format asked for, else the one the file name says; UnknownFileFormat otherwise."""
    name = (chosen or path.suffix.lstrip(".")).lower()
    if name not in FORMATS:
        raise UnknownFileFormat(path)
    return name


def read_file(path: Path, file_format: str | None = None) -> list[QuestionData]:
    """Every question in the file, validated; InvalidImportFile at the first problem."""
    kind = pick_format(path, file_format)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise FileUnreadable(path, error.strerror or str(error)) from error
    return read_pack(path, raw) if kind == "json" else csv_file.read_csv(path, raw)


def import_file(database, path: Path, file_format: str | None = None) -> ImportResult:
    """Add the file's questions to the bank; duplicates are counted, not added."""
    return bank.import_questions(database, read_file(path, file_format))


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


def read_pack(path: Path, raw: bytes) -> list[QuestionData]:
    try:
        pack = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise InvalidImportFile(path, "not_utf8") from error
    except ValueError as error:
        raise InvalidImportFile(path, "not_json") from error
    if not isinstance(pack, dict) or pack.get("format") != PACK_FORMAT:
        raise InvalidImportFile(path, "not_a_pack")
    if pack.get("version") != PACK_VERSION:
        raise UnsupportedPackVersion(path, pack.get("version"), PACK_VERSION)
    entries = pack.get("questions")
    if not isinstance(entries, list):
        raise InvalidImportFile(path, "not_a_list", field="questions")
    return [_pack_question(path, number, entry) for number, entry in enumerate(entries, 1)]


def _pack_question(path: Path, number: int, entry: object) -> QuestionData:
    if not isinstance(entry, dict):
        raise InvalidImportFile(path, "not_an_object", "question", number)
    for required in REQUIRED:
        if required not in entry:
            raise InvalidImportFile(path, "missing", "question", number, required)
    try:
        return QuestionData(
            text=entry["text"], language=entry["language"], tags=entry.get("tags", []),
            age_min=entry.get("age_min", DEFAULT_AGES[0]),
            age_max=entry.get("age_max", DEFAULT_AGES[1]),
            notes=entry.get("notes", ""), source=entry.get("source", ""),
            uid=entry.get("uid"), translation_group=entry.get("translation_group"),
            created_at=parse_moment(entry.get("created_at"), "created_at"),
            updated_at=parse_moment(entry.get("updated_at"), "updated_at"),
        ).cleaned()
    except InvalidQuestion as error:
        raise InvalidImportFile.for_question(path, "question", number, error) from error
