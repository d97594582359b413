"""The import's second thread hands over every entry in the file's order, raises the reader's
own exception in the writer's thread, and never outlives the import (the file is closed after
it)."""

from __future__ import annotations

import threading

import pytest

from sole_app.core.bank.errors import InvalidImportFile
from sole_app.core.bank.read_ahead import ReadAhead


class Entries:
    """A generator's stand-in that says which thread read and closed it."""

    def __init__(self, count: int, fail_at: int | None = None) -> None:
        self.count, self.fail_at = count, fail_at
        self.read_by: set[str] = set()
        self.closed_by: str | None = None
        self.read = 0

    def __iter__(self):
        return self

    def __next__(self) -> int:
        self.read_by.add(threading.current_thread().name)
        if self.read == self.fail_at:
            raise InvalidImportFile("pack.json", "not_a_pack")
        if self.read >= self.count:
            raise StopIteration
        self.read += 1
        return self.read

    def close(self) -> None:
        self.closed_by = threading.current_thread().name


def test_every_entry_comes_prepared_in_the_files_order_read_by_the_second_thread():
    # Given 2,503 entries read in batches of 100
    entries = Entries(2503)
    # When they are taken batch by batch
    with ReadAhead(entries, lambda n: n * 10, 100) as reader:
        batches = list(reader.batches())
    # Then all of them come, prepared, in order, the last batch short
    assert [n for batch in batches for n in batch] == [n * 10 for n in range(1, 2504)]
    assert [len(batch) for batch in batches][-2:] == [100, 3]
    # And the reading ran in the reader's thread, which closed the entries and ended
    assert entries.read_by == {"import reader"} and entries.closed_by == "import reader"
    assert not any(thread.name == "import reader" for thread in threading.enumerate())


def test_the_readers_exception_is_raised_in_the_writers_thread_after_the_batches_before_it():
    # Given entries whose 250th cannot be read
    entries = Entries(1000, fail_at=250)
    taken: list[int] = []
    # When the writer takes the batches
    with pytest.raises(InvalidImportFile) as caught, \
            ReadAhead(entries, lambda n: n, 100) as reader:
        for batch in reader.batches():
            taken += batch
    # Then it got the 250 entries before, then the reader's own sentence
    assert taken == list(range(1, 251))
    assert str(caught.value) == str(InvalidImportFile("pack.json", "not_a_pack"))
    assert not any(thread.name == "import reader" for thread in threading.enumerate())


def test_a_writer_that_stops_early_stops_the_reader_and_waits_for_it():
    # Given a long file, read ahead into a small queue
    entries = Entries(1_000_000)
    # When the writer fails after the first batch (a full disk, say)
    with pytest.raises(OSError), ReadAhead(entries, lambda n: n, 100, depth=2) as reader:
        for _batch in reader.batches():
            raise OSError("database or disk is full")
    # Then the reader has stopped well before the end, closed the entries, and ended
    assert entries.read < 10_000 and entries.closed_by == "import reader"
    assert not any(thread.name == "import reader" for thread in threading.enumerate())
