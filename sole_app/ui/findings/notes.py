"""The facilitator's notes on the Session tab: the list with the phase and time of each, and what
New note (Ctrl+N), Edit and Delete do.

A note takes the phase and the time into it at the moment it is opened (core's
``time_into_phase``), not when its line is finished. Notes are the librarian's: nothing here
reaches the stage, whose state has no place for them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sole_app.core.changes import Change
from sole_app.core.db import Database
from sole_app.core.errors import SoleError
from sole_app.core.findings import operations as findings_operations
from sole_app.core.findings.notes import notes_of, time_into_phase
from sole_app.core.findings.views import NoteView
from sole_app.ui.findings.current import CurrentSession
from sole_app.ui.findings.groups_panel import keyed_button
from sole_app.ui.findings.note_dialog import NoteDialog
from sole_app.ui.findings.words import FindingsWords
from sole_app.ui.messages import error_message
from sole_app.ui.operations import Operations, elided

ID_ROLE = Qt.ItemDataRole.UserRole


class NotesPanel(QWidget):
    """The list of notes and its buttons; a humble view."""

    def __init__(self, new_note: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesPanel")
        hint = QLabel(self.tr("Only you see these notes: they never show on the projector."),
                      self)
        hint.setWordWrap(True)
        self.note_list = QListWidget(self)
        self.note_list.setObjectName("noteList")
        self.note_list.setWordWrap(True)
        self.note_list.setAccessibleName(self.tr("Notes"))
        self.new_button = keyed_button(new_note, self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setObjectName("editNoteButton")
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setObjectName("deleteNoteButton")
        self.message_label = QLabel(self)
        self.message_label.setObjectName("notesMessage")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(hint)
        layout.addWidget(self.note_list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)

    def show_notes(self, lines: Sequence[tuple[int, str]]) -> None:
        """``lines``: (note id, "Investigation 12:34 — text"), in the order written."""
        self.note_list.clear()
        for note_id, line in lines:
            item = QListWidgetItem(line)
            item.setData(ID_ROLE, note_id)
            self.note_list.addItem(item)
        self.note_list.scrollToBottom()
        enabled = bool(lines)
        self.edit_button.setEnabled(enabled)
        self.delete_button.setEnabled(enabled)

    def current_id(self) -> int | None:
        item = self.note_list.currentItem()
        return None if item is None else item.data(ID_ROLE)

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)


class NotesController(QObject):
    def __init__(self, panel: NotesPanel, new_note: QAction, words: FindingsWords,
                 database: Database, operations: Operations, current: CurrentSession,
                 dialog_parent: Callable[[], QWidget]) -> None:
        super().__init__(panel)
        self.panel, self.words = panel, words
        self.database, self.operations, self.current = database, operations, current
        self._dialog_parent = dialog_parent
        self.dialog: NoteDialog | None = None
        self._notes: list[NoteView] = []
        new_note.triggered.connect(self.new_note)
        panel.edit_button.clicked.connect(self.edit_note)
        panel.note_list.itemDoubleClicked.connect(lambda _item: self.edit_note())
        panel.delete_button.clicked.connect(self.delete_note)
        operations.changed.connect(self.follow)
        current.changed.connect(lambda _session_id: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        session_id = self.current.session_id
        try:
            self._notes = [] if session_id is None else notes_of(self.database, session_id)
        except SoleError as error:
            self._notes = []
            self.panel.show_message(error_message(error))
        self.panel.show_notes([(note.id, self._line(note)) for note in self._notes])

    def _line(self, note: NoteView) -> str:
        return self.tr("{when} — {text}").format(
            when=self.words.when(note.phase_key, note.seconds_into_phase), text=note.text)

    def follow(self, change: object) -> None:
        """A note added, edited or deleted (or that undone): list this session's notes again."""
        if (isinstance(change, findings_operations.NOTE_CHANGES)
                and change.session_id == self.current.session_id):
            self.refresh()

    def new_note(self) -> None:
        """One line, with the phase and the time into it as they are now."""
        snapshot = self.current.side.snapshot()
        phase, seconds = time_into_phase(snapshot) if snapshot else (None, None)

        def save(text: str) -> None:
            session_id = self.current.ensure()
            self._run(self.tr("add note “{text}”").format(text=elided(text)),
                      lambda: findings_operations.add_note(self.database, session_id, text,
                                                           phase, seconds))

        self._open(self.tr("New note"), self.words.when(phase, seconds), "", save)

    def edit_note(self) -> None:
        note = self._current_note()
        if note is None:
            return
        self._open(self.tr("Edit the note"), self.words.when(note.phase_key,
                                                            note.seconds_into_phase),
                   note.text, lambda text: self._run(
                       self.tr("edit note “{text}”").format(text=elided(note.text)),
                       lambda: findings_operations.edit_note(self.database, note.id, text)))

    def delete_note(self) -> None:
        note = self._current_note()
        if note is None:
            return
        if self._run(self.tr("delete note “{text}”").format(text=elided(note.text)),
                     lambda: findings_operations.delete_note(self.database, note.id)):
            self.panel.show_message(self.tr("Note deleted. Undo (Ctrl+Z) brings it back."))

    def _current_note(self) -> NoteView | None:
        wanted = self.panel.current_id()
        return next((note for note in self._notes if note.id == wanted), None)

    def _open(self, title: str, when: str, text: str, save: Callable[[str], None]) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()  # one dialog at a time, the last one kept for its answer
        self.dialog = NoteDialog(title, when, text, self._dialog_parent())
        dialog = self.dialog
        dialog.accepted.connect(lambda: save(dialog.text()))
        dialog.open()
        dialog.line_edit.setFocus()

    def _run(self, name: str, operation: Callable[[], Change]) -> bool:
        try:
            self.operations.run(name, operation)
        except SoleError as error:
            self.panel.show_message(error_message(error))
            return False
        self.panel.show_message("")
        return True
