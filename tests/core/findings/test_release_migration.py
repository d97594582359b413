"""A librarian's database from release 0.1.0 opens, migrates to the findings schema and keeps
everything: the bank, its imported questions, a finished session and a running one.

The file was made by the 0.1.0 code before this migration existed (tests/data/README.md).
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from sole_app.core.bank.search import SearchFilters, search
from sole_app.core.clock import FakeClock
from sole_app.core.db import head_revision, open_database, read_revision
from sole_app.core.findings import groups
from sole_app.core.session import runner as sessions

RELEASE = Path(__file__).parents[2] / "data" / "release-0.1.0.sqlite3"
KEPT_TABLES = {
    "questions": "id", "tags": "id", "question_tags": "question_id, tag_id",
    "bank_state": "key", "sessions": "id", "session_phases": "id",
}
PACK_UIDS = ("0b6f2a4e-1c3d-4e5f-8a9b-000000000001", "0b6f2a4e-1c3d-4e5f-8a9b-000000000002",
             "0b6f2a4e-1c3d-4e5f-8a9b-000000000003")


def table_rows(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table the release had, read with plain SQLite (read-only)."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return {table: connection.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
                for table, order in KEPT_TABLES.items()}
    finally:
        connection.close()


@pytest.fixture
def release_copy(data_paths) -> Path:
    """A copy of the release's database as the librarian's data folder holds it."""
    shutil.copyfile(RELEASE, data_paths.database)
    return data_paths.database


@pytest.fixture
def release_rows(tmp_path) -> dict[str, list[tuple]]:
    """The release's rows, read from a copy: even a read-only open of a WAL database leaves
    -wal and -shm files beside it, and the committed file must stay alone."""
    copy = tmp_path / "untouched-release.sqlite3"
    shutil.copyfile(RELEASE, copy)
    return table_rows(copy)


def test_the_fixture_is_what_the_release_made(release_copy, release_rows):
    # The test below is only worth something if the file holds what the README says
    assert read_revision(release_copy) == "0002_sessions"
    assert len(release_rows["questions"]) == 216
    assert {row[1] for row in release_rows["questions"]} >= set(PACK_UIDS)
    statuses = [(row[0], row[7]) for row in release_rows["sessions"]]
    assert statuses == [(1, "finished"), (2, "finished"), (3, "running")]
    assert len(release_rows["session_phases"]) == 9


def test_the_release_database_migrates_and_keeps_every_row(release_copy, release_rows,
                                                           data_paths):
    # Given the librarian's database from 0.1.0 / When the new version opens it
    database = open_database(release_copy, data_paths.backups)
    try:
        # Then it is at the newest schema, with a backup of the old file made first
        assert read_revision(release_copy) == head_revision() != "0002_sessions"
        assert database.backup is not None and table_rows(database.backup) == release_rows
        # And every question, tag, link, session and phase is there with the same values
        assert table_rows(release_copy) == release_rows
        # And the imported questions are still found by search, diacritics ignored
        found = search(database, "energia", SearchFilters(language="ro")).rows
        assert [row.text for row in found] == [
            "Ar putea un sat să trăiască doar cu energia pe care o produce singur?"]
        assert len(search(database, "деревня").rows) == 1
        # And the finished sessions take groups now
        assert groups.list_groups(database, 2) == []
        groups.add_group(database, 2, "Bufnițele")
    finally:
        database.close()


def test_the_running_session_of_the_release_still_resumes(release_copy, data_paths):
    # Given the release's running session, saved with 119.99 s left of its Question phase
    connection = sqlite3.connect(release_copy)
    remaining, saved_at = connection.execute(
        "SELECT remaining_seconds, saved_at FROM sessions WHERE id = 3").fetchone()
    connection.close()
    clock = FakeClock(start=datetime.fromisoformat(saved_at).replace(tzinfo=UTC)
                      + timedelta(seconds=30))
    # When the new version opens the database 30 seconds after that save
    database = open_database(release_copy, data_paths.backups)
    try:
        offer = sessions.find_resumable(database, clock)
        # Then it offers that session, 30 seconds further on, and resumes it running
        assert (offer.session_id, offer.phase_key, offer.paused) == (3, "question", False)
        assert offer.remaining_seconds == pytest.approx(remaining - 30)
        runner = sessions.resume(database, clock, 3)
        snapshot = runner.snapshot()
        assert snapshot.question.startswith("Может ли деревня")
        assert snapshot.remaining_seconds == pytest.approx(remaining - 30)
        assert not snapshot.paused and not snapshot.finished
    finally:
        database.close()
