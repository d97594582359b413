"""A full disk or a read-only database at any write: every change that stores data fails with one
sentence, and the file holds exactly what it held before.

SQLite's own refusal is simulated at each statement that writes (and at the commit), one after
the other: the first write of a change fails, then the second, and so on until the change needs
no more writes than were allowed. A small file system cannot be mounted here.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest
from sqlalchemy import event

from sole_app.core import backups
from sole_app.core.bank import operations as bank_operations
from sole_app.core.bank.question_data import QuestionData
from sole_app.core.clock import FakeClock
from sole_app.core.db import open_database
from sole_app.core.engine import DatabaseNotSaved
from sole_app.core.errors import SoleError
from sole_app.core.findings import groups, notes, records
from sole_app.core.findings.data import Certainty, RecordContent
from sole_app.core.history import operations as history_operations
from sole_app.core.history.backup import backup_of, full_document
from sole_app.core.history.deletion import delete_sessions
from sole_app.core.session import runner as sessions
from sole_app.core.session.plan import Plan
from tests.full_session import make_full_session
from tests.fuzz.conftest import snapshot

REFUSALS = {"disk_full": "database or disk is full",
            "read_only": "attempt to write a readonly database"}
PLAN = Plan(phase_minutes=(5, 40, 15))


class RefuseWrites:
    """SQLite refusing the ``allowed``-th write statement of a change (or its commit)."""

    def __init__(self, engine, allowed: int, words: str) -> None:
        self.engine, self.allowed, self.words, self.writes = engine, allowed, words, 0
        self.pending = False
        event.listen(engine, "before_cursor_execute", self.statement)
        self.dialect = engine.dialect
        self.dialect.do_commit = self.commit  # where SQLite itself would refuse a commit

    def _count(self) -> None:
        self.writes += 1
        if self.writes > self.allowed:
            raise sqlite3.OperationalError(self.words)

    def statement(self, _connection, _cursor, sql, *_rest):
        if sql.lstrip().split(" ", 1)[0].upper() in ("INSERT", "UPDATE", "DELETE", "REPLACE"):
            self._count()
            self.pending = True

    def commit(self, dbapi_connection):
        if self.pending:  # a commit with nothing written asks nothing of the disk
            self.pending = False
            self._count()
        dbapi_connection.commit()

    def remove(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self.statement)
        del self.dialect.do_commit


@pytest.fixture
def session_id(database):
    """A running session with a group."""
    runner = sessions.start_session(database, FakeClock(), "De ce?", PLAN)
    groups.add_group(database, runner.session_id, "Bufnițele")
    return runner.session_id


def group_id(database, session_id):
    return groups.list_groups(database, session_id)[0].group.id


def session_file(tmp_path):
    """A finished session's file from another laptop (made once per test)."""
    path = tmp_path / "sesiune.json"
    if not path.exists():
        other = open_database(None)
        document = backup_of([full_document(other, make_full_session(other, FakeClock()))])
        other.close()
        path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def pack_file(tmp_path):
    path = tmp_path / "pack.json"
    path.write_text(json.dumps({"format": "sole-question-pack", "version": 1, "questions": [
        {"text": "De ce zboară păsările?", "language": "ro", "tags": ["natură"]},
        {"text": "Почему небо синее?", "language": "ru"}]}, ensure_ascii=False),
        encoding="utf-8")
    return path


CHANGES = {
    "add a question": lambda db, sid, tmp: bank_operations.add_question(
        db, QuestionData("De ce cad frunzele?", "ro", ("natură",))),
    "import a question pack": lambda db, sid, tmp: bank_operations.import_file(
        db, pack_file(tmp)),
    "start a session": lambda db, sid, tmp: sessions.start_session(
        db, FakeClock(), "Alt subiect", PLAN),
    "add a group": lambda db, sid, tmp: groups.add_group(db, sid, "Vulpile", 3),
    "save a group's record": lambda db, sid, tmp: records.save_record(
        db, group_id(db, sid), RecordContent("Am găsit **ceva**", ("manual",),
                                             Certainty.FAIRLY_SURE, ("De ce?",)), 0),
    "write a note": lambda db, sid, tmp: notes.add_note(
        db, sid, "O notă", "question", 30, now=FakeClock().now()),
    "import a session file": lambda db, sid, tmp: history_operations.import_file(
        db, session_file(tmp)),
    "delete a session": lambda db, sid, tmp: delete_sessions(db, [sid]),
}


