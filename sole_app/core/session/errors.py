"""A session's errors, each with its one sentence (see core/errors.py)."""

from __future__ import annotations

from sole_app.core.errors import SoleError
from sole_app.core.translatable import QT_TRANSLATE_NOOP, Translate, english


class InvalidPlan(SoleError):
    """A session plan value out of range: phase minutes 1 to 600, counts 0 to 999."""

    code = "invalid_plan"

    def __init__(self, field: str, value: object) -> None:
        super().__init__(field, value)
        self.field = field
        self.value = value

    def sentence(self, translate: Translate = english) -> str:
        return translate(QT_TRANSLATE_NOOP(
            "Errors", "The plan is not valid: each phase lasts 1 to 600 minutes, and counts are "
                      "0 to 999."))


class SessionError(SoleError):
    code = "session"


class EmptyQuestion(SessionError):
    code = "empty_question"

    def sentence(self, translate: Translate = english) -> str:
        return translate(QT_TRANSLATE_NOOP(
            "Errors", "A session needs a question: type one, or pick one from the bank."))


class SessionNotFound(SessionError):
    """``session_id`` None: there is no running session."""

    code = "session_not_found"

    def __init__(self, session_id: int | None = None) -> None:
        super().__init__(session_id)
        self.session_id = session_id

    def sentence(self, translate: Translate = english) -> str:
        if self.session_id is None:
            return translate(QT_TRANSLATE_NOOP("Errors", "No session is running."))
        return translate(QT_TRANSLATE_NOOP(
            "Errors", "Session {number} does not exist; it may have been deleted.")).format(
            number=self.session_id)


class SessionNotSaved(SessionError):
    """The session could not be written (disk full, file locked); the timer goes on in memory."""

    code = "session_not_saved"

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason  # the system's words

    def sentence(self, translate: Translate = english) -> str:
        return translate(QT_TRANSLATE_NOOP(
            "Errors", "The session could not be saved ({reason}). The timer goes on; the next "
                      "change will try to save again. Check that the disk is not full."
        )).format(reason=self.reason)
