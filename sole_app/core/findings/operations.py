"""Every change the window makes to groups, notes and the reflection, each returned as a Change.

Each Change (core/changes.py) holds what it touched and puts it back with ``revert``, which
returns the change that does it again, so the window's one undo stack undoes and redoes them
all one way. ``session_id`` and ``group_ids`` say what a view must redraw.

What children type into a group's record is not a step here: records.py saves it on every pause
in typing, and a text field's own Ctrl+Z undoes typing. So that an undo never throws their
words away, two reverts refuse (UndoRefused, nothing changed) rather than lose them: undoing the
adding of a group that has findings now, and splitting a merge after the merged group was
written in. Removing a group keeps its record in the step, so undoing a removal brings it all
back.
"""

from __future__ import annotations

from dataclasses import dataclass

from sole_app.core.db import Database
from sole_app.core.findings import groups, notes, reflection
from sole_app.core.findings.data import KEEP, Keep, ReflectionData
from sole_app.core.findings.errors import UndoRefused
from sole_app.core.findings.groups import GroupChange, GroupMerge, GroupMove
from sole_app.core.findings.views import GroupEntry, GroupView, NoteView, ReflectionView


@dataclass(frozen=True)
class GroupAdded:
    """A group now in the session. Reverting removes it; ``guarded``: only while it has no
    findings (undoing an add), not when redoing a removal the librarian confirmed."""

    entry: GroupEntry
    guarded: bool = True

    @property
    def session_id(self) -> int:
        return self.entry.group.session_id

    @property
    def group_ids(self) -> tuple[int, ...]:
        return (self.entry.id,)

    def revert(self, database: Database) -> GroupRemoved:
        if self.guarded:
            current = groups.get_group(database, self.entry.id)
            if not current.record.content.is_empty:
                raise UndoRefused(current.group.nickname, "has_findings")
        return GroupRemoved(groups.remove_group(database, self.entry.id), self.guarded)


@dataclass(frozen=True)
class GroupRemoved:
    """A removed group with its record; reverting puts it back exactly."""

    snapshot: GroupEntry
    guarded: bool = False

    @property
    def session_id(self) -> int:
        return self.snapshot.group.session_id

    @property
    def group_ids(self) -> tuple[int, ...]:
        return (self.snapshot.id,)

    def revert(self, database: Database) -> GroupAdded:
        return GroupAdded(groups.restore_group(database, self.snapshot), self.guarded)


@dataclass(frozen=True)
class GroupEdited:
    """A group's nickname, head-count, first names, glow or grow, before and after."""

    before: GroupView
    after: GroupView

    @property
    def session_id(self) -> int:
        return self.after.session_id

    @property
    def group_ids(self) -> tuple[int, ...]:
        return (self.after.id,)

    def revert(self, database: Database) -> GroupEdited:
        now = groups.get_group(database, self.after.id).group
        restored = groups.revert_group_change(database, GroupChange(self.before, now))
        return GroupEdited(before=now, after=restored)


@dataclass(frozen=True)
class GroupsMerged:
    """Two groups made one; reverting splits them back, unless the merged group has been written
    in since (UndoRefused)."""

    merge: GroupMerge

    @property
    def session_id(self) -> int:
        return self.merge.target.group.session_id

    @property
    def group_ids(self) -> tuple[int, ...]:
        return (self.merge.source.id, self.merge.target.id)

    def revert(self, database: Database) -> GroupsSplit:
        now = groups.get_group(database, self.merge.target.id)
        if now.record.revision != self.merge.target.record.revision:
            raise UndoRefused(now.group.nickname, "written_since")
        groups.undo_merge(database, self.merge)
        return GroupsSplit(self.merge)


@dataclass(frozen=True)
class GroupsSplit:
    """A merge undone; reverting merges the two groups again, as they are now."""

    merge: GroupMerge

    @property
    def session_id(self) -> int:
        return self.merge.target.group.session_id

    @property
    def group_ids(self) -> tuple[int, ...]:
        return (self.merge.source.id, self.merge.target.id)

    def revert(self, database: Database) -> GroupsMerged:
        return GroupsMerged(groups.merge_groups(database, self.merge.source.id,
                                                self.merge.target.id))


