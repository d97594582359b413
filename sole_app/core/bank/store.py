"""The question bank: add, edit, delete (and undo), favourites, translations, and imports.

Every function takes the open Database and uses one short session. Search lives in search.py;
files in pack.py and csv_file.py; the starter bank in starter.py. The window changes the bank
through operations.py, which records what each change did so that it can be undone.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from sole_app.core.bank import bulk
from sole_app.core.bank.bulk import BulkWriter, ImportResult
from sole_app.core.bank.errors import QuestionNotFound
from sole_app.core.bank.models import BankState, Question, Tag, utc_now
from sole_app.core.bank.question_data import QuestionData, as_utc, text_key
from sole_app.core.bank.reading import (  # noqa: F401 (the bank's reads, for its callers)
    QuestionView,
    all_tags,
    duplicate_data,
    get_question,
    get_questions,
    languages_in_use,
    ordered_tags,
    question_choices,
    read_state,
    translations_of,
)


def _view(question: Question) -> QuestionView:
    data = QuestionData(
        text=question.text, language=question.language,
        tags=ordered_tags(question.tags_text, (tag.name for tag in question.tags)),
        age_min=question.age_min, age_max=question.age_max, notes=question.notes,
        source=question.source,
        uid=question.uid, translation_group=question.translation_group,
        created_at=as_utc(question.created_at), updated_at=as_utc(question.updated_at),
        favourite=question.favourite,
    )
    return QuestionView(question.id, data, as_utc(question.last_used_at))


def _load(session: Session, question_id: int) -> Question:
    question = session.get(Question, question_id)
    if question is None:
        raise QuestionNotFound(question_id)
    return question


def _tags_named(session: Session, names: Sequence[str], known: dict[str, Tag]) -> list[Tag]:
    """The Tag rows for ``names``, created when new; ``known`` caches them across questions."""
    missing = [name for name in names if name not in known]
    if missing:
        known.update({tag.name: tag for tag in session.scalars(
            select(Tag).where(Tag.name.in_(missing)))})
    for name in names:
        if name not in known:
            known[name] = Tag(name=name)
            session.add(known[name])
    return [known[name] for name in names]


def _fill(session: Session, question: Question, data: QuestionData,
          known_tags: dict[str, Tag] | None = None) -> None:
    """Copy validated data onto a row, keeping the search columns in step."""
    question.text = data.text
    question.language = data.language
    question.age_min, question.age_max = data.age_min, data.age_max
    question.notes, question.source = data.notes, data.source
    question.translation_group = data.translation_group
    question.favourite = data.favourite
    question.tags = _tags_named(session, data.tags, {} if known_tags is None else known_tags)
    question.tags_text = "\n".join(data.tags)  # tag names never hold a newline
    question.text_key = text_key(data.text)


def _new_row(session: Session, data: QuestionData, question_id: int | None = None,
             known_tags: dict[str, Tag] | None = None) -> Question:
    now = utc_now()
    question = Question(
        id=question_id, uid=data.uid or str(uuid.uuid4()),
        created_at=data.created_at or now, updated_at=data.updated_at or now,
    )
    _fill(session, question, data, known_tags)
    session.add(question)
    return question


def add_question(database, data: QuestionData) -> QuestionView:
    """Store a new question; raises InvalidQuestion when a field breaks a rule."""
    data = data.cleaned()
    with database.session() as session, session.begin():
        question = _new_row(session, data)
        session.flush()
        return _view(question)


def update_question(database, question_id: int, data: QuestionData) -> QuestionView:
    """Replace a question's content (its uid, creation time and last use stay)."""
    data = data.cleaned()
    with database.session() as session, session.begin():
        question = _load(session, question_id)
        _fill(session, question, data)
        question.updated_at = utc_now()
        session.flush()
        return _view(question)


def question_text(database, question_id: int) -> str:
    """The text of a question (Markdown as typed); QuestionNotFound when it is gone."""
    with database.session() as session:
        return _load(session, question_id).text


def delete_question(database, question_id: int) -> QuestionView:
    """Delete a question; the returned snapshot lets restore_question undo it exactly."""
    with database.session() as session, session.begin():
        question = _load(session, question_id)
        snapshot = _view(question)
        session.delete(question)
    return snapshot


