"""The librarian exports from the History tab: chooses what and how, sees progress on a long
export and can cancel it, and hears in one sentence when it fails; imports a backup."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from sole_app.core.clock import FakeClock
from sole_app.ui.history.export_dialog import ExportDialog
from tests.full_session import make_full_session
from tests.ui.history.conftest import choose


def saving_to(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(path), ""))


def librarian_chooses(monkeypatch, **choices) -> list[ExportDialog]:
    """Answer the export dialog as the librarian would: click what ``choices`` says, Save."""
    opened = []

    def answer(dialog: ExportDialog):
        opened.append(dialog)
        if choices.get("range"):
            dialog.range_radio.click()
            dialog.since_edit.setDate(QDate(2026, 11, 1))
            dialog.until_edit.setDate(QDate(2026, 12, 31))
        if "format" in choices:
            dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(choices["format"]))
        if choices.get("first_names"):
            dialog.first_names_check.click()
        return ExportDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", answer)
    return opened


def test_the_dialog_starts_with_the_chosen_session_as_pdf_and_no_first_names(qtbot):
    dialog = ExportDialog([4], (None, None), None)
    qtbot.addWidget(dialog)
    assert dialog.chosen_radio.isChecked() and dialog.chosen_radio.isEnabled()
    assert dialog.format_combo.currentData() == "pdf"
    assert not dialog.first_names_check.isChecked()
    choice = dialog.choice()
    assert (choice.session_ids, choice.file_format, choice.first_names) == ((4,), "pdf", False)


def test_with_nothing_chosen_the_dialog_offers_the_days(qtbot):
    dialog = ExportDialog([], (None, None), None)
    qtbot.addWidget(dialog)
    assert dialog.range_radio.isChecked() and not dialog.chosen_radio.isEnabled()
    assert dialog.choice().ranged


def test_the_chosen_session_is_exported_as_a_web_page(page, qtbot, monkeypatch, tmp_path):
    choose(page, 1)
    librarian_chooses(monkeypatch, format="html")
    target = tmp_path / "sesiune.html"
    saving_to(monkeypatch, target)
    page.export_action.trigger()
    qtbot.waitUntil(lambda: page.notice.text() == f"Exported 1 session to {target}.")
    text = target.read_text(encoding="utf-8")
    assert "Ar putea un sat" in text and "Может ли деревня" not in text
    assert "Ștefan" not in text  # first names stay out unless ticked


def test_ticking_first_names_puts_them_in_that_export(page, qtbot, monkeypatch, tmp_path):
    choose(page, 1)
    librarian_chooses(monkeypatch, format="json", first_names=True)
    target = tmp_path / "backup"
    saving_to(monkeypatch, target)
    page.export_action.trigger()
    written = tmp_path / "backup.json"  # the format's extension is added
    qtbot.waitUntil(written.exists)
    assert json.loads(written.read_text(encoding="utf-8"))["groups"][0]["first_names"] == [
        "Ana", "Ștefan"]


def test_a_range_of_days_goes_into_one_spreadsheet(page, qtbot, monkeypatch, tmp_path):
    librarian_chooses(monkeypatch, range=True, format="csv")
    target = tmp_path / "luna.csv"
    saving_to(monkeypatch, target)
    page.export_action.trigger()
    qtbot.waitUntil(lambda: page.notice.text() == f"Exported 2 sessions to {target}.")
    assert len(target.read_text(encoding="utf-8-sig").splitlines()) == 3


@pytest.fixture
def many_sessions(database):
    clock = FakeClock()
    return [make_full_session(database, clock) for _ in range(12)]


@pytest.mark.parametrize("when", [2, 14])  # while reading, while painting the PDF's pages
def test_a_long_export_shows_progress_and_can_be_cancelled(history, page, qtbot, tmp_path,
                                                            many_sessions, when):
    # Given an export of many sessions under way
    target = tmp_path / "toate.pdf"
    run = history.controller.start_export(many_sessions, "pdf", target, False)
    qtbot.waitUntil(lambda: run.dialog.value() >= when)
    assert run.dialog.maximum() == 2 * len(many_sessions) + 1  # read, paint, then write
    # When the librarian presses Cancel
    qtbot.mouseClick(run.dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    # Then it stops, says so, and no file was written
    qtbot.waitUntil(lambda: page.notice.text() == "Export cancelled: nothing was saved.")
    assert not target.exists() and list(tmp_path.glob("*.part")) == []


def test_a_long_export_runs_to_the_end_with_its_progress(history, page, qtbot, tmp_path,
                                                          many_sessions):
    target = tmp_path / "toate.md"
    run = history.controller.start_export(many_sessions, "md", target, False)
    seen = []
    run.cancelled.connect(lambda: seen.append("cancelled"))
    qtbot.waitUntil(lambda: page.notice.text().startswith("Exported 12 sessions"))
    assert run.dialog.value() == run.dialog.maximum() == 13 and seen == []
    assert target.read_text(encoding="utf-8").count("# Ar putea un sat") == 12


def test_a_failed_export_is_one_sentence(page, qtbot, monkeypatch, tmp_path):
    choose(page, 1)
    librarian_chooses(monkeypatch, format="md")
    saving_to(monkeypatch, tmp_path / "USB" / "sesiune.md")
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    page.export_action.trigger()
    qtbot.waitUntil(lambda: shown != [])
    assert shown == [f"sesiune.md was not saved: the folder {tmp_path / 'USB'} does not exist."]


def test_a_backup_is_imported_and_the_import_undone(history, page, qtbot, monkeypatch,
                                                    tmp_path, database):
    from sole_app.core.exports.report import ExportOptions
    from sole_app.core.exports.run import export_sessions

    backup = tmp_path / "backup.json"
    other = make_full_session(database, FakeClock(), "Din altă bibliotecă?")
    export_sessions(database, [other], "json", backup, ExportOptions())
    history.controller.refresh()
    choose(page, 1)  # the newest first: the Russian session, then this one (the same day)
    assert page.list.currentItem().text(1) == "Din altă bibliotecă?"
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Yes)
    page.delete_action.trigger()
    assert page.list.topLevelItemCount() == 2
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(backup), ""))
    page.import_action.trigger()
    assert page.notice.text() == (
        "Imported 1 session from backup.json; 0 already here (not added again).")
    assert page.list.topLevelItemCount() == 3
    history.controller.operations.undo()
    assert page.list.topLevelItemCount() == 2


def test_a_damaged_backup_is_refused_with_its_problems_listed(page, monkeypatch, tmp_path):
    damaged = tmp_path / "damaged.json"
    damaged.write_text('{"format": "sole-session", "version": 1, "session": {"uid": "x y"}}',
                       encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(damaged), ""))
    boxes = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(
        (box.text(), box.detailedText(), box.textFormat())))
    page.import_action.trigger()
    (text, details, text_format) = boxes[0]
    assert text.startswith("The file damaged.json was refused and nothing was imported:")
    assert "session 1: “uid” is not a valid identifier." in details.splitlines()
    assert text_format == Qt.TextFormat.PlainText
    assert page.list.topLevelItemCount() == 2
