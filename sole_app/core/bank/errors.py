"""The question bank's errors, each with its one sentence (see core/errors.py)."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from pathlib import Path

from sole_app.core.errors import SoleError
from sole_app.core.translatable import QT_TRANSLATE_NOOP, Translate, english

MAX_LISTED = 20  # problems a refused file lists: enough to fix a file in one pass


class BankError(SoleError):
    """A problem with the question bank. Its sentence is written once, below, in English marked
    for translation: the command line prints it, the interface translates it."""

    code = "bank"


FIELD_NAMES = {
    "text": QT_TRANSLATE_NOOP("Errors", "Question"),
    "language": QT_TRANSLATE_NOOP("Errors", "Language"),
    "tags": QT_TRANSLATE_NOOP("Errors", "Tags"),
    "age_min": QT_TRANSLATE_NOOP("Errors", "Lowest age"),
    "age_max": QT_TRANSLATE_NOOP("Errors", "Highest age"),
    "notes": QT_TRANSLATE_NOOP("Errors", "Notes"),
    "source": QT_TRANSLATE_NOOP("Errors", "Source"),
    "uid": QT_TRANSLATE_NOOP("Errors", "ID"),
    "translation_group": QT_TRANSLATE_NOOP("Errors", "Translation group"),
    "created_at": QT_TRANSLATE_NOOP("Errors", "Created"),
    "updated_at": QT_TRANSLATE_NOOP("Errors", "Changed"),
    "questions": QT_TRANSLATE_NOOP("Errors", "questions"),
    "format": QT_TRANSLATE_NOOP("Errors", "Format"),
    "version": QT_TRANSLATE_NOOP("Errors", "Version"),
}

# What is wrong, by code: InvalidQuestion.reason, or InvalidImportFile.detail for a whole file.
# {value} is the value refused; other placeholders come from the error's details.
QUESTION_PROBLEMS = {
    "empty": QT_TRANSLATE_NOOP("Errors", "this cannot be empty"),
    "not_text": QT_TRANSLATE_NOOP("Errors", "this must be text"),
    "too_long": QT_TRANSLATE_NOOP("Errors", "this is longer than {value} characters"),
    "unknown_language": QT_TRANSLATE_NOOP(
        "Errors", "the language must be a language code such as ro, en, ru or es, not “{value}”"),
    "broken_character": QT_TRANSLATE_NOOP(
        "Errors", "this holds {value}, half of a character that has lost its other half"),
    "stray_byte": QT_TRANSLATE_NOOP(
        "Errors", "the byte {value} is not {encoding} text (save the file again as UTF-8)"),
    "control_character": QT_TRANSLATE_NOOP(
        "Errors", "this holds the control character {value}, which no text holds"),
    "date_out_of_range": QT_TRANSLATE_NOOP(
        "Errors", "“{value}” is too far in the past or the future"),
    "not_a_whole_number": QT_TRANSLATE_NOOP("Errors", "“{value}” is not a whole number"),
    "age_out_of_range": QT_TRANSLATE_NOOP("Errors", "“{value}” is not an age from {low} to {high}"),
    "ages_reversed": QT_TRANSLATE_NOOP("Errors", "the highest age is lower than the lowest age"),
    "not_a_list": QT_TRANSLATE_NOOP("Errors", "this must be a list"),
    "too_many": QT_TRANSLATE_NOOP("Errors", "there are more than {value} tags"),
    "bad_identifier": QT_TRANSLATE_NOOP(
        "Errors", "this is not an identifier of at most {limit} characters"),
    "not_a_date": QT_TRANSLATE_NOOP(
        "Errors", "“{value}” is not a date and time such as 2026-11-24T10:00:00Z"),
    "missing": QT_TRANSLATE_NOOP("Errors", "this field is missing"),
    "not_an_object": QT_TRANSLATE_NOOP("Errors", "this is not a question with its fields"),
    "not_utf8": QT_TRANSLATE_NOOP("Errors", "the file is not UTF-8 text"),
    "not_utf16": QT_TRANSLATE_NOOP("Errors", "the file is not UTF-16 text"),
    "not_json": QT_TRANSLATE_NOOP("Errors", "the file is not valid JSON"),
    "not_json_at": QT_TRANSLATE_NOOP(
        "Errors", "this is not valid JSON (line {line}, column {column})"),
    "too_deep": QT_TRANSLATE_NOOP(
        "Errors", "this nests lists or objects more deeply than any question pack"),
    "unclosed_quote": QT_TRANSLATE_NOOP(
        "Errors", "the file ends inside this cell: the quote (\") that opens it is never closed"),
    "endless_cell": QT_TRANSLATE_NOOP(
        "Errors", "a cell here goes on for more than {limit} characters: perhaps the quote (\") "
                  "that opens it is never closed"),
    "not_utf16_without_mark": QT_TRANSLATE_NOOP(
        "Errors", "the file looks like UTF-16 text without a byte order mark, but it cannot be "
                  "read as UTF-16"),
    "not_a_pack": QT_TRANSLATE_NOOP("Errors", "the file is not a SOLE Facilitator question pack"),
    "empty_file": QT_TRANSLATE_NOOP("Errors", "the file is empty"),
    "not_csv": QT_TRANSLATE_NOOP("Errors", "the file is not a readable CSV file"),
    "duplicate_column": QT_TRANSLATE_NOOP("Errors", "two columns mean the same thing"),
    "missing_column": QT_TRANSLATE_NOOP("Errors", "this column is missing from the first row"),
}
PLACES = {
    "question": QT_TRANSLATE_NOOP("Errors", "question {number}"),
    "row": QT_TRANSLATE_NOOP("Errors", "row {number}"),
}


def field_name(field: str | None, translate: Translate = english) -> str:
    """A field as a person calls it ("Lowest age"); a column of her own keeps its header."""
    known = FIELD_NAMES.get(field or "")
    return translate(known) if known else (field or "")


def problem(reason: str, value: object, details: dict, translate: Translate = english) -> str:
    """What is wrong, as words ("“xx” is not a whole number")."""
    template = QUESTION_PROBLEMS.get(reason)
    if template is None:
        return reason
    return translate(template).format(value=value, **details)


class InvalidQuestion(BankError):
    """A question's field breaks a rule; ``reason`` is a key of QUESTION_PROBLEMS, and
    ``details`` fill its other placeholders (the limits the value broke)."""

    code = "invalid_question"

    def __init__(self, field: str, reason: str, value: object = None, **details) -> None:
        super().__init__(field, reason, value)
        self.field = field
        self.reason = reason
        self.value = value
        self.details = details

    def sentence(self, translate: Translate = english) -> str:
        return translate(QT_TRANSLATE_NOOP("Errors", "{field}: {problem}.")).format(
            field=field_name(self.field, translate),
            problem=problem(self.reason, self.value, self.details, translate))


@dataclasses.dataclass(frozen=True)
class ImportProblem:
    """One thing wrong in a file to import.

    ``detail`` is a key of QUESTION_PROBLEMS. ``where`` is "file", "question" (a JSON pack's
    1-based index) or "row" (a spreadsheet row, the header being row 1); ``number`` goes with
    question and row. ``field`` is a field's name, or a column or key of the file's own.
    """

    detail: str
    where: str = "file"
    number: int | None = None
    field: str | None = None
    value: object = None
    details: Mapping = dataclasses.field(default_factory=dict)

    @classmethod
    def for_question(cls, where: str, number: int, error: InvalidQuestion) -> ImportProblem:
        """A question's (or a row's) field broke a rule."""
        return cls(error.reason, where, number, error.field, error.value, error.details)

    def place(self, translate: Translate = english) -> str:
        """Where in the file: "row 3, Lowest age", or "" for the whole file."""
        parts = [translate(PLACES[self.where]).format(number=self.number)] \
            if self.where in PLACES else []
        if self.field:
            parts.append(field_name(self.field, translate))
        return ", ".join(parts)

    def text(self, translate: Translate = english) -> str:
        """The place and what is wrong there: "row 3, Lowest age: “x” is not a whole number"."""
        what = problem(self.detail, self.value, dict(self.details), translate)
        place = self.place(translate)
        return f"{place}: {what}" if place else what


class InvalidImportFile(BankError):
    """A file to import is refused; nothing was written.

    It carries the file's problems, in the order they were found: the first MAX_LISTED of them
    in ``problems`` (each naming its row or question and field), and how many there were in
    ``count``. Built with one problem's parts, or with ``problems`` (``listing``).
    """

    code = "invalid_import"

    def __init__(self, path: Path, detail: str, where: str = "file", number: int | None = None,
                 field: str | None = None, value: object = None,
                 details: dict | None = None) -> None:
        super().__init__(path, detail, where, number, field)
        self.path = path
        self.problems: tuple[ImportProblem, ...] = (
            ImportProblem(detail, where, number, field, value, details or {}),)
        self.count = 1

    @classmethod
    def for_question(cls, path: Path, where: str, number: int,
                     error: InvalidQuestion) -> InvalidImportFile:
        """The file refused because of one of its questions (or rows)."""
        return cls.listing(path, [ImportProblem.for_question(where, number, error)])

    @classmethod
    def listing(cls, path: Path, problems: Sequence[ImportProblem],
                count: int | None = None) -> InvalidImportFile:
        """The file refused for ``count`` problems (all of ``problems`` by default), of which
        the first MAX_LISTED are kept to be shown."""
        first = problems[0]
        refused = cls(path, first.detail, first.where, first.number, first.field, first.value,
                      dict(first.details))
        refused.problems = tuple(problems[:MAX_LISTED])
        refused.count = max(count or 0, len(problems))
        return refused

    @property
    def detail(self) -> str:
        return self.problems[0].detail

    @property
    def where(self) -> str:
        return self.problems[0].where

    @property
    def number(self) -> int | None:
        return self.problems[0].number

    @property
    def field(self) -> str | None:
        return self.problems[0].field

    def place(self, translate: Translate = english) -> str:
        """Where the first problem is: "row 3, Lowest age", or "" for the whole file."""
        return self.problems[0].place(translate)

    def listed(self, translate: Translate = english) -> list[str]:
        """The problems to show under the sentence, one a line; none when there is one only
        (the sentence names it)."""
        return [] if self.count == 1 else [item.text(translate) for item in self.problems]

    def sentence(self, translate: Translate = english) -> str:
        if self.count > len(self.problems):
            return translate(QT_TRANSLATE_NOOP(
                "Errors", "The file {path} was not imported; problems found: {count}, the first "
                          "{listed} listed below. Nothing was added.")).format(
                path=self.path, count=self.count, listed=len(self.problems))
        if self.count > 1:
            return translate(QT_TRANSLATE_NOOP(
                "Errors", "The file {path} was not imported; problems found: {count}, listed "
                          "below. Nothing was added.")).format(path=self.path, count=self.count)
        first = self.problems[0]
        what = problem(first.detail, first.value, dict(first.details), translate)
        place = first.place(translate)
        if place:
            return translate(QT_TRANSLATE_NOOP(
                "Errors", "The file {path} was not imported ({place}): {problem}. "
                          "Nothing was added.")).format(path=self.path, place=place, problem=what)
        return translate(QT_TRANSLATE_NOOP(
            "Errors", "The file {path} was not imported: {problem}. Nothing was added."
        )).format(path=self.path, problem=what)


class UnsupportedPackVersion(InvalidImportFile):
    code = "unsupported_pack_version"

    def __init__(self, path: Path, version: object, readable: int) -> None:
        super().__init__(path, "unsupported_version", field="version", value=version)
        self.version = version
        self.readable = readable

    def sentence(self, translate: Translate = english) -> str:
        return translate(QT_TRANSLATE_NOOP(
            "Errors", "The file {path} is a question pack of version {version}, and this "
                      "version of SOLE Facilitator reads version {readable}. Update the app to "
                      "import it.")).format(path=self.path, version=self.version,
                                            readable=self.readable)


class ImportFailed(BankError):
    """An import stopped by a problem nobody foresaw (a bug): said in the window, never only
    on stderr; the import's transaction was rolled back."""

    code = "import_failed"

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(path, reason)
        self.path = path
        self.reason = reason  # the exception's name, for the developers

    def sentence(self, translate: Translate = english) -> str:
        return translate(QT_TRANSLATE_NOOP(
            "Errors", "The file {path} could not be imported because of a problem the app did "
                      "not expect ({reason}). Nothing was added. Please tell the developers."
        )).format(path=self.path, reason=self.reason)


