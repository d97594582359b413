"""The new-questions wall's way to the bank: a group's new question becomes a draft question for
a future session, in the session's language and tagged with where it came from.

It goes through the bank's own operation (core.bank.operations.add_question), so it is one
undoable step like any question added by hand, and the bank's search finds it at once.
"""

from __future__ import annotations

from datetime import date

from sole_app.core.bank import operations as bank
from sole_app.core.bank.question_data import QuestionData, as_utc
from sole_app.core.db import Database
from sole_app.core.history.models import SessionLabels
from sole_app.core.history.summary import session_language
from sole_app.core.languages import LANGUAGES
from sole_app.core.session.errors import SessionNotFound
from sole_app.core.session.models import SessionRecord

FROM_SESSION_TAG = "from-session"
DRAFT_TAG = "draft"


def session_tag(day: date) -> str:
    """The tag that names the session a question came from: "session-2026-11-25"."""
    return f"session-{day.isoformat()}"


def session_facts(database: Database, session_id: int, fallback_language: str
                  ) -> tuple[str, date]:
    """The session's language (its question's in the bank, else told by its letters, else
    ``fallback_language``, the interface's) and its day, on the laptop's calendar."""
    with database.session() as db:
        record = db.get(SessionRecord, session_id)
        if record is None:
            raise SessionNotFound(session_id)
        labels = db.get(SessionLabels, session_id)
        language = session_language(labels.language if labels else None, record.question_text)
        moment = as_utc(record.started_at or record.created_at)
    if language not in LANGUAGES:
        language = fallback_language if fallback_language in LANGUAGES else LANGUAGES[0]
    return language, moment.astimezone().date()


def send_to_bank(database: Database, session_id: int, question: str, notes: str = "",
                 fallback_language: str = "ro") -> bank.QuestionChange:
    """Add ``question`` to the bank as a draft from this session (undo removes it again);
    InvalidQuestion when it breaks a rule of the bank (too long, empty)."""
    language, day = session_facts(database, session_id, fallback_language)
    data = QuestionData(text=question, language=language, notes=notes,
                        tags=(DRAFT_TAG, FROM_SESSION_TAG, session_tag(day)))
    return bank.add_question(database, data)
