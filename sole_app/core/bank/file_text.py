"""A shared file read as text, in the encoding its bytes show, streamed rather than held whole.

A byte order mark decides (UTF-8, UTF-16). Without one, UTF-16 shows itself by its zero bytes,
all on one side of each pair (the high half of every Latin letter, digit and separator). Else the
file is UTF-8, unless it holds no UTF-8 letter at all and only bytes that are not UTF-8: then it
is the Windows Central European code page (cp1250) that Excel saves in the Romanian locale, and
the import says so. A mostly-UTF-8 file is never re-read in another encoding: a byte in it that
is not UTF-8 is kept as a stand-in character ("surrogateescape"), which the question rules refuse
by row and field (see ``byte_problem``).
"""

from __future__ import annotations

import codecs
import io
import re
from dataclasses import dataclass
from pathlib import Path

from sole_app.core.bank.errors import FileUnreadable, ImportProblem, InvalidImportFile

CHUNK = 1 << 20  # characters (or bytes) read at a time: memory stays flat whatever the size
SAMPLE = 4096  # bytes looked at for the zero bytes of UTF-16
_STRAY = re.compile("[\udc80-\udcff]")  # a byte that was not text, as surrogateescape keeps it
_LETTER = re.compile("[^\x00-\x7f\udc80-\udcff]")  # a character that UTF-8 really encoded


@dataclass(frozen=True)
class Encoding:
    codec: str  # Python's name for it
    name: str  # as a person calls it
    marked: bool = False  # the file starts with a byte order mark
    errors: str = "surrogateescape"

    @property
    def said(self) -> str:
        """The encoding to tell the librarian the file was read in: one that the file does not
        declare and that is not UTF-8 ("Windows-1250"); "" otherwise."""
        return "" if self.marked or self.codec == "utf-8" else self.name


UTF8 = Encoding("utf-8", "UTF-8")
CP1250 = Encoding("cp1250", "Windows-1250")
MARKS = ((codecs.BOM_UTF8, Encoding("utf-8-sig", "UTF-8", True)),
         (codecs.BOM_UTF16_LE, Encoding("utf-16", "UTF-16", True, "strict")),
         (codecs.BOM_UTF16_BE, Encoding("utf-16", "UTF-16", True, "strict")))


def open_text(path: Path, legacy: bool) -> tuple[io.TextIOWrapper, Encoding]:
    """The file as a text stream (line ends as written) and its encoding; ``legacy`` allows
    cp1250 (spreadsheets do; a question pack is UTF-8 or UTF-16). FileUnreadable when it
    cannot be opened."""
    try:
        binary = path.open("rb")
    except OSError as error:
        raise FileUnreadable(path, error.strerror or str(error)) from error
    try:
        encoding = detect(binary, legacy)
    except OSError as error:
        binary.close()
        raise FileUnreadable(path, error.strerror or str(error)) from error
    binary.seek(0)
    return io.TextIOWrapper(binary, encoding=encoding.codec, errors=encoding.errors,
                            newline=""), encoding


def detect(binary, legacy: bool) -> Encoding:
    """The encoding of the file open in ``binary`` (read from the start)."""
    sample = binary.read(SAMPLE)
    for mark, encoding in MARKS:
        if sample.startswith(mark):
            return encoding
    unmarked = _unmarked_utf16(sample)
    if unmarked is not None:
        return unmarked
    if not legacy or _decodes(binary, sample):
        return UTF8
    return UTF8 if _mostly_utf8(binary) else CP1250


def _unmarked_utf16(sample: bytes) -> Encoding | None:
    """UTF-16 without a byte order mark, from its zero bytes: at least one byte in twenty, and
    nearly all of them on the same side of each pair (little- or big-endian)."""
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if even + odd < max(len(sample) // 20, 2) or min(even, odd) * 10 > max(even, odd):
        return None
    codec = "utf-16-le" if odd > even else "utf-16-be"
    return Encoding(codec, "UTF-16 (without a byte order mark)", errors="strict")


def _decodes(binary, sample: bytes) -> bool:
    """Whether the whole file is UTF-8, read a chunk at a time."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    chunk = sample
    try:
        while chunk:
            decoder.decode(chunk)
            chunk = binary.read(CHUNK)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _mostly_utf8(binary) -> bool:
    """More UTF-8 letters than bytes that are not UTF-8: a UTF-8 file with a few stray bytes,
    rather than a cp1250 file in which a pair of bytes happens to look like UTF-8."""
    binary.seek(0)
    decoder = codecs.getincrementaldecoder("utf-8")("surrogateescape")
    letters = strays = 0
    while chunk := binary.read(CHUNK):
        text = decoder.decode(chunk)
        strays += len(_STRAY.findall(text))
        letters += len(_LETTER.findall(text))
    return letters > strays


def byte_problem(problem: ImportProblem, encoding: Encoding) -> ImportProblem:
    """A "broken character" that is a byte the file's encoding could not read, named as that
    byte ("the byte 0xE9 is not UTF-8 text")."""
    if problem.detail != "broken_character" or encoding.errors != "surrogateescape":
        return problem
    point = int(str(problem.value)[2:], 16)
    if not 0xDC80 <= point <= 0xDCFF:
        return problem
    return ImportProblem("stray_byte", problem.where, problem.number, problem.field,
                         f"0x{point - 0xDC00:02X}", {"encoding": encoding.name})


def unreadable(path: Path, encoding: Encoding) -> InvalidImportFile:
    """The refusal of a file that stops being text in its (strict) encoding part way."""
    if encoding.codec.startswith("utf-16") and not encoding.marked:
        return InvalidImportFile(path, "not_utf16_without_mark")
    return InvalidImportFile(path, "not_utf16" if encoding.codec == "utf-16" else "not_utf8")
