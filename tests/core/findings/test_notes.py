"""The facilitator's notes: one line each, with the phase and the time into it, in order."""

from __future__ import annotations

from datetime import timedelta

import pytest

from sole_app.core.findings import notes
from sole_app.core.findings.errors import InvalidEntry, NoteNotFound
from sole_app.core.session.errors import SessionNotFound


def test_a_note_keeps_the_phase_and_the_time_into_it(database, clock, running):
    # Given the Investigation phase has run for 12 minutes 34 seconds
    running.next_phase()
    clock.advance(12 * 60 + 34)
    # When the facilitator writes a note
    phase, seconds = notes.time_into_phase(running.snapshot())
    note = notes.add_note(database, running.session_id, "Grupul 2 a găsit un video bun",
                          phase, seconds, now=clock.now())
    # Then it is listed with its phase, the time into the phase and when it was written
    (listed,) = notes.notes_of(database, running.session_id)
    assert listed == note
    assert (listed.phase_key, listed.seconds_into_phase) == ("investigation", 754)
    assert listed.written_at == clock.now()


def test_extra_time_and_overtime_count_as_time_into_the_phase(clock, running):
    running.extend(60)
    clock.advance(6 * 60 + 10)  # 5 planned minutes, 1 extra, and 10 s of overtime
    assert notes.time_into_phase(running.snapshot()) == ("question", 370)


def test_notes_are_listed_in_the_order_they_were_written(database, clock, session_id):
    later = clock.now() + timedelta(minutes=5)
    notes.add_note(database, session_id, "A doua", "investigation", 300, now=later)
    notes.add_note(database, session_id, "Prima", "question", 30, now=clock.now())
    notes.add_note(database, session_id, "După sesiune")
    assert [note.text for note in notes.notes_of(database, session_id)] == [
        "Prima", "A doua", "După sesiune"]


def test_a_note_is_one_trimmed_line(database, session_id):
    note = notes.add_note(database, session_id, "  Ana ajută\npe toată\tlumea  ")
    assert note.text == "Ana ajută pe toată lumea" and note.phase_key is None


@pytest.mark.parametrize("text, phase, seconds", [
    ("   ", "question", 0), ("x" * 1001, None, None), ("ok", "lunch", 0), ("ok", "review", -1),
])
def test_a_note_that_breaks_a_rule_is_refused(database, session_id, text, phase, seconds):
    with pytest.raises(InvalidEntry):
        notes.add_note(database, session_id, text, phase, seconds)
    assert notes.notes_of(database, session_id) == []


def test_a_note_can_be_amended_deleted_and_put_back(database, session_id):
    note = notes.add_note(database, session_id, "Vulpile s-au certat", "investigation", 100)
    change = notes.edit_note(database, note.id, "Vulpile s-au certat, apoi s-au împăcat")
    assert change.before == note and change.after.seconds_into_phase == 100
    deleted = notes.delete_note(database, note.id)
    assert notes.notes_of(database, session_id) == []
    assert notes.restore_note(database, deleted) == change.after
    assert notes.notes_of(database, session_id) == [change.after]


def test_missing_notes_and_sessions_are_clear_errors(database):
    with pytest.raises(NoteNotFound):
        notes.delete_note(database, 404)
    with pytest.raises(SessionNotFound):
        notes.add_note(database, 404, "x")
