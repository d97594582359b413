"""A data folder the app cannot use is explained in a box when the window was to open.

Started from a shortcut (pythonw on Windows), the app's stderr is shown nowhere, so a bad folder
would close the app without a word. These tests run as root, for whom no folder is unwritable,
so a refused write is simulated at the probe ensure() writes (as Windows or a read-only disk
refuse it); a full disk likewise.
"""

from __future__ import annotations

import errno

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from sole_app import app
from sole_app.core import paths
from sole_app.core.settings import AppSettings
from sole_app.ui import i18n


@pytest.fixture
def boxes(qapp, monkeypatch):
    """Message boxes shown, answered at once instead of waiting for a click."""
    shown: list[QMessageBox] = []

    def answer(box: QMessageBox) -> int:
        shown.append(box)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", answer)
    yield shown
    i18n.install("en")  # the rest of the suite expects English


def refuse_writes(monkeypatch, code: int) -> None:
    def probe(folder):
        raise OSError(code, "refused")

    monkeypatch.setattr(paths, "_write_probe", probe)


def test_a_file_as_the_data_folder_is_explained_in_a_box(boxes, tmp_path, capsys):
    # Given a file where the data folder should be
    blocker = tmp_path / "sole<b>data"
    blocker.write_text("not a folder")
    # When the window is started on it
    code = app.main(["--data-dir", str(blocker)])
    # Then the app stops with a box that names the folder and the reason, as plain text
    assert code == 1
    [box] = boxes
    assert box.icon() == QMessageBox.Icon.Critical
    assert box.textFormat() == Qt.TextFormat.PlainText  # a folder name is never markup
    assert str(blocker) in box.text() and "it is a file, not a folder" in box.text()
    # and stderr still has its line, for a start from a terminal
    assert "sole-app: The data folder" in capsys.readouterr().err


def test_an_unwritable_data_folder_is_explained_in_a_box(boxes, tmp_path, monkeypatch):
    refuse_writes(monkeypatch, errno.EACCES)
    assert app.main(["--data-dir", str(tmp_path / "data")]) == 1
    [box] = boxes
    assert "cannot be used: it is not writable" in box.text()


def test_a_full_disk_is_explained_in_a_box(boxes, tmp_path, monkeypatch):
    refuse_writes(monkeypatch, errno.ENOSPC)
    assert app.main(["--data-dir", str(tmp_path / "data")]) == 1
    [box] = boxes
    assert "cannot be used: the disk is full" in box.text()


def test_the_box_speaks_the_saved_language(boxes, tmp_path, monkeypatch):
    # Given a Romanian librarian's data folder on a disk that has since filled up
    AppSettings(language="ro").save(tmp_path / "data" / "settings.json")
    refuse_writes(monkeypatch, errno.ENOSPC)
    # When the window is started, then the box is in Romanian
    assert app.main(["--data-dir", str(tmp_path / "data")]) == 1
    [box] = boxes
    assert "nu poate fi folosit: discul este plin" in box.text()


def test_a_command_or_a_missing_screen_gets_no_box(boxes, tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    # A command keeps to its sentence on stderr
    assert app.main(["--data-dir", str(blocker), "questions", "list"]) == 1
    # and with no screen at all, Qt cannot show a box
    monkeypatch.setattr(app, "has_display", lambda: False)
    assert app.main(["--data-dir", str(blocker)]) == 1
    assert boxes == []
    assert capsys.readouterr().err.count("sole-app: The data folder") == 2
