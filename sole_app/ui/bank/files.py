"""Import and export from the bank page: file dialogs, a wait cursor, and what happened.

An import is an operation like any other change (it can be undone); an export changes nothing.
"""

from __future__ import annotations

import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from sole_app.core.bank import reading
from sole_app.core.bank.errors import ImportFailed
from sole_app.core.bank.file_fields import FORMATS
from sole_app.core.bank.search import search
from sole_app.core.errors import SoleError
from sole_app.ui.operations import elided


class BankFiles(QObject):
    """The counted words of an import or export. Plural forms are written with self.tr() in a
    class because PySide6 6.11's lupdate (Python 3.11's pin) reads plurals only from there: it
    takes QCoreApplication.translate(context, text, "", n) for a plain string."""

    def added(self, count: int) -> str:
        return self.tr("%n question(s) added", "", count)

    def known(self, count: int) -> str:
        return self.tr("%n already in the bank (not added again)", "", count)

    def saved(self, count: int) -> str:
        return self.tr("%n question(s) saved to {file}.", "", count)


def _start_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


class _Waiting:
    def __enter__(self):
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_exc):
        QGuiApplication.restoreOverrideCursor()


def import_questions(controller) -> bool:
    """Ask for a file and add its questions; say how many were added and how many were known."""
    view = controller.view
    path, _filter = QFileDialog.getOpenFileName(
        view, QCoreApplication.translate("BankFiles", "Import questions"), _start_folder(),
        QCoreApplication.translate(
            "BankFiles", "Question packs and spreadsheets (*.json *.csv);;"
                         "Question packs (*.json);;Spreadsheets (*.csv)"))
    if not path:
        return False
    # The writing side of the bank (SQLAlchemy) is imported when first used: the tab opens
    # and searches before it has loaded (app.load_in_stages)
    from sole_app.core.bank import operations as bank_operations

    name = QCoreApplication.translate("BankFiles", "import “{file}”").format(
        file=elided(Path(path).name))
    try:
        with _Waiting():
            change = controller.operations.run(name, lambda: bank_operations.import_file(
                controller.database, Path(path)))
    except SoleError as error:
        view.show_error(error, QCoreApplication.translate("BankFiles", "Import refused"))
        return False
    except Exception as error:  # a bug: the librarian is told, not only stderr (issue 10)
        traceback.print_exc()
        view.show_error(ImportFailed(Path(path), type(error).__name__),
                        QCoreApplication.translate("BankFiles", "Import refused"))
        return False
    counts = BankFiles()
    added, known = counts.added(change.added), counts.known(change.duplicates)
    said = QCoreApplication.translate(
        "BankFiles", "Imported {file}: {added}, {known}.").format(
        file=Path(path).name, added=added, known=known)
    if change.encoding:  # read in an encoding the file does not declare: say which
        said += " " + QCoreApplication.translate(
            "BankFiles", "The file was read as {encoding} text.").format(
            encoding=change.encoding)
    view.show_notice(said)
    return True


def export_questions(controller) -> bool:
    """Save the questions the list shows now (search and filters applied) to a file."""
    view = controller.view
    if view.model.rowCount() == 0:
        view.show_notice(QCoreApplication.translate(
            "BankFiles", "Nothing to export: no question is shown. Clear the search or filters."))
        return False
    path, chosen = QFileDialog.getSaveFileName(
        view, QCoreApplication.translate("BankFiles", "Export questions"),
        str(Path(_start_folder()) / "questions.json"),
        QCoreApplication.translate(
            "BankFiles", "Question pack (*.json);;Spreadsheet for Excel or LibreOffice (*.csv)"))
    if not path:
        return False
    target = Path(path)
    if target.suffix.lower().lstrip(".") not in FORMATS:
        target = target.with_suffix(".csv" if "*.csv" in chosen else ".json")
    try:
        with _Waiting():
            count = _export(controller, target)
    except SoleError as error:
        view.show_error(error, QCoreApplication.translate("BankFiles", "Export failed"))
        return False
    view.show_notice(BankFiles().saved(count).format(file=str(target)))
    return True


def _export(controller, target: Path) -> int:
    from sole_app.core.bank.pack import export_file
    from sole_app.ui.i18n import current_language

    view = controller.view
    rows = search(controller.database, view.search_text(), view.filters()).rows
    questions = reading.get_questions(controller.database, [row.id for row in rows])
    return export_file(target, questions, header_language=current_language())
