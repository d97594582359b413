"""Two column types the findings tables need: lists of strings, and times that come back in UTC."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import DateTime, Text
from sqlalchemy.types import TypeDecorator


class TextList(TypeDecorator):
    """A list of strings stored as a JSON array in a TEXT column (``[]`` when empty).

    Written with ``ensure_ascii=False`` so that ă â î ș ț and Cyrillic stay readable in the file
    (and in any tool that opens it); read back as a tuple, which frozen views can hold.
    """

    impl = Text
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return json.dumps(list(value or ()), ensure_ascii=False)

    def process_result_value(self, value, dialect):
        return tuple(json.loads(value)) if value else ()


class UtcDateTime(TypeDecorator):
    """A timezone-aware UTC datetime; SQLite hands naive ones back, and they were stored as UTC."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect):
        if value is not None and value.tzinfo is not None:
            value = value.astimezone(UTC)
        return value

    def process_result_value(self, value: datetime | None, dialect):
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value
