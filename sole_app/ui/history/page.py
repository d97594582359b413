"""The History tab, laid out: search and filters, the list of past sessions, the chosen session
as it will be exported (read-only), its notes to amend, and the actions. It draws and asks;
controller.py decides what the actions do."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sole_app.core.errors import SoleError
from sole_app.core.findings.views import NoteView
from sole_app.core.history.errors import InvalidSessionFile
from sole_app.core.history.listing import HistoryRow
from sole_app.ui.history import rows
from sole_app.ui.history.filters import HistoryFilterBar
from sole_app.ui.inert_text import InertBrowser
from sole_app.ui.messages import error_message, translated

ID_ROLE = Qt.ItemDataRole.UserRole


class HistoryPage(QWidget):
    """Emits filters_changed() and current_changed() for the controller, and shown_again()
    when the tab comes back to the front (a session may have been filed meanwhile)."""

    filters_changed = Signal()
    current_changed = Signal()
    shown_again = Signal()

    def __init__(self, window_state=None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPage")
        self._window_state = (QSettings(str(window_state), QSettings.Format.IniFormat, self)
                              if window_state else None)
        self._build_actions()
        self.toolbar = QToolBar(self, objectName="historyToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addActions([self.export_action, self.import_action, self.delete_action])
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.printables_action)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self, objectName="historySplitter")
        self.splitter.addWidget(self._build_list_side())
        self.splitter.addWidget(self._build_detail_side())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 6)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)
        self._build_menu()
        self._restore_splitter()
        self.splitter.splitterMoved.connect(lambda *_: self._save_splitter())

    def _action(self, name: str, text: str, tip: str) -> QAction:
        action = QAction(text, self, objectName=name)
        action.setToolTip(tip)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.export_action = self._action("exportSessionsAction", self.tr("E&xport…"), self.tr(
            "Save the chosen session, or the sessions of some days, as PDF, web page, "
            "Markdown, spreadsheet or backup"))
        self.import_action = self._action("importSessionsAction", self.tr("&Import…"), self.tr(
            "Add the sessions of a backup (.json) from another computer"))
        self.delete_action = self._action("deleteSessionAction", self.tr("&Delete…"), self.tr(
            "Delete the chosen session and everything of it, for good"))
        self.printables_action = self._action(
            "printablesAction", self.tr("&Printables…"),
            self.tr("A question card and a group recording sheet to print, for days without a "
                    "projector"))

    def _build_menu(self) -> None:
        self.menu = QMenu(self.tr("Histor&y"), self, objectName="historyMenu")
        self.menu.addActions([self.export_action, self.import_action, self.delete_action])
        self.menu.addSeparator()
        self.menu.addAction(self.printables_action)

    def _build_list_side(self) -> QWidget:
        self.filter_bar = HistoryFilterBar(self)
        self.filter_bar.changed.connect(self.filters_changed)
        self.list = QTreeWidget(objectName="historyList")
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setHeaderLabels(rows.headers())
        self.list.headerItem().setToolTip(4, rows.minutes_tip())
        self.list.headerItem().setToolTip(5, rows.reflection_tip())
        self.list.setAccessibleName(self.tr("Past sessions"))
        header = self.list.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.list.currentItemChanged.connect(lambda *_: self.current_changed.emit())
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        self.notice = QLabel(objectName="historyNotice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.notice)
        return side

    def _build_detail_side(self) -> QWidget:
        self.report = InertBrowser(self)  # nothing is fetched; the export holds the addresses
        self.report.setObjectName("historyReport")
        self.report.setAccessibleName(self.tr("The chosen session"))
        self.notes = QListWidget(objectName="historyNotes")
        self.notes.setWordWrap(True)
        self.amend_button = QPushButton(self.tr("&Amend note…"), objectName="amendNoteButton")
        self.delete_note_button = QPushButton(self.tr("Delete no&te"),
                                              objectName="deleteNoteButton")
        self.reflection_button = QPushButton(self.tr("Edit the &reflection…"),
                                             objectName="editReflectionButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.amend_button)
        buttons.addWidget(self.delete_note_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reflection_button)
        notes_box = QGroupBox(self.tr("Notes"), objectName="notesBox")
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.addWidget(self.notes, 1)
        notes_layout.addLayout(buttons)
        self.notes.currentItemChanged.connect(lambda *_: self._enable_note_buttons())
        self.notes.itemDoubleClicked.connect(lambda _item: self.amend_button.click())
        side = QSplitter(Qt.Orientation.Vertical, objectName="historyDetail")
        side.addWidget(self.report)
        side.addWidget(notes_box)
        side.setStretchFactor(0, 3)
        side.setStretchFactor(1, 1)
        return side

    # --- what the controller shows -----------------------------------------------------------

    def show_rows(self, found: list[HistoryRow], keep: int | None) -> None:
        """List the sessions; choose ``keep`` if it is listed, else the first."""
        self.list.blockSignals(True)
        self.list.clear()
        for row in found:
            item = QTreeWidgetItem([text.replace("\n", " ") for text in rows.cells(row)])
            item.setData(0, ID_ROLE, row.id)
            item.setToolTip(1, rows.cells(row)[1])
            self.list.addTopLevelItem(item)
        chosen = next((self.list.topLevelItem(index) for index in range(len(found))
                       if self.list.topLevelItem(index).data(0, ID_ROLE) == keep),
                      self.list.topLevelItem(0))
        if chosen is not None:  # chosen alone, whatever keys happen to be held
            self.list.setCurrentItem(chosen, 0,
                                     QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list.blockSignals(False)
        self.filter_bar.count_label.setText(self.tr("%n session(s)", "", len(found)))

    def show_session(self, report_html: str | None, notes: list[NoteView], running: bool,
                     can_edit_reflection: bool) -> None:
        """The chosen session's report and notes, or an empty hint when none is chosen."""
        chosen = report_html is not None
        if chosen:
            self.report.setHtml(report_html)
        else:
            self.report.setPlainText(self.tr(
                "No session is chosen. Sessions appear here once they have started."))
        self.notes.clear()
        for note in notes:
            item = QListWidgetItem(note.text)
            item.setData(ID_ROLE, note.id)
            self.notes.addItem(item)
        for action in (self.export_action, self.delete_action):
            action.setEnabled(chosen)
        self.delete_action.setEnabled(chosen and not running)
        self.delete_action.setToolTip(self.tr(
            "This session is running: finish it on the Session tab first") if running else
            self.tr("Delete the chosen session and everything of it, for good"))
        self.reflection_button.setVisible(can_edit_reflection)
        self.reflection_button.setEnabled(chosen)
        self._enable_note_buttons()

    def _enable_note_buttons(self) -> None:
        has_note = self.notes.currentItem() is not None
        self.amend_button.setEnabled(has_note)
        self.delete_note_button.setEnabled(has_note)

    # --- what the controller reads -----------------------------------------------------------

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def chosen_ids(self) -> list[int]:
        """The sessions selected in the list, in the list's order."""
        chosen = {item.data(0, ID_ROLE) for item in self.list.selectedItems()}
        return [self.list.topLevelItem(index).data(0, ID_ROLE)
                for index in range(self.list.topLevelItemCount())
                if self.list.topLevelItem(index).data(0, ID_ROLE) in chosen]

    def current_note_id(self) -> int | None:
        item = self.notes.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def current_note_text(self) -> str:
        item = self.notes.currentItem()
        return item.text() if item is not None else ""

    # --- asking ------------------------------------------------------------------------------

    def ask_note_text(self, text: str) -> str | None:
        """The note's new words, or None when the librarian cancels."""
        new_text, ok = QInputDialog.getText(self, self.tr("Amend the note"), self.tr("Note:"),
                                            QLineEdit.EchoMode.Normal, text)
        return new_text if ok else None

    def ask_to_delete(self, question: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete the session?"), self.tr(
            "Delete the session “{question}” and everything of it: its groups, findings, "
            "notes and reflection?\n\nThis cannot be undone. Export it first if you may need "
            "it again.").format(question=question[:200]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def show_error(self, error: SoleError, title: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, error_message(error),
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        if isinstance(error, InvalidSessionFile):
            box.setDetailedText("\n".join(problem.sentence(translated)
                                          for problem in error.problems))
        box.exec()

    def show_notice(self, text: str) -> None:
        """What an export or import did, under the list until the next one."""
        self.notice.setText(text)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not event.spontaneous():
            self.shown_again.emit()

    def _restore_splitter(self) -> None:
        state = self._window_state.value("history/splitter") if self._window_state else None
        if state is None or not self.splitter.restoreState(state):
            self.splitter.setSizes([700, 520])

    def _save_splitter(self) -> None:
        if self._window_state is not None:
            self._window_state.setValue("history/splitter", self.splitter.saveState())
