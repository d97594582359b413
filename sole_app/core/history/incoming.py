"""A session from a file, checked and cleaned (session_file.py), as plain data ready to import
(backup.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sole_app.core.findings.data import RecordContent, ReflectionData


def parse_time(value: object) -> datetime | None:
    """An ISO 8601 time as a UTC datetime; a time without a zone is taken as UTC."""
    if not isinstance(value, str) or len(value) > 40:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


@dataclass(frozen=True)
class PhaseIn:
    key: str
    planned_seconds: int
    extra_seconds: float
    started_at: datetime | None
    ended_at: datetime | None


@dataclass(frozen=True)
class GroupIn:
    uid: str
    nickname: str
    head_count: int | None
    first_names: tuple[str, ...]
    glow: str
    grow: str
    created_at: datetime
    updated_at: datetime
    content: RecordContent
    revision: int
    record_updated_at: datetime


@dataclass(frozen=True)
class NoteIn:
    uid: str
    text: str
    phase_key: str | None
    seconds_into_phase: int | None
    written_at: datetime


@dataclass(frozen=True)
class ReflectionIn:
    data: ReflectionData
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class SessionIn:
    """A session from a file, checked and cleaned, ready to import."""

    uid: str
    question: str
    question_uid: str | None
    language: str | None
    tags: tuple[str, ...]
    status: str
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    plan: tuple[int | None, int | None, int | None]  # children, computers, groups
    phases: tuple[PhaseIn, ...]
    groups: tuple[GroupIn, ...]
    notes: tuple[NoteIn, ...]
    reflection: ReflectionIn | None
