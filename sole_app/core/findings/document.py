"""A whole session as plain data: for ``sessions show``, and for the exports and backups to come.

``session_document`` builds the JSON-ready dictionary described in docs/session-json.md
(format "sole-session", version 1). Its keys only ever grow within version 1; a change that an
older reader would misread gets version 2. First names are left out unless asked for, as every
export must (issue 13).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import func, select

from sole_app.core.db import Database
from sole_app.core.findings.groups import list_groups
from sole_app.core.findings.models import Group
from sole_app.core.findings.notes import notes_of
from sole_app.core.findings.reflection import get_reflection
from sole_app.core.findings.views import GroupEntry, NoteView, ReflectionView
from sole_app.core.session.errors import SessionNotFound
from sole_app.core.session.models import SessionRecord

DOCUMENT_FORMAT = "sole-session"
DOCUMENT_VERSION = 1


@dataclass(frozen=True)
class SessionFindings:
    """Everything a session produced, for the session screen and the review."""

    session_id: int
    groups: tuple[GroupEntry, ...]
    notes: tuple[NoteView, ...]
    reflection: ReflectionView | None


@dataclass(frozen=True)
class SessionSummary:
    """One line of a list of sessions, newest first."""

    id: int
    uid: str
    question: str
    status: str
    started_at: datetime | None
    groups: int


def session_findings(database: Database, session_id: int) -> SessionFindings:
    """A session's groups with their records, its notes and its reflection."""
    return SessionFindings(
        session_id=session_id, groups=tuple(list_groups(database, session_id)),
        notes=tuple(notes_of(database, session_id)),
        reflection=get_reflection(database, session_id),
    )


def session_summaries(database: Database) -> list[SessionSummary]:
    counts = (select(Group.session_id, func.count(Group.id).label("groups"))
              .group_by(Group.session_id).subquery())
    query = (select(SessionRecord, func.coalesce(counts.c.groups, 0))
             .outerjoin(counts, counts.c.session_id == SessionRecord.id)
             .order_by(SessionRecord.created_at.desc(), SessionRecord.id.desc()))
    with database.session() as db:
        return [SessionSummary(id=record.id, uid=record.uid, question=record.question_text,
                               status=record.status, started_at=_utc(record.started_at),
                               groups=groups)
                for record, groups in db.execute(query)]


def session_document(database: Database, session_id: int, *,
                     first_names: bool = False) -> dict:
    """The session as JSON-ready data (see the module docstring and docs/session-json.md)."""
    with database.session() as db:
        record = db.get(SessionRecord, session_id)
        if record is None:
            raise SessionNotFound(session_id)
        session = _session_part(record)
    findings = session_findings(database, session_id)
    return {
        "format": DOCUMENT_FORMAT,
        "version": DOCUMENT_VERSION,
        "session": session,
        "groups": [_group_part(entry, first_names) for entry in findings.groups],
        "notes": [_note_part(note) for note in findings.notes],
        "reflection": _reflection_part(findings.reflection),
    }


def iso(moment: datetime | None) -> str | None:
    """A time as ISO 8601 in UTC with a Z, e.g. 2026-11-24T10:00:00.250000Z."""
    moment = _utc(moment)
    return None if moment is None else moment.isoformat().replace("+00:00", "Z")


def _utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _session_part(record: SessionRecord) -> dict:
    return {
        "id": record.id, "uid": record.uid, "question": record.question_text,
        "question_id": record.question_id, "status": record.status,
        "current_phase": record.phases[record.current_phase].key if record.phases else None,
        "created_at": iso(record.created_at), "started_at": iso(record.started_at),
        "finished_at": iso(record.finished_at),
        "plan": {"children": record.children_planned, "computers": record.computers_planned,
                 "groups": record.groups_planned},
        "phases": [{"key": phase.key, "planned_seconds": phase.planned_seconds,
                    "extra_seconds": phase.extra_seconds, "started_at": iso(phase.started_at),
                    "ended_at": iso(phase.ended_at)} for phase in record.phases],
    }


def _group_part(entry: GroupEntry, first_names: bool) -> dict:
    group, record = entry.group, entry.record
    part = {"id": group.id, "uid": group.uid, "nickname": group.nickname,
            "head_count": group.head_count}
    if first_names:
        part["first_names"] = list(group.first_names)
    part.update({
        "glow": group.glow, "grow": group.grow,
        "created_at": iso(group.created_at), "updated_at": iso(group.updated_at),
        "record": {
            "found": record.content.found, "sources": list(record.content.sources),
            "certainty": _value(record.content.certainty),
            "new_questions": list(record.content.new_questions),
            "revision": record.revision, "updated_at": iso(record.updated_at),
        },
    })
    return part


def _note_part(note: NoteView) -> dict:
    return {"id": note.id, "uid": note.uid, "text": note.text, "phase": note.phase_key,
            "seconds_into_phase": note.seconds_into_phase, "written_at": iso(note.written_at)}


def _reflection_part(reflection: ReflectionView | None) -> dict | None:
    if reflection is None:
        return None
    part = {name: _value(value) for name, value in asdict(reflection.data).items()}
    part.update(created_at=iso(reflection.created_at), updated_at=iso(reflection.updated_at))
    return part


def _value(value: object) -> object:
    return value.value if isinstance(value, StrEnum) else value
