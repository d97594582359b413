"""The group page's words, written once in English and marked for translation (context
"GroupPage"), so the .ts files stay the one source of every language the app speaks.

The page is served in the interface's language. ``Catalogue`` translates every word the page
and its answers can use once, in the thread that starts the page (the GUI thread), with the
translate function the interface hands in; the server's threads then only read a dictionary.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from sole_app.core.errors import SoleError
from sole_app.core.findings.errors import ENTRY_FIELDS, ENTRY_PROBLEMS
from sole_app.core.translatable import QT_TRANSLATE_NOOP

CONTEXT = "GroupPage"
ERRORS_CONTEXT = "Errors"
TranslateIn = Callable[[str, str], str]  # (context, English text) -> the text in a language

WORDS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("GroupPage", "Our group's findings"),
    "needs_script": QT_TRANSLATE_NOOP(
        "GroupPage", "This page needs JavaScript. Turn it on in the browser's settings."),
    "loading": QT_TRANSLATE_NOOP("GroupPage", "Loading…"),
    "choose_group": QT_TRANSLATE_NOOP("GroupPage", "Which group are you?"),
    "no_groups": QT_TRANSLATE_NOOP("GroupPage", "No groups yet. Start yours below."),
    "new_group": QT_TRANSLATE_NOOP("GroupPage", "Or start a new group"),
    "nickname": QT_TRANSLATE_NOOP("GroupPage", "Your group's name (a nickname, not your names)"),
    "start_group": QT_TRANSLATE_NOOP("GroupPage", "Start the group"),
    "our_group": QT_TRANSLATE_NOOP("GroupPage", "Our group:"),
    "change_group": QT_TRANSLATE_NOOP("GroupPage", "Change group"),
    "found": QT_TRANSLATE_NOOP("GroupPage", "What we found"),
    "found_hint": QT_TRANSLATE_NOOP(
        "GroupPage", "Write it in your own words. *Stars* make words stand out."),
    "preview": QT_TRANSLATE_NOOP("GroupPage", "How it looks"),
    "sources": QT_TRANSLATE_NOOP("GroupPage", "Where we found it"),
    "sources_hint": QT_TRANSLATE_NOOP(
        "GroupPage", "One per line: a website, a book, a person we asked."),
    "certainty": QT_TRANSLATE_NOOP("GroupPage", "How sure are we?"),
    "not_sure": QT_TRANSLATE_NOOP("GroupPage", "Not sure"),
    "fairly_sure": QT_TRANSLATE_NOOP("GroupPage", "Fairly sure"),
    "very_sure": QT_TRANSLATE_NOOP("GroupPage", "Very sure"),
    "new_questions": QT_TRANSLATE_NOOP("GroupPage", "Our new questions"),
    "new_questions_hint": QT_TRANSLATE_NOOP("GroupPage", "One question per line."),
    "saving": QT_TRANSLATE_NOOP("GroupPage", "Saving…"),
    "saved": QT_TRANSLATE_NOOP("GroupPage", "Saved on the librarian's computer."),
    "offline": QT_TRANSLATE_NOOP(
        "GroupPage", "No connection. Your words are kept on this device and will be sent when "
                     "the connection is back."),
    "merged": QT_TRANSLATE_NOOP(
        "GroupPage", "Another device of your group wrote too. Its words are here now."),
    "conflict": QT_TRANSLATE_NOOP(
        "GroupPage", "Another device of your group changed the same words. Both versions are "
                     "kept, one after the other: read them and keep what you want."),
    "too_fast": QT_TRANSLATE_NOOP("GroupPage", "Too fast. Wait a moment; nothing is lost."),
    "too_long": QT_TRANSLATE_NOOP("GroupPage", "This is too long to send. Make it shorter."),
    "join_again": QT_TRANSLATE_NOOP(
        "GroupPage", "Choose your group again. Your words are kept on this device."),
    "group_gone": QT_TRANSLATE_NOOP(
        "GroupPage", "Your group is no longer in the session (the librarian may have joined it "
                     "with another). Your words are kept on this device: choose a group."),
    "page_closed": QT_TRANSLATE_NOOP(
        "GroupPage", "This address is no longer open. Ask the librarian for the new one."),
    "not_saved": QT_TRANSLATE_NOOP(
        "GroupPage", "Not saved yet. Your words are kept on this device and will be sent "
                     "again."),
}

# The parts of the error sentences the page can show (an entry over its limit, and the like).
ERROR_TEXTS: tuple[str, ...] = tuple(ENTRY_FIELDS.values()) + tuple(ENTRY_PROBLEMS.values())


@dataclass(frozen=True)
class Catalogue:
    """The page's words in one language, ready for any thread to read."""

    language: str = "en"
    words: Mapping[str, str] = field(default_factory=lambda: dict(WORDS))
    errors: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def build(cls, language: str, translate: TranslateIn) -> Catalogue:
        """Translate every word now (call it in the thread that may translate: the GUI's)."""
        words = {key: translate(CONTEXT, text) for key, text in WORDS.items()}
        errors = {text: translate(ERRORS_CONTEXT, text) for text in ERROR_TEXTS}
        return cls(language=language, words=words, errors=errors)

    def sentence(self, error: SoleError) -> str:
        """An error's sentence in this language (texts not in the catalogue stay English)."""
        return error.sentence(lambda text: self.errors.get(text, text))