def restore_question(database, snapshot: QuestionView) -> QuestionView:
    """Put a deleted question back with its id, uid, tags, dates, favourite and last use."""
    with database.session() as session, session.begin():
        question = _new_row(session, snapshot.data, question_id=snapshot.id)
        question.last_used_at = snapshot.last_used_at
        session.flush()
        return _view(question)


def put_back(database, states: Mapping[int, QuestionView | None]
             ) -> dict[int, QuestionView | None]:
    """Make each question as ``states`` says (None: not in the bank), in one transaction, and
    return how they were just before: what puts them back again.

    A question still in the bank gets its content, uid and dates back; its last use stays, as a
    session may have used it since. One put back into the bank returns with its id and last use.
    Many at once (the undo and redo of an import) are read, deleted and written in bulk.
    """
    with database.session() as session, session.begin():
        rows = _rows(session, list(states))
        previous = {question_id: None if row is None else _view(row)
                    for question_id, row in rows.items()}
        gone = [question_id for question_id, row in rows.items()
                if row is not None and states[question_id] is None]
        for question_id in gone:
            session.expunge(rows[question_id])
        bulk.delete_questions(session.connection(), gone)
        for question_id, state in states.items():
            if state is not None and rows[question_id] is not None:
                _put(session, rows[question_id], state)
        session.flush()  # a uid freed above may come back below
        with bulk.BulkWriter(session.connection()) as writer:
            writer.restore([state for question_id, state in states.items()
                            if state is not None and rows[question_id] is None])
            writer.finish()
        return previous


def _rows(session: Session, question_ids: list[int]) -> dict[int, Question | None]:
    """The stored rows of these questions, None for those not in the bank, read in chunks."""
    found: dict[int, Question] = {}
    for start in range(0, len(question_ids), 500):
        chunk = question_ids[start:start + 500]
        found.update((row.id, row) for row in session.scalars(
            select(Question).where(Question.id.in_(chunk))))
    return {question_id: found.get(question_id) for question_id in question_ids}


def _put(session: Session, row: Question, state: QuestionView) -> None:
    _fill(session, row, state.data)
    row.uid = state.uid
    row.created_at, row.updated_at = state.created_at, state.updated_at


def set_favourite(database, question_id: int, favourite: bool) -> QuestionView:
    with database.session() as session, session.begin():
        question = _load(session, question_id)
        question.favourite = favourite
        session.flush()
        return _view(question)


def mark_used(database, question_id: int, when: datetime) -> None:
    """Remember that a session started with this question (shown as "last used")."""
    with database.session() as session, session.begin():
        _load(session, question_id).last_used_at = as_utc(when)


def link_translation(database, question_id: int, other_id: int) -> None:
    """Make two questions translations of each other (and of the other's translations)."""
    with database.session() as session, session.begin():
        first, second = _load(session, question_id), _load(session, other_id)
        group = first.translation_group or second.translation_group or str(uuid.uuid4())
        for stale in {first.translation_group, second.translation_group} - {None, group}:
            for member in session.scalars(select(Question).where(
                    Question.translation_group == stale)):
                member.translation_group = group
        first.translation_group = second.translation_group = group


def translations(database, question_id: int) -> list[QuestionView]:
    """The other questions in the same translation group, by language."""
    return translations_of(database, get_question(database, question_id))


def count_questions(database) -> int:
    from sqlalchemy import func

    with database.session() as session:
        return session.scalar(select(func.count(Question.id))) or 0


def import_questions(database, items: Iterable[QuestionData]) -> ImportResult:
    """Add checked questions in one transaction; those already in the bank are counted.

    A duplicate has the uid of a stored (or earlier imported) question, or the same language
    and normalised text. Written in bulk (bulk.py).
    """
    with database.session() as session, session.begin():
        return import_in_session(session, items)


def import_in_session(session: Session, items: Iterable[QuestionData]) -> ImportResult:
    """import_questions inside a transaction the caller owns (to write more in the same one)."""
    with BulkWriter(session.connection()) as writer:
        for data in items:
            writer.add(data)
        return writer.finish()


def write_state(session: Session, key: str, value: str) -> None:
    state = session.get(BankState, key) or BankState(key=key)
    state.value = value
    session.add(state)
