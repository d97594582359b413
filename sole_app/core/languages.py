"""The languages SOLE Facilitator speaks: its interface, its questions and its files' headers.

One list, read by the interface, the question rules, the starter bank, the filters and the
command line. Adding a language here is the first step; its translations and starter questions
come next.
"""

from __future__ import annotations

LANGUAGES = ("ro", "en", "ru")
LANGUAGE_NAMES = {"ro": "Română", "en": "English", "ru": "Русский"}  # endonyms, never translated
