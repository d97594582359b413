"""Stand-ins for the projector side, so the Session page is tested on its own."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget


class FakeProjectorWindow(QWidget):
    leave_requested = Signal()


class FakePresenter(QObject):
    """Records what the Session page asks of the projector."""

    presenting_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.states = []
        self.presenting = False
        self.identified = 0
        self._window = FakeProjectorWindow()
        self._window.leave_requested.connect(self.stop_presenting)  # as the real one does

    def set_state(self, state) -> None:
        self.states.append(state)

    def start_presenting(self) -> None:
        self.presenting = True
        self.presenting_changed.emit(True)

    def stop_presenting(self) -> None:
        self.presenting = False
        self.presenting_changed.emit(False)

    def is_presenting(self) -> bool:
        return self.presenting

    def identify_screens(self) -> None:
        self.identified += 1

    def available_screens(self) -> list:
        return []

    def projector_window(self) -> QWidget:
        return self._window
