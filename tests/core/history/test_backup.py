"""A JSON backup brings sessions back on another computer whole, and never twice."""

from __future__ import annotations

import json

import pytest

from sole_app.core.bank import store as bank
from sole_app.core.bank.question_data import QuestionData
from sole_app.core.db import open_database
from sole_app.core.exports.report import ExportOptions
from sole_app.core.exports.run import export_sessions
from sole_app.core.history import operations
from sole_app.core.history.backup import full_document
from sole_app.core.history.listing import list_sessions, matching_ids
from sole_app.core.paths import DataPaths
from sole_app.core.session import runner as sessions
from tests.full_session import PLAN, make_full_session

VOLATILE = {"id", "question_id"}  # this database's own numbers


def comparable(document: dict) -> dict:
    """A document without the numbers each database gives its own rows."""
    def strip(value):
        if isinstance(value, dict):
            return {key: strip(item) for key, item in value.items() if key not in VOLATILE}
        if isinstance(value, list):
            return [strip(item) for item in value]
        return value

    return strip(document)


@pytest.fixture
def other_computer(tmp_path):
    """A second, fresh data folder, as on the library's other laptop."""
    paths = DataPaths(tmp_path / "other").ensure()
    database = open_database(paths.database, paths.backups)
    yield database
    database.close()


def test_a_backup_round_trips_across_two_fresh_databases(database, clock, full_session,
                                                         other_computer, tmp_path):
    # Given a backup of two sessions, first names included
    second = make_full_session(database, clock, "Вторая сессия?")
    backup = tmp_path / "backup.json"
    export_sessions(database, [full_session, second], "json", backup,
                    ExportOptions(first_names=True))
    # When it is imported on the other computer
    change = operations.import_file(other_computer, backup)
    # Then both sessions are there exactly, findings, notes, reflection and first names alike
    assert (change.added, change.duplicates) == (2, 0)
    for original_id, copy_id in zip((full_session, second), change.added_ids, strict=True):
        original = full_document(database, original_id, first_names=True)
        copy = full_document(other_computer, copy_id, first_names=True)
        assert comparable(copy) == comparable(original)
    assert copy["groups"][0]["first_names"] == ["Ana", "Ștefan"]
    # And they are found by search there too
    assert matching_ids(other_computer, "turbină") == list(change.added_ids)


def test_importing_twice_adds_nothing_the_second_time(database, full_session,
                                                      other_computer, tmp_path):
    backup = tmp_path / "backup.json"
    export_sessions(database, [full_session], "json", backup, ExportOptions())
    operations.import_file(other_computer, backup)
    again = operations.import_file(other_computer, backup)
    assert (again.added, again.duplicates) == (0, 1)
    assert len(list_sessions(other_computer)) == 1
    # Importing into the database it came from adds nothing either
    assert operations.import_file(database, backup).added == 0


def test_an_import_is_undone_and_redone(database, full_session, other_computer, tmp_path):
    backup = tmp_path / "backup.json"
    export_sessions(database, [full_session], "json", backup, ExportOptions())
    change = operations.import_file(other_computer, backup)
    undone = change.revert(other_computer)
    assert list_sessions(other_computer) == [] and matching_ids(other_computer, "turbină") == []
    redone = undone.revert(other_computer)
    assert redone.added == 1 and len(list_sessions(other_computer)) == 1


def test_the_question_links_to_the_bank_and_keeps_its_language_and_tags(
        database, clock, other_computer, tmp_path):
    # Given a session from a bank question that the other computer's bank has too
    data = QuestionData("De ce visăm?", "ro", ("somn",),
                        uid="5a1c3f7e-0000-4000-8000-00000000000a")
    here = bank.add_question(database, data)
    there = bank.add_question(other_computer, data)
    session = make_full_session(database, clock, "De ce visăm?", question_id=here.id)
    backup = tmp_path / "backup.json"
    export_sessions(database, [session], "json", backup, ExportOptions())
    # When it is imported there
    (copy_id,) = operations.import_file(other_computer, backup).added_ids
    # Then it links to that question, with the language and tags it had
    copy = full_document(other_computer, copy_id)["session"]
    assert (copy["question_id"], copy["language"], copy["tags"]) == (there.id, "ro", ["somn"])


def test_first_names_stay_out_of_a_backup_unless_asked_for(database, full_session, tmp_path):
    backup = tmp_path / "backup.json"
    export_sessions(database, [full_session], "json", backup, ExportOptions())
    text = backup.read_text(encoding="utf-8")
    assert "Ștefan" not in text and "Дмитрий" not in text and "first_names" not in text


def test_a_running_session_from_elsewhere_is_imported_as_finished(database, clock,
                                                                  other_computer, tmp_path):
    running = sessions.start_session(database, clock, "Încă rulează?", PLAN)
    backup = tmp_path / "backup.json"
    export_sessions(database, [running.session_id], "json", backup, ExportOptions())
    assert json.loads(backup.read_text(encoding="utf-8"))["session"]["status"] == "running"
    operations.import_file(other_computer, backup)
    assert sessions.find_resumable(other_computer, clock) is None
    assert list_sessions(other_computer)[0].status == "finished"

