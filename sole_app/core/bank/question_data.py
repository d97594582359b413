"""A question as plain data, its validation, and the text folding the bank relies on.

The same validation serves the editor, the JSON pack, the CSV import and the starter bank, so a
question is held to one set of rules wherever it comes from.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sole_app.core.bank.errors import InvalidQuestion

DEFAULT_LANGUAGE = "ro"  # the language of the clubs this is made for
DEFAULT_AGES = (10, 14)
AGE_LIMITS = (3, 99)
MAX_TEXT = 5000
MAX_NOTES = 20000
MAX_SOURCE = 200
MAX_TAG = 80
MAX_TAGS = 30
MAX_UID = 36

# Older Romanian systems write ş ţ (cedilla); the correct letters are ș ț (comma below).
_CEDILLA_TO_COMMA = str.maketrans({"ş": "ș", "Ş": "Ș", "ţ": "ț", "Ţ": "Ț"})
# A language, as BCP 47 starts it: 2 or 3 letters, then perhaps a region ("pt-BR", "es-419").
_LANGUAGE_CODE = re.compile(r"([A-Za-z]{2,3})(?:[-_]([A-Za-z]{2}|[0-9]{3}))?")
# What no typed text holds: control characters other than tab and line ends, and half of a
# UTF-16 pair (JSON's "\ud800", or a byte that was not UTF-8, kept by "surrogateescape").
_UNFIT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
# A day inside the calendar's ends, so that any computer's local time can still show it.
EARLIEST = datetime.min.replace(tzinfo=UTC) + timedelta(days=1)
LATEST = datetime.max.replace(tzinfo=UTC) - timedelta(days=1)


def fold(text: str) -> str:
    """Lower case without diacritics: "Școală" and "scoala" fold to the same string."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def romanian_letters(text: str) -> str:
    """NFC text with ş ţ replaced by ș ț, the same letters as Romanian spells them."""
    text = unicodedata.normalize("NFC", text)
    # translate() looks up every character: only worth it when there is a cedilla to replace
    # (and four searches for one letter each cost less than one for a class of four)
    if "ş" in text or "ţ" in text or "Ş" in text or "Ţ" in text:
        return text.translate(_CEDILLA_TO_COMMA)
    return text


@functools.lru_cache(maxsize=256)  # a file says the same few languages thousands of times
def _language_code(value: str) -> str | None:
    match = _LANGUAGE_CODE.fullmatch(value.strip())
    if match is None:
        return None
    language, region = match.groups()
    return language.lower() + (f"-{region.upper()}" if region else "")


def language_code(value: object) -> str | None:
    """A question's language as a code: "ro", "es", "pt-BR", "es-419" (lower-case language,
    upper-case region; "pt_br" is "pt-BR"); None for anything that is not such a code."""
    return _language_code(value) if isinstance(value, str) else None


def written_in_romanian(language: str) -> bool:
    return language.partition("-")[0] == "ro"


def text_key(text: str) -> str:
    """What makes two questions in one language "the same text" for duplicate detection."""
    return " ".join(romanian_letters(text).casefold().split())  # split() is \s+, and faster


def normalise_tag(name: str) -> str:
    return " ".join(romanian_letters(name).lower().split())


def split_tags(cell: str) -> list[str]:
    """Tags typed in one field or spreadsheet cell, separated by ';' or ','."""
    return [part for part in re.split(r"[;,]", cell) if part.strip()]


def as_utc(moment: datetime | None) -> datetime | None:
    """SQLite hands datetimes back without a zone; the bank stores them in UTC."""
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def utc_moment(moment: datetime | None, name: str, written: object = None) -> datetime | None:
    """``moment`` in UTC (without a zone it is UTC already), if it lies at least a day inside
    the calendar's ends (years 1 and 9999); else InvalidQuestion quoting it as ``written``."""
    try:
        utc = as_utc(moment)
    except OverflowError:
        utc = None  # "0001-01-01T00:00:00+01:00" is a moment before the year 1, in UTC
    else:
        if utc is None or EARLIEST <= utc <= LATEST:
            return utc
    raise InvalidQuestion(name, "date_out_of_range",
                          moment.isoformat() if written is None else written)


@dataclass(frozen=True)
class QuestionData:
    """Everything that describes a question, independent of where it is stored."""

    text: str
    language: str = DEFAULT_LANGUAGE
    tags: tuple[str, ...] = ()
    age_min: int = DEFAULT_AGES[0]
    age_max: int = DEFAULT_AGES[1]
    notes: str = ""
    source: str = ""
    uid: str | None = None
    translation_group: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    favourite: bool = False
    extra: dict = field(default_factory=dict, compare=False)

    def cleaned(self) -> QuestionData:
        """A validated copy with whitespace trimmed, tags normalised and ș ț spelled right.

        Raises InvalidQuestion naming the field and the reason.
        """
        return checked_question(
            self.text, self.language, self.tags, self.age_min, self.age_max, self.notes,
            self.source, self.uid, self.translation_group, self.created_at, self.updated_at,
            self.favourite, self.extra)


