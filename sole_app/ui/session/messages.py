"""Translated sentences for the session errors; registered with the shared ui.messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sole_app.core import errors
from sole_app.ui.messages import register


def session_error_message(error: errors.SoleError) -> str:
    if isinstance(error, errors.EmptyQuestion):
        return QCoreApplication.translate(
            "Errors", "A session needs a question: type one, or pick one from the bank.")
    if isinstance(error, errors.QuestionNotFound):
        return QCoreApplication.translate(
            "Errors", "This question is no longer in the bank; it may have been deleted.")
    if isinstance(error, errors.SessionNotFound):
        return QCoreApplication.translate(
            "Errors", "That session no longer exists; start a new one.")
    if isinstance(error, errors.SessionNotSaved):
        return QCoreApplication.translate(
            "Errors",
            "The session could not be saved ({reason}). The timer goes on; the next change "
            "will try to save again. Check that the disk is not full.",
        ).format(reason=error.reason)
    if isinstance(error, errors.InvalidPlan):
        return QCoreApplication.translate(
            "Errors",
            "The plan is not valid: each phase lasts 1 to 600 minutes, and counts are 0 to 999.")
    return str(error)


register(errors.SessionError, session_error_message)
register(errors.InvalidPlan, session_error_message)
