"""Running a long export step by step, with a progress dialog that can cancel it.

Core's export is a generator (core/exports/run.py): each step is one session read (for a PDF,
read and laid out, then painted), the last is writing the file. Here each step runs from the
event loop (a zero-delay single-shot timer), so the window repaints and the Cancel button works
between steps, and no event loop is ever run from inside core. Cancelling closes the generator
before its last step: nothing is written.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from sole_app.core.errors import SoleError
from sole_app.core.exports.run import ExportProgress

SHOW_AFTER_MS = 300  # a quick export finishes before any dialog flashes up


class ExportSteps(QObject):
    """Drives ``steps``; emits finished(sessions) when the file is written, failed(error) on a
    SoleError, cancelled() when the librarian stops it."""

    finished = Signal(int)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, steps: Iterator[ExportProgress], sessions: int, label: str,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._steps = steps
        self.sessions = sessions
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setObjectName("exportProgress")
        self.dialog.setWindowTitle(self.tr("Exporting"))
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoReset(False)
        self.dialog.setAutoClose(False)
        self.dialog.canceled.connect(self.cancel)
        self._running = False

    def start(self) -> None:
        self._running = True
        QTimer.singleShot(0, self, self._next)

    def cancel(self) -> None:
        if not self._running:
            return
        self._running = False
        self._steps.close()
        self.dialog.hide()
        self.cancelled.emit()

    def _next(self) -> None:
        if not self._running:
            return
        try:
            progress = next(self._steps)
        except SoleError as error:
            self._stop()
            self.failed.emit(error)
            return
        self.dialog.setMaximum(progress.total)
        self.dialog.setValue(progress.done)
        if progress.finished:
            self._stop()
            self.finished.emit(self.sessions)
        else:
            QTimer.singleShot(0, self, self._next)

    def _stop(self) -> None:
        self._running = False
        self.dialog.hide()
