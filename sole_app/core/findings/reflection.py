"""The facilitator's reflection on a session: saved, read, and prefilled from the plan and groups.

Offered when a session ends and open to edit later; one per session.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select

from sole_app.core.db import Database
from sole_app.core.findings.data import ReflectionData
from sole_app.core.findings.models import Group, Reflection
from sole_app.core.findings.transactions import require_session, writing
from sole_app.core.findings.views import ReflectionView, reflection_view
from sole_app.core.schema import utc_now
from sole_app.core.session.errors import SessionNotFound
from sole_app.core.session.models import SessionRecord, SessionStatus


def get_reflection(database: Database, session_id: int) -> ReflectionView | None:
    """The saved reflection, or None when there is none yet."""
    with database.session() as db:
        require_session(db, session_id)
        row = db.get(Reflection, session_id)
        return None if row is None else reflection_view(row)


def save_reflection(database: Database, session_id: int, data: ReflectionData, *,
                    now: datetime | None = None) -> ReflectionView:
    """Create or replace the reflection; raises InvalidEntry (e.g. 101 %) and saves nothing."""
    cleaned, moment = data.cleaned(), now or utc_now()
    with writing(database) as db:
        require_session(db, session_id)
        row = db.get(Reflection, session_id)
        if row is None:
            row = Reflection(session_id=session_id, created_at=moment)
            db.add(row)
        for name, value in asdict(cleaned).items():
            setattr(row, name, value.value if isinstance(value, StrEnum) else value)
        row.updated_at = moment
        db.flush()
        return reflection_view(row)


def restore_reflection(database: Database, session_id: int,
                       view: ReflectionView | None) -> ReflectionView | None:
    """Put a reflection back exactly as ``view`` (times included), or take it away (None): what
    undoing a save needs."""
    with writing(database) as db:
        require_session(db, session_id)
        row = db.get(Reflection, session_id)
        if view is None:
            if row is not None:
                db.delete(row)
            return None
        if row is None:
            row = Reflection(session_id=session_id)
            db.add(row)
        for name, value in asdict(view.data).items():
            setattr(row, name, value.value if isinstance(value, StrEnum) else value)
        row.created_at, row.updated_at = view.created_at, view.updated_at
        db.flush()
        return reflection_view(row)


def latest_session(database: Database) -> int | None:
    """The session a reflection is most likely about: the one started last (running or
    finished). A planned session has not happened yet, so it is left out."""
    query = (select(SessionRecord.id).where(SessionRecord.status != SessionStatus.PLANNED)
             .order_by(SessionRecord.started_at.desc(), SessionRecord.id.desc()).limit(1))
    with database.session() as db:
        return db.scalar(query)


def prefill_reflection(database: Database, session_id: int) -> ReflectionData:
    """A new reflection's counts as the session suggests them:

    - children: the sum of the groups' head-counts when any group has one, else the plan's;
    - computers: the plan's, else one per group (SOLE's "one computer per group");
    - groups: how many groups were recorded, else the plan's.
    """
    with database.session() as db:
        plan = db.get(SessionRecord, session_id)
        if plan is None:
            raise SessionNotFound(session_id)
        counts = list(db.scalars(select(Group.head_count).where(Group.session_id == session_id)))
    known = [count for count in counts if count is not None]
    groups = len(counts) or None
    return ReflectionData(
        children=sum(known) if known else plan.children_planned,
        computers=plan.computers_planned if plan.computers_planned is not None else groups,
        groups=groups if groups is not None else plan.groups_planned,
    )


def reflection_to_edit(database: Database, session_id: int) -> ReflectionData:
    """What the reflection dialog opens with: the saved reflection, else the prefilled one."""
    saved = get_reflection(database, session_id)
    return prefill_reflection(database, session_id) if saved is None else saved.data