@dataclass(frozen=True)
class GroupMoved:
    move: GroupMove
    session_id: int

    @property
    def group_ids(self) -> tuple[int, ...]:
        return (self.move.group_id,)

    def revert(self, database: Database) -> GroupMoved:
        back = groups.move_group(database, self.move.group_id, self.move.from_index)
        return GroupMoved(back, self.session_id)


@dataclass(frozen=True)
class NoteAdded:
    note: NoteView
    group_ids = ()

    @property
    def session_id(self) -> int:
        return self.note.session_id

    def revert(self, database: Database) -> NoteDeleted:
        return NoteDeleted(notes.delete_note(database, self.note.id))


@dataclass(frozen=True)
class NoteDeleted:
    note: NoteView
    group_ids = ()

    @property
    def session_id(self) -> int:
        return self.note.session_id

    def revert(self, database: Database) -> NoteAdded:
        return NoteAdded(notes.restore_note(database, self.note))


@dataclass(frozen=True)
class NoteEdited:
    before: NoteView
    after: NoteView
    group_ids = ()

    @property
    def session_id(self) -> int:
        return self.after.session_id

    def revert(self, database: Database) -> NoteEdited:
        change = notes.edit_note(database, self.before.id, self.before.text)
        return NoteEdited(before=change.before, after=change.after)


@dataclass(frozen=True)
class ReflectionChanged:
    """The reflection before and after a save (None: there was none)."""

    session_id: int
    before: ReflectionView | None
    after: ReflectionView | None
    group_ids = ()

    def revert(self, database: Database) -> ReflectionChanged:
        restored = reflection.restore_reflection(database, self.session_id, self.before)
        return ReflectionChanged(self.session_id, before=self.after, after=restored)


def add_group(database: Database, session_id: int, nickname: str,
              head_count: int | None = None, first_names: tuple[str, ...] = ()) -> GroupAdded:
    return GroupAdded(groups.add_group(database, session_id, nickname, head_count, first_names))


def edit_group(database: Database, group_id: int, *, nickname: str | Keep = KEEP,
               head_count: int | None | Keep = KEEP,
               first_names: tuple[str, ...] | Keep = KEEP, glow: str | Keep = KEEP,
               grow: str | Keep = KEEP) -> GroupEdited:
    """A group's details, or the review's glow and grow for it (undone all the same)."""
    change = groups.update_group(database, group_id, nickname=nickname, head_count=head_count,
                                 first_names=first_names, glow=glow, grow=grow)
    return GroupEdited(before=change.before, after=change.after)


def remove_group(database: Database, group_id: int) -> GroupRemoved:
    return GroupRemoved(groups.remove_group(database, group_id))


def merge_groups(database: Database, source_id: int, target_id: int) -> GroupsMerged:
    return GroupsMerged(groups.merge_groups(database, source_id, target_id))


def move_group(database: Database, group_id: int, to_index: int) -> GroupMoved:
    session_id = groups.get_group(database, group_id).group.session_id
    return GroupMoved(groups.move_group(database, group_id, to_index), session_id)


def add_note(database: Database, session_id: int, text: str, phase_key: str | None = None,
             seconds_into_phase: int | None = None) -> NoteAdded:
    return NoteAdded(notes.add_note(database, session_id, text, phase_key, seconds_into_phase))


def edit_note(database: Database, note_id: int, text: str) -> NoteEdited:
    change = notes.edit_note(database, note_id, text)
    return NoteEdited(before=change.before, after=change.after)


def delete_note(database: Database, note_id: int) -> NoteDeleted:
    return NoteDeleted(notes.delete_note(database, note_id))


def save_reflection(database: Database, session_id: int,
                    data: ReflectionData) -> ReflectionChanged:
    before = reflection.get_reflection(database, session_id)
    after = reflection.save_reflection(database, session_id, data)
    return ReflectionChanged(session_id, before=before, after=after)


GROUP_CHANGES = (GroupAdded, GroupRemoved, GroupEdited, GroupsMerged, GroupsSplit, GroupMoved)
NOTE_CHANGES = (NoteAdded, NoteDeleted, NoteEdited)
