"""Groups in a session: add, rename, remove, merge and reorder them, and undo each exactly."""

from __future__ import annotations

import pytest

from sole_app.core.findings import groups
from sole_app.core.findings.data import Certainty, RecordContent
from sole_app.core.findings.errors import (
    GroupAlreadyExists,
    GroupNotFound,
    GroupsNotMergeable,
    InvalidEntry,
)
from sole_app.core.findings.records import save_record
from sole_app.core.session import runner as sessions
from sole_app.core.session.errors import SessionNotFound
from tests.core.findings.conftest import PLAN


def nicknames(database, session_id) -> list[str]:
    return [entry.group.nickname for entry in groups.list_groups(database, session_id)]


def test_groups_are_listed_in_the_order_they_were_added_with_an_empty_record(
        database, session_id):
    # Given a running session / When the librarian adds three groups
    first = groups.add_group(database, session_id, "  Bufnițele ", head_count=4)
    groups.add_group(database, session_id, "Вороны")
    groups.add_group(database, session_id, "Vulpile")
    # Then they are listed in that order, trimmed, each with an empty record at revision 0
    assert nicknames(database, session_id) == ["Bufnițele", "Вороны", "Vulpile"]
    assert first.group.head_count == 4 and first.group.first_names == ()
    assert first.record.content == RecordContent() and first.record.revision == 0
    assert len(first.group.uid) == 36


def test_first_names_are_kept_in_order_without_blanks(database, session_id):
    # Given first names turned on / When a group is added with first names
    entry = groups.add_group(database, session_id, "Bufnițele", first_names=["Ana", " ", "Ion "])
    # Then the names are stored trimmed, blanks left out
    assert groups.get_group(database, entry.id).group.first_names == ("Ana", "Ion")


@pytest.mark.parametrize("nickname, reason", [
    ("", "empty"), ("   \n ", "empty"), ("x" * 61, "too_long"), (None, "empty"), (7, "not_text"),
])
def test_a_group_needs_a_short_nickname(database, session_id, nickname, reason):
    with pytest.raises(InvalidEntry) as refused:
        groups.add_group(database, session_id, nickname)
    assert (refused.value.field, refused.value.reason) == ("nickname", reason)
    assert "group's name" in str(refused.value)
    assert groups.list_groups(database, session_id) == []


@pytest.mark.parametrize("head_count", [-1, 100, 2.5, True, "4"])
def test_a_head_count_is_a_whole_number_from_0_to_99(database, session_id, head_count):
    with pytest.raises(InvalidEntry) as refused:
        groups.add_group(database, session_id, "Vulpile", head_count=head_count)
    assert refused.value.field == "head_count"


def test_a_group_needs_an_existing_session(database):
    with pytest.raises(SessionNotFound):
        groups.add_group(database, 404, "Vulpile")


def test_renaming_can_be_undone(database, session_id):
    # Given a group
    entry = groups.add_group(database, session_id, "Vulpile", head_count=3)
    # When it is renamed
    change = groups.rename_group(database, entry.id, "Vulpițele")
    # Then the new name is stored, and the change knows the old one
    assert nicknames(database, session_id) == ["Vulpițele"]
    assert change.before.nickname == "Vulpile" and change.after.nickname == "Vulpițele"
    # When the rename is undone / Then the group is exactly as before
    assert groups.revert_group_change(database, change) == entry.group
    assert groups.get_group(database, entry.id).group == entry.group


def test_head_count_first_names_and_feedback_change_together_and_revert(database, session_id):
    entry = groups.add_group(database, session_id, "Vulpile")
    change = groups.update_group(database, entry.id, head_count=5, first_names=("Maria",),
                                 glow="Au citit surse bune", grow="Să verifice datele")
    after = groups.get_group(database, entry.id).group
    assert (after.head_count, after.first_names) == (5, ("Maria",))
    assert (after.glow, after.grow) == ("Au citit surse bune", "Să verifice datele")
    groups.revert_group_change(database, change)
    assert groups.get_group(database, entry.id).group == entry.group


def test_removing_a_group_can_be_undone_with_the_same_id_place_and_record(database, session_id):
    # Given three groups, the middle one with a saved record
    groups.add_group(database, session_id, "A")
    middle = groups.add_group(database, session_id, "B", head_count=4, first_names=("Ana",))
    groups.add_group(database, session_id, "C")
    save_record(database, middle.id, RecordContent("Am găsit", ("wiki",), Certainty.VERY_SURE))
    before = groups.get_group(database, middle.id)
    # When it is removed
    snapshot = groups.remove_group(database, middle.id)
    assert nicknames(database, session_id) == ["A", "C"]
    # And another group is added meanwhile (it never takes the removed id)
    added = groups.add_group(database, session_id, "D")
    assert added.id != middle.id
    # When the removal is undone
    restored = groups.restore_group(database, snapshot)
    # Then the group is back where it was, exactly as it was
    assert restored == before == snapshot
    assert nicknames(database, session_id) == ["A", "B", "C", "D"]


