"""A new data folder's database, copied ready-made: the newest schema with the starter questions.

A first start would otherwise import SQLAlchemy and Alembic, run every migration and load the
starter packs before the bank could be searched (two seconds on an old laptop). The app ships the
result instead (resources/database/starter.sqlite3, made by scripts/make_starter_database.py),
and a first start copies it, then opens like any later start (app.load_in_stages).

The copy is used only when it is exactly what loading would make: its schema is the newest and
it records the fingerprint of the starter packs it was made from, which must be those shipped
now. Anything else (a pack edited since, a migration added, a file missing or unreadable), and the
first start builds the bank as before. tests/core/bank/test_seed.py fails while the shipped copy
is stale.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from sole_app.core.db import SCHEMA_HEAD, read_revision
from sole_app.core.errors import SoleError

FINGERPRINT_KEY = "starter_fingerprint"  # in bank_state: the packs the copy was made from
SEED_FILE = Path("database") / "starter.sqlite3"  # under resources/


def fingerprint(folder: Path) -> str:
    """What the starter bank is made of: every pack's name and bytes, and the schema."""
    digest = hashlib.sha256(SCHEMA_HEAD.encode())
    for path in sorted(folder.glob("*/*.toml")):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def recorded_fingerprint(seed: Path) -> str | None:
    """The fingerprint a ready-made database was made with (None: none, or not readable)."""
    try:
        if read_revision(seed) != SCHEMA_HEAD:
            return None
        connection = sqlite3.connect(f"{seed.as_uri()}?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT value FROM bank_state WHERE key = ?",
                                     (FINGERPRINT_KEY,)).fetchone()
        finally:
            connection.close()
    except (OSError, sqlite3.Error, SoleError):
        return None
    return None if row is None else row[0]


def place(target: Path, seed: Path, folder: Path) -> bool:
    """Copy the ready-made database to ``target`` for a first start; True if it was. Nothing is
    done when ``target`` already holds a database or the copy is not what loading would make."""
    from sole_app.core.backups import copy_database

    if target.exists() and target.stat().st_size > 0:
        return False
    if not seed.is_file() or recorded_fingerprint(seed) != fingerprint(folder):
        return False
    try:
        copy_database(seed, target)
    except SoleError:
        return False  # the first start loads the packs instead, and says so if it cannot
    return True


def open_ready(path: Path, resources: Path, folder: Path):
    """The database at ``path`` opened without SQLAlchemy when it needs nothing done before use
    (the newest schema, the starter questions in, not refused), else None: a first start
    copies the ready-made one from ``resources`` first, if it is current. For the window's
    staged start (app.load_in_stages); the rest is load_into's to do, or to refuse."""
    from sole_app.core.bank.reading import starter_loaded
    from sole_app.core.db import Database

    place(path, resources / SEED_FILE, folder)
    try:
        if read_revision(path) != SCHEMA_HEAD:
            return None
    except SoleError:
        return None  # load_into says why, and offers a backup
    database = Database(path)
    if not starter_loaded(database):
        database.close()
        return None
    return database


def build(target: Path, folder: Path) -> None:
    """Make the ready-made database at ``target`` from the packs in ``folder``, as a first
    start would, stamped with their fingerprint, compact and in one file."""
    from sole_app.core.bank import store
    from sole_app.core.bank.starter import load_starter_bank
    from sole_app.core.db import open_database

    target.unlink(missing_ok=True)
    database = open_database(target)
    try:
        load_starter_bank(database, folder)
        with database.session() as session, session.begin():
            store.write_state(session, FINGERPRINT_KEY, fingerprint(folder))
    finally:
        database.close()
    connection = sqlite3.connect(target)
    try:
        connection.execute("PRAGMA journal_mode=DELETE")  # one file, no -wal beside it
        connection.execute("VACUUM")
    finally:
        connection.close()