def checked_question(text: object, language: object = DEFAULT_LANGUAGE, tags: object = (),
                     age_min: object = DEFAULT_AGES[0], age_max: object = DEFAULT_AGES[1],
                     notes: object = "", source: object = "", uid: object = None,
                     translation_group: object = None, created_at: datetime | None = None,
                     updated_at: datetime | None = None, favourite: bool = False,
                     extra: dict | None = None) -> QuestionData:
    """``QuestionData(...).cleaned()`` without the unchecked copy in between: a file's reader
    checks its values straight from the file, 100,000 questions at a time. Raises
    InvalidQuestion naming the field and the reason (checked in this order)."""
    code = language_code(language)
    if code is None:
        raise InvalidQuestion("language", "unknown_language", language)
    spell = romanian_letters if written_in_romanian(code) else _nfc
    return _built(
        text=spell(_required_text(text, "text", MAX_TEXT)), language=code,
        notes=spell(_optional_text(notes, "notes", MAX_NOTES)),
        source=_optional_text(source, "source", MAX_SOURCE), ages=_ages(age_min, age_max),
        tags=_tags(tags), uid=_uid(uid, "uid"),
        translation_group=_uid(translation_group, "translation_group"),
        created_at=utc_moment(created_at, "created_at"),
        updated_at=utc_moment(updated_at, "updated_at"),
        favourite=favourite, extra={} if extra is None else extra)


def _built(ages: tuple[int, int], **checked) -> QuestionData:
    """A QuestionData of values already checked, every field given. Its frozen __init__ sets
    the 13 fields one object.__setattr__ at a time (5.7 µs, a seventh of checking a question
    from a file); the values go into the instance's dictionary at once instead."""
    question = object.__new__(QuestionData)
    question.__dict__.update(checked, age_min=ages[0], age_max=ages[1])
    return question


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _required_text(value: object, name: str, limit: int) -> str:
    text = _optional_text(value, name, limit)
    if not text:
        raise InvalidQuestion(name, "empty", value)
    return text


def _optional_text(value: object, name: str, limit: int) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidQuestion(name, "not_text", value)
    _refuse_unfit(value, name)
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    text = value.strip()
    if len(text) > limit:
        raise InvalidQuestion(name, "too_long", limit)
    return text


def _refuse_unfit(text: str, name: str) -> None:
    """A control character or half a character would be stored, shown and exported wrongly
    (or not at all: the database refuses half a character)."""
    unfit = _UNFIT.search(text)
    if unfit is not None:
        point = ord(unfit.group())
        reason = "broken_character" if 0xD800 <= point <= 0xDFFF else "control_character"
        raise InvalidQuestion(name, reason, f"U+{point:04X}")


def _ages(age_min: object, age_max: object) -> tuple[int, int]:
    low, high = AGE_LIMITS
    for name, value in (("age_min", age_min), ("age_max", age_max)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidQuestion(name, "not_a_whole_number", value)
        if not low <= value <= high:
            raise InvalidQuestion(name, "age_out_of_range", value, low=low, high=high)
    if age_min > age_max:
        raise InvalidQuestion("age_max", "ages_reversed", age_max)
    return age_min, age_max


def _tags(tags: object) -> tuple[str, ...]:
    if isinstance(tags, str) or not isinstance(tags, list | tuple):
        raise InvalidQuestion("tags", "not_a_list", tags)
    names: list[str] = []
    for tag in tags:
        if not isinstance(tag, str):
            raise InvalidQuestion("tags", "not_text", tag)
        name = _tag_name(tag)
        if name and name not in names:
            names.append(name)
    if len(names) > MAX_TAGS:
        raise InvalidQuestion("tags", "too_many", MAX_TAGS)
    return tuple(names)


@functools.lru_cache(maxsize=4096)  # a file gives the same few tags to thousands of questions
def _tag_name(tag: str) -> str:
    """A tag as typed, checked and normalised (InvalidQuestion, never cached, otherwise)."""
    _refuse_unfit(tag, "tags")
    name = normalise_tag(tag)
    if len(name) > MAX_TAG:
        raise InvalidQuestion("tags", "too_long", MAX_TAG)
    return name


def _uid(value: object, name: str) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or len(value.strip()) > MAX_UID or not value.strip():
        raise InvalidQuestion(name, "bad_identifier", value, limit=MAX_UID)
    return value.strip()
