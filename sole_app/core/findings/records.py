"""Saving a group's record on every pause in typing, and never over someone else's words.

A save is one small transaction: an UPDATE of the record's single row, guarded by the revision
the editor started from (``base_revision``), then a read of that row. The common case is exactly
that. When the guard fails, another editor (the group page of issue 15, or a second window) saved
in between: the write lock is already held, so the row is read, each field is merged three ways
with the version the editor started from (``base_content``), and the result is written as the
next revision. Nothing either side typed is lost; the result says what happened:

- ``SAVED``: stored as sent;
- ``MERGED``: the other editor's changes to other fields or other lines were kept too;
- ``CONFLICT``: both changed the same lines (or both changed the certainty): both texts are kept,
  theirs first, and ``conflicts`` lists each field with both versions. For the certainty, the
  latest save wins and ``conflicts`` holds the other.

After MERGED or CONFLICT the editor should show ``result.record`` and save from it next. A save
without ``base_revision`` overwrites (imports, tools). Without ``base_content`` a merge cannot
tell what the other side removed, so it keeps everything of both.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from sqlalchemy import update
from sqlalchemy.orm import Session

from sole_app.core.db import Database
from sole_app.core.findings.data import RECORD_FIELDS, RecordContent
from sole_app.core.findings.errors import InvalidEntry
from sole_app.core.findings.merge import merge_items, merge_text
from sole_app.core.findings.models import GroupRecord
from sole_app.core.findings.transactions import load_group, writing
from sole_app.core.findings.views import RecordView, record_view
from sole_app.core.schema import utc_now

_UNKNOWN = object()  # no base_content: what the editor started from is not known


class SaveStatus(StrEnum):
    SAVED = "saved"
    MERGED = "merged"
    CONFLICT = "conflict"


@dataclass(frozen=True)
class FieldConflict:
    """One field both editors changed: what was stored (``theirs``), what this save sent
    (``mine``), and what is stored now (``kept``: both texts, or the latest certainty)."""

    field: str
    theirs: object
    mine: object
    kept: object


@dataclass(frozen=True)
class SaveResult:
    """What is stored after a save (the editor's next base) and how it got there."""

    status: SaveStatus
    record: RecordView
    conflicts: tuple[FieldConflict, ...] = ()


def get_record(database: Database, group_id: int) -> RecordView:
    with database.session() as db:
        return record_view(load_group(db, group_id).record)


def save_record(database: Database, group_id: int, content: RecordContent,
                base_revision: int | None = None, base_content: RecordContent | None = None,
                *, now: datetime | None = None) -> SaveResult:
    """Save the whole record; see the module's docstring for the revision guard and merging.

    Raises InvalidEntry (a field over its limit, nothing saved), GroupNotFound, FindingsNotSaved.
    """
    return _save(database, group_id, content.cleaned(), RECORD_FIELDS, base_revision,
                 base_content, now or utc_now())


def save_field(database: Database, group_id: int, field: str, value: object,
               base_revision: int | None = None, base_content: RecordContent | None = None,
               *, now: datetime | None = None) -> SaveResult:
    """Save one field (``found``, ``sources``, ``certainty`` or ``new_questions``) and leave the
    others as stored: what the editor of that one field calls on a pause in typing."""
    if field not in RECORD_FIELDS:
        raise InvalidEntry("record", field, "not_a_choice", ", ".join(RECORD_FIELDS))
    content = replace(RecordContent(), **{field: value}).cleaned()
    return _save(database, group_id, content, (field,), base_revision, base_content,
                 now or utc_now())


def _save(database: Database, group_id: int, content: RecordContent, names: tuple[str, ...],
          base_revision: int | None, base_content: RecordContent | None,
          moment: datetime) -> SaveResult:
    values = {name: _column_value(getattr(content, name)) for name in names}
    guard = GroupRecord.group_id == group_id
    if base_revision is not None:
        guard = guard & (GroupRecord.revision == base_revision)
    statement = (update(GroupRecord).where(guard)
                 .values(**values, revision=GroupRecord.revision + 1, updated_at=moment)
                 .execution_options(synchronize_session=False))
    with writing(database) as db:
        # The UPDATE comes first, so this transaction holds the write lock before it reads.
        if db.execute(statement).rowcount == 1:
            return SaveResult(SaveStatus.SAVED, record_view(db.get(GroupRecord, group_id)))
        record = load_group(db, group_id).record
        return _merge(db, record, content, names, base_content, moment)


def _merge(db: Session, record: GroupRecord, mine: RecordContent, names: tuple[str, ...],
           base: RecordContent | None, moment: datetime) -> SaveResult:
    theirs = record_view(record).content
    conflicts: list[FieldConflict] = []
    for name in names:
        base_value = _UNKNOWN if base is None else getattr(base, name)
        kept, clean = _merge_field(name, base_value, getattr(theirs, name), getattr(mine, name))
        if not clean:
            conflicts.append(FieldConflict(name, getattr(theirs, name), getattr(mine, name), kept))
        setattr(record, name, _column_value(kept))
    record.revision += 1
    record.updated_at = moment
    db.flush()
    stored = record_view(record)
    # What the editor shows now: its base with what it just sent. Anything else came from the
    # other editor, and the editor must show it.
    expected = replace(theirs if base is None else base,
                       **{name: getattr(mine, name) for name in names})
    status = (SaveStatus.CONFLICT if conflicts else
              SaveStatus.SAVED if stored.content == expected else SaveStatus.MERGED)
    return SaveResult(status, stored, tuple(conflicts))


def _merge_field(name: str, base: object, theirs: object, mine: object) -> tuple[object, bool]:
    """The merged value of one field and whether it merged cleanly (``base`` may be _UNKNOWN)."""
    known = base is not _UNKNOWN
    if mine == theirs or (known and mine == base):
        return theirs, True
    if known and theirs == base:
        return mine, True
    if name == "found":
        return merge_text(base if known else "", theirs, mine)
    if name in ("sources", "new_questions"):
        return merge_items(base if known else (), theirs, mine), True
    return mine, False  # the certainty: one value; the latest save wins, the other is reported


def _column_value(value: object) -> object:
    return value.value if isinstance(value, StrEnum) else value
