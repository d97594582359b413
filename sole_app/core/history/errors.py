"""Errors of the history: a session file refused (with its problems), or a change the database
refused. Each has its one sentence (see core/errors.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sole_app.core.errors import SoleError
from sole_app.core.findings.errors import ENTRY_FIELDS, ENTRY_PROBLEMS
from sole_app.core.translatable import QT_TRANSLATE_NOOP, Translate, english

MAX_PROBLEMS = 20  # listed of a refused file; a librarian fixes a file or asks for a new one


class HistoryError(SoleError):
    """A problem with past sessions, their import or their deletion."""

    code = "history"


# Where a problem is in a file, by the part of a session it is in ("file": the whole file).
PLACES = {
    "session": QT_TRANSLATE_NOOP("Errors", "session {session}"),
    "phase": QT_TRANSLATE_NOOP("Errors", "session {session}, phase {number}"),
    "group": QT_TRANSLATE_NOOP("Errors", "session {session}, group {number}"),
    "note": QT_TRANSLATE_NOOP("Errors", "session {session}, note {number}"),
    "reflection": QT_TRANSLATE_NOOP("Errors", "session {session}, the reflection"),
}

# What is wrong, besides the rules of typed entries (findings' ENTRY_PROBLEMS).
FILE_PROBLEMS = {
    "not_json": QT_TRANSLATE_NOOP(
        "Errors", "it is not JSON text (line {line}, column {column})."),
    "not_utf8": QT_TRANSLATE_NOOP("Errors", "it is not text in UTF-8."),
    "too_big": QT_TRANSLATE_NOOP("Errors", "it is larger than {value} MB."),
    "too_deep": QT_TRANSLATE_NOOP("Errors", "it is nested too deeply to be a session file."),
    "not_a_session_file": QT_TRANSLATE_NOOP(
        "Errors", "it is not a SOLE Facilitator session file."),
    "newer_version": QT_TRANSLATE_NOOP(
        "Errors", "it was made by a newer version of SOLE Facilitator (format version {value})."),
    "no_sessions": QT_TRANSLATE_NOOP("Errors", "it holds no session."),
    "missing": QT_TRANSLATE_NOOP("Errors", "{field} is missing."),
    "not_an_object": QT_TRANSLATE_NOOP("Errors", "{field} does not have the expected shape."),
    "bad_uid": QT_TRANSLATE_NOOP("Errors", "{field} is not a valid identifier."),
    "duplicate_uid": QT_TRANSLATE_NOOP("Errors", "{field} is used twice in the file."),
    "bad_time": QT_TRANSLATE_NOOP("Errors", "{field} is not a valid date and time."),
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a session file: where it is (``place``, a key of PLACES, with the
    session's and the item's position in the file, from 1) and what (``reason``, a key of
    ENTRY_PROBLEMS or FILE_PROBLEMS, about ``field``; ``value`` as InvalidEntry's, or for
    not_json the line and column)."""

    place: str
    reason: str
    field: str = ""
    value: object = None
    session: int = 0
    number: int = 0
    subject: str = ""  # the entry's kind, for the names of typed fields ("record", "group")

    def sentence(self, translate: Translate = english) -> str:
        if self.place == "file":
            return self._what(translate)
        where = translate(PLACES[self.place]).format(session=self.session, number=self.number)
        return f"{where}: {self._what(translate)}"

    def _what(self, translate: Translate) -> str:
        known = ENTRY_FIELDS.get((self.subject, self.field))
        field = translate(known) if known else f"“{self.field}”"
        template = ENTRY_PROBLEMS.get(self.reason) or FILE_PROBLEMS[self.reason]
        low, high, given = self.value if self.reason == "out_of_range" else (0, 0, None)
        line, column = self.value if self.reason == "not_json" else (0, 0)
        return translate(template).format(field=field, value=self.value, low=low, high=high,
                                          given=given, line=line, column=column)


class InvalidSessionFile(HistoryError):
    """A session file refused whole, nothing imported; ``problems`` lists up to MAX_PROBLEMS of
    what is wrong, ``more`` says whether there were others."""

    code = "invalid_session_file"

    def __init__(self, path: Path, problems: tuple[Problem, ...], more: bool = False) -> None:
        super().__init__(path, problems, more)
        self.path = path
        self.problems = problems
        self.more = more

    def sentence(self, translate: Translate = english) -> str:
        listed = "; ".join(problem.sentence(translate).rstrip(".") for problem in self.problems)
        if self.more:
            listed += translate(QT_TRANSLATE_NOOP("Errors", "; and more"))
        return translate(QT_TRANSLATE_NOOP(
            "Errors", "The file {file} was refused and nothing was imported: {problems}.")
        ).format(file=self.path.name, problems=listed)


class SessionFileUnreadable(HistoryError):
    """The file could not be read at all (gone, no permission); ``reason`` is the system's."""

    code = "session_file_unreadable"

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(path, reason)
        self.path = path
        self.reason = reason

    def sentence(self, translate: Translate = english) -> str:
        return translate(QT_TRANSLATE_NOOP(
            "Errors", "The file {file} could not be read ({reason}).")).format(
            file=self.path, reason=self.reason)


class HistoryNotSaved(HistoryError):
    """The database refused an import or a deletion (disk full, locked): nothing changed."""

    code = "history_not_saved"

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

    def sentence(self, translate: Translate = english) -> str:
        return translate(QT_TRANSLATE_NOOP(
            "Errors", "The sessions could not be changed ({reason}); nothing was changed. Check "
                      "that the disk is not full.")).format(reason=self.reason)
