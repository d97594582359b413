"""A question pack read as it streams in: its top-level fields, then its questions one at a time,
so that a pack of 100,000 questions is never held whole in memory (as ``json.load`` would, several
times over). Each value is decoded by the standard library's JSON decoder; only the pack's outer
object and its list of questions are walked here.

A value nested more deeply than the decoder can follow (``[[[[...]]]]`` 100,000 deep) is refused
as a problem of the question (or field) that holds it, never a crash.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from sole_app.core.bank.errors import ImportProblem, InvalidImportFile

CHUNK = 1 << 20  # characters read at a time
WHITESPACE = " \t\n\r"
CUT_MARGIN = 16  # an error this close to the end of what was read may be a value cut in two


@dataclass(frozen=True)
class Field:
    """A top-level field of the pack other than its questions."""

    name: str
    value: object


@dataclass(frozen=True)
class Entry:
    """One element of the pack's ``questions`` list (1-based), as decoded."""

    number: int
    value: object


class PackStream:
    """Walks ``{"key": value, ..., "questions": [entry, ...], ...}``, yielding a Field for each
    key but questions, an Entry for each question, and an ImportProblem (then stopping) where
    the JSON breaks. Raises InvalidImportFile when the file is no JSON object at all."""

    def __init__(self, path: Path, stream: TextIO) -> None:
        self.path = path
        self._stream = stream
        self._decoder = json.JSONDecoder()
        self._text = ""
        self._at = 0
        self._ended = False
        self._lines_before = 0  # lines of the file dropped from the front of _text
        self._column_before = 0  # characters of the current line dropped with them
        self.keys: set[str] = set()  # the top-level keys read so far

    def items(self) -> Iterator[Field | Entry | ImportProblem]:
        first = self._peek()
        if first != "{":
            raise InvalidImportFile(self.path, "not_a_pack" if first == "[" else "not_json")
        self._at += 1
        if self._peek() == "}":
            self._at += 1
        else:
            while True:
                key = self._key()
                self.keys.add(key)
                for item in self._questions() if key == "questions" else self._field(key):
                    yield item
                    if isinstance(item, ImportProblem):
                        return  # the JSON broke here: nothing after it can be read
                if self._expect(",}") == "}":
                    break
        if self._peek() != "":
            yield self._syntax_problem("file", None, None)

    def _key(self) -> str:
        if self._peek() != '"':
            raise self._not_json()
        key = self._value("file", None, None)
        if isinstance(key, ImportProblem):
            raise self._not_json()
        self._expect(":")
        return key

    def _field(self, name: str) -> Iterator[Field | ImportProblem]:
        value = self._value("file", None, name)
        yield value if isinstance(value, ImportProblem) else Field(name, value)

    def _questions(self) -> Iterator[Field | Entry | ImportProblem]:
        if self._peek() != "[":
            yield from self._field("questions")  # not a list: the pack reader says so
            return
        self._at += 1
        if self._peek() == "]":
            self._at += 1
            return
        number = 0
        while True:
            number += 1
            value = self._value("question", number, None)
            yield value if isinstance(value, ImportProblem) else Entry(number, value)
            if isinstance(value, ImportProblem) or self._expect(",]") == "]":
                return

    def _value(self, where: str, number: int | None, field: str | None):
        """The next JSON value, read on until it is whole; an ImportProblem when it breaks."""
        self._peek()
        while True:
            try:
                value, end = self._decoder.raw_decode(self._text, self._at)
            except RecursionError:
                return ImportProblem("too_deep", where, number, field)
            except json.JSONDecodeError as error:
                if self._ended or not self._maybe_cut(error):
                    return self._syntax_problem(where, number, field, error.pos)
                self._read()
                continue
            if end < len(self._text) or self._ended:
                self._at = end
                return value
            self._read()  # a number at the very end may go on ("12" of "123")

    def _maybe_cut(self, error: json.JSONDecodeError) -> bool:
        return (error.msg.startswith("Unterminated string")
                or error.pos >= len(self._text) - CUT_MARGIN)

    def _expect(self, marks: str) -> str:
        mark = self._peek()
        if mark == "" or mark not in marks:
            raise self._not_json()
        self._at += 1
        return mark

    def _peek(self) -> str:
        """The next character that is not whitespace ("" at the end), not consumed."""
        while True:
            while self._at < len(self._text) and self._text[self._at] in WHITESPACE:
                self._at += 1
            if self._at < len(self._text) or self._ended:
                return self._text[self._at:self._at + 1]
            self._read()

    def _read(self) -> None:
        """Drop what was consumed, then read on."""
        if self._at > CHUNK:
            dropped = self._text[:self._at]
            newlines = dropped.count("\n")
            self._lines_before += newlines
            last = dropped.rfind("\n")
            self._column_before = (len(dropped) - last - 1 if newlines
                                   else self._column_before + len(dropped))
            self._text, self._at = self._text[self._at:], 0
        more = self._stream.read(CHUNK)
        self._ended = not more
        self._text += more

    def _syntax_problem(self, where: str, number: int | None, field: str | None,
                        position: int | None = None) -> ImportProblem:
        at = self._at if position is None else position
        line_start = self._text.rfind("\n", 0, at) + 1
        line = self._lines_before + self._text.count("\n", 0, at) + 1
        column = at - line_start + 1 + (self._column_before if line == self._lines_before + 1
                                        else 0)
        return ImportProblem("not_json_at", where, number, field,
                             details={"line": line, "column": column})

    def _not_json(self) -> InvalidImportFile:
        return InvalidImportFile.listing(self.path, [self._syntax_problem("file", None, None)])
