"""What every expected problem shares, and the problems of the data folder and database file.

An error carries a stable ``code`` and its details as attributes, and its one sentence, written
once in English marked for translation (QT_TRANSLATE_NOOP). ``str(error)`` is that sentence in
English for the command line and logs; the interface passes the same text through Qt's
translation (``error.sentence(translate)``). Each feature keeps its own errors in its package
(core/bank/errors.py, core/session/errors.py, core/findings/errors.py).
"""

from __future__ import annotations

from pathlib import Path

from sole_app.core.translatable import QT_TRANSLATE_NOOP, Translate, english


class SoleError(Exception):
    """An expected problem: shown to the person as a sentence, never as a traceback."""

    code = "error"

    def sentence(self, translate: Translate = english) -> str:
        """The error as a sentence, each marked text passed through ``translate``."""
        return Exception.__str__(self)

    def __str__(self) -> str:
        return self.sentence()


class DatabaseError(SoleError):
    code = "database"

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.path = path


class NotADatabase(DatabaseError):
    code = "not_a_database"

    def sentence(self, translate: Translate = english) -> str:
        return translate(QT_TRANSLATE_NOOP(
            "Errors", "The file {path} is not a SOLE Facilitator database, or it is damaged. "
                      "It was not changed. Choose another data folder, or move the file away."
        )).format(path=self.path)


class DatabaseTooNew(DatabaseError):
    code = "database_too_new"

    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(path)
        self.revision = revision

    def sentence(self, translate: Translate = english) -> str:
        return translate(QT_TRANSLATE_NOOP(
            "Errors", "The database {path} was saved by a newer version of SOLE Facilitator. "
                      "It was not changed. Install the newer version to open it."
        )).format(path=self.path)


DATA_DIR_PROBLEMS = {
    "a_file": QT_TRANSLATE_NOOP("Errors", "it is a file, not a folder"),
    "not_writable": QT_TRANSLATE_NOOP("Errors", "it is not writable"),
    "disk_full": QT_TRANSLATE_NOOP("Errors", "the disk is full"),
    # a file (the database, the settings), where the reasons above speak of a folder
    "read_only": QT_TRANSLATE_NOOP("Errors", "the disk or the file is read-only"),
}


class DataDirError(SoleError):
    """``reason`` is a key of DATA_DIR_PROBLEMS, or the system's own words for a rarer problem."""

    code = "data_dir"

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(path, reason)
        self.path = path
        self.reason = reason

    def sentence(self, translate: Translate = english) -> str:
        known = DATA_DIR_PROBLEMS.get(self.reason)
        return translate(QT_TRANSLATE_NOOP(
            "Errors", "The data folder {path} cannot be used: {reason}.")).format(
            path=self.path, reason=translate(known) if known else self.reason)


class BackupDamaged(DatabaseError):
    """A backup chosen for a restore fails SQLite's integrity check: nothing was changed."""

    code = "backup_damaged"

    def sentence(self, translate: Translate = english) -> str:
        return translate(QT_TRANSLATE_NOOP(
            "Errors", "The backup {path} is damaged, so it was not restored. Your data was not "
                      "changed; choose another backup.")).format(path=self.path)


class BackupFailed(DatabaseError):
    """A backup or a restore could not be written; ``reason`` as for DataDirError."""

    code = "backup_failed"

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(path)
        self.reason = reason

    def sentence(self, translate: Translate = english) -> str:
        known = DATA_DIR_PROBLEMS.get(self.reason)
        return translate(QT_TRANSLATE_NOOP(
            "Errors", "The backup {path} could not be written: {reason}. Your data was not "
                      "changed.")).format(path=self.path,
                                          reason=translate(known) if known else self.reason)


class SettingsNotSaved(SoleError):
    """The settings file could not be written; the one from before is unchanged."""

    code = "settings_not_saved"

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(path, reason)
        self.path = path
        self.reason = reason

    def sentence(self, translate: Translate = english) -> str:
        known = DATA_DIR_PROBLEMS.get(self.reason)
        return translate(QT_TRANSLATE_NOOP(
            "Errors", "The settings were not saved in {path}: {reason}. The settings from "
                      "before are unchanged.")).format(
            path=self.path, reason=translate(known) if known else self.reason)
