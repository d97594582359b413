"""A file's questions read and checked in a second thread while the import writes, so that on a
computer of two cores the Python of the reading (about 5 s of 100,000 questions) overlaps
SQLite's filling of the full-text index (about 4 s), which runs in C without Python's lock.

The reader runs only while the writer is waiting: for the next batch, or for SQLite inside one
long statement (``running``). It pauses between two questions while the writer sends rows one
statement step at a time: each step lets go of Python's lock and has to win it back, and with
the reader busy that took up to 5 ms a step (a convoy, measured: the rows of 100,000 questions
went in in 45 s instead of 2). The queue between them is bounded, so memory stays flat.

Whatever the reader raises (a file that breaks, an encoding that stops being text) is raised
again, the same exception, in the writer's thread where the reading was asked for.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

DEPTH = 16  # batches waiting at most: 16,000 questions while the index fills 10,000 (bulk.py)
_END = object()
_PUT_WAIT = 0.05  # s between two looks at whether the writer stopped listening


class _Failed:
    def __init__(self, error: BaseException) -> None:
        self.error = error


class ReadAhead:
    """``prepare(entry)`` for each of ``entries``, in batches of ``batch``, read in a thread of
    its own while the caller works (see the module's docstring). Use it as a context manager:
    leaving it, however, stops the reader and waits for it, so the file can be closed."""

    def __init__(self, entries: Iterable, prepare: Callable, batch: int,
                 depth: int = DEPTH) -> None:
        self._entries = entries
        self._prepare = prepare
        self._batch = batch
        self._queue: queue.Queue = queue.Queue(maxsize=depth)
        self._may_run = threading.Event()  # set while the writer waits
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._read, name="import reader", daemon=True)

    def __enter__(self) -> ReadAhead:
        self._thread.start()
        return self

    def __exit__(self, *_exception) -> None:
        self._stopped.set()
        self._may_run.set()  # a paused reader wakes up, sees the stop, and ends
        self._thread.join()

    def batches(self) -> Iterator[list]:
        """The prepared entries, a batch at a time, in the file's order; the reader's
        exception, if it raised one, once the batches before it are taken."""
        while True:
            with self.running():
                item = self._queue.get()
            if item is _END:
                return
            if isinstance(item, _Failed):
                raise item.error
            yield item

    @contextmanager
    def running(self):
        """Let the reader run while the caller waits (for SQLite inside one long statement)."""
        self._may_run.set()
        try:
            yield
        finally:
            self._may_run.clear()

    def _read(self) -> None:
        entries = iter(self._entries)
        try:
            self._hand_over(entries)
        finally:
            close = getattr(entries, "close", None)
            if close is not None:
                close()  # a generator is closed in the thread that ran it

    def _hand_over(self, entries: Iterator) -> None:
        batch: list = []
        try:
            may_run, stopped = self._may_run, self._stopped
            for entry in entries:
                if not may_run.is_set():  # (a look, cheaper than waiting on a set Event)
                    may_run.wait()
                if stopped.is_set():
                    return
                batch.append(self._prepare(entry))
                if len(batch) >= self._batch:
                    self._put(batch)
                    batch = []
            end: object = _END
        except BaseException as error:  # noqa: BLE001 - handed to the writer, raised there
            end = _Failed(error)  # after the entries read before it
        if batch:
            self._put(batch)
        self._put(end)

    def _put(self, item) -> None:
        while not self._stopped.is_set():
            try:
                self._queue.put(item, timeout=_PUT_WAIT)
                return
            except queue.Full:
                continue
