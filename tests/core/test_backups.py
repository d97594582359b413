"""Daily backups are whole, rolling and checked; a restore keeps the current file first and never
touches a damaged one."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import text

from sole_app.core import backups
from sole_app.core.db import open_database
from sole_app.core.errors import BackupDamaged, BackupFailed, NotADatabase

TODAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 14, 30, 0)


def note(database, words: str) -> None:
    """Something the librarian wrote, kept in a table of its own for the test."""
    with database.engine.begin() as connection:
        connection.execute(text("CREATE TABLE IF NOT EXISTS kept (words TEXT)"))
        connection.execute(text("INSERT INTO kept VALUES (:words)"), {"words": words})


def notes_in(path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT words FROM kept ORDER BY rowid")]
    finally:
        connection.close()


def test_a_daily_backup_is_taken_while_the_app_writes_and_holds_every_committed_word(
        database, data_paths):
    # Given an open database with words committed (still in the WAL, not yet checkpointed)
    note(database, "Bufnițele au găsit răspunsul")
    # When today's backup is taken while the connection stays open
    made = backups.take_daily(data_paths.database, data_paths.backups, TODAY, keep=7)
    # Then it is a whole, good database holding the words, named by the day
    assert made.name == "sole-2026-11-25-daily.sqlite3"
    assert backups.is_good(made)
    assert notes_in(made) == ["Bufnițele au găsit răspunsul"]
    # And a second call the same day takes no second copy
    assert backups.take_daily(data_paths.database, data_paths.backups, TODAY, keep=7) is None
    assert [backup.path for backup in backups.list_backups(data_paths.backups)] == [made]


def test_only_the_newest_daily_backups_are_kept_and_other_copies_stay(database, data_paths):
    # Given a copy taken before a schema upgrade, and ten days of daily backups
    before_upgrade = data_paths.backups / "sole-20260901-080000-before-0003_findings-migration" \
                                          ".sqlite3"
    backups.copy_database(data_paths.database, before_upgrade)
    for day in range(10):
        backups.take_daily(data_paths.database, data_paths.backups,
                           TODAY - timedelta(days=9 - day), keep=3)
    # Then the three newest days are kept, newest first, and the upgrade's copy too
    listed = backups.list_backups(data_paths.backups)
    assert [backup.path.name for backup in listed] == [
        "sole-2026-11-25-daily.sqlite3", "sole-2026-11-24-daily.sqlite3",
        "sole-2026-11-23-daily.sqlite3", before_upgrade.name]
    assert [backup.kind for backup in listed] == ["daily", "daily", "daily",
                                                  "before-0003_findings-migration"]
    assert all(backup.size == backup.path.stat().st_size > 0 for backup in listed)


def test_a_copy_cut_short_by_a_full_disk_leaves_no_backup_that_looks_whole(database, data_paths,
                                                                         monkeypatch):
    def disk_full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups.os, "replace", disk_full)
    with pytest.raises(BackupFailed) as caught:
        backups.take_daily(data_paths.database, data_paths.backups, TODAY, keep=7)
    assert caught.value.reason == "disk_full"
    assert "the disk is full" in str(caught.value)
    assert list(data_paths.backups.iterdir()) == []


def test_restoring_keeps_the_current_file_first_then_puts_the_backup_in_place(data_paths):
    # Given yesterday's backup, and words written since
    database = open_database(data_paths.database, data_paths.backups)
    note(database, "ieri")
    yesterday = backups.take_daily(data_paths.database, data_paths.backups,
                                   TODAY - timedelta(days=1), keep=7)
    note(database, "azi")
    database.close()
    # When yesterday's backup is restored
    kept = backups.restore(yesterday, data_paths.database, data_paths.backups, NOW)
    # Then today's words are in the copy kept first, and the database holds yesterday's
    assert kept.name == "sole-20261125-143000-before-restore.sqlite3"
    assert notes_in(kept) == ["ieri", "azi"]
    assert notes_in(data_paths.database) == ["ieri"]
    assert not data_paths.database.with_name("sole.sqlite3-wal").exists()
    reopened = open_database(data_paths.database, data_paths.backups)
    reopened.close()


def test_a_damaged_database_is_moved_aside_untouched_when_a_backup_is_restored(data_paths):
    # Given a good backup and a database file that was damaged since
    database = open_database(data_paths.database, data_paths.backups)
    note(database, "păstrat")
    good = backups.take_daily(data_paths.database, data_paths.backups, TODAY, keep=7)
    database.close()
    damaged = data_paths.database.read_bytes()[:4096] + b"\x00garbage" * 500
    data_paths.database.write_bytes(damaged)
    with pytest.raises(NotADatabase):
        open_database(data_paths.database, data_paths.backups)
    # When the newest good backup is found and restored
    newest = backups.newest_good(data_paths.backups)
    assert newest.path == good
    aside = backups.restore(newest.path, data_paths.database, data_paths.backups, NOW)
    # Then the damaged file is kept byte for byte, and the data opens again
    assert aside.name == "sole-20261125-143000-damaged.sqlite3"
    assert aside.read_bytes() == damaged
    assert notes_in(data_paths.database) == ["păstrat"]
    # And the damaged copy is never offered as a good backup
    assert backups.newest_good(data_paths.backups).path == good


def test_a_damaged_backup_is_refused_and_changes_nothing(database, data_paths):
    note(database, "azi")
    bad = data_paths.backups / "sole-2026-11-24-daily.sqlite3"
    data_paths.backups.mkdir(exist_ok=True)
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    database.close()
    before = data_paths.database.read_bytes()
    with pytest.raises(BackupDamaged):
        backups.restore(bad, data_paths.database, data_paths.backups, NOW)
    assert data_paths.database.read_bytes() == before
    assert backups.newest_good(data_paths.backups) is None
    assert [path.name for path in data_paths.backups.iterdir()] == [bad.name]


def test_a_database_damaged_inside_is_refused_at_start_and_left_byte_for_byte(data_paths):
    # Given a database whose header is fine but one of whose tables' pages was overwritten
    database = open_database(data_paths.database, data_paths.backups)
    for number in range(300):
        note(database, f"rândul {number} " * 20)
    database.close()
    content = bytearray(data_paths.database.read_bytes())
    page_size = int.from_bytes(content[16:18], "big")
    last_page = len(content) - page_size
    content[last_page:last_page + 64] = b"\xee" * 64
    data_paths.database.write_bytes(bytes(content))
    # When the app opens it / Then it is refused and nothing changes
    with pytest.raises(NotADatabase):
        open_database(data_paths.database, data_paths.backups)
    assert data_paths.database.read_bytes() == bytes(content)
