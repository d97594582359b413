"""English text the interface translates, marked for lupdate without importing Qt.

lupdate reads ``QT_TRANSLATE_NOOP("Context", "text")`` in any Python file, so core can hold a
sentence once: the command line shows it in English, and the interface hands the very same text
to ``QCoreApplication.translate(context, text)``. One source, two readers.
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate reads)
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


def english(text: str) -> str:
    """The source language: every marked text is already English."""
    return text
