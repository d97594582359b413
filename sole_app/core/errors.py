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
