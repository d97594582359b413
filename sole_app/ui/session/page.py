"""The Session tab: prepare the question and plan, start, and run the timer with a live preview.

The page is a humble view over ``core.sessions.SessionRunner``: each button or key calls one
runner method (which saves at once), then the page re-arms the PhaseTimer and shows the new
StageState on the preview and, through the Presenter, on the projector.

The screen is kept awake by the Presenter itself, from the StageState it is given (a phase
running and not paused, or presenting), so the page does not drive ScreenAwake a second time.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sole_app.core.clock import Clock, SystemClock
from sole_app.core.db import Database
from sole_app.core.errors import SoleError
from sole_app.core.session import runner as sessions
from sole_app.core.session.countdown import Countdown, Level, final_mark, level_for
from sole_app.core.session.plan import PHASE_KEYS
from sole_app.core.session.timefmt import format_remaining
from sole_app.core.settings import AppSettings
from sole_app.ui.messages import error_message
from sole_app.ui.session.actions import SessionActions
from sole_app.ui.session.chime import Chime
from sole_app.ui.session.phase_timer import PhaseTimer
from sole_app.ui.session.setup import SessionSetup
from sole_app.ui.session.text import agreements, level_words, phase_names
from sole_app.ui.stage.view import StageState, StageView

MINUTE = 60


class SessionPage(QWidget):
    """Prepares and runs one session at a time."""

    session_started = Signal(int)
    phase_changed = Signal(int)
    session_finished = Signal(int)

    def __init__(self, database: Database, settings: AppSettings, presenter,
                 clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionPage")
        self.database = database
        self.settings = settings
        self.presenter = presenter
        self.clock = clock or SystemClock()
        self.runner: sessions.SessionRunner | None = None
        self.blacked_out = False
        self.actions = SessionActions(self)
        self.chime = Chime(settings.sound_enabled, self)
        self.timer = PhaseTimer(self.clock, self._countdown, settings.warning_minutes, self)
        self._build()
        self._connect()
        self._changed()

    # --- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.setup = SessionSetup(self.database, self.settings, self)
        self.setup.setMaximumWidth(420)
        self.setup.start_button.setText(self.actions.start.text().replace("&", ""))
        self.setup.start_button.setToolTip(self.actions.start.toolTip())
        self.preview = StageView(self, preview=True)
        self.preview.setMinimumSize(320, 180)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("sessionStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("sessionMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setStyleSheet("font-weight: bold")
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addLayout(self._button_grid(self.actions.timer_row(), columns=3))
        right.addLayout(self._button_grid(self.actions.stage_row(), columns=2))
        right.addWidget(self.status_label)
        right.addWidget(self.message_label)
        scroller = QScrollArea(self)  # small laptop screens: the plan scrolls, the timer stays
        scroller.setObjectName("sessionSetupScroller")
        scroller.setWidget(self.setup)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setMaximumWidth(440)
        scroller.setMinimumWidth(260)
        layout = QHBoxLayout(self)
        layout.addWidget(scroller)
        layout.addLayout(right, 1)

    def _button_grid(self, actions, columns: int) -> QGridLayout:
        grid = QGridLayout()
        for index, action in enumerate(actions):
            button = QToolButton(self)
            button.setObjectName(action.objectName().replace("Action", "Button"))
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setMinimumHeight(40)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            grid.addWidget(button, index // columns, index % columns)
        return grid

    def _connect(self) -> None:
        actions = self.actions
        self.setup.start_button.clicked.connect(self.start)
        actions.start.triggered.connect(self.start)
        actions.pause.triggered.connect(self.toggle_pause)
        actions.next.triggered.connect(self.next_phase)
        actions.previous.triggered.connect(self.previous_phase)
        actions.add_one.triggered.connect(lambda: self.extend(MINUTE))
        actions.add_five.triggered.connect(lambda: self.extend(5 * MINUTE))
        actions.remove_one.triggered.connect(lambda: self.extend(-MINUTE))
        actions.blackout.toggled.connect(self.set_blacked_out)
        actions.present.triggered.connect(self.toggle_presenting)
        actions.leave.triggered.connect(self.presenter.stop_presenting)
        actions.identify.triggered.connect(self.presenter.identify_screens)
        actions.finish.triggered.connect(self.ask_finish)
        self.presenter.presenting_changed.connect(self._presenting_changed)
        self.timer.ticked.connect(self.refresh)
        self.timer.warning_reached.connect(lambda _mark: self.chime.play("warning"))
        self.timer.time_up.connect(lambda: self.chime.play("end"))
        self.setup.question_changed.connect(self.refresh)

    def install_shortcuts(self, *windows: QWidget) -> None:
        """Make the keys work in ``windows`` and in the projector window."""
        self.actions.install(*windows, self.presenter.projector_window())

    def blocks_language_change(self) -> bool:
        """Rebuilding the window mid-session would interrupt the room (see i18n)."""
        return self.runner is not None

    # --- what is shown ---------------------------------------------------------------------------

    def _countdown(self) -> Countdown | None:
        return None if self.runner is None else self.runner.countdown

    def stage_state(self) -> StageState:
        names = phase_names()
        if self.runner is None:
            seconds = float(self.setup.plan_seconds()[0])
            return StageState(question=self.setup.question_text(), phase_name=names[0],
                              remaining_seconds=seconds, total_seconds=seconds,
                              blacked_out=self.blacked_out)
        snapshot = self.runner.snapshot()
        marks = self.timer.boundaries(self.runner.countdown)
        level = level_for(snapshot.remaining_seconds, marks,
                          final_mark(self.settings.warning_minutes))
        shown_agreements = agreements() if self.settings.show_agreements else ()
        return StageState(
            question=snapshot.question, phase_name=names[snapshot.phase_index],
            phase_index=snapshot.phase_index, phase_count=snapshot.phase_count,
            remaining_seconds=snapshot.remaining_seconds, total_seconds=snapshot.total_seconds,
            level=level, paused=snapshot.paused, blacked_out=self.blacked_out,
            agreements=shown_agreements if PHASE_KEYS[snapshot.phase_index] == "investigation"
            else (),
        )

    def refresh(self) -> None:
        state = self.stage_state()
        self.preview.set_state(state)
        self.presenter.set_state(state)
        self.status_label.setText(self._status_text(state))

    def _status_text(self, state: StageState) -> str:
        if state.level == Level.IDLE:
            return self.tr("Not started. Type or pick a question, check the plan, then Start.")
        words = level_words()[state.level]
        if state.paused:
            words = self.tr("paused")
        return self.tr("{phase} (phase {number} of {count}): {time} · {state}").format(
            phase=state.phase_name, number=state.phase_index + 1, count=state.phase_count,
            time=format_remaining(state.remaining_seconds), state=words)

    def _changed(self) -> None:
        """After any change: re-arm the timers, refresh, enable what makes sense."""
        running = self.runner is not None
        self.setup.setEnabled(not running)
        self.actions.start.setEnabled(not running)
        for action in (*self.actions.timer_actions(), self.actions.finish):
            action.setEnabled(running)
        if running:
            self.actions.previous.setEnabled(self.runner.phase_index > 0)
            self.actions.pause.setText(
                self.tr("&Resume") if self.runner.paused else self.tr("&Pause"))
        self.timer.reschedule()

    # --- starting and resuming -------------------------------------------------------------------

    def start(self) -> None:
        """Start a session with the question and plan on the left."""
        if self.runner is not None:
            return
        try:
            self.runner = sessions.start_session(
                self.database, self.clock, self.setup.question_text(), self.setup.plan(),
                question_id=self.setup.question_id)
        except SoleError as error:
            self._show_error(error)
            self.setup.question_edit.setFocus()
            return
        self.message_label.clear()
        self.session_started.emit(self.runner.session_id)
        self._changed()

    def start_from_question(self, question_id: int) -> None:
        """Prepare a session with a bank question (the librarian then checks the plan, Start)."""
        if self.runner is not None and not self.ask_finish():
            return
        try:
            text = sessions.question_text(self.database, question_id)
        except SoleError as error:
            self._show_error(error)
            return
        self.setup.set_question(text, question_id)
        self._reveal()
        self.setup.start_button.setFocus()

    def _reveal(self) -> None:
        """Bring this tab to the front when it lives in a tab widget."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        if parent is not None:
            parent.setCurrentWidget(self)

    def resume_session(self, session_id: int) -> None:
        self.runner = sessions.resume(self.database, self.clock, session_id)
        self.setup.set_question(self.runner.question, self.runner.question_id)
        self.session_started.emit(self.runner.session_id)
        self._changed()

    def offer_resume(self, accept=None) -> bool:
        """If a session was running when the app stopped, ask whether to go on with it."""
        offer = sessions.find_resumable(self.database, self.clock)
        if offer is None:
            return False
        if accept is None:
            accept = self._ask_resume(offer)
        if accept:
            self.resume_session(offer.session_id)
            return True
        sessions.decline_resume(self.database, offer.session_id)
        return False

    def _ask_resume(self, offer: sessions.ResumeOffer) -> bool:
        state = self.tr("paused") if offer.paused else self.tr("running")
        time = format_remaining(offer.remaining_seconds)
        if offer.remaining_seconds < 0:
            where = self.tr("{phase}, {time} over its time ({state}).")
        else:
            where = self.tr("{phase}, {time} left ({state}).")
        where = where.format(phase=phase_names()[offer.phase_index], time=time, state=state)
        text = self.tr(
            "A session was still running when SOLE Facilitator closed:\n\n{question}\n\n"
            "{where}\n\nResume the session?"
        ).format(question=offer.question, where=where)
        answer = QMessageBox.question(self, self.tr("Resume the session?"), text)
        return answer == QMessageBox.StandardButton.Yes

    # --- running ---------------------------------------------------------------------------------

    def _run(self, change) -> bool:
        """Apply one change to the running session; say so when it could not be saved."""
        if self.runner is None:
            return False
        try:
            result = change()
        except SoleError as error:
            self._show_error(error)
            result = True
        else:
            self.message_label.clear()
        self._changed()
        return result is not False

    def toggle_pause(self) -> None:
        self._run(lambda: self.runner.toggle_pause())

    def extend(self, seconds: float) -> None:
        self._run(lambda: self.runner.extend(seconds))

    def next_phase(self) -> None:
        if self.runner is None:
            return
        if self.runner.phase_index + 1 >= self.runner.phase_count:
            self.ask_finish()
        elif self._run(self.runner.next_phase):
            self.phase_changed.emit(self.runner.phase_index)

    def previous_phase(self) -> None:
        if self.runner is not None and self._run(self.runner.previous_phase):
            self.phase_changed.emit(self.runner.phase_index)

    def ask_finish(self) -> bool:
        """Confirm, then end the session; True when it ended."""
        if self.runner is None:
            return True
        answer = QMessageBox.question(
            self, self.tr("End the session?"),
            self.tr("End this session now? The timer stops and the session is saved."))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.finish()
        return True

    def finish(self) -> None:
        if self.runner is None:
            return
        try:
            self.runner.finish()
        except SoleError as error:
            self._show_error(error)  # ended here; at the next start it is offered to resume
        session_id = self.runner.session_id
        self.runner = None
        self.timer.stop()
        self.setup.reset_minutes()
        self.session_finished.emit(session_id)
        self._changed()

    def set_blacked_out(self, blacked_out: bool) -> None:
        self.blacked_out = blacked_out
        if self.actions.blackout.isChecked() != blacked_out:
            self.actions.blackout.setChecked(blacked_out)
        self.refresh()

    def toggle_presenting(self) -> None:
        if self.presenter.is_presenting():
            self.presenter.stop_presenting()
        else:
            self.presenter.start_presenting()

    def _presenting_changed(self, presenting: bool) -> None:
        self.actions.present.setChecked(presenting)
        self.actions.leave.setEnabled(presenting)
        self._scope_keys()
        self.refresh()

    def _scope_keys(self) -> None:
        """Plain keys drive the timer while this tab shows or the stage is presented; on the
        other tabs (the bank's lists and editors) they keep their usual meaning."""
        self.actions.set_single_keys_active(self.isVisible() or self.presenter.is_presenting())

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._scope_keys()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().hideEvent(event)
        self._scope_keys()

    def apply_settings(self) -> None:
        """After the Settings dialog: sound, warnings and agreements take effect at once."""
        self.chime.enabled = self.settings.sound_enabled
        self.timer.warning_minutes = list(self.settings.warning_minutes)
        if self.runner is None:
            self.setup.reset_minutes()
        self.timer.reschedule()

    def _show_error(self, error: SoleError) -> None:
        self.message_label.setText(error_message(error))