def test_a_removed_group_is_not_put_back_twice(database, session_id):
    snapshot = groups.remove_group(database, groups.add_group(database, session_id, "A").id)
    groups.restore_group(database, snapshot)
    with pytest.raises(GroupAlreadyExists):
        groups.restore_group(database, snapshot)


def test_a_removed_group_comes_back_in_its_place_after_the_list_was_reordered(
        database, session_id):
    a, b, c = (groups.add_group(database, session_id, name).id for name in "ABC")
    snapshot = groups.remove_group(database, b)
    groups.move_group(database, c, 0)  # C A, positions renumbered 0 1
    groups.restore_group(database, snapshot)  # B had position 1
    assert nicknames(database, session_id) == ["C", "B", "A"]


def test_merging_gives_the_target_everything_of_the_other_group(database, session_id):
    # Given two groups that both wrote something
    source = groups.add_group(database, session_id, "Vulpile", head_count=2,
                              first_names=("Ana", "Ion"))
    target = groups.add_group(database, session_id, "Bufnițele", head_count=3,
                              first_names=("Ana",))
    save_record(database, source.id, RecordContent(
        "Somnul repară corpul.", ("https://ro.wikipedia.org/wiki/Somn", "manualul"), None,
        ("De ce visăm?",)))
    save_record(database, target.id, RecordContent(
        "Creierul se odihnește.", ("manualul",), Certainty.FAIRLY_SURE, ("Cât dorm animalele?",)))
    # When the children of the first join the second
    merge = groups.merge_groups(database, source.id, target.id)
    # Then one group is left, holding both texts, every source and question once, all children
    (left,) = groups.list_groups(database, session_id)
    assert left == merge.target and left.id == target.id
    record = left.record.content
    assert record.found == "Creierul se odihnește.\n\nSomnul repară corpul."
    assert record.sources == ("manualul", "https://ro.wikipedia.org/wiki/Somn")
    assert record.new_questions == ("Cât dorm animalele?", "De ce visăm?")
    assert record.certainty == Certainty.FAIRLY_SURE
    assert left.group.head_count == 5 and left.group.first_names == ("Ana", "Ana", "Ion")
    assert left.record.revision == 2


def test_a_merge_can_be_undone(database, session_id):
    source = groups.add_group(database, session_id, "Vulpile", head_count=2)
    target = groups.add_group(database, session_id, "Bufnițele")
    save_record(database, source.id, RecordContent("Somnul repară corpul."))
    source_before = groups.get_group(database, source.id)
    merge = groups.merge_groups(database, source.id, target.id)
    # When the merge is undone
    target_after = groups.undo_merge(database, merge)
    # Then both groups are as they were, except that the target's revision moved on
    assert groups.get_group(database, source.id) == source_before
    assert target_after.group == target.group
    assert target_after.record.content == target.record.content
    assert target_after.record.revision > merge.target.record.revision
    assert nicknames(database, session_id) == ["Vulpile", "Bufnițele"]


def test_a_group_is_not_merged_into_itself_or_into_another_session(database, clock, session_id):
    a = groups.add_group(database, session_id, "A")
    with pytest.raises(GroupsNotMergeable) as same:
        groups.merge_groups(database, a.id, a.id)
    assert same.value.reason == "same_group"
    other_session = sessions.start_session(database, clock, "Alta?", PLAN).session_id
    b = groups.add_group(database, other_session, "B")
    with pytest.raises(GroupsNotMergeable) as apart:
        groups.merge_groups(database, a.id, b.id)
    assert apart.value.reason == "different_sessions"
    assert groups.get_group(database, a.id) == a and groups.get_group(database, b.id) == b


def test_a_merge_that_would_be_too_long_is_refused_and_changes_nothing(database, session_id):
    source = groups.add_group(database, session_id, "A")
    target = groups.add_group(database, session_id, "B")
    save_record(database, source.id, RecordContent("x" * 60_000))
    save_record(database, target.id, RecordContent("y" * 60_000))
    with pytest.raises(InvalidEntry) as refused:
        groups.merge_groups(database, source.id, target.id)
    assert refused.value.field == "found" and refused.value.reason == "too_long"
    assert len(groups.list_groups(database, session_id)) == 2


def test_moving_a_group_reorders_the_list_and_moving_back_undoes_it(database, session_id):
    ids = [groups.add_group(database, session_id, name).id for name in "ABCD"]
    move = groups.move_group(database, ids[3], 1)
    assert nicknames(database, session_id) == ["A", "D", "B", "C"]
    assert (move.from_index, move.to_index) == (3, 1)
    groups.move_group(database, move.group_id, move.from_index)
    assert nicknames(database, session_id) == ["A", "B", "C", "D"]
    assert groups.move_group(database, ids[0], 99).to_index == 3


def test_a_missing_group_is_a_clear_error(database, session_id):
    with pytest.raises(GroupNotFound) as missing:
        groups.rename_group(database, 404, "X")
    assert "no longer in the session" in str(missing.value)
