"""Stored groups, records, notes and reflections as plain frozen data: what screens, files and
the command line show, and what an undo needs to put a thing back exactly."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sole_app.core.findings.data import (
    Agreements,
    Certainty,
    Objective,
    RecordContent,
    ReflectionData,
    Thinking,
)
from sole_app.core.findings.models import Group, GroupRecord, Note, Reflection


@dataclass(frozen=True)
class GroupView:
    """A group as stored. ``first_names`` are first names only (see models.Group)."""

    id: int
    uid: str
    session_id: int
    position: int
    nickname: str
    head_count: int | None
    first_names: tuple[str, ...]
    glow: str
    grow: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class RecordView:
    """A group's record as stored, with the revision an editor must send back when it saves."""

    group_id: int
    content: RecordContent
    revision: int
    updated_at: datetime


@dataclass(frozen=True)
class GroupEntry:
    """A group with its record: a row of the groups list, and the snapshot that puts a removed
    group back exactly (same id, uid, position, times, record and revision)."""

    group: GroupView
    record: RecordView

    @property
    def id(self) -> int:
        return self.group.id


@dataclass(frozen=True)
class NoteView:
    id: int
    uid: str
    session_id: int
    text: str
    phase_key: str | None
    seconds_into_phase: int | None
    written_at: datetime


@dataclass(frozen=True)
class ReflectionView:
    session_id: int
    data: ReflectionData
    created_at: datetime
    updated_at: datetime


def group_view(row: Group) -> GroupView:
    return GroupView(
        id=row.id, uid=row.uid, session_id=row.session_id, position=row.position,
        nickname=row.nickname, head_count=row.head_count, first_names=tuple(row.first_names),
        glow=row.glow, grow=row.grow, created_at=row.created_at, updated_at=row.updated_at,
    )


def record_content(row: GroupRecord) -> RecordContent:
    return RecordContent(
        found=row.found, sources=tuple(row.sources),
        certainty=Certainty(row.certainty) if row.certainty else None,
        new_questions=tuple(row.new_questions),
    )


def record_view(row: GroupRecord) -> RecordView:
    return RecordView(group_id=row.group_id, content=record_content(row), revision=row.revision,
                      updated_at=row.updated_at)


def group_entry(row: Group) -> GroupEntry:
    return GroupEntry(group=group_view(row), record=record_view(row.record))


def note_view(row: Note) -> NoteView:
    return NoteView(id=row.id, uid=row.uid, session_id=row.session_id, text=row.text,
                    phase_key=row.phase_key, seconds_into_phase=row.seconds_into_phase,
                    written_at=row.written_at)


def reflection_data(row: Reflection) -> ReflectionData:
    return ReflectionData(
        children=row.children, computers=row.computers, groups=row.groups,
        objective=Objective(row.objective) if row.objective else None,
        objective_why=row.objective_why,
        thinking=Thinking(row.thinking) if row.thinking else None,
        engagement=row.engagement, collaboration=row.collaboration,
        technology=row.technology, communication=row.communication,
        agreements=Agreements(row.agreements) if row.agreements else None,
        change_next_time=row.change_next_time, notes=row.notes,
    )


def reflection_view(row: Reflection) -> ReflectionView:
    return ReflectionView(session_id=row.session_id, data=reflection_data(row),
                          created_at=row.created_at, updated_at=row.updated_at)
