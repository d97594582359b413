"""A session as plain data: what ``sessions show --json`` prints and exports will reuse."""

from __future__ import annotations

import json

import pytest

from sole_app.core.findings import document, groups, notes, records, reflection
from sole_app.core.findings.data import Certainty, Objective, RecordContent, ReflectionData
from sole_app.core.session.errors import SessionNotFound


@pytest.fixture
def filled(database, clock, running):
    """A session with two groups (one with first names and a record), a note, a reflection."""
    owls = groups.add_group(database, running.session_id, "Bufnițele", 4, ("Ana", "Ion"))
    groups.add_group(database, running.session_id, "Вороны")
    records.save_record(database, owls.id, RecordContent(
        "Somnul **repară** corpul. <script>x</script>", ("https://ro.wikipedia.org/wiki/Somn",),
        Certainty.VERY_SURE, ("De ce visăm?",)))
    clock.advance(90)
    notes.add_note(database, running.session_id, "Bufnițele au găsit un video",
                   *notes.time_into_phase(running.snapshot()), now=clock.now())
    reflection.save_reflection(database, running.session_id,
                               ReflectionData(engagement=90, objective=Objective.MOSTLY))
    return running.session_id


def test_the_document_holds_the_plan_groups_records_notes_and_reflection(database, filled):
    # When a session with everything is turned into a document
    data = document.session_document(database, filled)
    # Then it has the documented shape, and it is plain JSON
    assert (data["format"], data["version"]) == ("sole-session", 1)
    assert set(data) == {"format", "version", "session", "groups", "notes", "reflection"}
    session = data["session"]
    assert session["question"] == "De ce avem nevoie de somn?"
    assert session["plan"] == {"children": 18, "computers": 5, "groups": 4}
    assert [phase["key"] for phase in session["phases"]] == ["question", "investigation",
                                                             "review"]
    assert session["started_at"].endswith("Z") and session["status"] == "running"
    owls, crows = data["groups"]
    assert (owls["nickname"], crows["nickname"]) == ("Bufnițele", "Вороны")
    assert owls["record"] == {
        "found": "Somnul **repară** corpul. <script>x</script>",
        "sources": ["https://ro.wikipedia.org/wiki/Somn"], "certainty": "very_sure",
        "new_questions": ["De ce visăm?"], "revision": 1,
        "updated_at": owls["record"]["updated_at"]}
    assert data["notes"][0]["phase"] == "question"
    assert data["notes"][0]["seconds_into_phase"] == 90
    assert data["reflection"]["engagement"] == 90
    assert data["reflection"]["objective"] == "mostly"
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data


def test_first_names_stay_out_unless_asked_for(database, filled):
    without = document.session_document(database, filled)
    assert all("first_names" not in group for group in without["groups"])
    assert "Ana" not in json.dumps(without, ensure_ascii=False)
    asked = document.session_document(database, filled, first_names=True)
    assert asked["groups"][0]["first_names"] == ["Ana", "Ion"]


def test_a_session_without_findings_has_empty_lists_and_no_reflection(database, session_id):
    data = document.session_document(database, session_id)
    assert (data["groups"], data["notes"], data["reflection"]) == ([], [], None)


def test_a_missing_session_is_a_clear_error(database):
    with pytest.raises(SessionNotFound):
        document.session_document(database, 404)


def test_sessions_are_summarised_newest_first_with_their_group_counts(database, clock, filled):
    from sole_app.core.session import runner as sessions
    from tests.core.findings.conftest import PLAN

    clock.advance(3600)
    newer = sessions.start_session(database, clock, "Alta întrebare?", PLAN).session_id
    summaries = document.session_summaries(database)
    assert [(summary.id, summary.groups, summary.status) for summary in summaries] == [
        (newer, 0, "running"), (filled, 2, "finished")]
