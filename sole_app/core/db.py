"""Opening the database: checks before any write, a backup before any migration, then Alembic.

A file that is not an SQLite database, or one written by a newer version of the app, is refused
before anything writes to it, so it stays byte-for-byte as it was.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sole_app.core.errors import DatabaseTooNew, NotADatabase
from sole_app.core.pragmas import set_pragmas

SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest migration's revision. A database already there opens without Alembic, which takes
# a quarter of a second to import and read its scripts on every start (bench/bench_startup.py).
# tests/core/test_db.py fails when a new migration is added and this is not moved to it.
SCHEMA_HEAD = "0005_bank_search_filters"


def _alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return {revision.revision for revision in script.walk_revisions()}


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def read_revision(path: Path) -> str | None:
    """The schema revision stored in ``path`` (None for an empty or new file), read-only.

    Raises NotADatabase when the file is not a readable SQLite database, or fails SQLite's
    quick check (a damaged page anywhere in it).
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise NotADatabase(path)
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            # A damaged page deeper in the file is found now, before anything writes to it
            if connection.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
                raise NotADatabase(path)
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
            if "alembic_version" not in tables:
                return None
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise NotADatabase(path) from error


def backup_copy(source: Path, backups_dir: Path, label: str) -> Path:
    """A consistent copy of the database (WAL included) in ``backups_dir``, named by time."""
    from sole_app.core.backups import copy_database

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return copy_database(source, backups_dir / f"{source.stem}-{stamp}-{label}.sqlite3")


def migrate(engine) -> None:
    """Bring the schema to the newest revision."""
    from alembic import command

    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


class Database:
    """An open, migrated database: short ORM sessions for changes, and the driver's own
    connection for the reads made on every keystroke.

    SQLAlchemy is imported when the engine or a session is first asked for, not on opening:
    it takes half a second to import on an old laptop, and the window lets the librarian search
    the bank (core/bank/search.py and reading.py, on ``reading()``) while it loads
    (app.load_in_stages, bench/bench_startup.py).
    """

    def __init__(self, path: Path | None, backup: Path | None = None, engine=None) -> None:
        self.path = path
        self.backup = backup
        self._engine = engine
        self._sessions = None
        self._reader: sqlite3.Connection | None = None  # before the engine, on one thread
        self._reader_thread = 0

    @property
    def engine(self):
        if self._engine is None:
            from sole_app.core.engine import make_engine

            self._engine = make_engine(self.path)
        return self._engine

    def session(self):
        if self._sessions is None:
            from sole_app.core.engine import session_factory

            self._sessions = session_factory(self.engine, self.path)
        return self._sessions()

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """A DB-API (sqlite3) connection to read with: the engine's once there is one, else a
        connection of the database's own, kept open for the thread that opened it."""
        if self._engine is None and self.path is not None and (
                self._reader is None or self._reader_thread == threading.get_ident()):
            if self._reader is None:
                self._reader = sqlite3.connect(self.path)
                set_pragmas(self._reader)
                self._reader_thread = threading.get_ident()
            yield self._reader
            return
        self._close_reader()
        with self.engine.connect() as connection:
            yield connection.connection.driver_connection

    def _close_reader(self) -> None:
        if self._reader is not None and self._reader_thread == threading.get_ident():
            self._reader.close()
            self._reader = None

    def close(self) -> None:
        self._close_reader()
        if self._engine is not None:
            self._engine.dispose()


def open_database(path: Path | None, backups_dir: Path | None = None) -> Database:
    """Open (creating if needed) and migrate the database at ``path``; ``None`` is in memory.

    Raises NotADatabase or DatabaseTooNew without touching the file.
    """
    backup = None
    if path is not None:
        revision = read_revision(path)
        if revision == SCHEMA_HEAD:
            return Database(path)
        if revision is not None and revision not in known_revisions():
            raise DatabaseTooNew(path, revision)
        if revision != head_revision() and path.exists() and path.stat().st_size > 0:
            backup = backup_copy(path, backups_dir or path.parent / "backups",
                                 f"before-{revision or 'first'}-migration")
    from sole_app.core.engine import make_engine

    engine = make_engine(path)
    migrate(engine)
    return Database(path, backup=backup, engine=engine)
