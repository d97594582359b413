"""Every change the window makes to the bank, each returning what it changed (a QuestionChange).

A QuestionChange holds the questions it touched as they were before (None: not in the bank yet)
and as they are after (None: gone). Reverting puts the "before" back and returns the change
that redoes it, so add, edit, duplicate, delete, favourite and import are undone and redone
one way. The command line imports through store.py directly: it has no undo.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sole_app.core.bank import pack, store
from sole_app.core.bank.question_data import QuestionData
from sole_app.core.bank.store import QuestionView

States = Mapping[int, QuestionView | None]


@dataclass(frozen=True)
class QuestionChange:
    """What an operation did to the bank (see the module's docstring)."""

    before: States
    after: States
    focus: int | None = None  # the question to show now, if one

    def revert(self, database) -> QuestionChange:
        now = store.put_back(database, self.before)
        return QuestionChange(before=now, after=self.before, focus=_only_one_left(self.before))


@dataclass(frozen=True)
class ImportChange(QuestionChange):
    """An import: the questions it added, and how many it left out as already in the bank (and
    the encoding the file was read in, when it had to be guessed)."""

    duplicates: int = 0
    encoding: str = ""

    @property
    def added(self) -> int:
        return len(self.before)


class StoredQuestions(Mapping):
    """Questions as the bank holds them now, read when asked: what an import's change has
    ``after``, so that the undo stack keeps the ids of 100,000 imported questions, not copies."""

    def __init__(self, database, question_ids: Sequence[int]) -> None:
        self._database = database
        self._ids = question_ids

    def __getitem__(self, question_id: int) -> QuestionView | None:
        if question_id not in self._ids:
            raise KeyError(question_id)
        found = store.get_questions(self._database, [question_id])
        return found[0] if found else None

    def __iter__(self) -> Iterator[int]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)


def _only_one_left(states: States) -> int | None:
    """The question to show after a revert: the one question it brought back or changed."""
    left = [question_id for question_id, state in states.items() if state is not None]
    return left[0] if len(states) == 1 and left else None


def _states(database, question_ids: Iterable[int]) -> dict[int, QuestionView | None]:
    wanted = list(dict.fromkeys(question_ids))
    found = {view.id: view for view in store.get_questions(database, wanted)}
    return {question_id: found.get(question_id) for question_id in wanted}


def add_question(database, data: QuestionData) -> QuestionChange:
    """A new question; InvalidQuestion when a field breaks a rule."""
    added = store.add_question(database, data)
    return QuestionChange(before={added.id: None}, after={added.id: added}, focus=added.id)


def edit_question(database, question_id: int, data: QuestionData) -> QuestionChange:
    before = store.get_question(database, question_id)
    after = store.update_question(database, question_id, data)
    return QuestionChange(before={question_id: before}, after={question_id: after},
                          focus=question_id)


def duplicate_question(database, original_id: int, data: QuestionData,
                       link_translation: bool) -> QuestionChange:
    """A copy of a question, with new content; linked as its translation when asked (which may
    join the original's translations, so their links are recorded too)."""
    linked = [original_id, *(other.id for other in store.translations(database, original_id))]
    before = _states(database, linked) if link_translation else {}
    copy = store.add_question(database, data)
    if link_translation:
        store.link_translation(database, copy.id, original_id)
    after = _states(database, [*before, copy.id])
    return QuestionChange(before={**before, copy.id: None}, after=after, focus=copy.id)


def delete_question(database, question_id: int) -> QuestionChange:
    """Delete a question; its revert brings it back with its id, uid, tags and last use."""
    snapshot = store.delete_question(database, question_id)
    return QuestionChange(before={question_id: snapshot}, after={question_id: None})


def set_favourite(database, question_id: int, favourite: bool) -> QuestionChange:
    before = store.get_question(database, question_id)
    after = store.set_favourite(database, question_id, favourite)
    return QuestionChange(before={question_id: before}, after={question_id: after})


def import_file(database, path: Path, file_format: str | None = None) -> ImportChange:
    """Add a file's questions, all or none (duplicates are counted, not added); its revert
    removes exactly the questions it added."""
    result = pack.import_file(database, path, file_format)
    return ImportChange(before=dict.fromkeys(result.added_ids),
                        after=StoredQuestions(database, result.added_ids),
                        duplicates=result.duplicates, encoding=result.encoding)

