"""Deleting sessions completely: every row of theirs, their words in the search index, and the
bytes they left in the database file.

Deleting a session row removes its phases, groups, records, notes, reflection and labels (ON
DELETE CASCADE) and its rows of the search index (triggers, migration 0004). That is not yet
"nothing remains": SQLite leaves deleted rows' bytes in free pages, FTS5 keeps a deleted word
in its index segments until they are merged, and in WAL mode the old pages stay in the -wal file
until a checkpoint. So the deletion runs with ``secure_delete`` (freed space is overwritten with
zeros), merges the index (``optimize``), and then checkpoints the WAL into the file and
truncates it. A deletion cannot be undone: that is what the librarian asked for. The backups
taken before schema upgrades (backups/) are copies from before and are not touched.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete
from sqlalchemy.exc import SQLAlchemyError

from sole_app.core.db import Database
from sole_app.core.history.errors import HistoryNotSaved
from sole_app.core.session.models import SessionRecord


def delete_sessions(database: Database, session_ids: Iterable[int]) -> int:
    """Delete these sessions and everything of theirs; returns how many there were."""
    wanted = sorted(set(session_ids))
    if not wanted:
        return 0
    try:
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA secure_delete = ON")
            deleted = connection.execute(
                delete(SessionRecord).where(SessionRecord.id.in_(wanted))).rowcount
            for index in ("sessions_fts", "groups_fts"):
                connection.exec_driver_sql(f"INSERT INTO {index}({index}) VALUES ('optimize')")
            connection.commit()
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.exec_driver_sql("PRAGMA secure_delete = OFF")
            connection.commit()
    except SQLAlchemyError as error:
        raise HistoryNotSaved(str(getattr(error, "orig", None) or error)) from error
    return deleted
