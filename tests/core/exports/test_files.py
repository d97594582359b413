"""A failed export never leaves half a file where an old one was, and says why in one sentence:
a missing folder, no permission, a full disk."""

from __future__ import annotations

import errno
import os
import stat
import sys

import pytest

from sole_app.core.exports import files, run
from sole_app.core.exports.errors import ExportFailed, NothingToExport, PdfUnavailable
from sole_app.core.exports.files import write_atomically
from sole_app.core.exports.report import ExportOptions

OLD = b"the export from last month\n"


def test_a_new_file_replaces_the_old_one_whole(tmp_path):
    target = tmp_path / "sesiuni.html"
    target.write_bytes(OLD)
    write_atomically(target, "nouă".encode())
    assert target.read_bytes() == "nouă".encode()
    assert [path.name for path in tmp_path.iterdir()] == ["sesiuni.html"]


@pytest.fixture
def folder(tmp_path):
    """The librarian's folder for exports, beside the data folder."""
    path = tmp_path / "Documents"
    path.mkdir()
    return path


def test_a_full_disk_during_an_export_leaves_the_old_file_intact(database, full_session,
                                                                 folder, monkeypatch):
    # Given last month's export in the folder
    target = folder / "sesiuni.csv"
    target.write_bytes(OLD)

    def disk_full(stream, data):
        stream.write(data[:100])  # half of it reached the disk, then the disk was full
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files, "_write", disk_full)
    # When the export runs out of space
    with pytest.raises(ExportFailed) as caught:
        run.export_sessions(database, [full_session], "csv", target, ExportOptions())
    # Then the old file is exactly as it was, no temporary file is left, and one sentence says so
    assert target.read_bytes() == OLD
    assert [path.name for path in folder.iterdir()] == ["sesiuni.csv"]
    assert str(caught.value) == (
        "sesiuni.csv was not saved because the disk is full; free some space or choose "
        "another disk, and any older sesiuni.csv there is unchanged.")


def test_a_missing_folder_is_one_sentence(tmp_path):
    with pytest.raises(ExportFailed) as caught:
        write_atomically(tmp_path / "USB" / "sesiuni.pdf", b"%PDF")
    assert caught.value.reason == "missing_folder"
    assert str(caught.value) == (
        f"sesiuni.pdf was not saved: the folder {tmp_path / 'USB'} does not exist.")


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0,
                    reason="needs a folder this user cannot write in (root writes anywhere)")
def test_a_folder_without_permission_is_one_sentence(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(ExportFailed) as caught:
            write_atomically(locked / "sesiuni.md", b"# x")
    finally:
        locked.chmod(stat.S_IRWXU)
    assert caught.value.reason == "no_permission"


def test_no_permission_is_one_sentence_even_where_the_system_allows_everything(tmp_path,
                                                                              monkeypatch):
    def refused(*_args, **_kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(files.tempfile, "mkstemp", refused)
    with pytest.raises(ExportFailed) as caught:
        write_atomically(tmp_path / "sesiuni.md", b"# x")
    assert str(caught.value) == (
        f"sesiuni.md was not saved: the folder {tmp_path} cannot be written to, or the file is "
        "open in another program.")


def test_nothing_chosen_and_no_pdf_maker_are_one_sentence_each(database, full_session, folder):
    with pytest.raises(NothingToExport):
        run.export_sessions(database, [], "html", folder / "x.html", ExportOptions())
    with pytest.raises(PdfUnavailable):
        run.export_sessions(database, [full_session], "pdf", folder / "x.pdf",
                            ExportOptions())
    assert list(folder.iterdir()) == []


def test_stopping_before_the_last_step_writes_nothing(database, full_session, folder):
    # Exporting a range goes step by step; a cancelled export stops and writes nothing
    steps = run.export_steps(database, [full_session], "html", folder / "x.html",
                             ExportOptions())
    first = next(steps)
    assert (first.done, first.total, first.finished) == (1, 2, False)
    steps.close()
    assert list(folder.iterdir()) == []
