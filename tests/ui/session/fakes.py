"""Stand-ins for what the Session tab talks to, so its parts are tested on their own: the
projector side and the sound player."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from sole_app.ui.session.chime import Sound


class FakeProjectorWindow(QWidget):
    leave_requested = Signal()


class FakePresenter(QObject):
    """A StagePresenter that records what the Session tab asks of the projector."""

    presenting_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.states = []
        self.presenting = False
        self.identified = 0
        self._window = FakeProjectorWindow()
        self._window.leave_requested.connect(self.stop_presenting)  # as the real one does

    def projector_window(self) -> QWidget:
        return self._window

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


class RecordingPlayer:
    """A sound player that remembers what it was asked to play, in order."""

    def __init__(self) -> None:
        self.played: list[Sound] = []

    def play(self, sound: Sound) -> None:
        self.played.append(sound)

