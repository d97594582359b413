"""The data folder is checked by writing in it: a file, a refused write or a full disk is named."""

from __future__ import annotations

import errno
import os
import sys

import pytest

from sole_app.core import paths
from sole_app.core.errors import DataDirError
from sole_app.core.paths import DataPaths


def refuse_writes(monkeypatch, code: int) -> None:
    def probe(folder):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(paths, "_write_probe", probe)


def refusal(folder) -> DataDirError:
    with pytest.raises(DataDirError) as caught:
        DataPaths(folder).ensure()
    return caught.value


def test_a_usable_folder_is_made_and_left_empty(tmp_path):
    data = DataPaths(tmp_path / "new" / "data").ensure()
    assert data.root.is_dir() and list(data.root.iterdir()) == []


def test_a_file_is_refused(tmp_path):
    (tmp_path / "data").write_text("x")
    error = refusal(tmp_path / "data")
    assert error.reason == "a_file" and "it is a file, not a folder" in str(error)


@pytest.mark.parametrize(("code", "reason", "words"), [
    (errno.ENOSPC, "disk_full", "the disk is full"),
    (errno.EACCES, "not_writable", "it is not writable"),
    (errno.EROFS, "not_writable", "it is not writable"),
])
def test_a_refused_write_names_its_reason(tmp_path, monkeypatch, code, reason, words):
    refuse_writes(monkeypatch, code)
    error = refusal(tmp_path / "data")
    assert error.reason == reason and words in str(error)


def test_a_rarer_problem_keeps_the_systems_words(tmp_path, monkeypatch):
    refuse_writes(monkeypatch, errno.EIO)
    assert refusal(tmp_path / "data").reason == os.strerror(errno.EIO)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0,
                    reason="root writes anywhere, and Windows ignores a folder's mode bits")
def test_a_folder_without_write_permission_is_refused(tmp_path):
    (tmp_path / "data").mkdir(mode=0o500)
    assert refusal(tmp_path / "data").reason == "not_writable"
