"""The settings every connection to the database file gets, from SQLAlchemy's engine or from
the reader the window searches with before SQLAlchemy has loaded (core/db.py)."""

from __future__ import annotations


def set_pragmas(dbapi_connection) -> None:
    """What every connection to the file needs, the engine's and the early reader's alike."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL makes each commit durable, so a power cut loses at most what was not yet committed.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()
