"""Reading a session file from elsewhere: untrusted input, refused whole or taken whole.

A file holds one session (format "sole-session", what ``sessions export --format json`` writes
for one session) or several ("sole-sessions"), version 1 (docs/session-json.md). Every value is
checked against the rules the app applies to what is typed (core/findings/text.py): a damaged
or hand-edited file is refused with up to MAX_PROBLEMS of its problems listed, and nothing is
imported. What passes becomes plain data (SessionIn), cleaned exactly as a save would clean it.
Texts stay texts: nothing here interprets Markdown or HTML, and every export escapes them.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

from sole_app.core.findings import text
from sole_app.core.findings.data import (
    MAX_COUNT,
    MAX_FEEDBACK,
    MAX_FIRST_NAME,
    MAX_FIRST_NAMES,
    MAX_HEAD_COUNT,
    MAX_NICKNAME,
    MAX_NOTE,
    REFLECTION_FIELDS,
    RecordContent,
    ReflectionData,
)
from sole_app.core.findings.errors import InvalidEntry
from sole_app.core.history.errors import (
    MAX_PROBLEMS,
    InvalidSessionFile,
    Problem,
    SessionFileUnreadable,
)
from sole_app.core.history.incoming import (
    GroupIn,
    NoteIn,
    PhaseIn,
    ReflectionIn,
    SessionIn,
    parse_time,
)
from sole_app.core.languages import LANGUAGES
from sole_app.core.session.models import SessionStatus
from sole_app.core.session.plan import PHASE_KEYS

ONE_SESSION, MANY_SESSIONS, VERSION = "sole-session", "sole-sessions", 1
MAX_FILE_MB = 64
MAX_QUESTION = 5_000  # as the bank's questions
MAX_TAG, MAX_TAGS = 80, 30
MAX_GROUPS, MAX_NOTES, MAX_PHASES = 200, 2_000, 10
MAX_PHASE_SECONDS = 36_000
MAX_SESSIONS = 10_000
_UID = re.compile(r"[A-Za-z0-9_-]{1,36}")


class _Enough(Exception):
    """More problems than are worth listing: stop reading."""


class _Missing:
    """A required value that is not there (None is a value: "not given")."""


MISSING = _Missing()


def read_session_path(path: Path) -> list[SessionIn]:
    """The sessions of the file at ``path``; SessionFileUnreadable or InvalidSessionFile."""
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_FILE_MB * 1024 * 1024 + 1)
    except OSError as error:
        raise SessionFileUnreadable(path, error.strerror or str(error)) from error
    return read_session_file(path, raw)


def read_session_file(path: Path, raw: bytes) -> list[SessionIn]:
    """The sessions of a file's bytes; InvalidSessionFile (nothing usable) otherwise."""
    checker = _Checker()
    try:
        sessions = checker.file(raw)
    except _Enough:
        raise InvalidSessionFile(path, tuple(checker.problems[:MAX_PROBLEMS]), more=True) from None
    if checker.problems:
        raise InvalidSessionFile(path, tuple(checker.problems))
    return sessions


