"""The database opens, migrates and refuses what it must not touch."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import inspect, text

from sole_app.core.db import SCHEMA_HEAD, head_revision, open_database, read_revision
from sole_app.core.errors import DatabaseTooNew, NotADatabase


def test_a_new_file_gets_every_table_at_the_newest_schema(data_paths):
    # Given no database yet / When the app opens it
    db = open_database(data_paths.database, data_paths.backups)
    # Then the file exists, holds the question bank tables and records the head revision
    tables = set(inspect(db.engine).get_table_names())
    assert {"questions", "tags", "question_tags", "alembic_version"} <= tables
    assert read_revision(data_paths.database) == head_revision()
    db.close()


def test_an_empty_file_is_treated_as_a_new_database(data_paths):
    data_paths.database.write_bytes(b"")
    db = open_database(data_paths.database, data_paths.backups)
    assert "questions" in inspect(db.engine).get_table_names()
    db.close()


def test_wal_and_foreign_keys_are_on(database):
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_a_database_from_a_newer_version_is_refused_and_left_byte_for_byte(data_paths):
    # Given a database whose schema revision this version does not know
    open_database(data_paths.database, data_paths.backups).close()
    with sqlite3.connect(data_paths.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    before = data_paths.database.read_bytes()
    # When the app opens it / Then it is refused with a sentence naming the file
    with pytest.raises(DatabaseTooNew) as refused:
        open_database(data_paths.database, data_paths.backups)
    assert "newer version" in str(refused.value)
    assert str(data_paths.database) in str(refused.value)
    # And nothing about the file changed, and no backup was needed
    assert data_paths.database.read_bytes() == before
    assert not data_paths.backups.exists()


@pytest.mark.parametrize(
    "content",
    [b"these are a librarian's shopping notes\n", b"SQLite format 3\x00" + b"\xff" * 200],
    ids=["text file", "damaged sqlite"],
)
def test_a_file_that_is_not_a_database_is_refused_and_left_byte_for_byte(data_paths, content):
    data_paths.database.write_bytes(content)
    with pytest.raises(NotADatabase):
        open_database(data_paths.database, data_paths.backups)
    assert data_paths.database.read_bytes() == content
    assert not data_paths.database.with_name("sole.sqlite3-wal").exists()


def test_migrating_an_older_database_keeps_a_copy_first(data_paths):
    # Given a database at the first revision holding one question
    from alembic import command

    from sole_app.core import db as db_module
    from sole_app.core.engine import make_engine

    engine = make_engine(data_paths.database)
    config = db_module._alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001_question_bank")
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO questions (uid, text, language, age_min, age_max, notes, source, "
            "favourite, created_at, updated_at) VALUES ('u1', 'De ce avem nevoie de somn?', "
            "'ro', 10, 14, '', '', 0, '2026-01-01', '2026-01-01')"
        ))
    engine.dispose()
    assert head_revision() != "0001_question_bank"  # there is a migration to run
    # When the app opens it
    db = open_database(data_paths.database, data_paths.backups)
    # Then a copy from before the migration sits in backups, with the question in it
    copies = list(data_paths.backups.glob("*.sqlite3"))
    assert len(copies) == 1 and db.backup == copies[0]
    with sqlite3.connect(copies[0]) as copy:
        assert copy.execute("SELECT text FROM questions").fetchone()[0] == (
            "De ce avem nevoie de somn?"
        )
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            "0001_question_bank"
        )
    copy.close()
    db.close()


def test_opening_an_up_to_date_database_makes_no_backup(data_paths):
    open_database(data_paths.database, data_paths.backups).close()
    open_database(data_paths.database, data_paths.backups).close()
    assert not data_paths.backups.exists()


def test_the_schema_head_the_app_knows_is_alembics_head():
    # A new migration must move SCHEMA_HEAD too, or a database would open unmigrated.
    assert head_revision() == SCHEMA_HEAD


def test_a_database_at_the_head_opens_without_alembic(data_paths):
    # Given a database already migrated
    open_database(data_paths.database, data_paths.backups).close()
    # When a fresh process opens it again
    import subprocess
    import sys

    probe = ("import sys; from pathlib import Path; from sole_app.core.db import open_database; "
             "open_database(Path(sys.argv[1])).close(); "
             "print(any(name.startswith('alembic') for name in sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe, str(data_paths.database)],
                          capture_output=True, text=True, check=True)
    # Then Alembic was never imported
    assert done.stdout.strip() == "False"
