"""The history's own change the window can undo (core/changes.py): importing a backup. Notes of
past sessions are amended with the findings' note operations (core/findings/operations.py), the
same as during a session. Deleting a session is not a change: it is complete, and cannot be
undone (deletion.py)."""

from __future__ import annotations

from pathlib import Path

from sole_app.core.db import Database
from sole_app.core.history.backup import SessionImport, import_sessions
from sole_app.core.history.session_file import read_session_path


def import_file(database: Database, path: Path) -> SessionImport:
    """Import a session file: refused whole when damaged (InvalidSessionFile), otherwise its
    new sessions are added and the known ones counted."""
    return import_sessions(database, read_session_path(path))
