"""The reflection after a session: validated, prefilled from the plan and groups, amendable."""

from __future__ import annotations

import pytest

from sole_app.core.findings import groups, reflection
from sole_app.core.findings.data import (
    Agreements,
    Objective,
    ReflectionData,
    Thinking,
)
from sole_app.core.findings.errors import InvalidEntry

FILLED = ReflectionData(
    children=15, computers=4, groups=4, objective=Objective.MOSTLY,
    objective_why="Au găsit de ce dormim,\ndar nu și de ce visăm.", thinking=Thinking.STRATEGIC,
    engagement=90, collaboration=75, technology=60, communication=100,
    agreements=Agreements.PARTLY, change_next_time="Mai mult timp pentru prezentări.",
    notes="Всё прошло хорошо.",
)


def test_a_reflection_is_saved_read_back_and_amended(database, session_id):
    # Given no reflection yet
    assert reflection.get_reflection(database, session_id) is None
    # When the facilitator fills it in
    saved = reflection.save_reflection(database, session_id, FILLED)
    # Then it reads back exactly
    assert reflection.get_reflection(database, session_id).data == FILLED == saved.data
    # When she reopens it later and amends it
    assert reflection.reflection_to_edit(database, session_id) == FILLED
    amended = reflection.save_reflection(
        database, session_id, ReflectionData(**{**FILLED.__dict__, "engagement": 80}))
    # Then the change is kept, with its first creation time
    assert reflection.get_reflection(database, session_id).data.engagement == 80
    assert amended.created_at == saved.created_at


def test_choices_may_be_given_as_their_stored_words(database, session_id):
    data = ReflectionData(objective="fully", thinking="extended", agreements="yes")
    stored = reflection.save_reflection(database, session_id, data).data
    assert (stored.objective, stored.thinking, stored.agreements) == (
        Objective.FULLY, Thinking.EXTENDED, Agreements.YES)


@pytest.mark.parametrize("field, value, reason", [
    ("engagement", 101, "out_of_range"), ("collaboration", -1, "out_of_range"),
    ("technology", 50.5, "not_a_whole_number"), ("communication", True, "not_a_whole_number"),
    ("children", 1000, "out_of_range"), ("objective", "perfect", "not_a_choice"),
    ("thinking", "deep", "not_a_choice"), ("notes", "x" * 20_001, "too_long"),
])
def test_a_value_out_of_range_is_refused_and_nothing_is_saved(database, session_id, field,
                                                              value, reason):
    with pytest.raises(InvalidEntry) as refused:
        reflection.save_reflection(database, session_id,
                                   ReflectionData(**{**FILLED.__dict__, field: value}))
    assert (refused.value.field, refused.value.reason) == (field, reason)
    assert reflection.get_reflection(database, session_id) is None


def test_101_percent_is_refused_in_a_plain_sentence(database, session_id):
    with pytest.raises(InvalidEntry) as refused:
        reflection.save_reflection(database, session_id, ReflectionData(engagement=101))
    assert str(refused.value) == "Engagement must be from 0 to 100, not 101."


def test_the_counts_are_prefilled_from_the_groups_head_counts(database, session_id):
    # Given a session planned for 18 children, 5 computers and 4 groups, where 3 groups formed
    groups.add_group(database, session_id, "A", head_count=4)
    groups.add_group(database, session_id, "B", head_count=5)
    groups.add_group(database, session_id, "C")
    # Then the reflection offers 9 children (the head-counts given), the plan's 5 computers and
    # the 3 groups recorded
    prefill = reflection.reflection_to_edit(database, session_id)
    assert (prefill.children, prefill.computers, prefill.groups) == (9, 5, 3)
    assert prefill.objective is None and prefill.notes == ""


def test_without_groups_the_counts_come_from_the_plan(database, session_id):
    prefill = reflection.prefill_reflection(database, session_id)
    assert (prefill.children, prefill.computers, prefill.groups) == (18, 5, 4)
