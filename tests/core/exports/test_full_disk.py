"""Every export, and every step of writing it, on a full disk or a read-only folder: one sentence,
the file from before intact, and no temporary file left behind.

The disk's refusal is simulated at each step where the system could refuse (making the temporary
file, writing, flushing to the disk, the final rename). Tests run as root here, where chmod does
not stop a write, so a read-only folder is simulated too (EROFS at the temporary file); the real
chmod case is tests/core/exports/test_files.py's, skipped as root.
"""

from __future__ import annotations

import errno
import os

import pytest

from sole_app.core.bank import pack, store
from sole_app.core.bank.question_data import QuestionData
from sole_app.core.errors import SoleError
from sole_app.core.exports import files, run
from sole_app.core.exports.errors import ExportFailed
from sole_app.core.exports.report import ExportOptions

OLD = "the export from last month, ăîșțâ\n".encode()
FULL = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
READ_ONLY = OSError(errno.EROFS, os.strerror(errno.EROFS))


class StubPdf:
    """A PDF maker as Qt's printing would be, without Qt (core's tests)."""

    def __init__(self, _options) -> None:
        self.pages = []

    def add(self, html: str) -> None:
        self.pages.append(html)

    def paint(self):
        yield from self.pages

    def finish(self) -> bytes:
        return b"%PDF-1.4 " + b"x" * 5000


def refuse_at(monkeypatch, step: str) -> str:
    """Make the system refuse at ``step``; returns the reason the sentence must give."""
    def refuse(error):
        def raiser(*_args, **_kwargs):
            raise error
        return raiser

    if step == "temporary file":
        monkeypatch.setattr(files.tempfile, "mkstemp", refuse(FULL))
    elif step == "read-only folder":
        monkeypatch.setattr(files.tempfile, "mkstemp", refuse(READ_ONLY))
        return "no_permission"
    elif step == "half written":
        def half(stream, data):
            stream.write(data[: len(data) // 2])
            raise FULL
        monkeypatch.setattr(files, "_write", half)
    elif step == "flush to disk":
        monkeypatch.setattr(files.os, "fsync", refuse(FULL))
    elif step == "rename":
        monkeypatch.setattr(files.os, "replace", refuse(FULL))
    return "disk_full"


STEPS = ("temporary file", "read-only folder", "half written", "flush to disk", "rename")


# Every format at the step that leaves half a file, and every step for one format (the steps
# are the same code for every format: exports/files.py)
@pytest.mark.parametrize(("file_format", "step"), [
    *((file_format, "half written") for file_format in ("pdf", "html", "md", "csv", "json")),
    *(("pdf", step) for step in STEPS if step != "half written")])
def test_an_export_refused_at_any_step_leaves_the_old_file_and_says_why(
        database, full_session, tmp_path, monkeypatch, file_format, step):
    # Given last month's export in the folder
    folder = tmp_path / "Documents"
    folder.mkdir()
    target = folder / f"sesiuni.{file_format}"
    target.write_bytes(OLD)
    reason = refuse_at(monkeypatch, step)
    # When this export is refused at that step
    with pytest.raises(ExportFailed) as caught:
        run.export_sessions(database, [full_session], file_format, target, ExportOptions(),
                            make_pdf=StubPdf)
    # Then the old file is exactly as it was, nothing else is left, and one sentence says why
    assert target.read_bytes() == OLD
    assert [path.name for path in folder.iterdir()] == [target.name]
    assert caught.value.reason == reason
    assert target.name in str(caught.value)


@pytest.mark.parametrize("step", ["temporary file", "rename"])
@pytest.mark.parametrize("file_format", ["json", "csv"])
def test_a_question_pack_refused_on_a_full_disk_leaves_the_old_pack(database, tmp_path,
                                                                  monkeypatch, file_format,
                                                                  step):
    # Given a pack shared last month, and a question to export now
    target = tmp_path / f"pack.{file_format}"
    target.write_bytes(OLD)
    question = store.add_question(database, QuestionData("De ce cad frunzele?", "ro"))

    def full(*_args, **_kwargs):
        raise FULL

    monkeypatch.setattr(pack.tempfile if step == "temporary file" else pack.os,
                        "mkstemp" if step == "temporary file" else "replace", full)
    # When the disk is full / Then a sentence, and the old pack as it was, with nothing beside it
    with pytest.raises(SoleError) as caught:
        pack.export_file(target, [question])
    assert "pack." in str(caught.value)
    assert target.read_bytes() == OLD
    assert [path.name for path in tmp_path.iterdir() if path.name != "data"] == [target.name]
