"""The question bank's errors in the librarian's language (called from messages.error_message).

The sentences are written once, in core/errors.py, marked with QT_TRANSLATE_NOOP so that lupdate
extracts them; the command line prints them in English, and here they are translated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sole_app.core import errors
from sole_app.ui.messages import register


def translated(text: str) -> str:
    """A text marked in core/errors.py, in the interface language."""
    return QCoreApplication.translate("Errors", text)  # i18n: dynamic (marked in core/errors.py)


def bank_error_message(error: errors.BankError) -> str:
    return error.sentence(translated)


register(errors.BankError, bank_error_message)
