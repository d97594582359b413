"""The history of sessions: listed newest first, searched and filtered by date, language and tag.

The search uses the index of migration 0004: ``sessions_fts`` (the question, the notes and the
reflection) and ``groups_fts`` (each group's findings), folding case and diacritics ("scoala"
finds "școală", ş and ș are one letter). A session matches when every typed word is somewhere
in it, in either index. Every typed word is a quoted prefix (bank.search.fts_query), so nothing
typed is read as FTS syntax. Dates are the librarian's own calendar days (local time).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select, text

from sole_app.core.bank.question_data import fold
from sole_app.core.bank.search import fts_query
from sole_app.core.db import Database
from sole_app.core.findings.models import Group, Reflection
from sole_app.core.findings.views import reflection_data
from sole_app.core.history.models import SessionLabels
from sole_app.core.history.summary import PhaseTimes, phase_times, session_language
from sole_app.core.session.models import SessionRecord, SessionStatus


@dataclass(frozen=True)
class HistoryFilters:
    """What the history is narrowed to; the defaults show every session."""

    text: str = ""
    since: date | None = None  # from this day on, included
    until: date | None = None  # up to this day, included
    language: str | None = None
    tag: str | None = None


@dataclass(frozen=True)
class Scores:
    """The reflection's scores, as the history list shows them (None: not answered)."""

    objective: str | None
    thinking: str | None
    engagement: int | None
    collaboration: int | None
    technology: int | None
    communication: int | None
    agreements: str | None


@dataclass(frozen=True)
class HistoryRow:
    """One past session as the history lists it."""

    id: int
    uid: str
    question: str
    status: str
    created_at: datetime
    language: str  # "" when not known
    tags: tuple[str, ...]
    phases: tuple[PhaseTimes, ...]
    groups: int
    scores: Scores | None  # None: no reflection written


def list_sessions(database: Database, filters: HistoryFilters | None = None) -> list[HistoryRow]:
    """The sessions matching ``filters``, newest first."""
    filters = filters or HistoryFilters()
    query = _query(filters)
    if filters.text.strip():
        matching = matching_ids(database, filters.text)
        if matching is not None:
            query = query.where(SessionRecord.id.in_(matching))
    with database.session() as db:
        rows = [_row(record, labels, groups, reflection)
                for record, labels, groups, reflection in db.execute(query).unique()]
    if filters.language:
        rows = [row for row in rows if row.language == filters.language]
    if filters.tag and filters.tag.strip():
        wanted = fold(filters.tag.strip())
        rows = [row for row in rows if any(fold(tag) == wanted for tag in row.tags)]
    return rows


WORD_SQL = text("SELECT rowid FROM sessions_fts WHERE sessions_fts MATCH :match "
               "UNION SELECT session_id FROM groups_fts WHERE groups_fts MATCH :match")


def matching_ids(database: Database, typed: str) -> list[int] | None:
    """The sessions with every typed word somewhere in their words (None: nothing searchable
    typed), in the order of their ids."""
    words = [fts_query(word) for word in typed.split()]
    words = [word for word in words if word is not None]
    if not words:
        return None
    found: set[int] | None = None
    with database.engine.connect() as connection:
        for word in words:
            having = {row[0] for row in connection.execute(WORD_SQL, {"match": word})}
            found = having if found is None else found & having
    return sorted(found)


def session_tags(database: Database) -> list[str]:
    """Every tag some session's question had, for the tag filter, sorted as a person would."""
    with database.session() as db:
        texts = db.scalars(select(SessionLabels.tags_text).where(SessionLabels.tags_text != ""))
        tags = {tag for tags_text in texts for tag in tags_text.split("\n")}
    return sorted(tags, key=lambda tag: (fold(tag), tag))


def local_day_start(day: date) -> datetime:
    """Midnight at the start of ``day`` on this computer's clock, as a naive UTC time (how the
    database stores times)."""
    return datetime.combine(day, time.min).astimezone(UTC).replace(tzinfo=None)


def _query(filters: HistoryFilters):
    counts = (select(Group.session_id, func.count(Group.id).label("groups"))
              .group_by(Group.session_id).subquery())
    query = (select(SessionRecord, SessionLabels, func.coalesce(counts.c.groups, 0), Reflection)
             .outerjoin(SessionLabels, SessionLabels.session_id == SessionRecord.id)
             .outerjoin(counts, counts.c.session_id == SessionRecord.id)
             .outerjoin(Reflection, Reflection.session_id == SessionRecord.id)
             .where(SessionRecord.status != SessionStatus.PLANNED)  # groups waiting for Start
             .order_by(SessionRecord.created_at.desc(), SessionRecord.id.desc()))
    if filters.since is not None:
        query = query.where(SessionRecord.created_at >= local_day_start(filters.since))
    if filters.until is not None:
        query = query.where(
            SessionRecord.created_at < local_day_start(filters.until + timedelta(days=1)))
    return query


def _row(record: SessionRecord, labels: SessionLabels | None, groups: int,
         reflection: Reflection | None) -> HistoryRow:
    return HistoryRow(
        id=record.id, uid=record.uid, question=record.question_text, status=record.status,
        created_at=_utc(record.created_at),
        language=session_language(labels.language if labels else None, record.question_text),
        tags=labels.tags if labels else (),
        phases=tuple(phase_times(phase.key, phase.planned_seconds, phase.extra_seconds,
                                 _utc(phase.started_at), _utc(phase.ended_at))
                     for phase in record.phases),
        groups=groups, scores=_scores(reflection),
    )


def _scores(reflection: Reflection | None) -> Scores | None:
    if reflection is None:
        return None
    data = reflection_data(reflection)
    return Scores(
        objective=data.objective.value if data.objective else None,
        thinking=data.thinking.value if data.thinking else None,
        engagement=data.engagement, collaboration=data.collaboration,
        technology=data.technology, communication=data.communication,
        agreements=data.agreements.value if data.agreements else None,
    )


def _utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
