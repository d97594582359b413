"""Deleting a session leaves nothing of it: no row in any table, no word in the search index,
and no bytes of its words in the database file."""

from __future__ import annotations

import sqlite3

import pytest

from sole_app.core.findings import groups, notes, records
from sole_app.core.findings.data import RecordContent
from sole_app.core.history import deletion
from sole_app.core.history.listing import list_sessions, matching_ids
from tests.full_session import make_full_session

SECRET = "Zvârcolitulqwx"  # a word only the deleted session has (folded: zvarcolitulqwx)
SESSION_TABLES = {"sessions": "id", "session_phases": "session_id",
                  "session_groups": "session_id", "session_notes": "session_id",
                  "session_reflections": "session_id", "session_labels": "session_id"}


@pytest.fixture
def two_sessions(database, clock):
    """The session to delete, whose words include SECRET, and one to keep."""
    doomed = make_full_session(database, clock, f"Ce este un {SECRET}?")
    owls = groups.list_groups(database, doomed)[0]
    records.save_record(database, owls.id, RecordContent(f"Un {SECRET} e rar."))
    notes.add_note(database, doomed, f"Nota despre {SECRET}", None, None)
    kept = make_full_session(database, clock)
    return doomed, kept


def rows_of(connection, session_id: int) -> dict[str, int]:
    counts = {table: connection.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?",
                                        (session_id,)).fetchone()[0]
              for table, column in SESSION_TABLES.items()}
    counts["group_records"] = connection.execute(
        "SELECT count(*) FROM group_records WHERE group_id NOT IN "
        "(SELECT id FROM session_groups)").fetchone()[0]
    return counts


def file_bytes(data_paths) -> bytes:
    folder = data_paths.database.parent
    return b"".join(path.read_bytes() for path in folder.glob(data_paths.database.name + "*"))


def test_deleting_a_session_leaves_no_row_in_any_table(database, data_paths, two_sessions):
    doomed, kept = two_sessions
    # When the librarian deletes the session
    assert deletion.delete_sessions(database, [doomed]) == 1
    # Then no table has a row of it, and the other session is whole
    connection = sqlite3.connect(data_paths.database)
    try:
        assert set(rows_of(connection, doomed).values()) == {0}
        assert rows_of(connection, kept)["session_groups"] == 3
    finally:
        connection.close()
    assert [row.id for row in list_sessions(database)] == [kept]


def test_the_search_index_forgets_a_deleted_session(database, data_paths, two_sessions):
    doomed, kept = two_sessions
    assert matching_ids(database, SECRET) == [doomed]
    deletion.delete_sessions(database, [doomed])
    # A search for its word finds nothing, the index is sound, and its vocabulary lacks the word
    assert matching_ids(database, SECRET) == []
    assert matching_ids(database, "trăiască") == [kept]
    connection = sqlite3.connect(data_paths.database)
    try:
        words, shadow, content = set(), b"", []
        for index in ("sessions_fts", "groups_fts"):
            connection.execute(f"INSERT INTO {index}({index}) VALUES ('integrity-check')")
            connection.execute(f"CREATE VIRTUAL TABLE temp.{index}_words USING "
                               f"fts5vocab(main, '{index}', 'row')")
            words |= {row[0] for row in connection.execute(
                f"SELECT term FROM temp.{index}_words")}
            shadow += b"".join(bytes(row[0] or b"") for row in connection.execute(
                f"SELECT block FROM {index}_data"))
            content += list(connection.execute(f"SELECT * FROM {index}_content"))
    finally:
        connection.close()
    assert "traiasca" in words and "turbina" in words and "zvarcolitulqwx" not in words
    assert b"zvarcolitulqwx" not in shadow
    assert all(SECRET not in str(row) for row in content) and content


def test_no_byte_of_its_words_stays_in_the_database_file(database, data_paths, two_sessions):
    # Deleted rows leave their bytes in free pages unless overwritten: secure_delete zeroes them
    doomed, _kept = two_sessions
    before = file_bytes(data_paths)
    assert SECRET.encode() in before or b"zvarcolitulqwx" in before
    deletion.delete_sessions(database, [doomed])
    after = file_bytes(data_paths)
    for trace in (SECRET.encode(), b"zvarcolitulqwx", b"Nota despre"):
        assert trace not in after


def test_deleting_nothing_or_a_missing_session_changes_nothing(database, two_sessions):
    assert deletion.delete_sessions(database, []) == 0
    assert deletion.delete_sessions(database, [999]) == 0
    assert len(list_sessions(database)) == 2
