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

from sqlalchemy import insert, select

from sole_app.core.bank import store as bank
from sole_app.core.bank.errors import InvalidQuestion, InvalidStarterBank
from sole_app.core.bank.models import Question, Tag, question_tags
from sole_app.core.bank.question_data import DEFAULT_AGES, QuestionData, text_key
from sole_app.core.languages import LANGUAGES
from sole_app.core.schema import utc_now

LOADED_KEY = "starter_bank_loaded"
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
    return bank.read_state(database, LOADED_KEY) is not None


def load_starter_bank(database, folder: Path) -> StarterResult:
    """Load every pack under ``folder`` into a bank that never had them, in one transaction.

    Raises InvalidStarterBank (and writes nothing) when a file is broken.
    """
    if is_loaded(database):
        return StarterResult(loaded=False)
    files = sorted(folder.glob("*/*.toml"))
    if not files:
        return StarterResult(loaded=False)
    items = [item for path in files for item in read_pack(path)]
    with database.session() as session, session.begin():
        added, duplicates = _insert_new(session, items)
        bank.write_state(session, LOADED_KEY, f"{len(items)} questions from {len(files)} files")
    return StarterResult(loaded=True, added=added, duplicates=duplicates)


def _insert_new(session, items: list[QuestionData]) -> tuple[int, int]:
    """Insert the questions the bank lacks (by uid, or by text in their language) as
    ``store.import_in_session`` would, but a statement per table, not per row: the first start
    waits for it (bench/bench_startup.py). Returns (added, duplicates)."""
    seen_uids, seen_texts = bank.known_keys(session, items)
    now, rows, tag_lists = utc_now(), [], []
    for data in items:
        key = (data.language, text_key(data.text))
        if (data.uid and data.uid in seen_uids) or key in seen_texts:
            continue
        uid = data.uid or str(uuid.uuid4())
        seen_uids.add(uid)
        seen_texts.add(key)
        rows.append({
            "uid": uid, "text": data.text, "language": data.language,
            "age_min": data.age_min, "age_max": data.age_max, "notes": data.notes,
            "source": data.source, "favourite": False,
            "translation_group": data.translation_group,
            "created_at": data.created_at or now, "updated_at": data.updated_at or now,
            "tags_text": "\n".join(data.tags), "text_key": key[1]})
        tag_lists.append((uid, data.tags))
    if rows:
        session.execute(insert(Question), rows)
        _link_tags(session, tag_lists)
    return len(rows), len(items) - len(rows)


def _link_tags(session, tag_lists: list[tuple[str, tuple[str, ...]]]) -> None:
    """The tags of the questions just inserted (by uid), creating the tags that are new."""
    names = sorted({name for _uid, tags in tag_lists for name in tags})
    tag_ids = _ids(session, Tag.name, Tag.id, names)
    missing = [name for name in names if name not in tag_ids]
    if missing:
        session.execute(insert(Tag), [{"name": name} for name in missing])
        tag_ids.update(_ids(session, Tag.name, Tag.id, missing))
    question_ids = _ids(session, Question.uid, Question.id, [uid for uid, _tags in tag_lists])
    links = [{"question_id": question_ids[uid], "tag_id": tag_ids[name]}
             for uid, tags in tag_lists for name in dict.fromkeys(tags)]
    if links:
        session.execute(insert(question_tags), links)


def _ids(session, key_column, id_column, keys: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for start in range(0, len(keys), 500):
        found.update((key, identifier) for key, identifier in session.execute(
            select(key_column, id_column).where(key_column.in_(keys[start:start + 500]))))
    return found


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
