"""A question as plain data, its validation, and the text folding the bank relies on.

The same validation serves the editor, the JSON pack, the CSV import and the starter bank, so a
question is held to one set of rules wherever it comes from.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from sole_app.core.bank.errors import InvalidQuestion
from sole_app.core.languages import LANGUAGES

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
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower case without diacritics: "Școală" and "scoala" fold to the same string."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def romanian_letters(text: str) -> str:
    """NFC text with ş ţ replaced by ș ț, the same letters as Romanian spells them."""
    return unicodedata.normalize("NFC", text).translate(_CEDILLA_TO_COMMA)


def text_key(text: str) -> str:
    """What makes two questions in one language "the same text" for duplicate detection."""
    return _SPACES.sub(" ", romanian_letters(text).casefold()).strip()


def normalise_tag(name: str) -> str:
    return _SPACES.sub(" ", romanian_letters(name).strip().lower())


def split_tags(cell: str) -> list[str]:
    """Tags typed in one field or spreadsheet cell, separated by ';' or ','."""
    return [part for part in re.split(r"[;,]", cell) if part.strip()]


def as_utc(moment: datetime | None) -> datetime | None:
    """SQLite hands datetimes back without a zone; the bank stores them in UTC."""
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


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
        language = self.language.strip().lower() if isinstance(self.language, str) else ""
        if language not in LANGUAGES:
            raise InvalidQuestion("language", "unknown_language", self.language)
        spell = romanian_letters if language == "ro" else _nfc
        text = spell(_required_text(self.text, "text", MAX_TEXT))
        notes = spell(_optional_text(self.notes, "notes", MAX_NOTES))
        source = _optional_text(self.source, "source", MAX_SOURCE)
        age_min, age_max = _ages(self.age_min, self.age_max)
        return replace(
            self, text=text, language=language, tags=_tags(self.tags), notes=notes,
            source=source, age_min=age_min, age_max=age_max, uid=_uid(self.uid, "uid"),
            translation_group=_uid(self.translation_group, "translation_group"),
            created_at=as_utc(self.created_at), updated_at=as_utc(self.updated_at),
        )


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
    text = value.replace("\r\n", "\n").replace("\r", "\n").strip()
    if len(text) > limit:
        raise InvalidQuestion(name, "too_long", limit)
    return text


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
        name = normalise_tag(tag)
        if len(name) > MAX_TAG:
            raise InvalidQuestion("tags", "too_long", MAX_TAG)
        if name and name not in names:
            names.append(name)
    if len(names) > MAX_TAGS:
        raise InvalidQuestion("tags", "too_many", MAX_TAGS)
    return tuple(names)


def _uid(value: object, name: str) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or len(value.strip()) > MAX_UID or not value.strip():
        raise InvalidQuestion(name, "bad_identifier", value, limit=MAX_UID)
    return value.strip()
