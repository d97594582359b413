"""Errors the domain raises for things a person can fix. The UI and CLI turn them into sentences.

Each error carries a stable ``code`` and its details as attributes, so the interface can show a
translated message; ``str(error)`` is a plain English sentence for the command line and logs.
"""

from __future__ import annotations

from pathlib import Path

from sole_app.core.languages import LANGUAGES
from sole_app.core.translatable import QT_TRANSLATE_NOOP, Translate, english


class SoleError(Exception):
    """An expected problem: shown to the person as a sentence, never as a traceback."""

    code = "error"


class DatabaseError(SoleError):
    code = "database"

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path


class NotADatabase(DatabaseError):
    code = "not_a_database"

    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            f"{path} is not a SOLE Facilitator database (it is not an SQLite file, or it is "
            "damaged). It was left untouched.",
        )


class DatabaseTooNew(DatabaseError):
    code = "database_too_new"

    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(
            path,
            f"{path} was written by a newer version of SOLE Facilitator (schema {revision}). "
            "Install the newer version to open it; the file was left untouched.",
        )
        self.revision = revision


DATA_DIR_PROBLEMS = {
    "a_file": "it is a file, not a folder",
    "not_writable": "it is not writable",
    "disk_full": "the disk is full",
}


class DataDirError(SoleError):
    """``reason`` is a key of DATA_DIR_PROBLEMS, or the system's own words for a rarer problem."""

    code = "data_dir"

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            f"Cannot use {path} as the data folder: {DATA_DIR_PROBLEMS.get(reason, reason)}.")
        self.path = path
        self.reason = reason


class InvalidPlan(SoleError):
    """A session plan value out of range: phase minutes 1 to 600, counts 0 to 999."""

    code = "invalid_plan"

    def __init__(self, field: str, value: object) -> None:
        super().__init__(f"Invalid session plan: {field} = {value!r}.")
        self.field = field
        self.value = value


class SessionError(SoleError):
    code = "session"


class EmptyQuestion(SessionError):
    code = "empty_question"

    def __init__(self) -> None:
        super().__init__("A session needs a question: type one or pick one from the bank.")


class SessionNotFound(SessionError):
    code = "session_not_found"

    def __init__(self, session_id: int | None = None) -> None:
        what = "There is no running session." if session_id is None else (
            f"Session {session_id} does not exist."
        )
        super().__init__(what)
        self.session_id = session_id


class QuestionNotFound(SessionError):
    code = "question_not_found"

    def __init__(self, question_id: int) -> None:
        super().__init__(f"Question {question_id} is not in the bank (it may have been deleted).")
        self.question_id = question_id


class SessionNotSaved(SessionError):
    """The session could not be written (disk full, file locked); the timer goes on in memory."""

    code = "session_not_saved"

    def __init__(self, reason: str) -> None:
        super().__init__(f"The session could not be saved: {reason}. The timer goes on.")
        self.reason = reason


class BankError(SoleError):
    """A problem with the question bank. Its sentence is written once, below, in English marked
    for translation: the command line prints it, the interface translates it."""

    code = "bank"

    def sentence(self, translate: Translate = english) -> str:
        """The error as a sentence, each marked text passed through ``translate``."""
        return Exception.__str__(self)

    def __str__(self) -> str:
        return self.sentence()


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
}

