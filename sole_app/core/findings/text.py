"""The rules for what is typed into groups, records, notes and the reflection.

Long texts (what a group found, feedback, the reflection's answers) are stored exactly as typed:
no trimming, no HTML escaping (escaping is the job of whatever shows them, through
``core.markup``). Only what no one can type is changed, so nothing is lost or crashes later:

- line ends become ``\\n``;
- NUL and the other invisible control characters (all of U+0000 to U+001F but tab and line feed,
  and U+007F) are removed: SQLite, C libraries and XML readers treat them as ends of text or errors;
- a broken half of a character (a lone UTF-16 surrogate, from a damaged paste or a hostile web
  request) cannot be written as UTF-8 at all; it becomes U+FFFD "�", which shows where it was,
  instead of refusing the whole save and losing the words around it. A well-formed surrogate pair
  is joined into its character.

Short values (a nickname, a first name, one source, one new question, a note) are one line,
trimmed. Every value has a length limit; past it the save is refused with InvalidEntry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum
from typing import TypeVar

from sole_app.core.findings.errors import InvalidEntry

_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_LINE_BREAKS = re.compile(r"[\n\t\u2028\u2029]+")
E = TypeVar("E", bound=StrEnum)


def storable(text: str) -> str:
    """``text`` with line ends unified, invisible control characters removed and broken half
    characters replaced, so that it can be stored and read back everywhere."""
    text = _INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    if _SURROGATE.search(text):
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


def long_text(value: object, subject: str, field: str, limit: int) -> str:
    """Free text kept as typed (None counts as empty)."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidEntry(subject, field, "not_text", value)
    text = storable(value)
    if len(text) > limit:
        raise InvalidEntry(subject, field, "too_long", limit)
    return text


def one_line(value: object, subject: str, field: str, limit: int, required: bool = False) -> str:
    """A short value on one line, trimmed: line breaks and tabs become a space."""
    text = _LINE_BREAKS.sub(" ", long_text(value, subject, field, 10 * limit)).strip()
    if required and not text:
        raise InvalidEntry(subject, field, "empty", value)
    if len(text) > limit:
        raise InvalidEntry(subject, field, "too_long", limit)
    return text


def items(value: object, subject: str, field: str, item_limit: int,
          max_items: int) -> tuple[str, ...]:
    """A list of one-line values, in order, with empty ones left out (None counts as empty)."""
    if value is None:
        return ()
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise InvalidEntry(subject, field, "not_a_list", value)
    kept = tuple(text for text in (one_line(item, subject, field, item_limit) for item in value)
                 if text)
    if len(kept) > max_items:
        raise InvalidEntry(subject, field, "too_many", max_items)
    return kept


def count(value: object, subject: str, field: str, high: int) -> int | None:
    """A whole number from 0 to ``high``, or None for "not given"."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidEntry(subject, field, "not_a_whole_number", value)
    if not 0 <= value <= high:
        raise InvalidEntry(subject, field, "out_of_range", (0, high, value))
    return value


def choice(value: object, kind: type[E], subject: str, field: str) -> E | None:
    """One of a StrEnum's members (given as the member or its value), or None."""
    if value is None or value == "":
        return None
    try:
        return kind(value)
    except (ValueError, TypeError):
        raise InvalidEntry(subject, field, "not_a_choice",
                           ", ".join(member.value for member in kind)) from None
