"""Groups in a session: add, change, remove, merge and reorder them, and undo each exactly.

Children change groups freely and the librarian sets groups up before or during a session, so
every change is one short transaction, and each one the interface offers to undo returns what
reverts it exactly: a removed group's snapshot (``GroupEntry``) goes back with its id, uid,
position, times, record and revision; a ``GroupChange`` holds the group before an edit; a
``GroupMerge`` holds both groups as they were.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from sole_app.core.db import Database
from sole_app.core.findings import text
from sole_app.core.findings.data import (
    KEEP,
    MAX_FEEDBACK,
    MAX_FIRST_NAME,
    MAX_FIRST_NAMES,
    MAX_HEAD_COUNT,
    MAX_NICKNAME,
    Keep,
    RecordContent,
)
from sole_app.core.findings.errors import GroupAlreadyExists, GroupsNotMergeable
from sole_app.core.findings.merge import combine_records, joined
from sole_app.core.findings.models import Group, GroupRecord
from sole_app.core.findings.transactions import load_group, require_session, writing
from sole_app.core.findings.views import (
    GroupEntry,
    GroupView,
    group_entry,
    group_view,
    record_content,
)
from sole_app.core.schema import utc_now


@dataclass(frozen=True)
class GroupChange:
    """A group before and after an edit; ``revert_group_change`` puts ``before`` back."""

    before: GroupView
    after: GroupView


@dataclass(frozen=True)
class GroupMerge:
    """A merge: the removed ``source`` and the merged-into group before and after it."""

    source: GroupEntry
    target_before: GroupEntry
    target: GroupEntry


@dataclass(frozen=True)
class GroupMove:
    """A group moved in the list; moving it back to ``from_index`` undoes it."""

    group_id: int
    from_index: int
    to_index: int


def _nickname(value: object) -> str:
    return text.one_line(value, "group", "nickname", MAX_NICKNAME, required=True)


def _head_count(value: object) -> int | None:
    return text.count(value, "group", "head_count", MAX_HEAD_COUNT)


def _first_names(value: object) -> tuple[str, ...]:
    return text.items(value, "group", "first_names", MAX_FIRST_NAME, MAX_FIRST_NAMES)


def _feedback(value: object, field: str) -> str:
    return text.long_text(value, "group", field, MAX_FEEDBACK)


def list_groups(database: Database, session_id: int) -> list[GroupEntry]:
    """A session's groups with their records, in the list's order."""
    with database.session() as db:
        require_session(db, session_id)
        return [group_entry(group) for group in _ordered(db, session_id)]


def get_group(database: Database, group_id: int) -> GroupEntry:
    with database.session() as db:
        return group_entry(load_group(db, group_id))


def add_group(database: Database, session_id: int, nickname: str,
              head_count: int | None = None, first_names: tuple[str, ...] = (), *,
              now: datetime | None = None) -> GroupEntry:
    """A new group at the end of the list, with an empty record (revision 0).

    ``first_names`` only when the librarian has turned first names on; never surnames. Undo it
    with ``remove_group``.
    """
    nickname, head_count = _nickname(nickname), _head_count(head_count)
    names, moment = _first_names(first_names), now or utc_now()
    with writing(database) as db:
        require_session(db, session_id)
        group = Group(session_id=session_id, position=_next_position(db, session_id),
                      nickname=nickname, head_count=head_count, first_names=names,
                      created_at=moment, updated_at=moment)
        group.record = GroupRecord(revision=0, updated_at=moment)
        db.add(group)
        db.flush()
        return group_entry(group)


def update_group(database: Database, group_id: int, *, nickname: str | Keep = KEEP,
                 head_count: int | None | Keep = KEEP,
                 first_names: tuple[str, ...] | Keep = KEEP, glow: str | Keep = KEEP,
                 grow: str | Keep = KEEP, now: datetime | None = None) -> GroupChange:
    """Change what is given of a group (its record is saved by records.py)."""
    values = _cleaned_details(nickname, head_count, first_names, glow, grow)
    with writing(database) as db:
        group = load_group(db, group_id)
        before = group_view(group)
        for name, value in values.items():
            setattr(group, name, value)
        group.updated_at = now or utc_now()
        db.flush()
        return GroupChange(before=before, after=group_view(group))


def rename_group(database: Database, group_id: int, nickname: str, *,
                 now: datetime | None = None) -> GroupChange:
    return update_group(database, group_id, nickname=nickname, now=now)


def revert_group_change(database: Database, change: GroupChange) -> GroupView:
    """Undo an edit: the group's nickname, head-count, first names and feedback as before."""
    with writing(database) as db:
        group = load_group(db, change.before.id)
        _copy_details(group, change.before)
        db.flush()
        return group_view(group)


def remove_group(database: Database, group_id: int) -> GroupEntry:
    """Remove a group and its record; the returned snapshot lets ``restore_group`` undo it."""
    with writing(database) as db:
        group = load_group(db, group_id)
        snapshot = group_entry(group)
        db.delete(group)
        return snapshot


def restore_group(database: Database, snapshot: GroupEntry) -> GroupEntry:
    """Put a removed group back exactly: same id, uid, place in the list, record and revision."""
    with writing(database) as db:
        return _insert(db, snapshot)


