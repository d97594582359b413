"""SQLAlchemy 2 typed models of the question bank."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sole_app.core.bank.question_data import DEFAULT_AGES, DEFAULT_LANGUAGE
from sole_app.core.schema import Base, new_uid, utc_now

question_tags = Table(
    "question_tags",
    Base.metadata,
    Column("question_id", ForeignKey("questions.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_question_tags_tag_id", "tag_id"),
)


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)


class Question(Base):
    """A big question, in one language, with what a facilitator needs to open with it."""

    __tablename__ = "questions"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    text: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8), default=DEFAULT_LANGUAGE, index=True)
    age_min: Mapped[int] = mapped_column(Integer, default=DEFAULT_AGES[0])
    age_max: Mapped[int] = mapped_column(Integer, default=DEFAULT_AGES[1])
    notes: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(200), default="")
    favourite: Mapped[bool] = mapped_column(Boolean, default=False)
    translation_group: Mapped[str | None] = mapped_column(String(36), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utc_now, onupdate=utc_now
    )
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Denormalised for search: the tag names joined by spaces (indexed by questions_fts), and the
    # normalised text that finds duplicates on import. bank.py keeps both in step.
    tags_text: Mapped[str] = mapped_column(Text, default="")
    text_key: Mapped[str] = mapped_column(Text, default="")

    tags: Mapped[list[Tag]] = relationship(secondary=question_tags, lazy="selectin")

    __table_args__ = (
        Index("ix_questions_language_text_key", "language", "text_key"),
        # the bank's list without a query: favourites first, then the most recently changed
        Index("ix_questions_listing", "favourite", "updated_at", "id"),
    )


class BankState(Base):
    """Small facts about the bank, e.g. that the starter questions were loaded once."""

    __tablename__ = "bank_state"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
