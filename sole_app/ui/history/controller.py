"""What the History tab does: list and search past sessions, show the chosen one as it will be
exported, amend its notes (undoable, through the app's Operations), open its reflection in the
reflection dialog the composition root hands in, delete it completely, import backups, export,
and make printables. The page (page.py) lays out; this decides."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog

from sole_app.core.errors import SoleError
from sole_app.core.exports.files import write_atomically
from sole_app.core.exports.html_report import render_html
from sole_app.core.exports.report import ExportOptions, session_date
from sole_app.core.exports.run import export_steps, sessions_between
from sole_app.core.findings import operations as findings_operations
from sole_app.core.findings.notes import notes_of
from sole_app.core.history import operations as history_operations
from sole_app.core.history.backup import full_document
from sole_app.core.history.deletion import delete_sessions
from sole_app.core.history.listing import list_sessions, session_tags
from sole_app.core.history.summary import session_language
from sole_app.core.settings import AppSettings
from sole_app.ui import i18n
from sole_app.ui.history import export_dialog, printables_dialog
from sole_app.ui.history.page import HistoryPage
from sole_app.ui.history.pdf import PdfReport
from sole_app.ui.history.printables import question_card_pdf, recording_sheet_pdf
from sole_app.ui.history.rows import export_words
from sole_app.ui.history.steps import ExportSteps
from sole_app.ui.operations import Operations, elided, named

EditReflection = Callable[[int], None]


class HistoryController(QObject):
    """Drives a HistoryPage. ``edit_reflection(session_id)`` opens the reflection dialog (None:
    the button is hidden)."""

    def __init__(self, view: HistoryPage, database, operations: Operations,
                 settings: AppSettings, edit_reflection: EditReflection | None = None) -> None:
        super().__init__(view)
        self.view, self.database, self.operations = view, database, operations
        self.settings = settings
        self._edit_reflection = edit_reflection
        self.export_run: ExportSteps | None = None
        for action, slot in ((view.export_action, self.export),
                             (view.import_action, self.import_sessions),
                             (view.delete_action, self.delete_session),
                             (view.printables_action, self.printables)):
            action.triggered.connect(slot)
        view.amend_button.clicked.connect(self.amend_note)
        view.delete_note_button.clicked.connect(self.delete_note)
        view.reflection_button.clicked.connect(self.edit_reflection)
        view.filters_changed.connect(self.refresh)
        view.current_changed.connect(self.show_current)
        view.shown_again.connect(self.refresh)
        operations.changed.connect(lambda _change: self.refresh())
        self.refresh()

    def options(self, first_names: bool = False) -> ExportOptions:
        """Exports in the interface language, with the library's name."""
        return ExportOptions(translate=export_words, language=i18n.current_language(),
                             library=self.settings.library_name, first_names=first_names)

    def refresh(self) -> None:
        """List again with the search and filters, keeping the chosen session."""
        self.view.filter_bar.show_tags(session_tags(self.database))
        self.view.show_rows(self.listed(), self.view.current_id())
        self.show_current()

    def listed(self) -> list:
        """The past sessions the search and filters let through."""
        return list_sessions(self.database, self.view.filter_bar.filters())

    def show_current(self) -> None:
        session_id = self.view.current_id()
        if session_id is None:
            self.view.show_session(None, [], False, self._edit_reflection is not None)
            return
        try:
            document = full_document(self.database, session_id, first_names=True)
        except SoleError:  # deleted meanwhile (the command line, another window)
            self.view.show_session(None, [], False, self._edit_reflection is not None)
            return
        # As the PDF lays it out: no page margins, so the table fits a narrow side panel
        page = render_html([document], self.options(first_names=True), paged=True)
        self.view.show_session(page, notes_of(self.database, session_id),
                               document["session"]["status"] == "running",
                               self._edit_reflection is not None)

    # --- notes and reflection ----------------------------------------------------------------

    def amend_note(self) -> None:
        note_id, before = self.view.current_note_id(), self.view.current_note_text()
        if note_id is None:
            return
        text = self.view.ask_note_text(before)
        if text is None or text == before:
            return
        self._run(self.tr("amend note “{text}”").format(text=named(before)),
                  lambda: findings_operations.edit_note(self.database, note_id, text))

    def delete_note(self) -> None:
        note_id, text = self.view.current_note_id(), self.view.current_note_text()
        if note_id is not None:
            self._run(self.tr("delete note “{text}”").format(text=named(text)),
                      lambda: findings_operations.delete_note(self.database, note_id))

    def edit_reflection(self) -> None:
        session_id = self.view.current_id()
        if session_id is not None and self._edit_reflection is not None:
            self._edit_reflection(session_id)

    def _run(self, name: str, operation) -> object | None:
        try:
            return self.operations.run(name, operation)
        except SoleError as error:
            self.view.show_error(error, self.tr("Not changed"))
            return None

    # --- deleting and importing --------------------------------------------------------------

    def delete_session(self) -> None:
        session_id = self.view.current_id()
        if session_id is None:
            return
        question = full_document(self.database, session_id)["session"]["question"]
        if not self.view.ask_to_delete(" ".join(question.split())):
            return
        try:
            delete_sessions(self.database, [session_id])
        except SoleError as error:
            self.view.show_error(error, self.tr("Not deleted"))
            return
        self.refresh()
        self.view.show_notice(self.tr("The session was deleted, with everything of it."))

    def import_sessions(self) -> None:
        path = self._ask_backup()
        if path is None:
            return
        name = self.tr("import “{file}”").format(file=elided(path.name))
        change = self._run(name, lambda: history_operations.import_file(self.database, path))
        if change is not None:
            self.view.show_notice(self.tr("Imported %n session(s) from {file}", "",
                                          change.added).format(file=path.name)
                                  + self.tr("; %n already here (not added again).", "",
                                            change.duplicates))

    def _ask_backup(self) -> Path | None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getOpenFileName(
            self.view, self.tr("Import sessions"), folder,
            self.tr("Session backups (*.json)"))
        return Path(path) if path else None

    # --- exporting and printing --------------------------------------------------------------

    def export(self) -> None:
        dialog = export_dialog.ExportDialog(self.view.chosen_ids(), self.view.filter_bar.days(),
                                            self.view)
        if dialog.exec() != export_dialog.ExportDialog.DialogCode.Accepted:
            return
        choice = dialog.choice()
        ids = (sessions_between(self.database, choice.since, choice.until) if choice.ranged
               else list(choice.session_ids))
        first_day = (session_date(full_document(self.database, ids[0])["session"])[:10]
                     if ids else "")
        path = export_dialog.ask_where(self.view, choice, first_day)
        if path is None:
            return
        self.start_export(ids, choice.file_format, path, choice.first_names)

    def start_export(self, ids: list[int], file_format: str, path: Path,
                     first_names: bool) -> ExportSteps:
        """Export step by step with a progress dialog that can cancel (see steps.py)."""
        steps = export_steps(self.database, ids, file_format, path,
                             self.options(first_names), PdfReport)
        label = self.tr("Exporting %n session(s) to {file}…", "", len(ids)).format(
            file=path.name)
        self.export_run = ExportSteps(steps, len(ids), label, self.view)
        self.export_run.finished.connect(lambda count: self.view.show_notice(self.tr(
            "Exported %n session(s) to {file}.", "", count).format(file=str(path))))
        self.export_run.failed.connect(
            lambda error: self.view.show_error(error, self.tr("Export failed")))
        self.export_run.cancelled.connect(lambda: self.view.show_notice(self.tr(
            "Export cancelled: nothing was saved.")))
        self.export_run.start()
        return self.export_run

    def printables(self) -> None:
        session_id = self.view.current_id()
        question, language = "", i18n.current_language()
        if session_id is not None:
            session = full_document(self.database, session_id)["session"]
            question = session["question"]
            language = session_language(session["language"], question) or language
        dialog = printables_dialog.PrintablesDialog(question, language, self.view)
        if dialog.exec() != printables_dialog.PrintablesDialog.DialogCode.Accepted:
            return
        path = printables_dialog.ask_where(self.view, dialog.chosen_kind)
        if path is not None:
            self.save_printable(dialog.chosen_kind, dialog.question(), dialog.language(), path)

    def save_printable(self, kind: str, question: str, language: str, path: Path) -> bool:
        make = question_card_pdf if kind == "card" else recording_sheet_pdf
        data = make(question, i18n.translation_in(language, "Export"),
                    self.settings.library_name)
        try:
            write_atomically(path, data)
        except SoleError as error:
            self.view.show_error(error, self.tr("Not saved"))
            return False
        self.view.show_notice(QCoreApplication.translate(
            "HistoryController", "Saved {file}.").format(file=str(path)))
        return True