def merge_groups(database: Database, source_id: int, target_id: int, *,
                 now: datetime | None = None) -> GroupMerge:
    """Children of ``source`` joined ``target``: the target gains the source's findings, sources,
    new questions, head-count, first names and feedback, and the source is removed."""
    if source_id == target_id:
        raise GroupsNotMergeable(source_id, target_id, "same_group")
    moment = now or utc_now()
    with writing(database) as db:
        source, target = load_group(db, source_id), load_group(db, target_id)
        if source.session_id != target.session_id:
            raise GroupsNotMergeable(source_id, target_id, "different_sessions")
        source_entry, target_before = group_entry(source), group_entry(target)
        _absorb(target, source_entry, moment)
        db.delete(source)
        db.flush()
        return GroupMerge(source=source_entry, target_before=target_before,
                          target=group_entry(target))


def undo_merge(database: Database, merge: GroupMerge, *,
               now: datetime | None = None) -> GroupEntry:
    """Split a merge back: the target as it was before, the source back in its place.

    The target's record gets its old content under a new revision (revisions only go up, so an
    editor holding the merged record notices the change when it saves).
    """
    with writing(database) as db:
        target = load_group(db, merge.target.id)
        _copy_details(target, merge.target_before.group)
        _set_content(target.record, merge.target_before.record.content)
        target.record.revision += 1
        target.record.updated_at = now or utc_now()
        _insert(db, merge.source)
        db.flush()
        return group_entry(target)


def move_group(database: Database, group_id: int, to_index: int) -> GroupMove:
    """Move a group to ``to_index`` in its session's list (clamped to the list)."""
    with writing(database) as db:
        group = load_group(db, group_id)
        groups = _ordered(db, group.session_id)
        from_index = groups.index(group)
        to_index = max(0, min(to_index, len(groups) - 1))
        groups.insert(to_index, groups.pop(from_index))
        for position, row in enumerate(groups):
            if row.position != position:
                row.position = position
        return GroupMove(group_id=group_id, from_index=from_index, to_index=to_index)


def _ordered(db: Session, session_id: int) -> list[Group]:
    query = select(Group).where(Group.session_id == session_id).order_by(Group.position, Group.id)
    return list(db.scalars(query))


def _next_position(db: Session, session_id: int) -> int:
    last = db.scalar(select(func.max(Group.position)).where(Group.session_id == session_id))
    return 0 if last is None else last + 1


def _cleaned_details(nickname, head_count, first_names, glow, grow) -> dict[str, object]:
    cleaners = {"nickname": _nickname, "head_count": _head_count, "first_names": _first_names,
                "glow": lambda value: _feedback(value, "glow"),
                "grow": lambda value: _feedback(value, "grow")}
    given = {"nickname": nickname, "head_count": head_count, "first_names": first_names,
             "glow": glow, "grow": grow}
    return {name: cleaners[name](value) for name, value in given.items() if value is not KEEP}


def _copy_details(group: Group, view: GroupView) -> None:
    group.nickname, group.head_count = view.nickname, view.head_count
    group.first_names, group.glow, group.grow = view.first_names, view.glow, view.grow
    group.updated_at = view.updated_at


def _set_content(record: GroupRecord, content: RecordContent) -> None:
    record.found, record.sources = content.found, content.sources
    record.certainty = content.certainty.value if content.certainty else None
    record.new_questions = content.new_questions


def _absorb(target: Group, source: GroupEntry, moment: datetime) -> None:
    """Add ``source``'s words and children to ``target`` (validated: refused when too long)."""
    content = combine_records(record_content(target.record), source.record.content)
    counts = [count for count in (target.head_count, source.group.head_count) if count is not None]
    target.head_count = _head_count(sum(counts)) if counts else None
    target.first_names = _first_names(target.first_names + source.group.first_names)
    target.glow = _feedback(joined(target.glow, source.group.glow), "glow")
    target.grow = _feedback(joined(target.grow, source.group.grow), "grow")
    target.updated_at = moment
    _set_content(target.record, content)
    target.record.revision += 1
    target.record.updated_at = moment


def _insert(db: Session, snapshot: GroupEntry) -> GroupEntry:
    group, record = snapshot.group, snapshot.record
    require_session(db, group.session_id)
    taken = db.scalar(select(Group.id).where((Group.id == group.id) | (Group.uid == group.uid)))
    if taken is not None:
        raise GroupAlreadyExists(group.id)
    _make_room(db, group.session_id, group.position)
    row = Group(id=group.id, uid=group.uid, session_id=group.session_id,
                position=group.position, nickname=group.nickname, head_count=group.head_count,
                first_names=group.first_names, glow=group.glow, grow=group.grow,
                created_at=group.created_at, updated_at=group.updated_at)
    row.record = GroupRecord(revision=record.revision, updated_at=record.updated_at)
    _set_content(row.record, record.content)
    db.add(row)
    db.flush()
    return group_entry(row)


def _make_room(db: Session, session_id: int, position: int) -> None:
    """Shift the groups at ``position`` and after down by one, if one is there already."""
    here = select(Group.id).where(Group.session_id == session_id, Group.position == position)
    if db.scalar(here) is not None:
        db.execute(update(Group).where(Group.session_id == session_id,
                                       Group.position >= position)
                   .values(position=Group.position + 1))
