"""Opening the database: checks before any write, a backup before any migration, then Alembic.

A file that is not an SQLite database, or one written by a newer version of the app, is refused
before anything writes to it, so it stays byte-for-byte as it was.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from sole_app.core.errors import DATA_DIR_PROBLEMS, DatabaseError, DatabaseTooNew, NotADatabase
from sole_app.core.translatable import QT_TRANSLATE_NOOP, Translate, english

SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest migration's revision. A database already there opens without Alembic, which takes
# a quarter of a second to import and read its scripts on every start (bench/bench_startup.py).
# tests/core/test_db.py fails when a new migration is added and this is not moved to it.
SCHEMA_HEAD = "0005_bank_search_filters"


def _set_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL makes each commit durable, so a power cut loses at most what was not yet committed.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


class DatabaseNotSaved(DatabaseError, OperationalError):
    """The disk refused a write (full, read-only, failing): nothing of the change was saved.

    Also an SQLAlchemy OperationalError, so that a feature that turns those into its own
    sentence (core/findings/transactions.py, the session runner) still does; any other write,
    such as the bank's, reaches the interface as this sentence rather than as a traceback.
    """

    code = "database_not_saved"

    def __init__(self, path: Path, reason: str, orig: BaseException | None = None) -> None:
        OperationalError.__init__(self, "", None, orig)  # (DatabaseError's would reach it too)
        self.path = path
        self.reason = reason

    def sentence(self, translate: Translate = english) -> str:
        known = DATA_DIR_PROBLEMS.get(self.reason)
        return translate(QT_TRANSLATE_NOOP(
            "Errors", "The change was not saved in {path}: {reason}. Everything saved before "
                      "is unchanged; free some space on the disk, then try again.")).format(
            path=self.path, reason=translate(known) if known else self.reason)


# What SQLite says when the disk refuses a write, and the reason shown for it
_REFUSED_WRITES = (("database or disk is full", "disk_full"), ("readonly", "read_only"),
                   ("read-only", "read_only"), ("disk i/o error", "disk I/O error"))


def _refusal(path: Path, original: BaseException) -> DatabaseNotSaved | None:
    said = str(original).lower()
    for words, reason in _REFUSED_WRITES:
        if words in said:
            return DatabaseNotSaved(path, reason, original)
    return None


def _refused_write(path: Path):
    def handle(context) -> None:
        refusal = _refusal(path, context.original_exception)
        if refusal is not None:
            raise refusal from context.original_exception
    return handle


class _Session(Session):
    """A session that turns SQLite's refusal of a write made on its driver connection (the
    bank's bulk import writes there, below SQLAlchemy's error handling) into the sentence."""

    def __exit__(self, kind, error, traceback) -> None:
        super().__exit__(kind, error, traceback)
        if isinstance(error, sqlite3.OperationalError):
            refusal = _refusal(self.info.get("path") or Path(":memory:"), error)
            if refusal is not None:
                raise refusal from error


def make_engine(path: Path | None) -> Engine:
    """An engine for the database file at ``path``, or a private in-memory one for ``None``.

    A write the disk refuses raises DatabaseNotSaved (a sentence) from any feature."""
    if path is None:
        engine = create_engine(
            "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
        )
    else:
        engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "handle_error", _refused_write(path or Path(":memory:")))
    return engine


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


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision."""
    from alembic import command

    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


@dataclass
class Database:
    """An open, migrated database and a factory for short ORM sessions."""

    engine: Engine
    path: Path | None
    backup: Path | None = None

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, class_=_Session, expire_on_commit=False,
                                      info={"path": self.path})

    def session(self) -> Session:
        return self._sessions()

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path | None, backups_dir: Path | None = None) -> Database:
    """Open (creating if needed) and migrate the database at ``path``; ``None`` is in memory.

    Raises NotADatabase or DatabaseTooNew without touching the file.
    """
    backup = None
    if path is not None:
        revision = read_revision(path)
        if revision == SCHEMA_HEAD:
            return Database(engine=make_engine(path), path=path)
        if revision is not None and revision not in known_revisions():
            raise DatabaseTooNew(path, revision)
        if revision != head_revision() and path.exists() and path.stat().st_size > 0:
            backup = backup_copy(path, backups_dir or path.parent / "backups",
                                 f"before-{revision or 'first'}-migration")
    engine = make_engine(path)
    migrate(engine)
    return Database(engine=engine, path=path, backup=backup)
