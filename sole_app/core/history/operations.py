"""The history's changes to past sessions, each a Change (core/changes.py) the window can undo:
amending or deleting a note, and importing a backup. Deleting a session is not one of them:
it is complete, and cannot be undone (deletion.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sole_app.core.db import Database
from sole_app.core.findings import notes
from sole_app.core.findings.views import NoteView
from sole_app.core.history.backup import SessionImport, import_sessions
from sole_app.core.history.session_file import read_session_path


@dataclass(frozen=True)
class NoteEdit:
    """A note's words changed from ``before`` to ``after``."""

    before: NoteView
    after: NoteView

    @property
    def session_id(self) -> int:
        return self.after.session_id

    def revert(self, database: Database) -> NoteEdit:
        back = notes.edit_note(database, self.before.id, self.before.text)
        return NoteEdit(before=back.before, after=back.after)


@dataclass(frozen=True)
class NoteRemoval:
    """A note deleted (``removed``) or put back."""

    note: NoteView
    removed: bool = True

    @property
    def session_id(self) -> int:
        return self.note.session_id

    def revert(self, database: Database) -> NoteRemoval:
        if self.removed:
            return NoteRemoval(notes.restore_note(database, self.note), removed=False)
        notes.delete_note(database, self.note.id)
        return NoteRemoval(self.note, removed=True)


def edit_note(database: Database, note_id: int, text: str) -> NoteEdit:
    """Amend a note's words; InvalidEntry (empty, too long) changes nothing."""
    change = notes.edit_note(database, note_id, text)
    return NoteEdit(before=change.before, after=change.after)


def delete_note(database: Database, note_id: int) -> NoteRemoval:
    return NoteRemoval(notes.delete_note(database, note_id))


def import_file(database: Database, path: Path) -> SessionImport:
    """Import a session file: refused whole when damaged (InvalidSessionFile), otherwise its
    new sessions are added and the known ones counted."""
    return import_sessions(database, read_session_path(path))
