"""SQLAlchemy 2 typed models of sessions: the plan, the phases as they happened, resume state.

Later tables (groups, findings, notes, reflection) hang off ``sessions.id`` with their own
migration; nothing here needs to change for them.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sole_app.core.schema import Base, new_uid, utc_now


class SessionStatus(StrEnum):
    """A session is planned while its groups are set up before Start (it has no phases yet;
    see planned.py), running from Start (it may be resumed after a crash) until it is
    finished. Only a running session is ever offered for resuming."""

    PLANNED = "planned"
    RUNNING = "running"
    FINISHED = "finished"


class SessionRecord(Base):
    """One SOLE session: its plan, and the state needed to resume it after a crash.

    ``remaining_seconds`` is what was left of the current phase at ``saved_at`` (wall clock, UTC).
    Unless ``paused``, what is left now is that minus the wall time elapsed since.
    """

    __tablename__ = "sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    question_id: Mapped[int | None] = mapped_column(
        ForeignKey("questions.id", ondelete="SET NULL"), index=True
    )
    question_text: Mapped[str] = mapped_column(Text)
    children_planned: Mapped[int | None] = mapped_column(Integer)
    computers_planned: Mapped[int | None] = mapped_column(Integer)
    groups_planned: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default=SessionStatus.RUNNING, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    current_phase: Mapped[int] = mapped_column(Integer, default=0)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    remaining_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    saved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    phases: Mapped[list[PhaseRecord]] = relationship(
        back_populates="session", order_by="PhaseRecord.position",
        cascade="all, delete-orphan", lazy="selectin",
    )


class PhaseRecord(Base):
    """A phase of a session as planned and as it happened."""

    __tablename__ = "session_phases"
    __table_args__ = (UniqueConstraint("session_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(32))
    planned_seconds: Mapped[int] = mapped_column(Integer)
    extra_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # What was left when the facilitator last moved away from it, so going back resumes there.
    left_remaining_seconds: Mapped[float | None] = mapped_column(Float)

    session: Mapped[SessionRecord] = relationship(back_populates="phases")
