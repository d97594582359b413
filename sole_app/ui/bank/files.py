"""Import and export from the bank page: file dialogs, a wait cursor, and what happened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from sole_app.core.bank import store as bank
from sole_app.core.bank.pack import export_file, read_file
from sole_app.core.bank.search import search
from sole_app.core.errors import SoleError


def _start_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


class _Waiting:
    def __enter__(self):
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_exc):
        QGuiApplication.restoreOverrideCursor()


def import_questions(panel) -> bool:
    """Ask for a file and add its questions; say how many were added and how many were known."""
    path, _filter = QFileDialog.getOpenFileName(
        panel, QCoreApplication.translate("BankFiles", "Import questions"), _start_folder(),
        QCoreApplication.translate(
            "BankFiles", "Question packs and spreadsheets (*.json *.csv);;"
                         "Question packs (*.json);;Spreadsheets (*.csv)"))
    if not path:
        return False
    try:
        with _Waiting():
            result = bank.import_questions(panel.database, read_file(Path(path)))
    except SoleError as error:
        panel.show_error(error, QCoreApplication.translate("BankFiles", "Import refused"))
        return False
    added = QCoreApplication.translate("BankFiles", "%n question(s) added", "", result.added)
    known = QCoreApplication.translate(
        "BankFiles", "%n already in the bank (not added again)", "", result.duplicates)
    panel.notice.show_message(QCoreApplication.translate(
        "BankFiles", "Imported {file}: {added}, {known}.").format(
        file=Path(path).name, added=added, known=known))
    panel.refresh_tags()
    panel.refresh()
    return True


def export_questions(panel) -> bool:
    """Save the questions the list shows now (search and filters applied) to a file."""
    if panel.model.rowCount() == 0:
        panel.notice.show_message(QCoreApplication.translate(
            "BankFiles", "Nothing to export: no question is shown. Clear the search or filters."))
        return False
    path, chosen = QFileDialog.getSaveFileName(
        panel, QCoreApplication.translate("BankFiles", "Export questions"),
        str(Path(_start_folder()) / "questions.json"),
        QCoreApplication.translate(
            "BankFiles", "Question pack (*.json);;Spreadsheet for Excel or LibreOffice (*.csv)"))
    if not path:
        return False
    target = Path(path)
    if target.suffix.lower() not in (".json", ".csv"):
        target = target.with_suffix(".csv" if "*.csv" in chosen else ".json")
    from sole_app.ui.i18n import current_language

    try:
        with _Waiting():
            rows = search(panel.database, panel.search_box.text(), panel.filters()).rows
            questions = bank.get_questions(panel.database, [row.id for row in rows])
            count = export_file(target, questions, header_language=current_language())
    except SoleError as error:
        panel.show_error(error, QCoreApplication.translate("BankFiles", "Export failed"))
        return False
    panel.notice.show_message(QCoreApplication.translate(
        "BankFiles", "%n question(s) saved to {file}.", "", count).format(file=str(target)))
    return True
