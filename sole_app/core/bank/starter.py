"""The starter bank: the questions shipped in ``questions/<lang>/*.toml``, loaded once.

Each starter question gets a stable uid from ``<lang>:<key>`` and a translation group from
``key``, so the same key in two languages links the translations and loading twice never
duplicates. Once loaded, the bank remembers it: a starter question the librarian deleted does not
come back at the next start.
"""

from __future__ import annotations

import tomllib
import uuid
from dataclasses import dataclass
from pathlib import Path

from sole_app.core.bank import reading
from sole_app.core.bank.errors import InvalidQuestion, InvalidStarterBank
from sole_app.core.bank.question_data import DEFAULT_AGES, QuestionData
from sole_app.core.languages import LANGUAGES

LOADED_KEY = reading.STARTER_LOADED
# Fixed for ever: changing it would give every starter question a new uid.
NAMESPACE = uuid.UUID("5f0c1d8e-3b7a-5e42-9c61-50e1fac11a7e")


@dataclass(frozen=True)
class StarterResult:
    loaded: bool  # False when the bank already had its starter questions
    added: int = 0
    duplicates: int = 0


def starter_uid(language: str, key: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{language}:{key}"))


def translation_group(key: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"key:{key}"))


def is_loaded(database) -> bool:
    return reading.starter_loaded(database)


def load_starter_bank(database, folder: Path) -> StarterResult:
    """Load every pack under ``folder`` into a bank that never had them, in one transaction.

    Raises InvalidStarterBank (and writes nothing) when a file is broken.
    """
    from sole_app.core.bank import store as bank  # the ORM, only for a new bank

    if is_loaded(database):
        return StarterResult(loaded=False)
    files = sorted(folder.glob("*/*.toml"))
    if not files:
        return StarterResult(loaded=False)
    items = [item for path in files for item in read_pack(path)]
    with database.session() as session, session.begin():
        result = bank.import_in_session(session, items)
        bank.write_state(session, LOADED_KEY, f"{len(items)} questions from {len(files)} files")
    return StarterResult(loaded=True, added=result.added, duplicates=result.duplicates)


def read_pack(path: Path) -> list[QuestionData]:
    """The validated questions of one pack file."""
    language = path.parent.name
    try:
        with path.open("rb") as handle:
            pack = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise InvalidStarterBank(path, str(error)) from error
    declared = pack.get("pack", {}).get("language")
    if language not in LANGUAGES or declared != language:
        raise InvalidStarterBank(path, f"its language {declared!r} does not match its folder")
    questions = pack.get("questions")
    if not isinstance(questions, list):
        raise InvalidStarterBank(path, "it has no [[questions]]")
    return [_question(path, language, index, entry) for index, entry in enumerate(questions, 1)]


def _question(path: Path, language: str, index: int, entry: object) -> QuestionData:
    if not isinstance(entry, dict) or not isinstance(entry.get("key"), str) or not entry["key"]:
        raise InvalidStarterBank(path, f"question {index} has no key")
    key = entry["key"]
    ages = entry.get("ages", list(DEFAULT_AGES))
    if not (isinstance(ages, list) and len(ages) == 2):
        raise InvalidStarterBank(path, f"question {key!r}: ages must be [lowest, highest]")
    data = QuestionData(
        text=entry.get("text"), language=language, tags=entry.get("tags", ()),
        age_min=ages[0], age_max=ages[1], notes=entry.get("notes", ""),
        source=entry.get("source", ""), uid=starter_uid(language, key),
        translation_group=translation_group(key),
    )
    try:
        return data.cleaned()
    except InvalidQuestion as error:
        raise InvalidStarterBank(path, f"question {key!r}: {error}") from error
