"""Errors the domain raises for things a person can fix. The UI and CLI turn them into sentences.

Each error carries a stable ``code`` and its details as attributes, so the interface can show a
translated message; ``str(error)`` is a plain English sentence for the command line and logs.
"""

from __future__ import annotations

from pathlib import Path


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
    code = "bank"


QUESTION_PROBLEMS = {
    "empty": "is empty",
    "not_text": "is not text",
    "too_long": "is longer than {value} characters",
    "unknown_language": "is not one of ro, en, ru (it is {value!r})",
    "not_a_whole_number": "is not a whole number (it is {value!r})",
    "age_out_of_range": "is not an age from 3 to 99 (it is {value!r})",
    "ages_reversed": "is smaller than the minimum age",
    "not_a_list": "is not a list of tags",
    "too_many": "has more than {value} tags",
    "bad_identifier": "is not an identifier of at most 36 characters",
    "not_a_date": "is not a date and time such as 2026-11-24T10:00:00Z (it is {value!r})",
    "missing": "is missing",
    "not_an_object": "is not an object with the question's fields",
    "not_yes_no": "is not true or false",
}


class InvalidQuestion(BankError):
    """A question's field breaks a rule; ``reason`` is a key of QUESTION_PROBLEMS."""

    code = "invalid_question"

    def __init__(self, field: str, reason: str, value: object = None) -> None:
        problem = QUESTION_PROBLEMS.get(reason, reason).format(value=value)
        super().__init__(f"The question's {field} {problem}.")
        self.field = field
        self.reason = reason
        self.value = value


class InvalidImportFile(BankError):
    """A file to import is refused; nothing was written.

    ``where`` is "file", "question" (a JSON pack's 1-based index), "row" (a spreadsheet row, the
    header being row 1) or "column"; ``number`` goes with question and row.
    """

    code = "invalid_import"

    def __init__(self, path: Path, reason: str, where: str = "file", number: int | None = None,
                 field: str | None = None, detail: str = "", value: object = None) -> None:
        place = {"question": f", question {number}", "row": f", row {number}"}.get(where, "")
        about = f", field {field!r}" if field else ""
        super().__init__(f"{path}{place}{about}: {reason}. Nothing was imported.")
        self.path = path
        self.reason = reason
        self.where = where
        self.number = number
        self.field = field
        self.detail = detail  # a key of QUESTION_PROBLEMS, or a file-level code
        self.value = value


class UnsupportedPackVersion(InvalidImportFile):
    code = "unsupported_pack_version"

    def __init__(self, path: Path, version: object) -> None:
        super().__init__(
            path, f"it is a question pack of version {version!r}, and this version of SOLE "
            "Facilitator reads version 1 only; update the app to import it")
        self.version = version


class UnknownFileFormat(BankError):
    code = "unknown_file_format"

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path}: the format is not known from the file name; use a .json or .csv file, or "
            "say --format json or --format csv.")
        self.path = path


class FileUnreadable(BankError):
    code = "file_unreadable"

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"Cannot use the file {path}: {reason}.")
        self.path = path
        self.reason = reason


class InvalidStarterBank(BankError):
    """A shipped starter file is broken: a packaging mistake, reported but never fatal."""

    code = "invalid_starter_bank"

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"The starter question file {path} was not loaded: {reason}.")
        self.path = path
        self.reason = reason


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
