"""The SQLAlchemy side of the database: the engine, its pragmas, short ORM sessions, and a
refused write turned into one sentence.

Imported when something first writes or queries through the ORM, not when the database opens:
SQLAlchemy takes half a second to import on an old laptop, and the bank's search as you type
runs on the driver's own connection without it (core/db.py, bench/bench_startup.py).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from sole_app.core.errors import DATA_DIR_PROBLEMS, DatabaseError
from sole_app.core.pragmas import set_pragmas
from sole_app.core.translatable import QT_TRANSLATE_NOOP, Translate, english


def _set_pragmas(dbapi_connection, _record) -> None:
    set_pragmas(dbapi_connection)


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





def session_factory(engine: Engine, path: Path | None) -> sessionmaker:
    """Short ORM sessions on ``engine``; a write the disk refuses becomes DatabaseNotSaved."""
    return sessionmaker(engine, class_=_Session, expire_on_commit=False, info={"path": path})


def prepare_mappings() -> None:
    """Work out every mapped class's columns and relations now, which SQLAlchemy otherwise does
    at the first query through the ORM (a tenth of a second, on the window's thread): run by
    the start-up's second thread once the models are imported (app.load_in_stages)."""
    from sqlalchemy.orm import configure_mappers

    configure_mappers()