# (The bank's bulk import writes on the driver connection, below SQLAlchemy's events: its
# refusal is SQLite's own, in the read-only test further down.)
@pytest.mark.parametrize(("change", "reason"), [
    *((change, "disk_full") for change in CHANGES if change != "import a question pack"),
    ("add a question", "read_only"), ("save a group's record", "read_only")])
def test_every_change_refused_at_any_write_is_one_sentence_and_changes_nothing(
        database, session_id, tmp_path, change, reason):
    # Given the data as it is
    before = snapshot(database.path)
    allowed = 0
    while True:
        # When the disk refuses the change's write number ``allowed + 1``
        refusal = RefuseWrites(database.engine, allowed, REFUSALS[reason])
        try:
            CHANGES[change](database, session_id, tmp_path)
        except SoleError as error:
            # Then it is one sentence, and the file holds exactly what it held
            assert str(error) and "Traceback" not in str(error)
            assert snapshot(database.path) == before, f"changed at write {allowed + 1}"
            allowed += 1
            continue
        finally:
            refusal.remove()
        break
    # And with room for all its writes, the change is made (it did write something)
    assert allowed >= 1
    assert snapshot(database.path) != before


def test_a_write_the_disk_refuses_says_so_in_the_librarians_words(database, session_id):
    refusal = RefuseWrites(database.engine, 0, REFUSALS["disk_full"])
    try:
        with pytest.raises(DatabaseNotSaved) as caught:
            bank_operations.add_question(database, QuestionData("De ce?", "ro"))
    finally:
        refusal.remove()
    assert str(caught.value) == (
        f"The change was not saved in {database.path}: the disk is full. Everything saved "
        "before is unchanged; free some space on the disk, then try again.")


def test_a_daily_backup_on_a_full_disk_leaves_the_older_backups_and_no_half_copy(
        database, data_paths, monkeypatch):
    # Given yesterday's backup
    yesterday = backups.take_daily(data_paths.database, data_paths.backups,
                                   date(2026, 11, 24), keep=7)
    kept = yesterday.read_bytes()

    def full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "_fsync", full)
    # When today's copy runs out of space / Then it says so, and yesterday's is intact
    with pytest.raises(SoleError, match="the disk is full"):
        backups.take_daily(data_paths.database, data_paths.backups, date(2026, 11, 25), keep=7)
    assert [path.name for path in data_paths.backups.iterdir()] == [yesterday.name]
    assert yesterday.read_bytes() == kept


def test_settings_saved_on_a_full_disk_are_refused_in_a_sentence_and_the_old_file_stays(
        data_paths, monkeypatch):
    from sole_app.core import settings as settings_module
    from sole_app.core.settings import AppSettings

    AppSettings(library_name="Biblioteca Ciorăști").save(data_paths.settings)
    before = data_paths.settings.read_bytes()

    def full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(settings_module.os, "fsync", full)
    with pytest.raises(SoleError) as caught:
        AppSettings(library_name="Alta").save(data_paths.settings)
    assert str(caught.value) == (f"The settings were not saved in {data_paths.settings}: the "
                                 "disk is full. The settings from before are unchanged.")
    assert data_paths.settings.read_bytes() == before
    assert sorted(path.name for path in data_paths.root.iterdir()) == ["settings.json"]


@pytest.mark.parametrize("change", ["import a question pack", "add a question",
                                    "save a group's record"])
def test_a_database_sqlite_itself_keeps_read_only_refuses_each_change_in_a_sentence(
        database, session_id, tmp_path, change):
    # SQLite's own refusal (query_only), on every connection, whatever path the write takes
    # (the bank's bulk import writes below SQLAlchemy): one sentence, nothing changed
    before = snapshot(database.path)

    def read_only(dbapi_connection, _record):
        dbapi_connection.execute("PRAGMA query_only = ON")

    database.engine.dispose()
    event.listen(database.engine, "connect", read_only)
    try:
        with pytest.raises(SoleError) as caught:
            CHANGES[change](database, session_id, tmp_path)
    finally:
        event.remove(database.engine, "connect", read_only)
        database.engine.dispose()
    assert "read-only" in str(caught.value) or "readonly" in str(caught.value)
    assert snapshot(database.path) == before
