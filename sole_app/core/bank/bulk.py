"""Writing many questions at once: an import (a shared file, the starter bank), and the undo and
redo of one. Checked questions stream in and are written a thousand at a time inside the
caller's one transaction, so 100,000 of them take seconds and little memory, and a file with a
problem writes nothing.

What makes it fast, each for a reason measured on 100,000 questions:
- rows go in through the database driver's executemany, not one ORM object each;
- duplicates are looked up a batch at a time in the bank's own indexes (uid; language and
  normalised text), which already hold the batches written before in the same transaction;
- the full-text index is filled once at the end, in one statement. Its per-row trigger
  (migration 0001) runs as a statement of its own for every row, and FTS5 writes its pending
  index to disk at each one: 40 s instead of 5. The trigger is set aside while the rows go in
  and put back exactly as it was (its SQL is read from the schema), in the same transaction,
  so a failed import rolls that back too;
- while the rows go in, a bigger page cache, and for the index's fill a bigger FTS5 buffer
  (BULK_CACHE_KIB, FTS_HASH_BYTES): 21 s of CPU to 18 s; each is put back after;
- a file's questions are read, checked and made into row values (RowMaker) in a second thread
  (read_ahead.py), which runs while SQLite fills the index: the index is filled a part at a
  time (FTS_EVERY rows) as the import goes on, each part one statement, so that the reading of
  the next questions overlaps it. In parts or once at the end, the fill cost the same within
  the shared test machine's noise (4.5 to 4.9 s of CPU for 100,000 questions).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from sqlalchemy import Connection

from sole_app.core.bank.errors import MAX_LISTED, ImportProblem, InvalidImportFile
from sole_app.core.bank.models import Question
from sole_app.core.bank.question_data import QuestionData, text_key
from sole_app.core.bank.read_ahead import ReadAhead
from sole_app.core.schema import utc_now

BATCH = 1000
# While the rows go in (measured on 100,000 questions; the connection's own settings, put back
# after): a page cache that holds the indexes filled in random order (uid, normalised text),
# which outgrow SQLite's default 2 MB; and a bigger full-text buffer, so that FTS5 writes fewer,
# larger segments and merges them less (its default is 1 MB). Both are memory: the import of
# 100,000 questions peaks at 136 MB, inside its 200 MB.
BULK_CACHE_KIB = 32 * 1024
FTS_HASH_BYTES = 32 << 20
FTS_EVERY = 10 * BATCH  # rows indexed in one statement while the import goes on
LOOKUP = 500  # values in one IN (...): well under any SQLite's limit on parameters
FTS5_DEFAULT_HASH = 1 << 20  # FTS5's own 'hashsize' when none is set
FTS_TRIGGER = "questions_fts_insert"
# What the trigger indexes, in its order (migration 0005's questions_fts_insert)
FTS_FILL = ("INSERT INTO questions_fts(rowid, text, tags_text, notes, language, favourite) "
            "SELECT id, text, tags_text, notes, language, favourite FROM questions "
            "WHERE id BETWEEN ? AND ?")
COLUMNS = ("id", "uid", "text", "language", "age_min", "age_max", "notes", "source", "favourite",
           "translation_group", "created_at", "updated_at", "last_used_at", "tags_text",
           "text_key")
INSERT_QUESTION = (f"INSERT INTO questions ({', '.join(COLUMNS)}) "
                   f"VALUES ({', '.join('?' * len(COLUMNS))})")
# A question ready to be written: its data, its normalised text, and the values of its row
# after id and uid (COLUMNS[2:]), made by RowMaker
Prepared = tuple[QuestionData, str, tuple]


@dataclass(frozen=True)
class ImportResult:
    added: int
    duplicates: int
    added_ids: Sequence[int] = ()  # what an undo of the import removes
    encoding: str = ""  # said when the file was read in an encoding it does not declare


class Snapshot(Protocol):
    """A question as it was (store.QuestionView): what a redo or an undo puts back."""

    id: int
    data: QuestionData
    last_used_at: datetime | None


def import_entries(database, path: Path, entries: Iterable[QuestionData | ImportProblem]
                   ) -> ImportResult:
    """Write the checked questions of a file, all or none: with any ImportProblem among the
    entries, the transaction is rolled back and InvalidImportFile lists the problems (the
    first MAX_LISTED, and how many in all)."""
    problems: list[ImportProblem] = []
    count = 0
    with database.session() as session, session.begin(), \
            BulkWriter(session.connection()) as writer, \
            ReadAhead(entries, writer.rows.entry, BATCH) as reader:
        writer.while_indexing = reader.running
        for batch in reader.batches():
            found = [entry for entry in batch if isinstance(entry, ImportProblem)]
            count += len(found)
            problems += found[:MAX_LISTED - len(problems)]
            if not problems:  # after a problem, the file is only read on, for the others
                writer.add_prepared(batch)
        if problems:
            raise InvalidImportFile.listing(path, problems, count)
        return writer.finish()


def delete_questions(connection: Connection, question_ids: Sequence[int]) -> None:
    """Delete these questions (their tags' links go with them, by the foreign key), a few
    hundred to a statement: the full-text trigger then writes its index once a statement."""
    driver = connection.connection.driver_connection
    for start in range(0, len(question_ids), LOOKUP):
        chunk = list(question_ids[start:start + LOOKUP])
        driver.execute(f"DELETE FROM questions WHERE id IN ({', '.join('?' * len(chunk))})",
                       chunk)


class RowMaker:
    """Makes checked questions into the values of their rows, dates as the Question model
    stores them (SQLAlchemy's own conversion). Used by one thread at a time: the import's
    reader (read_ahead.py), or the writer's own."""

    def __init__(self, dialect) -> None:
        column = Question.__table__.c.created_at.type
        self._moment = column.dialect_impl(dialect).bind_processor(dialect) or str
        self._moments: dict[tuple[datetime, object], str] = {}
        self._now: str | None = None  # for a question without dates: when its import began

    def entry(self, entry: QuestionData | ImportProblem) -> Prepared | ImportProblem:
        """What the import's reader makes of each entry of a file (in its own thread)."""
        return entry if isinstance(entry, ImportProblem) else self.prepared(entry)

    def prepared(self, data: QuestionData, used: datetime | None = None,
                 personal: bool = False) -> Prepared:
        """The question, its normalised text and its row's values after id and uid; the
        favourite mark only when ``personal`` (a club's own, never imported from a file)."""
        if self._now is None:
            self._now = self._moment(utc_now())
        now, stored, key = self._now, self._stored_moment, text_key(data.text)
        return data, key, (
            data.text, data.language, data.age_min, data.age_max, data.notes, data.source,
            int(personal and data.favourite), data.translation_group,
            stored(data.created_at) if data.created_at else now,
            stored(data.updated_at) if data.updated_at else now,
            stored(used) if used else None, "\n".join(data.tags), key)

    def _stored_moment(self, moment: datetime) -> str:
        """A moment as stored. A file's questions often share their dates: each is converted
        once. Keyed with its offset too, since an instant equal in another zone is stored
        with other figures."""
        key = (moment, moment.utcoffset())
        text = self._moments.get(key)
        if text is None:
            if len(self._moments) >= 4096:
                self._moments.clear()
            text = self._moments[key] = self._moment(moment)
        return text


class BulkWriter:
    """Adds questions in the connection's transaction; ``finish`` indexes them for search and
    says what was added. A duplicate (the uid of a question in the bank or added before, or
    the same language and normalised text) is counted, not added."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._driver = connection.connection.driver_connection
        self._started = False
        self._batch: list[Prepared] = []
        self._next_id = self._next_tag_id = 0
        self._runs: list[list[int]] = []  # the ids written, as [first, last] runs
        self._unindexed: list[list[int]] = []  # those not yet in the full-text index
        self._tag_ids: dict[str, int] = {}
        self._trigger_sql: str | None = None
        self._hashsize: tuple | None = None  # (the index's own buffer setting,) while set aside
        self._duplicates = 0
        self._cache_size: int | None = None  # the connection's own, while the bulk one is set
        self.rows = RowMaker(connection.dialect)
        # What the index's filling runs inside: the import lets its reader run then
        self.while_indexing: Callable[[], AbstractContextManager] = nullcontext

    def __enter__(self) -> BulkWriter:
        return self

    def __exit__(self, *_exception) -> None:
        """Give the connection its own page cache back, whether the writing ended well or not
        (SQLAlchemy's pool hands the same connection out again)."""
        if self._cache_size is not None:
            self._driver.execute(f"PRAGMA cache_size = {int(self._cache_size)}")
            self._cache_size = None

    def add(self, data: QuestionData) -> None:
        """Add a question checked by QuestionData.cleaned (written with its batch)."""
        self._batch.append(self.rows.prepared(data))
        if len(self._batch) >= BATCH:
            self._write_batch()

    def add_prepared(self, questions: list[Prepared]) -> None:
        """Add questions made ready by ``rows.prepared`` (written a batch at a time)."""
        self._batch += questions
        if len(self._batch) >= BATCH:
            self._write_batch()

    def restore(self, snapshots: Sequence[Snapshot]) -> None:
        """Put deleted questions back as they were: ids, uids, dates, favourite, last use."""
        for start in range(0, len(snapshots), BATCH):
            chunk = snapshots[start:start + BATCH]
            self._insert([(item.id, item.data.uid, self.rows.prepared(
                item.data, item.last_used_at, personal=True)) for item in chunk])

    def finish(self) -> ImportResult:
        """Write what is left, index what was written for search, and say what was added."""
        self._write_batch()
        if self._trigger_sql is not None:
            self._fill_index()
            self._put_back_hashsize()
            self._driver.execute(self._trigger_sql)
        added = [question_id for first, last in self._runs
                 for question_id in range(first, last + 1)]
        if len(self._runs) == 1:
            added = range(self._runs[0][0], self._runs[0][1] + 1)  # an import's: no list
        return ImportResult(len(added), self._duplicates, added)

    def _fill_index(self) -> None:
        """Index the rows written since the last time, a statement a run, with the bigger
        buffer (FTS_HASH_BYTES). The buffer's size is a setting FTS5 keeps in the database:
        it is put back as it was at the end, in the same transaction (a failure rolls both
        back)."""
        if not self._unindexed:
            return
        if self._hashsize is None:
            self._hashsize = (
                self._scalar("SELECT v FROM questions_fts_config WHERE k = 'hashsize'"),)
            self._fts_setting("hashsize", FTS_HASH_BYTES)
        runs, self._unindexed = self._unindexed, []
        with self.while_indexing():
            for first, last in runs:
                self._driver.execute(FTS_FILL, (first, last))

    def _put_back_hashsize(self) -> None:
        if self._hashsize is None:
            return
        (before,), self._hashsize = self._hashsize, None
        self._fts_setting("hashsize", FTS5_DEFAULT_HASH if before is None else before)
        if before is None:  # the default again in FTS5's memory; no trace in the file
            self._driver.execute("DELETE FROM questions_fts_config WHERE k = 'hashsize'")

    def _fts_setting(self, name: str, value: int) -> None:
        self._driver.execute(
            "INSERT INTO questions_fts(questions_fts, rank) VALUES (?, ?)", (name, value))

    def _start(self) -> None:
        """Take the database for writing, so that the ids counted on stay free, and set the
        full-text trigger aside (see the module's docstring)."""
        self._started = True
        if not self._driver.in_transaction:
            # sqlite3 opens a transaction only before INSERT/UPDATE/DELETE; the DDL below must
            # be inside this one, to be rolled back with it
            self._driver.execute("BEGIN IMMEDIATE")
        self._cache_size = self._scalar("PRAGMA cache_size")
        self._driver.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
        self._next_id = self._scalar("SELECT coalesce(max(id), 0) + 1 FROM questions")
        self._next_tag_id = self._scalar("SELECT coalesce(max(id), 0) + 1 FROM tags")
        self._trigger_sql = self._scalar(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", FTS_TRIGGER)
        if self._trigger_sql is not None:
            self._driver.execute(f"DROP TRIGGER {FTS_TRIGGER}")

    def _scalar(self, sql: str, *parameters):
        row = self._driver.execute(sql, parameters).fetchone()
        return row[0] if row else None

    def _write_batch(self) -> None:
        batch, self._batch = self._batch, []
        kept = self._new_ones(batch) if batch else []
        if not kept:
            return
        if not self._started:
            self._start()
        first = self._next_id
        self._next_id += len(kept)
        self._insert([(question_id, uid, prepared)
                      for question_id, (prepared, uid) in enumerate(kept, first)])

    def _insert(self, items: list[tuple[int, str, Prepared]]) -> None:
        """Write (id, uid, prepared question) rows, their tags and links; index them for
        search once FTS_EVERY rows wait for it."""
        if not self._started:
            self._start()
        tag_ids = self._tags([name for _id, _uid, (data, _key, _values) in items
                              for name in data.tags])
        rows = [(question_id, uid, *values) for question_id, uid, (_data, _key, values) in items]
        links = [(item[0], tag_ids[name]) for item in items for name in item[2][0].tags]
        self._note_written([item[0] for item in items])
        self._driver.executemany(INSERT_QUESTION, rows)
        self._driver.executemany(
            "INSERT INTO question_tags (question_id, tag_id) VALUES (?, ?)", links)
        if self._trigger_sql is not None and sum(
                last - first + 1 for first, last in self._unindexed) >= FTS_EVERY:
            self._fill_index()

    def _note_written(self, question_ids: list[int]) -> None:
        """Extend the runs of ids written; an import's batch is one run, taken at once."""
        if not question_ids:
            return
        first, last = question_ids[0], question_ids[-1]
        if last - first == len(question_ids) - 1 and (len(question_ids) < 3 or question_ids
                                                      == list(range(first, last + 1))):
            runs = [(first, last)]
        else:
            runs = [(question_id, question_id) for question_id in question_ids]
        for start, end in runs:
            self._next_id = max(self._next_id, end + 1)
            for written in (self._runs, self._unindexed):
                if written and written[-1][1] == start - 1:
                    written[-1][1] = end
                else:
                    written.append([start, end])

    def _new_ones(self, batch: Sequence[Prepared]) -> list[tuple[Prepared, str]]:
        """The batch without duplicates, each new one with its uid (made when missing)."""
        seen_uids = {uid for (uid,) in self._select(
            "uid", "uid", sorted({data.uid for data, _key, _values in batch if data.uid}))}
        seen_texts = self._stored_texts(batch)
        kept = []
        for prepared in batch:
            data, key, _values = prepared
            if (data.uid and data.uid in seen_uids) or (data.language, key) in seen_texts:
                self._duplicates += 1
                continue
            uid = data.uid or str(uuid.uuid4())
            seen_uids.add(uid)
            seen_texts.add((data.language, key))
            kept.append((prepared, uid))
        return kept

    def _stored_texts(self, batch: Sequence[Prepared]) -> set[tuple[str, str]]:
        """(language, normalised text) of the stored questions among the batch's, asked one
        language at a time so that the index on both answers."""
        by_language: dict[str, set[str]] = {}
        for data, key, _values in batch:
            by_language.setdefault(data.language, set()).add(key)
        return {(language, key) for language, keys_in in by_language.items()
                for (key,) in self._select("text_key", "text_key", sorted(keys_in),
                                           "language = ? AND ", (language,))}

    def _select(self, column: str, among: str, values: list, condition: str = "",
                parameters: tuple = (), table: str = "questions") -> list[tuple]:
        """``column`` of the rows of ``table`` whose ``among`` is one of ``values``."""
        found: list[tuple] = []
        for start in range(0, len(values), LOOKUP):
            chunk = values[start:start + LOOKUP]
            found += self._driver.execute(
                f"SELECT {column} FROM {table} WHERE {condition}{among} IN "
                f"({', '.join('?' * len(chunk))})", (*parameters, *chunk)).fetchall()
        return found

    def _tags(self, names: list[str]) -> dict[str, int]:
        """The ids of the tags named, the missing tags created."""
        missing = sorted(set(names) - self._tag_ids.keys())
        self._tag_ids.update(self._select("name, id", "name", missing, table="tags"))
        rows = []
        for name in missing:
            if name not in self._tag_ids:
                self._tag_ids[name], self._next_tag_id = self._next_tag_id, self._next_tag_id + 1
                rows.append((self._tag_ids[name], name))
        self._driver.executemany("INSERT INTO tags (id, name) VALUES (?, ?)", rows)
        return self._tag_ids
