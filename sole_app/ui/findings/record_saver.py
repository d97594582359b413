"""Saving what children type into a group's record, so that nothing typed is lost.

A record is saved half a second after typing pauses, and at the latest a little under a second
after the first unsaved key even while typing goes on, so a killed process loses at most the
last second. It is also saved, at once, when a field loses the focus and before the group
changes, the phase changes or the window closes (``flush``). Each save is one small transaction
guarded by the revision the screen started from (core/findings/records.py): when another editor
(issue 15's group page) saved in between, both versions are merged and the screen shows the
result. Typing is not an undo step: a text field's own Ctrl+Z undoes it.

A save that fails keeps the text on screen, says so in one sentence, and is tried again at the
next pause, focus change or switch, and after a few seconds on its own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from sole_app.core.db import Database
from sole_app.core.errors import SoleError
from sole_app.core.findings.data import RecordContent
from sole_app.core.findings.errors import GroupNotFound
from sole_app.core.findings.records import SaveStatus, get_record, save_record
from sole_app.core.findings.views import RecordView
from sole_app.ui.messages import error_message

PAUSE_MS = 500  # a pause in typing
LONGEST_MS = 900  # the longest a typed key waits for a save, however fast the typing
RETRY_MS = 3000  # after a failed save, try again on its own


class RecordSaver(QObject):
    """Saves the record of one group at a time, read from ``content`` (the editor on screen).

    ``saved(RecordView)`` follows every save; ``merged(RecordContent)`` asks the screen to show
    what is stored now (another editor's words came in); ``problem(str)`` carries the sentence
    to show, "" once saving works again; ``group_gone(int)`` says the group was removed."""

    saved = Signal(object)
    merged = Signal(object)
    problem = Signal(str)
    group_gone = Signal(int)

    def __init__(self, database: Database, content: Callable[[], RecordContent],
                 parent: QObject) -> None:
        super().__init__(parent)
        self._database = database
        self._content = content
        self.group_id: int | None = None
        self.base: RecordView | None = None
        self.dirty = False
        self._pause = self._single_shot(PAUSE_MS)
        self._longest = self._single_shot(LONGEST_MS)
        self._retry = self._single_shot(RETRY_MS)

    def _single_shot(self, milliseconds: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(milliseconds)
        timer.timeout.connect(self.flush)
        return timer

    def edit(self, group_id: int | None) -> bool:
        """Save what is pending, then take on ``group_id``'s record (``base`` holds it to show).
        False, staying on the current group with its text on screen, when the pending text
        could not be saved."""
        if not self.flush():
            return False
        self.group_id, self.base, self.dirty = group_id, None, False
        if group_id is not None:
            try:
                self.base = get_record(self._database, group_id)
            except SoleError as error:
                self._failed(error)
        return True

    def typed(self) -> None:
        """Something changed on screen: save after a pause, and within the second regardless."""
        if self.group_id is None:
            return
        self.dirty = True
        self._pause.start()
        if not self._longest.isActive():
            self._longest.start()

    def flush(self) -> bool:
        """Save now if anything is unsaved; True when nothing is left unsaved."""
        for timer in (self._pause, self._longest, self._retry):
            timer.stop()
        if not self.dirty or self.group_id is None:
            return True
        base = self.base
        try:
            result = save_record(self._database, self.group_id, self._content(),
                                 None if base is None else base.revision,
                                 None if base is None else base.content)
        except SoleError as error:
            self._failed(error)
            return False
        self.dirty = False
        self.base = result.record
        self.problem.emit(self.tr(
            "Someone else wrote here at the same time: both versions are kept, one after the "
            "other.") if result.status == SaveStatus.CONFLICT else "")
        if result.status != SaveStatus.SAVED:
            self.merged.emit(result.record.content)
        self.saved.emit(result.record)
        return True

    def reload(self) -> bool:
        """Read the record again after a change made elsewhere (an undo, a merge); what is
        typed and unsaved is saved first, so the reload never drops it."""
        return self.edit(self.group_id)

    def _failed(self, error: SoleError) -> None:
        if isinstance(error, GroupNotFound):
            gone, self.group_id, self.base, self.dirty = self.group_id, None, None, False
            self.group_gone.emit(gone)
            return
        self.problem.emit(error_message(error))
        self._retry.start()
