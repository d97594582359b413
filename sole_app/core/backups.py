"""Rolling daily backups of the database, listing them, checking them and restoring one.

A year of sessions lives in one file on one laptop, so a copy is taken once a day while the app
runs, with SQLite's online backup API (a consistent snapshot, even mid-write, WAL included). The
copy is written to a temporary file and renamed into place, so a crash mid-copy never leaves a
half backup that looks whole. The last ``keep`` daily copies are kept; the copies taken before a
schema upgrade, before a restore and the damaged files put aside are never pruned.

Restoring keeps a copy of the current file first (or, when the current file is damaged, moves it
aside untouched), removes its WAL and shared-memory files (a stale WAL replayed onto another file
would damage it), then renames the chosen backup into place. The database must be closed.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sole_app.core.errors import BackupDamaged, BackupFailed
from sole_app.core.paths import WRITE_PROBLEMS as _WRITE_PROBLEMS

DAILY = "daily"
_NAME = re.compile(r"^(?P<stem>.+?)-(?P<stamp>\d{8}-\d{6}|\d{4}-\d{2}-\d{2})-(?P<kind>[\w.-]+)"
                   r"\.sqlite3$")
_SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class Backup:
    """One copy in the backups folder: when it was taken, its size in bytes and its kind
    ("daily", "before-restore", "damaged", "before-0004_session_search-migration"...)."""

    path: Path
    taken: datetime
    size: int
    kind: str

    @property
    def is_daily(self) -> bool:
        return self.kind == DAILY


def copy_database(source: Path, target: Path) -> Path:
    """A consistent copy of the database at ``source`` written whole at ``target``, or nothing.

    The online backup API reads a snapshot while other connections keep writing. The copy goes
    to a temporary file beside ``target`` and is renamed into place once flushed to the disk.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.part")
    partial.unlink(missing_ok=True)
    try:
        source_connection = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
        try:
            target_connection = sqlite3.connect(partial)
            try:
                source_connection.backup(target_connection)
            finally:
                target_connection.close()
        finally:
            source_connection.close()
        _fsync(partial)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        raise BackupFailed(target, _reason(error)) from error
    return target


def daily_name(database: Path, day: date) -> str:
    return f"{database.stem}-{day.isoformat()}-{DAILY}.sqlite3"


def take_daily(database: Path, backups_dir: Path, today: date, keep: int) -> Path | None:
    """Today's copy, if it is missing and there is a database; then only the newest ``keep``
    daily copies are kept. Returns the new copy, or None when there was nothing to do."""
    target = backups_dir / daily_name(database, today)
    made = None
    if not target.exists() and database.exists() and database.stat().st_size > 0:
        made = copy_database(database, target)
    prune(backups_dir, keep)
    return made


def prune(backups_dir: Path, keep: int) -> list[Path]:
    """Remove the daily copies beyond the newest ``keep``; returns what was removed."""
    dailies = [backup for backup in list_backups(backups_dir) if backup.is_daily]
    removed = []
    for backup in dailies[max(keep, 1):]:
        backup.path.unlink(missing_ok=True)
        removed.append(backup.path)
    return removed


def list_backups(backups_dir: Path) -> list[Backup]:
    """Every copy in the folder, newest first (temporary files of an unfinished copy aside)."""
    if not backups_dir.is_dir():
        return []
    found = []
    for path in backups_dir.iterdir():
        match = _NAME.match(path.name)
        if match is None or not path.is_file():
            continue
        stamp = match["stamp"]
        found.append(Backup(path, _parse_stamp(stamp, path), path.stat().st_size,
                            match["kind"]))
    return sorted(found, key=lambda backup: (backup.taken, backup.path.name), reverse=True)


def _parse_stamp(stamp: str, path: Path) -> datetime:
    """A daily copy is named by its day; its time is the file's own modification time."""
    if len(stamp) == 15:
        return datetime.strptime(stamp, "%Y%m%d-%H%M%S")
    day = date.fromisoformat(stamp)
    modified = datetime.fromtimestamp(path.stat().st_mtime)
    if modified.date() == day:
        return modified
    return datetime(day.year, day.month, day.day)


def is_good(path: Path) -> bool:
    """True when ``path`` is an SQLite database that passes ``PRAGMA integrity_check``."""
    try:
        with path.open("rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                return False
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
        finally:
            connection.close()
    except (OSError, sqlite3.Error):
        return False
    return rows == [("ok",)]


def newest_good(backups_dir: Path) -> Backup | None:
    """The newest copy that passes the integrity check (damaged files put aside excluded)."""
    for backup in list_backups(backups_dir):
        if backup.kind != "damaged" and is_good(backup.path):
            return backup
    return None


def restore(backup: Path, database: Path, backups_dir: Path, now: datetime) -> Path | None:
    """Put ``backup`` in place of the (closed) database at ``database``.

    The current file is kept first: copied as "before-restore" when it is good, moved aside
    untouched as "damaged" when it is not. Returns that kept copy (None when there was no
    current file). Raises BackupDamaged when ``backup`` fails the integrity check, and
    BackupFailed when the disk refuses; in both cases the current file is as it was.
    """
    if not is_good(backup):
        raise BackupDamaged(backup)
    incoming = copy_database(backup, database.with_name(f".{database.name}.restoring"))
    try:
        kept = _keep_current(database, backups_dir, now)
        for suffix in _SIDE_FILES:
            database.with_name(database.name + suffix).unlink(missing_ok=True)
        os.replace(incoming, database)
    except OSError as error:
        raise BackupFailed(database, _reason(error)) from error
    finally:
        incoming.unlink(missing_ok=True)
    return kept


def _keep_current(database: Path, backups_dir: Path, now: datetime) -> Path | None:
    if not database.exists():
        return None
    stamp = now.strftime("%Y%m%d-%H%M%S")
    if database.stat().st_size > 0 and is_good(database):
        return copy_database(database, backups_dir / f"{database.stem}-{stamp}-before-restore"
                                                     ".sqlite3")
    aside = backups_dir / f"{database.stem}-{stamp}-damaged.sqlite3"
    try:
        backups_dir.mkdir(parents=True, exist_ok=True)
        for suffix in _SIDE_FILES:  # the damaged file's own journal goes with it, untouched
            side = database.with_name(database.name + suffix)
            if side.exists():
                os.replace(side, aside.with_name(aside.name + suffix))
        os.replace(database, aside)
    except OSError as error:
        raise BackupFailed(aside, _reason(error)) from error
    return aside


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _reason(error: Exception) -> str:
    """A key of DATA_DIR_PROBLEMS for the usual refusals, else the system's own words."""
    if isinstance(error, OSError):
        return _WRITE_PROBLEMS.get(error.errno) or error.strerror or str(error)
    if "full" in str(error):  # sqlite3's "database or disk is full"
        return "disk_full"
    return str(error)
