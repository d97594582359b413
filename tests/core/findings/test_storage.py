"""The findings tables: made by the migration as the models say, and gone with their session."""

from __future__ import annotations

import sqlite3

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from sole_app.core.findings import groups, notes, records, reflection
from sole_app.core.findings.data import RecordContent, ReflectionData
from sole_app.core.schema import Base

TABLES = ("session_groups", "group_records", "session_notes", "session_reflections")


def test_the_migration_makes_the_tables_the_models_describe(database):
    # Given a database migrated to the newest schema / When it is compared with the models
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = [diff for diff in compare_metadata(context, Base.metadata)
                       if any(table in repr(diff) for table in TABLES)]
    # Then nothing differs
    assert differences == []


def test_deleting_a_session_leaves_nothing_of_it(database, data_paths, session_id):
    # Given a session with two groups and their records, a note and a reflection
    first = groups.add_group(database, session_id, "Bufnițele", first_names=("Ana",))
    groups.add_group(database, session_id, "Вороны")
    records.save_record(database, first.id, RecordContent("Am găsit", ("wiki",)))
    notes.add_note(database, session_id, "Notă", "question", 10)
    reflection.save_reflection(database, session_id, ReflectionData(engagement=50))
    database.close()
    # When the session row is deleted with plain SQL, foreign keys on (as any tool would)
    connection = sqlite3.connect(data_paths.database)
    connection.execute("PRAGMA foreign_keys=ON")
    with connection:
        connection.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
    # Then no row of any findings table remains
    counts = {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
              for table in TABLES}
    connection.close()
    assert counts == dict.fromkeys(TABLES, 0)


def test_lists_are_stored_as_readable_json(database, session_id):
    entry = groups.add_group(database, session_id, "Bufnițele", first_names=("Ștefan",))
    records.save_field(database, entry.id, "sources", ["Энциклопедия", "ziarul „Gazeta”"])
    with database.engine.connect() as connection:
        stored = connection.execute(text("SELECT sources FROM group_records")).scalar()
        names = connection.execute(text("SELECT first_names FROM session_groups")).scalar()
    assert stored == '["Энциклопедия", "ziarul „Gazeta”"]' and names == '["Ștefan"]'


def test_the_migration_can_be_undone_and_redone(database):
    # Downgrades are for developers; they must at least run cleanly both ways
    from alembic import command

    from sole_app.core import db as db_module

    config = db_module._alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0002_sessions")
    with database.engine.connect() as connection:
        names = {row[0] for row in connection.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'table'"))}
    assert not names & set(TABLES) and "sessions" in names
    db_module.migrate(database.engine)
    with database.engine.connect() as connection:
        names = {row[0] for row in connection.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'table'"))}
    assert set(TABLES) <= names