class _Checker:
    """Walks a decoded file, keeping every problem with where it is."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.place, self.session, self.number = "file", 0, 0
        self.uids: set[tuple[str, str]] = set()

    def problem(self, reason: str, field: str = "", value: object = None,
                subject: str = "") -> None:
        self.problems.append(Problem(self.place, reason, field, value, self.session,
                                     self.number, subject))
        if len(self.problems) > MAX_PROBLEMS:
            raise _Enough()

    def at(self, place: str, number: int = 0) -> None:
        self.place, self.number = place, number

    # --- the file --------------------------------------------------------------------------

    def file(self, raw: bytes) -> list[SessionIn]:
        decoded = self._decode(raw)
        if decoded is MISSING:
            return []
        if not isinstance(decoded, dict) or decoded.get("format") not in (ONE_SESSION,
                                                                           MANY_SESSIONS):
            self.problem("not_a_session_file")
            return []
        version = decoded.get("version")
        if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
            self.problem("newer_version", value=version)
            return []
        if version != VERSION:
            self.problem("not_a_session_file")
            return []
        documents = ([decoded] if decoded["format"] == ONE_SESSION
                     else self._list(decoded, "sessions", MAX_SESSIONS))
        if not documents and not self.problems:
            self.problem("no_sessions")
        return [self._document(number, document)
                for number, document in enumerate(documents, start=1)]

    def _decode(self, raw: bytes) -> object:
        if len(raw) > MAX_FILE_MB * 1024 * 1024:
            self.problem("too_big", value=MAX_FILE_MB)
            return MISSING
        try:
            return json.loads(raw.decode("utf-8-sig"))
        except UnicodeDecodeError:
            self.problem("not_utf8")
        except json.JSONDecodeError as error:
            self.problem("not_json", value=(error.lineno, error.colno))
        except RecursionError:
            self.problem("too_deep")
        return MISSING

    def _document(self, number: int, document: object) -> SessionIn | None:
        self.session = number
        self.at("session")
        if not isinstance(document, dict):
            self.problem("not_an_object", "session")
            return None
        session = self._object(document, "session")
        if session is None:
            return None
        plan = self._object(session, "plan", required=False) or {}
        result = dict(
            uid=self._uid(session, "uid", "session"),
            question=self._value(session, "question", lambda value: text.long_text(
                value, "session", "question", MAX_QUESTION).strip() or _empty("question")),
            question_uid=self._optional_uid(session, "question_uid"),
            language=self._value(session, "language", _language, required=False),
            tags=self._value(session, "tags", lambda value: text.items(
                value, "session", "tags", MAX_TAG, MAX_TAGS), required=False) or (),
            status=self._value(session, "status", _status),
            created_at=self._time(session, "created_at"),
            started_at=self._time(session, "started_at", required=False),
            finished_at=self._time(session, "finished_at", required=False),
            plan=tuple(self._value(plan, name, lambda value, name=name: text.count(
                value, "reflection", name, MAX_COUNT), required=False)
                for name in ("children", "computers", "groups")),
            phases=self._items(session, "phases", MAX_PHASES, "phase", self._phase),
        )
        self.at("session")
        result["groups"] = self._items(document, "groups", MAX_GROUPS, "group", self._group)
        result["notes"] = self._items(document, "notes", MAX_NOTES, "note", self._note)
        self.at("reflection")
        result["reflection"] = self._reflection(document.get("reflection", MISSING))
        return None if self.problems else SessionIn(**result)

    # --- parts -----------------------------------------------------------------------------

    def _phase(self, phase: dict) -> PhaseIn:
        return PhaseIn(
            key=self._value(phase, "key", _phase_key),
            planned_seconds=self._value(phase, "planned_seconds", lambda value: text.count(
                value, "phase", "planned_seconds", MAX_PHASE_SECONDS)),
            extra_seconds=self._value(phase, "extra_seconds", _extra_seconds),
            started_at=self._time(phase, "started_at", required=False),
            ended_at=self._time(phase, "ended_at", required=False),
        )

    def _group(self, group: dict) -> GroupIn:
        record = self._object(group, "record") or {}
        return GroupIn(
            uid=self._uid(group, "uid", "group"),
            nickname=self._value(group, "nickname", lambda value: text.one_line(
                value, "group", "nickname", MAX_NICKNAME, required=True)),
            head_count=self._value(group, "head_count", lambda value: text.count(
                value, "group", "head_count", MAX_HEAD_COUNT), required=False),
            first_names=self._value(group, "first_names", lambda value: text.items(
                value, "group", "first_names", MAX_FIRST_NAME, MAX_FIRST_NAMES),
                required=False) or (),
            glow=self._value(group, "glow", lambda value: text.long_text(
                value, "group", "glow", MAX_FEEDBACK), required=False) or "",
            grow=self._value(group, "grow", lambda value: text.long_text(
                value, "group", "grow", MAX_FEEDBACK), required=False) or "",
            created_at=self._time(group, "created_at"),
            updated_at=self._time(group, "updated_at"),
            content=self._record(record),
            revision=self._value(record, "revision", lambda value: text.count(
                value, "record", "revision", 10**9), required=False) or 0,
            record_updated_at=self._time(record, "updated_at"),
        )

    def _record(self, record: dict) -> RecordContent:
        values = {name: self._value(record, name, lambda value, name=name: getattr(
            RecordContent(**{name: value}).cleaned(), name), required=False)
            for name in ("found", "sources", "certainty", "new_questions")}
        return RecordContent(**{name: value for name, value in values.items()
                                if value is not None})

    def _note(self, note: dict) -> NoteIn:
        return NoteIn(
            uid=self._uid(note, "uid", "note"),
            text=self._value(note, "text", lambda value: text.one_line(
                value, "note", "text", MAX_NOTE, required=True)),
            phase_key=self._value(note, "phase", _phase_key, required=False),
            seconds_into_phase=self._value(note, "seconds_into_phase", lambda value: text.count(
                value, "note", "seconds_into_phase", 24 * 3600), required=False),
            written_at=self._time(note, "written_at"),
        )

    def _reflection(self, reflection: object) -> ReflectionIn | None:
        if reflection is None or reflection is MISSING:
            return None
        if not isinstance(reflection, dict):
            self.problem("not_an_object", "reflection")
            return None
        values = {name: self._value(reflection, name, lambda value, name=name: getattr(
            ReflectionData(**{name: value}).cleaned(), name), required=False)
            for name in REFLECTION_FIELDS}
        data = ReflectionData(**{name: value for name, value in values.items()
                                 if value is not None})
        return ReflectionIn(data, self._time(reflection, "created_at"),
                            self._time(reflection, "updated_at"))

    # --- values ----------------------------------------------------------------------------

    def _value(self, data: dict, name: str, clean, required: bool = True):
        """``data[name]`` cleaned; a problem (and None) when it breaks a rule or is missing."""
        value = data.get(name, MISSING)
        if value is MISSING or (value is None and required):
            if required:
                self.problem("missing", name)
            return None
        try:
            return clean(value)
        except InvalidEntry as error:
            self.problem(error.reason, error.field, error.value, error.subject)
            return None

    def _object(self, data: dict, name: str, required: bool = True) -> dict | None:
        value = data.get(name, MISSING)
        if value is MISSING or value is None:
            if required:
                self.problem("missing", name)
            return None
        if not isinstance(value, dict):
            self.problem("not_an_object", name)
            return None
        return value

    def _list(self, data: dict, name: str, limit: int) -> list:
        value = data.get(name, MISSING)
        if value is MISSING:
            self.problem("missing", name)
            return []
        if not isinstance(value, list):
            self.problem("not_a_list", name)
            return []
        if len(value) > limit:
            self.problem("too_many", name, limit)
            return []
        return value

    def _items(self, data: dict, name: str, limit: int, place: str, read) -> tuple:
        items = []
        for number, item in enumerate(self._list(data, name, limit), start=1):
            self.at(place, number)
            if isinstance(item, dict):
                items.append(read(item))
            else:
                self.problem("not_an_object", place)
        return tuple(items)

    def _time(self, data: dict, name: str, required: bool = True) -> datetime | None:
        value = data.get(name, MISSING)
        if value is MISSING or value is None:
            if required:
                self.problem("missing", name)
            return None
        moment = parse_time(value)
        if moment is None:
            self.problem("bad_time", name)
        return moment

    def _uid(self, data: dict, name: str, kind: str) -> str | None:
        value = data.get(name, MISSING)
        if value is MISSING or value is None:
            self.problem("missing", name)
            return None
        if not isinstance(value, str) or not _UID.fullmatch(value):
            self.problem("bad_uid", name)
            return None
        if (kind, value) in self.uids:
            self.problem("duplicate_uid", name)
        self.uids.add((kind, value))
        return value

    def _optional_uid(self, data: dict, name: str) -> str | None:
        value = data.get(name)
        if value is None:
            return None
        if not isinstance(value, str) or not _UID.fullmatch(value):
            self.problem("bad_uid", name)
            return None
        return value


def _empty(field: str) -> str:
    raise InvalidEntry("session", field, "empty")


def _choice(value: object, choices, subject: str, field: str) -> str:
    if value not in choices:
        raise InvalidEntry(subject, field, "not_a_choice", ", ".join(choices))
    return value


def _language(value: object) -> str | None:
    return None if value is None else _choice(value, LANGUAGES, "session", "language")


def _status(value: object) -> str:
    return _choice(value, tuple(SessionStatus), "session", "status")


def _phase_key(value: object) -> str | None:
    return None if value is None else _choice(value, tuple(PHASE_KEYS), "phase", "key")


def _extra_seconds(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidEntry("phase", "extra_seconds", "not_a_whole_number", value)
    if not -MAX_PHASE_SECONDS <= value <= MAX_PHASE_SECONDS:
        raise InvalidEntry("phase", "extra_seconds", "out_of_range",
                           (-MAX_PHASE_SECONDS, MAX_PHASE_SECONDS, value))
    return float(value)
