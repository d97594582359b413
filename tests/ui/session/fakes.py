"""Stand-ins for what the Session tab talks to, so its parts are tested on their own: the
projector side (a StagePresenter), the sound player, and a page for the controller alone."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from sole_app.core.session.plan import Plan
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


class StandInPage(QObject):
    """The Session page's view methods, recording what the controller shows and asks."""

    start_requested = Signal()
    prepared_changed = Signal()
    visibility_changed = Signal(bool)

    def __init__(self, question: str = "", plan: Plan | None = None) -> None:
        super().__init__()
        self.question, self.question_id = question, None
        self.plan = plan or Plan()
        self.running = False
        self.stage = None
        self.status = ""
        self.message = ""
        self.answers: list[bool] = []  # what the librarian will answer, in order
        self.asked: list[str] = []
        self.revealed = False
        self.plan_resets = 0

    def prepared_question(self) -> tuple[str, int | None]:
        return self.question, self.question_id

    def prepared_plan(self) -> Plan:
        return self.plan

    def first_phase_seconds(self) -> float:
        return float(self.plan.phase_seconds[0])

    def prepare(self, question: str, question_id: int | None) -> None:
        self.question, self.question_id = question, question_id
        self.prepared_changed.emit()

    def reset_plan(self) -> None:
        self.plan_resets += 1

    def show_plan(self, plan: Plan) -> None:
        self.plan = plan

    def set_running(self, running: bool) -> None:
        self.running = running

    def show_stage(self, state) -> None:
        self.stage = state

    def show_review(self, walking: bool) -> None:
        self.reviewing = walking

    def show_status(self, text: str) -> None:
        self.status = text

    def show_message(self, text: str) -> None:
        self.message = text

    def ask(self, title: str, text: str) -> bool:
        self.asked.append(title)
        return self.answers.pop(0)

    def reveal(self) -> None:
        self.revealed = True

    def focus_question(self) -> None:
        pass

    def focus_start(self) -> None:
        pass
