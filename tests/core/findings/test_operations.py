"""Changes to groups, notes and the reflection undo and redo exactly, and never lose typed words."""

from __future__ import annotations

import pytest

from sole_app.core.findings import groups, notes, operations, reflection
from sole_app.core.findings.data import Certainty, Objective, RecordContent, ReflectionData
from sole_app.core.findings.errors import UndoRefused
from sole_app.core.findings.records import save_record
from sole_app.core.session import runner as sessions
from tests.core.findings.conftest import PLAN


def nicknames(database, session_id) -> list[str]:
    return [entry.group.nickname for entry in groups.list_groups(database, session_id)]


def test_adding_a_group_undoes_and_redoes_with_the_same_group(database, session_id):
    # Given a group added through an operation
    added = operations.add_group(database, session_id, "Bufnițele", head_count=4)
    assert added.session_id == session_id and added.group_ids == (added.entry.id,)
    # When it is undone, Then it is gone; When redone, Then it is back with its id and uid
    removed = added.revert(database)
    assert nicknames(database, session_id) == []
    again = removed.revert(database)
    assert again.entry.group.uid == added.entry.group.uid
    assert nicknames(database, session_id) == ["Bufnițele"]


def test_undoing_the_adding_of_a_group_that_has_findings_is_refused(database, session_id):
    # Given a group added, then written in by its children
    added = operations.add_group(database, session_id, "Vulpile")
    save_record(database, added.entry.id, RecordContent(found="Somnul repară corpul."), 0)
    # When the librarian undoes the adding, Then it is refused by name and nothing is lost
    with pytest.raises(UndoRefused) as refused:
        added.revert(database)
    assert "Vulpile" in refused.value.sentence()
    assert groups.get_group(database, added.entry.id).record.content.found == (
        "Somnul repară corpul.")


def test_a_removed_group_comes_back_with_its_findings_and_goes_again_on_redo(database,
                                                                            session_id):
    entry = groups.add_group(database, session_id, "Lupii")
    save_record(database, entry.id, RecordContent(found="Visăm în faza REM.",
                                                  certainty=Certainty.VERY_SURE), 0)
    # When the group is removed and the removal undone
    removed = operations.remove_group(database, entry.id)
    assert nicknames(database, session_id) == []
    restored = removed.revert(database)
    # Then it is back with every word; and redoing the removal needs no findings check
    back = groups.get_group(database, entry.id)
    assert back.record.content.found == "Visăm în faza REM."
    restored.revert(database)
    assert nicknames(database, session_id) == []


def test_a_rename_and_a_head_count_undo_and_redo(database, session_id):
    entry = groups.add_group(database, session_id, "Bufnițele", head_count=3)
    edited = operations.edit_group(database, entry.id, nickname="Bufnițele istețe", head_count=5)
    undone = edited.revert(database)
    assert groups.get_group(database, entry.id).group.nickname == "Bufnițele"
    assert groups.get_group(database, entry.id).group.head_count == 3
    undone.revert(database)
    assert groups.get_group(database, entry.id).group.head_count == 5


def test_a_merge_splits_back_and_merges_again(database, session_id):
    # Given two groups, each with findings, merged
    owls = groups.add_group(database, session_id, "Bufnițele", head_count=2)
    foxes = groups.add_group(database, session_id, "Vulpile", head_count=3)
    save_record(database, owls.id, RecordContent(found="Somnul."), 0)
    save_record(database, foxes.id, RecordContent(found="Visele."), 0)
    merged = operations.merge_groups(database, owls.id, foxes.id)
    assert set(merged.group_ids) == {owls.id, foxes.id}
    assert nicknames(database, session_id) == ["Vulpile"]
    # When undone, Then both groups are back with their own words
    split = merged.revert(database)
    assert nicknames(database, session_id) == ["Bufnițele", "Vulpile"]
    assert groups.get_group(database, owls.id).record.content.found == "Somnul."
    assert groups.get_group(database, foxes.id).record.content.found == "Visele."
    # When redone, Then they are one group again with both texts
    split.revert(database)
    assert groups.get_group(database, foxes.id).group.head_count == 5
    assert "Somnul." in groups.get_group(database, foxes.id).record.content.found


def test_a_merge_written_in_since_is_not_split_back(database, session_id):
    owls = groups.add_group(database, session_id, "Bufnițele")
    foxes = groups.add_group(database, session_id, "Vulpile")
    merged = operations.merge_groups(database, owls.id, foxes.id)
    target = merged.merge.target.record
    save_record(database, foxes.id, RecordContent(found="Scris după unire."), target.revision,
                target.content)
    with pytest.raises(UndoRefused) as refused:
        merged.revert(database)
    assert refused.value.reason == "written_since"
    assert groups.get_group(database, foxes.id).record.content.found == "Scris după unire."
    assert nicknames(database, session_id) == ["Vulpile"]


def test_moving_a_group_moves_it_back(database, session_id):
    for name in ("A", "B", "C"):
        groups.add_group(database, session_id, name)
    c = groups.list_groups(database, session_id)[2]
    moved = operations.move_group(database, c.id, 0)
    assert nicknames(database, session_id) == ["C", "A", "B"]
    again = moved.revert(database)
    assert nicknames(database, session_id) == ["A", "B", "C"]
    again.revert(database)
    assert nicknames(database, session_id) == ["C", "A", "B"]


def test_notes_add_edit_and_delete_undo_and_redo(database, session_id):
    added = operations.add_note(database, session_id, "Grupul 2 lucrează bine.",
                                "investigation", 90)
    edited = operations.edit_note(database, added.note.id, "Grupul 2 lucrează foarte bine.")
    edited.revert(database)
    assert [note.text for note in notes.notes_of(database, session_id)] == [
        "Grupul 2 lucrează bine."]
    deleted = operations.delete_note(database, added.note.id)
    assert notes.notes_of(database, session_id) == []
    restored = deleted.revert(database)
    (note,) = notes.notes_of(database, session_id)
    assert (note.phase_key, note.seconds_into_phase) == ("investigation", 90)
    restored.revert(database)
    assert notes.notes_of(database, session_id) == []


def test_a_reflection_save_undoes_to_none_and_then_to_the_earlier_answers(database, session_id):
    first = operations.save_reflection(database, session_id, ReflectionData(children=12))
    second = operations.save_reflection(
        database, session_id, ReflectionData(children=14, objective=Objective.MOSTLY))
    # When the second save is undone, Then the first answers are back exactly
    redo = second.revert(database)
    assert reflection.get_reflection(database, session_id) == first.after
    # When redone, Then the second answers are back
    redo.revert(database)
    assert reflection.get_reflection(database, session_id).data.objective == Objective.MOSTLY
    # When the first save is undone too, Then there is no reflection
    redo.revert(database)
    first.revert(database)
    assert reflection.get_reflection(database, session_id) is None


def test_the_latest_session_is_the_last_started_never_a_planned_one(database, clock):
    from sole_app.core.session import planned

    assert reflection.latest_session(database) is None
    older = sessions.start_session(database, clock, "Q1", PLAN)
    older.finish()
    clock.advance(3600)
    newer = sessions.start_session(database, clock, "Q2", PLAN)
    newer.finish()
    planned.plan_session(database, clock)
    assert reflection.latest_session(database) == newer.session_id
