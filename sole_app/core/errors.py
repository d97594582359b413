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


class DataDirError(SoleError):
    code = "data_dir"

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"Cannot use {path} as the data folder: {reason}.")
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
