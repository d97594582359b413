"""The history's own table: the language and tags of a session's question (see migration 0004).

The full-text index ``sessions_fts`` is an FTS5 virtual table kept by triggers; it has no model.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sole_app.core.schema import Base


class SessionLabels(Base):
    """The language and tags a session's question had in the bank when the session began (or
    that an imported file gave). Kept apart from the bank, so that deleting a question, or
    moving sessions to another computer, keeps them. ``tags_text`` is one tag per line, as the
    bank's questions keep them."""

    __tablename__ = "session_labels"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True)
    language: Mapped[str | None] = mapped_column(String(8), index=True)
    tags_text: Mapped[str] = mapped_column(Text, default="", server_default="")

    @property
    def tags(self) -> tuple[str, ...]:
        return tuple(self.tags_text.split("\n")) if self.tags_text else ()
