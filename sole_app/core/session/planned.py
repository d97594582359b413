"""The session being prepared: groups can be set up before Start, on a planned session's row.

Groups, notes and records hang off a session's id, so setting groups up before Start needs a
row. ``plan_session`` makes one, with the status PLANNED and no phases, question or start time;
there is at most one, and it is reused until it starts. Start (``runner.start_session``) turns
that same row into the running session, so the groups set up beforehand are the session's. A
planned session is never offered for resuming (only running ones are) and never finished by
``finish_running``; after a restart ``planned_session`` finds it again, with its groups.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from sole_app.core.clock import Clock
from sole_app.core.db import Database
from sole_app.core.session.models import SessionRecord, SessionStatus


def planned_session(database: Database) -> int | None:
    """The id of the session being prepared, or None when there is none."""
    with database.session() as db:
        return db.scalar(_latest_planned())


def plan_session(database: Database, clock: Clock) -> int:
    """The id of the session being prepared, made now if there is none yet."""
    with database.session() as db, db.begin():
        found = db.scalar(_latest_planned())
        if found is not None:
            return found
        now = clock.now()
        record = SessionRecord(question_text="", status=SessionStatus.PLANNED, created_at=now,
                               current_phase=0, paused=True, remaining_seconds=0.0)
        db.add(record)
        db.flush()
        return record.id


def take_planned(db: Session) -> SessionRecord | None:
    """The planned session's row, for Start to turn into the running session (inside its
    transaction)."""
    session_id = db.scalar(_latest_planned())
    return None if session_id is None else db.get(SessionRecord, session_id)


def _latest_planned():
    return (select(SessionRecord.id).where(SessionRecord.status == SessionStatus.PLANNED)
            .order_by(SessionRecord.id.desc()).limit(1))
