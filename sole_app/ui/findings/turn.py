"""What group turn does: open on a group, move to the next, save as children type, and leave.

Every switch and every leave saves first (RecordSaver.flush); when that save fails, group turn
stays on the group with its text and the sentence saying why, rather than drop a word. The
countdown in its corner follows the session's stage; the stage itself is never touched here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from sole_app.core.db import Database
from sole_app.core.errors import SoleError
from sole_app.core.findings.groups import list_groups
from sole_app.core.findings.views import GroupEntry
from sole_app.ui.findings.current import CurrentSession
from sole_app.ui.findings.group_turn import GroupTurnWindow
from sole_app.ui.findings.record_saver import RecordSaver
from sole_app.ui.findings.words import FindingsWords


class GroupTurn(QObject):
    """Drives the GroupTurnWindow. ``record_saved(RecordView)`` after each save;
    ``showing(group id)`` when it shows another group."""

    record_saved = Signal(object)
    showing = Signal(int)

    def __init__(self, database: Database, current: CurrentSession, words: FindingsWords,
                 window_parent: QWidget, parent: QObject) -> None:
        super().__init__(parent)
        self._database = database
        self._current = current
        self.window = GroupTurnWindow(words, window_parent)
        self.saver = RecordSaver(database, self.window.editor.content, self)
        self._stage = None  # the stage as last shown, for the countdown in the corner
        self._connect()

    def _connect(self) -> None:
        editor, saver, window = self.window.editor, self.saver, self.window
        editor.edited.connect(saver.typed)
        editor.left.connect(saver.flush)
        saver.merged.connect(editor.show_content)
        saver.problem.connect(editor.show_problem)
        saver.saved.connect(self.record_saved)
        saver.group_gone.connect(self._group_gone)
        window.next_requested.connect(lambda: self.step(1))
        window.previous_requested.connect(lambda: self.step(-1))
        window.leave_requested.connect(self.leave)
        self._current.side.stage_changed.connect(self._show_clock)
        self._current.side.phase_changed.connect(lambda _index: saver.flush())
        self._current.ending.connect(lambda _session_id: self.leave())

    def is_open(self) -> bool:
        return self.window.isVisible()

    def group_id(self) -> int | None:
        return self.saver.group_id if self.is_open() else None

    def open(self, group_id: int | None) -> bool:
        """Fill the laptop's screen with ``group_id``'s record (else the first group's); False
        when the session has no group yet."""
        entries = self._entries()
        if not entries:
            return False
        ids = [entry.id for entry in entries]
        if not self._show(group_id if group_id in ids else ids[0], entries):
            return False
        if self._stage is not None:
            self.window.show_clock(self._stage)
        self.window.present()
        return True

    def step(self, offset: int) -> None:
        """The next (1) or previous (-1) group, round the list."""
        entries = self._entries()
        ids = [entry.id for entry in entries]
        if not ids:
            self.leave()
            return
        here = ids.index(self.saver.group_id) if self.saver.group_id in ids else -1
        if self._show(ids[(here + offset) % len(ids)], entries):
            self.window.editor.focus_found()

    def leave(self) -> bool:
        """Save, then give the screen back; False (still open) when the save failed."""
        if not self.saver.edit(None):
            return False
        self.window.hide()
        return True

    def flush(self) -> bool:
        return self.saver.flush()

    def follow(self, group_ids: tuple[int, ...]) -> None:
        """A change made elsewhere (an undo, a merge) touched these groups: show it."""
        if self.is_open() and self.saver.group_id in group_ids:
            self._show(self.saver.group_id, self._entries())
        elif self.is_open():
            self._show_position(self._entries())

    def _entries(self) -> list[GroupEntry]:
        session_id = self._current.session_id
        if session_id is None:
            return []
        try:
            return list_groups(self._database, session_id)
        except SoleError:
            return []

    def _show(self, group_id: int, entries: list[GroupEntry]) -> bool:
        if not self.saver.edit(group_id):
            return False  # the text on screen could not be saved: stay with it
        if self.saver.base is None:
            return False
        self.window.editor.show_content(self.saver.base.content)
        self.window.editor.show_problem("")
        self._show_position(entries)
        self.showing.emit(group_id)
        return True

    def _show_position(self, entries: list[GroupEntry]) -> None:
        ids = [entry.id for entry in entries]
        if self.saver.group_id in ids:
            index = ids.index(self.saver.group_id)
            self.window.show_group(entries[index].group.nickname, index + 1, len(ids))

    def _group_gone(self, _group_id: int) -> None:
        """The group was removed or merged away while shown: go on with another, if any."""
        if self.is_open() and not self.open(None):
            self.window.hide()

    def _show_clock(self, state) -> None:
        self._stage = state
        if self.is_open():
            self.window.show_clock(state)
