"""SQLAlchemy 2 typed models of what a session produces: groups, their records, notes, reflection.

Every table hangs off ``sessions.id`` with ON DELETE CASCADE (group records through their group),
so deleting a session leaves nothing of it. SessionRecord knows nothing of these tables.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sole_app.core.findings.columns import TextList, UtcDateTime
from sole_app.core.schema import Base, new_uid, utc_now


class Group(Base):
    """A group of children at one computer, in one session.

    ``position`` orders the groups (ties by id); it is a sort key, not a dense index, so that a
    removed group can come back where it was. ``first_names`` holds children's first names only,
    and only when the librarian has turned first names on: never surnames (SOLE.md, Privacy).
    ``glow`` and ``grow`` are the facilitator's review feedback (what was strong, what to try
    next). Ids are AUTOINCREMENT, never reused, so an undone removal gets its own id back.
    """

    __tablename__ = "session_groups"
    __table_args__ = (
        Index("ix_session_groups_session_id_position", "session_id", "position"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    nickname: Mapped[str] = mapped_column(String(60))
    head_count: Mapped[int | None] = mapped_column(Integer)
    first_names: Mapped[tuple[str, ...]] = mapped_column(TextList, default=(),
                                                         server_default="[]")
    glow: Mapped[str] = mapped_column(Text, default="", server_default="")
    grow: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)

    record: Mapped[GroupRecord] = relationship(
        back_populates="group", cascade="all, delete-orphan", passive_deletes=True,
        lazy="joined", innerjoin=True,
    )


class GroupRecord(Base):
    """What one group wrote (one row per group, written on every pause in typing).

    ``revision`` goes up by one on every save; an editor sends the revision it started from, so
    that a save over someone else's newer words is detected (records.py) rather than lost.
    """

    __tablename__ = "group_records"

    group_id: Mapped[int] = mapped_column(
        ForeignKey("session_groups.id", ondelete="CASCADE"), primary_key=True)
    found: Mapped[str] = mapped_column(Text, default="", server_default="")
    sources: Mapped[tuple[str, ...]] = mapped_column(TextList, default=(), server_default="[]")
    certainty: Mapped[str | None] = mapped_column(String(16))
    new_questions: Mapped[tuple[str, ...]] = mapped_column(TextList, default=(),
                                                           server_default="[]")
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)

    group: Mapped[Group] = relationship(back_populates="record")


class Note(Base):
    """A one-line observation by the facilitator, with the phase and how far into it it was
    written (``phase_key`` None: before the first phase or after the end)."""

    __tablename__ = "session_notes"
    __table_args__ = (
        Index("ix_session_notes_session_id_written_at", "session_id", "written_at"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    phase_key: Mapped[str | None] = mapped_column(String(32))
    seconds_into_phase: Mapped[int | None] = mapped_column(Integer)
    written_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


class Reflection(Base):
    """The facilitator's reflection on a session (one per session, editable later). The choices
    are stored as the values of the StrEnums in data.py; None is "not answered". No photos."""

    __tablename__ = "session_reflections"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True)
    children: Mapped[int | None] = mapped_column(Integer)
    computers: Mapped[int | None] = mapped_column(Integer)
    groups: Mapped[int | None] = mapped_column(Integer)
    objective: Mapped[str | None] = mapped_column(String(16))
    objective_why: Mapped[str] = mapped_column(Text, default="", server_default="")
    thinking: Mapped[str | None] = mapped_column(String(16))
    engagement: Mapped[int | None] = mapped_column(Integer)
    collaboration: Mapped[int | None] = mapped_column(Integer)
    technology: Mapped[int | None] = mapped_column(Integer)
    communication: Mapped[int | None] = mapped_column(Integer)
    agreements: Mapped[str | None] = mapped_column(String(16))
    change_next_time: Mapped[str] = mapped_column(Text, default="", server_default="")
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
