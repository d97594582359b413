"""The facilitator's one-line notes during a session: each with its phase and time into it.

Notes are for the librarian (the session screen, history, exports), never for the projector.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from sole_app.core.db import Database
from sole_app.core.findings import text
from sole_app.core.findings.data import MAX_NOTE
from sole_app.core.findings.errors import InvalidEntry, NoteNotFound
from sole_app.core.findings.models import Note
from sole_app.core.findings.transactions import require_session, writing
from sole_app.core.findings.views import NoteView, note_view
from sole_app.core.schema import utc_now
from sole_app.core.session.plan import PHASE_KEYS
from sole_app.core.session.runner import Snapshot

MAX_SECONDS_INTO_PHASE = 24 * 3600


@dataclass(frozen=True)
class NoteChange:
    """A note before and after an edit; ``edit_note(before.text)`` undoes it."""

    before: NoteView
    after: NoteView


def time_into_phase(snapshot: Snapshot) -> tuple[str, int]:
    """The phase and the whole seconds since it began (extra time and overtime included), from
    what the running session shows now: what ``add_note`` wants."""
    elapsed = snapshot.total_seconds - snapshot.remaining_seconds
    return snapshot.phase_key, max(0, int(elapsed))


def add_note(database: Database, session_id: int, note: str, phase_key: str | None = None,
             seconds_into_phase: int | None = None, *, now: datetime | None = None) -> NoteView:
    """Store a note (one line, trimmed, not empty). ``phase_key`` None: outside the phases."""
    cleaned = _text(note)
    if phase_key is not None and phase_key not in PHASE_KEYS:
        raise InvalidEntry("note", "phase", "not_a_choice", ", ".join(PHASE_KEYS))
    seconds = text.count(seconds_into_phase, "note", "seconds_into_phase",
                         MAX_SECONDS_INTO_PHASE)
    with writing(database) as db:
        require_session(db, session_id)
        row = Note(session_id=session_id, text=cleaned, phase_key=phase_key,
                   seconds_into_phase=seconds, written_at=now or utc_now())
        db.add(row)
        db.flush()
        return note_view(row)


def notes_of(database: Database, session_id: int) -> list[NoteView]:
    """A session's notes in the order they were written."""
    with database.session() as db:
        require_session(db, session_id)
        query = (select(Note).where(Note.session_id == session_id)
                 .order_by(Note.written_at, Note.id))
        return [note_view(row) for row in db.scalars(query)]


def edit_note(database: Database, note_id: int, note: str) -> NoteChange:
    """Amend a note's words (its phase and times stay)."""
    cleaned = _text(note)
    with writing(database) as db:
        row = _load(db, note_id)
        before = note_view(row)
        row.text = cleaned
        return NoteChange(before=before, after=note_view(row))


def delete_note(database: Database, note_id: int) -> NoteView:
    """Delete a note; ``restore_note`` with the returned view puts it back."""
    with writing(database) as db:
        row = _load(db, note_id)
        db.delete(row)
        return note_view(row)


def restore_note(database: Database, note: NoteView) -> NoteView:
    """Put a deleted note back with its id, uid, phase and times."""
    with writing(database) as db:
        require_session(db, note.session_id)
        row = Note(id=note.id, uid=note.uid, session_id=note.session_id, text=note.text,
                   phase_key=note.phase_key, seconds_into_phase=note.seconds_into_phase,
                   written_at=note.written_at)
        db.add(row)
        db.flush()
        return note_view(row)


def _text(note: object) -> str:
    return text.one_line(note, "note", "text", MAX_NOTE, required=True)


def _load(db, note_id: int) -> Note:
    row = db.get(Note, note_id)
    if row is None:
        raise NoteNotFound(note_id)
    return row
