"""One short transaction per operation, as the rest of core does, with the findings' errors.

A write the database refuses (disk full, file locked for longer than the busy timeout) becomes
FindingsNotSaved, a sentence the interface can show while what was typed stays on screen.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from sole_app.core.db import Database
from sole_app.core.findings.errors import FindingsNotSaved, GroupNotFound
from sole_app.core.findings.models import Group
from sole_app.core.session.errors import SessionNotFound
from sole_app.core.session.models import SessionRecord


@contextmanager
def writing(database: Database) -> Iterator[Session]:
    """A session inside one transaction, committed at the end (rolled back on any error)."""
    try:
        with database.session() as db, db.begin():
            yield db
    except (SQLAlchemyError, OSError) as error:
        raise FindingsNotSaved(str(getattr(error, "orig", None) or error)) from error


def load_group(db: Session, group_id: int) -> Group:
    group = db.get(Group, group_id)
    if group is None:
        raise GroupNotFound(group_id)
    return group


def require_session(db: Session, session_id: int) -> None:
    """Raise SessionNotFound unless the session exists (without loading its phases)."""
    if db.scalar(select(SessionRecord.id).where(SessionRecord.id == session_id)) is None:
        raise SessionNotFound(session_id)
