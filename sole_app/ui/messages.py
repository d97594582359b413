"""Errors in the librarian's language.

Each error's sentence is written once, in core (core/errors.py and each feature's errors.py),
marked with QT_TRANSLATE_NOOP so that lupdate extracts it; the command line prints it in
English, and here it is translated. The domain stays Qt-free.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sole_app.core.errors import SoleError


def translated(text: str) -> str:
    """A text marked in core's errors, in the interface language."""
    return QCoreApplication.translate("Errors", text)  # i18n: dynamic (marked in core)


def error_message(error: SoleError) -> str:
    """The error as one sentence in the interface language."""
    return error.sentence(translated)