# What is wrong, by code: InvalidQuestion.reason, or InvalidImportFile.detail for a whole file.
# {value} is the value refused; other placeholders come from the error's details.
QUESTION_PROBLEMS = {
    "empty": QT_TRANSLATE_NOOP("Errors", "this cannot be empty"),
    "not_text": QT_TRANSLATE_NOOP("Errors", "this must be text"),
    "too_long": QT_TRANSLATE_NOOP("Errors", "this is longer than {value} characters"),
    "unknown_language": QT_TRANSLATE_NOOP(
        "Errors", "the language must be one of {languages}, not “{value}”"),
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
    return translate(template).format(value=value, languages=", ".join(LANGUAGES), **details)


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


class InvalidImportFile(BankError):
    """A file to import is refused; nothing was written.

    ``detail`` is a key of QUESTION_PROBLEMS. ``where`` is "file", "question" (a JSON pack's
    1-based index) or "row" (a spreadsheet row, the header being row 1); ``number`` goes with
    question and row.
    """

    code = "invalid_import"

    def __init__(self, path: Path, detail: str, where: str = "file", number: int | None = None,
                 field: str | None = None, value: object = None,
                 details: dict | None = None) -> None:
        super().__init__(path, detail, where, number, field)
        self.path = path
        self.detail = detail
        self.where = where
        self.number = number
        self.field = field
        self.value = value
        self.details = details or {}

    @classmethod
    def for_question(cls, path: Path, where: str, number: int,
                     error: InvalidQuestion) -> InvalidImportFile:
        """The file refused because of one of its questions (or rows)."""
        return cls(path, error.reason, where, number, error.field, error.value, error.details)

    def place(self, translate: Translate = english) -> str:
        """Where in the file: "row 3, Lowest age", or "" for the whole file."""
        parts = [translate(PLACES[self.where]).format(number=self.number)] \
            if self.where in PLACES else []
        if self.field:
            parts.append(field_name(self.field, translate))
        return ", ".join(parts)

    def sentence(self, translate: Translate = english) -> str:
        what = problem(self.detail, self.value, self.details, translate)
        place = self.place(translate)
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
        super().__init__(path, "unsupported_version")
        self.version = version
        self.readable = readable

    def sentence(self, translate: Translate = english) -> str:
        return translate(QT_TRANSLATE_NOOP(
            "Errors", "The file {path} is a question pack of version {version}, and this "
                      "version of SOLE Facilitator reads version {readable}. Update the app to "
                      "import it.")).format(path=self.path, version=self.version,
                                            readable=self.readable)


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


class FindingsError(SoleError):
    """A problem with a session's groups, their records, the notes or the reflection."""

    code = "findings"


ENTRY_PROBLEMS = {
    "empty": "is empty",
    "not_text": "is not text",
    "too_long": "is longer than {value} characters",
    "not_a_list": "is not a list",
    "too_many": "has more than {value} items",
    "not_a_whole_number": "is not a whole number (it is {value!r})",
    "out_of_range": "is not from {value[0]} to {value[1]} (it is {value[2]!r})",
    "not_a_choice": "is not one of {value}",
}

ENTRY_SUBJECTS = {
    "group": "group's",
    "record": "group record's",
    "note": "note's",
    "reflection": "reflection's",
}


class InvalidEntry(FindingsError):
    """A typed value breaks a rule; ``subject`` is a key of ENTRY_SUBJECTS (group, record, note,
    reflection), ``reason`` a key of ENTRY_PROBLEMS, ``value`` the limit or the offending value."""

    code = "invalid_entry"

    def __init__(self, subject: str, field: str, reason: str, value: object = None) -> None:
        problem = ENTRY_PROBLEMS.get(reason, reason).format(value=value)
        super().__init__(f"The {ENTRY_SUBJECTS.get(subject, subject)} {field} {problem}.")
        self.subject = subject
        self.field = field
        self.reason = reason
        self.value = value


class GroupNotFound(FindingsError):
    code = "group_not_found"

    def __init__(self, group_id: int) -> None:
        super().__init__(f"Group {group_id} does not exist (it may have been removed or merged).")
        self.group_id = group_id


class GroupsNotMergeable(FindingsError):
    """``reason`` is "same_group" or "different_sessions"."""

    code = "groups_not_mergeable"

    def __init__(self, source_id: int, target_id: int, reason: str) -> None:
        why = ("a group cannot be merged into itself" if reason == "same_group"
               else "they belong to different sessions")
        super().__init__(f"Groups {source_id} and {target_id} cannot be merged: {why}.")
        self.source_id = source_id
        self.target_id = target_id
        self.reason = reason


class GroupAlreadyExists(FindingsError):
    """A removed group was put back twice (its id or uid is in use again)."""

    code = "group_already_exists"

    def __init__(self, group_id: int) -> None:
        super().__init__(f"Group {group_id} is already there; it was not put back twice.")
        self.group_id = group_id


class NoteNotFound(FindingsError):
    code = "note_not_found"

    def __init__(self, note_id: int) -> None:
        super().__init__(f"Note {note_id} does not exist (it may have been deleted).")
        self.note_id = note_id


class FindingsNotSaved(FindingsError):
    """The database refused a write (disk full, file locked): what was typed is still on screen."""

    code = "findings_not_saved"

    def __init__(self, reason: str) -> None:
        super().__init__(f"The groups' work could not be saved: {reason}.")
        self.reason = reason
