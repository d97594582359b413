"""Sessions to and from files: the full document of a session for exports and backups, and the
import that brings a backup back on another computer without duplicating anything.

The document is findings' "sole-session" version 1 (docs/session-json.md) with three more keys
in ``session``: ``language`` and ``tags`` (from the session's labels, null and [] when not
known) and ``question_uid`` (the bank question it came from, to link it again elsewhere).

An import matches sessions by their stable ``uid``: one already here is counted and left alone,
so importing a file twice adds nothing. It is one transaction: all of the file's new sessions,
or none. Its Change takes exactly those sessions away again (completely, as a deletion does).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from sole_app.core.bank.models import Question
from sole_app.core.db import Database
from sole_app.core.findings.document import session_document
from sole_app.core.findings.models import Group, GroupRecord, Note, Reflection
from sole_app.core.history.deletion import delete_sessions
from sole_app.core.history.errors import HistoryNotSaved
from sole_app.core.history.incoming import GroupIn, NoteIn, SessionIn
from sole_app.core.history.models import SessionLabels
from sole_app.core.history.session_file import MANY_SESSIONS, VERSION
from sole_app.core.schema import new_uid
from sole_app.core.session.models import PhaseRecord, SessionRecord, SessionStatus


def full_document(database: Database, session_id: int, *, first_names: bool = False) -> dict:
    """A session as exports and backups write it (see the module docstring)."""
    document = session_document(database, session_id, first_names=first_names)
    with database.session() as db:
        labels = db.get(SessionLabels, session_id)
        question_uid = db.scalar(select(Question.uid).join(
            SessionRecord, SessionRecord.question_id == Question.id).where(
            SessionRecord.id == session_id))
    document["session"].update(
        language=labels.language if labels else None,
        tags=list(labels.tags) if labels else [], question_uid=question_uid)
    return document


def backup_of(documents: list[dict]) -> dict:
    """One session's document as it is, or several in one "sole-sessions" file."""
    if len(documents) == 1:
        return documents[0]
    return {"format": MANY_SESSIONS, "version": VERSION, "sessions": documents}


@dataclass(frozen=True)
class SessionImport:
    """An import: the sessions of the file, the ids of those it added, how many were known."""

    sessions: tuple[SessionIn, ...]
    added_ids: tuple[int, ...]
    duplicates: int

    @property
    def added(self) -> int:
        return len(self.added_ids)

    def revert(self, database: Database) -> ImportUndone:
        delete_sessions(database, self.added_ids)
        return ImportUndone(self.sessions)


@dataclass(frozen=True)
class ImportUndone:
    """An undone import, which importing the same sessions again redoes."""

    sessions: tuple[SessionIn, ...]

    def revert(self, database: Database) -> SessionImport:
        return import_sessions(database, self.sessions)


def import_sessions(database: Database, sessions: Iterable[SessionIn]) -> SessionImport:
    """Add the sessions not already here (by uid), in one transaction."""
    sessions = tuple(sessions)
    added: list[int] = []
    try:
        with database.session() as db, db.begin():
            known = set(db.scalars(select(SessionRecord.uid).where(
                SessionRecord.uid.in_([session.uid for session in sessions]))))
            for session in sessions:
                if session.uid not in known:
                    added.append(_add(db, session))
    except SQLAlchemyError as error:
        raise HistoryNotSaved(str(getattr(error, "orig", None) or error)) from error
    return SessionImport(sessions, tuple(added), len(sessions) - len(added))


def _add(db: Session, session: SessionIn) -> int:
    question = (db.scalar(select(Question).where(Question.uid == session.question_uid))
                if session.question_uid else None)
    record = _session_record(session, question)
    db.add(record)
    db.flush()
    _label(db, record.id, session, question)
    taken = _taken_uids(db, session)
    for position, group in enumerate(session.groups):
        db.add(_group(record.id, position, group, taken))
    for note in session.notes:
        db.add(_note(record.id, note, taken))
    if session.reflection is not None:
        db.add(_reflection(record.id, session))
    db.flush()
    return record.id


def _session_record(session: SessionIn, question: Question | None) -> SessionRecord:
    """The session as finished: one that was running elsewhere is not offered to resume here."""
    ended = [phase.ended_at for phase in session.phases if phase.ended_at is not None]
    finished_at = (session.finished_at or (max(ended) if ended else None)
                   or session.started_at or session.created_at)
    started = [index for index, phase in enumerate(session.phases) if phase.started_at]
    children, computers, groups = session.plan
    record = SessionRecord(
        uid=session.uid, question_id=question.id if question else None,
        question_text=session.question, children_planned=children, computers_planned=computers,
        groups_planned=groups, status=SessionStatus.FINISHED, created_at=session.created_at,
        started_at=session.started_at, finished_at=finished_at,
        current_phase=started[-1] if started else 0, paused=True, remaining_seconds=0.0,
        saved_at=finished_at,
    )
    record.phases = [
        PhaseRecord(position=index, key=phase.key, planned_seconds=phase.planned_seconds,
                    extra_seconds=phase.extra_seconds, started_at=phase.started_at,
                    ended_at=phase.ended_at)
        for index, phase in enumerate(session.phases)]
    return record


def _label(db: Session, session_id: int, session: SessionIn, question: Question | None) -> None:
    """The file's language and tags, else the linked question's (which a trigger copied)."""
    labels = db.get(SessionLabels, session_id)
    if labels is None:
        if session.language is None and not session.tags:
            return
        labels = SessionLabels(session_id=session_id, language=None, tags_text="")
        db.add(labels)
    if session.language is not None:
        labels.language = session.language
    if session.tags:
        labels.tags_text = "\n".join(session.tags)


def _taken_uids(db: Session, session: SessionIn) -> set[str]:
    """The group and note uids of the file already used here (by another session): those
    get new ones, so the unique columns never refuse the import."""
    groups = [group.uid for group in session.groups]
    notes = [note.uid for note in session.notes]
    return (set(db.scalars(select(Group.uid).where(Group.uid.in_(groups))))
            | set(db.scalars(select(Note.uid).where(Note.uid.in_(notes)))))


def _group(session_id: int, position: int, group: GroupIn, taken: set[str]) -> Group:
    content = group.content
    row = Group(uid=new_uid() if group.uid in taken else group.uid, session_id=session_id,
                position=position, nickname=group.nickname, head_count=group.head_count,
                first_names=group.first_names, glow=group.glow, grow=group.grow,
                created_at=group.created_at, updated_at=group.updated_at)
    row.record = GroupRecord(
        found=content.found, sources=content.sources,
        certainty=content.certainty.value if content.certainty else None,
        new_questions=content.new_questions, revision=group.revision,
        updated_at=group.record_updated_at)
    return row


def _note(session_id: int, note: NoteIn, taken: set[str]) -> Note:
    return Note(uid=new_uid() if note.uid in taken else note.uid, session_id=session_id,
                text=note.text, phase_key=note.phase_key,
                seconds_into_phase=note.seconds_into_phase, written_at=note.written_at)


def _reflection(session_id: int, session: SessionIn) -> Reflection:
    reflection = session.reflection
    values = {name: getattr(value, "value", value)
              for name, value in asdict(reflection.data).items()}
    return Reflection(session_id=session_id, created_at=reflection.created_at,
                      updated_at=reflection.updated_at, **values)