class UnknownFileFormat(BankError):
    code = "unknown_file_format"

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.path = path

    def sentence(self, translate: Translate = english) -> str:
        return translate(QT_TRANSLATE_NOOP(
            "Errors", "The format of {path} is not known: choose a .json or a .csv file."
        )).format(path=self.path)


class FileUnreadable(BankError):
    code = "file_unreadable"

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(path, reason)
        self.path = path
        self.reason = reason  # the system's words (not translated)

    def sentence(self, translate: Translate = english) -> str:
        return translate(QT_TRANSLATE_NOOP(
            "Errors", "The file {path} cannot be used: {reason}.")).format(
            path=self.path, reason=self.reason)


class InvalidStarterBank(BankError):
    """A shipped starter file is broken: a packaging mistake, reported but never fatal."""

    code = "invalid_starter_bank"

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(path, reason)
        self.path = path
        self.reason = reason  # in English: a packaging mistake, for the developers

    def sentence(self, translate: Translate = english) -> str:
        return translate(QT_TRANSLATE_NOOP(
            "Errors", "The starter questions in {path} could not be loaded: {reason}."
        )).format(path=self.path, reason=self.reason)


class QuestionNotFound(BankError):
    code = "question_not_found"

    def __init__(self, question_id: int) -> None:
        super().__init__(question_id)
        self.question_id = question_id

    def sentence(self, translate: Translate = english) -> str:
        return translate(QT_TRANSLATE_NOOP(
            "Errors", "This question is no longer in the bank; it may have been deleted."))
