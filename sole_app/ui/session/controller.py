"""What the Session tab does: start, resume, run and end a session, over ``SessionRunner``.

Each button or key calls one runner method (which saves at once); then the controller re-arms
the PhaseTimer and shows the StageState that ``core.session.stage`` decides on the page's
preview and, through the presenter, on the projector. It talks to the page only through the
page's few view methods (see ``SessionPage``), so it is tested with a stand-in.

The screen is kept awake by the presenter itself, from the StageState it is given (a phase
running and not paused, or presenting), so the controller does not drive ScreenAwake a second
time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from sole_app.core.clock import Clock
from sole_app.core.db import Database
from sole_app.core.errors import SoleError
from sole_app.core.session import runner as sessions
from sole_app.core.session.countdown import Countdown, Level
from sole_app.core.session.plan import Plan
from sole_app.core.session.stage import StageState, running_stage, waiting_stage
from sole_app.core.session.timefmt import format_remaining
from sole_app.core.settings import AppSettings, Phase
from sole_app.ui.messages import error_message
from sole_app.ui.phases import phase_name
from sole_app.ui.session.actions import SessionActions
from sole_app.ui.session.chime import Chime, Sound
from sole_app.ui.session.phase_timer import PhaseTimer
from sole_app.ui.session.review import ReviewDriver
from sole_app.ui.session.text import level_words
from sole_app.ui.stage.presenter import StagePresenter

MINUTE = 60


class SessionView(Protocol):
    """What the controller asks of the Session page (``SessionPage``; tests use a stand-in)."""

    start_requested: Signal  # the Start button was pressed
    prepared_changed: Signal  # the question or the plan being prepared changed
    visibility_changed: Signal  # (bool) the tab was shown or hidden

    def prepared_question(self) -> tuple[str, int | None]: ...

    def prepared_plan(self) -> Plan: ...

    def first_phase_seconds(self) -> float: ...

    def prepare(self, question: str, question_id: int | None) -> None: ...

    def reset_plan(self) -> None: ...

    def show_plan(self, plan: Plan) -> None: ...

    def set_running(self, running: bool) -> None: ...

    def show_stage(self, state: StageState) -> None: ...

    def show_status(self, text: str) -> None: ...

    def show_message(self, text: str) -> None: ...

    def ask(self, title: str, text: str) -> bool: ...

    def reveal(self) -> None: ...

    def focus_question(self) -> None: ...

    def focus_start(self) -> None: ...

    def show_review(self, walking: bool) -> None:
        """Say how the keys walk the Review while it runs (False: hide that line)."""
        ...


class SessionController(QObject):
    """Runs one session at a time, shown on ``page`` and through ``presenter``."""

    session_started = Signal(int)
    phase_changed = Signal(int)
    session_finished = Signal(int)
    stage_changed = Signal(object)  # the StageState just shown, at each tick and change

    def __init__(self, page: SessionView, actions: SessionActions, database: Database,
                 settings: AppSettings, presenter: StagePresenter, clock: Clock,
                 chime: Chime, parent: QObject, review: ReviewDriver | None = None) -> None:
        super().__init__(parent)
        self.review = review  # None: the Review shows the question only (a page alone)
        self.page = page
        self.actions = actions
        self.database = database
        self.settings = settings
        self.presenter = presenter
        self.clock = clock
        self.chime = chime
        self.runner: sessions.SessionRunner | None = None
        self.blacked_out = False
        self._page_shown = False
        self.timer = PhaseTimer(clock, self._countdown, settings.warning_minutes, self)
        self._connect()
        self._changed()

    def _connect(self) -> None:
        actions = self.actions
        self.page.start_requested.connect(self.start)
        self.page.prepared_changed.connect(self.refresh)
        self.page.visibility_changed.connect(self._page_visibility_changed)
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
        self.timer.warning_reached.connect(lambda _mark: self.chime.play(Sound.WARNING))
        self.timer.time_up.connect(lambda: self.chime.play(Sound.END))
        if self.review is not None:
            self.review.changed.connect(self._review_changed)

    def blocks_language_change(self) -> bool:
        """Rebuilding the window mid-session would interrupt the room (see i18n)."""
        return self.runner is not None

    # --- what is shown ---------------------------------------------------------------------------

    def _countdown(self) -> Countdown | None:
        return None if self.runner is None else self.runner.countdown

    def stage_state(self) -> StageState:
        if self.runner is None:
            question, _question_id = self.page.prepared_question()
            return waiting_stage(question, self.page.first_phase_seconds(), self.blacked_out)
        return running_stage(self.runner.snapshot(), self.settings, self.blacked_out,
                             self.review.step() if self.review is not None else None)

    def in_review(self) -> bool:
        """The Review runs and the clicker walks it (see ui/session/review.py)."""
        return (self.runner is not None and self.review is not None
                and self.runner.snapshot().phase_key == Phase.REVIEW)

    def _review_changed(self) -> None:
        if self.runner is not None:
            self.refresh()

    def snapshot(self) -> sessions.Snapshot | None:
        """The running session at this instant (None when none runs): for the notes."""
        return None if self.runner is None else self.runner.snapshot()

    def refresh(self) -> None:
        state = self.stage_state()
        self.page.show_stage(state)
        self.presenter.set_state(state)
        self.page.show_status(self._status_text(state))
        self.stage_changed.emit(state)

    def _status_text(self, state: StageState) -> str:
        if state.level == Level.IDLE:
            return self.tr("Not started. Type or pick a question, check the plan, then Start.")
        words = self.tr("paused") if state.paused else level_words()[state.level]
        return self.tr("{phase} (phase {number} of {count}): {time} · {state}").format(
            phase=phase_name(state.phase), number=state.phase_index + 1,
            count=state.phase_count, time=format_remaining(state.remaining_seconds), state=words)

    def _changed(self) -> None:
        """After any change: re-arm the timers, refresh, enable what makes sense."""
        running = self.runner is not None
        self.page.set_running(running)
        self.actions.start.setEnabled(not running)
        for action in (*self.actions.timer_actions(), self.actions.finish):
            action.setEnabled(running)
        if running:
            self.actions.previous.setEnabled(self.runner.phase_index > 0)
            self.actions.pause.setText(
                self.tr("&Resume") if self.runner.paused else self.tr("&Pause"))
        self._name_walk_keys()
        self.timer.reschedule()

    # --- starting and resuming -------------------------------------------------------------------

    def start(self) -> None:
        """Start a session with the question and plan on the left."""
        if self.runner is not None:
            return
        question, question_id = self.page.prepared_question()
        try:
            self.runner = sessions.start_session(
                self.database, self.clock, question, self.page.prepared_plan(),
                question_id=question_id)
        except SoleError as error:
            self._show_error(error)
            self.page.focus_question()
            return
        self.page.show_message("")
        self._review_session(self.runner.session_id)
        self.session_started.emit(self.runner.session_id)
        self._changed()

    def start_from_question(self, question_id: int) -> None:
        """Prepare a session with a bank question on the Session tab, the keyboard on Start: the
        librarian checks the plan, then starts."""
        if self.runner is not None and not self.ask_finish():
            return
        try:
            text = sessions.question_text(self.database, question_id)
        except SoleError as error:
            self._show_error(error)
            return
        self.page.prepare(text, question_id)
        self.page.reveal()
        self.page.show_message(self.tr(
            "Question chosen from the bank: check the plan, then press Start (Ctrl+Enter)."))
        self.page.focus_start()

    def resume_session(self, session_id: int) -> None:
        self.runner = sessions.resume(self.database, self.clock, session_id)
        self.page.prepare(self.runner.question, self.runner.question_id)
        self.page.show_plan(self.runner.plan)  # its own minutes and counts, not the defaults
        self._review_session(self.runner.session_id)
        self.session_started.emit(self.runner.session_id)
        self._changed()

    def offer_resume(self) -> bool:
        """If a session was running when the app stopped, ask whether to go on with it."""
        offer = sessions.find_resumable(self.database, self.clock)
        if offer is None:
            return False
        if self.page.ask(self.tr("Resume the session?"), self._resume_question(offer)):
            self.resume_session(offer.session_id)
            return True
        sessions.decline_resume(self.database, offer.session_id)
        return False

    def _resume_question(self, offer: sessions.ResumeOffer) -> str:
        state = self.tr("paused") if offer.paused else self.tr("running")
        time = format_remaining(offer.remaining_seconds)
        if offer.remaining_seconds < 0:
            where = self.tr("{phase}, {time} over its time ({state}).")
        else:
            where = self.tr("{phase}, {time} left ({state}).")
        where = where.format(phase=phase_name(offer.phase_key), time=time, state=state)
        return self.tr(
            "A session was still running when SOLE Facilitator closed:\n\n{question}\n\n"
            "{where}\n\nResume the session?"
        ).format(question=offer.question, where=where)

    # --- running ---------------------------------------------------------------------------------

    def _run(self, change: Callable[[], object]) -> bool:
        """Apply one change to the running session; say so when it could not be saved."""
        if self.runner is None:
            return False
        try:
            result = change()
        except SoleError as error:
            self._show_error(error)
            result = True
        else:
            self.page.show_message("")
        self._changed()
        return result is not False

    def _review_session(self, session_id: int | None) -> None:
        if self.review is not None:
            self.review.set_session(session_id)

    def toggle_pause(self) -> None:
        self._run(lambda: self.runner.toggle_pause())

    def extend(self, seconds: float) -> None:
        self._run(lambda: self.runner.extend(seconds))

    def next_phase(self) -> None:
        """Page Down: the next phase; in the Review, the next step of the review, and past
        its last step nothing (the session ends only with End the session)."""
        if self.runner is None:
            return
        if self.in_review():
            self.review.forward()
        elif self.runner.phase_index + 1 >= self.runner.phase_count:
            self.ask_finish()
        elif self._run(self.runner.next_phase):
            self._entered_phase()

    def previous_phase(self) -> None:
        """Page Up: the previous phase; in the Review, the step before, and from its first
        step (the question) back to the Investigation."""
        if self.in_review() and self.review.back():
            return
        if self.runner is not None and self._run(self.runner.previous_phase):
            self._entered_phase()

    def _entered_phase(self) -> None:
        if self.review is not None:
            self.review.restart()  # the Review begins at the question
        self.phase_changed.emit(self.runner.phase_index)

    def _name_walk_keys(self) -> None:
        """In the Review the same keys walk it, and the buttons say so."""
        walking = self.runner is not None and self.in_review()
        self.actions.next.setText(self.tr("Next \u25b6", "in the Review") if walking
                                  else self.tr("&Next phase", "Session menu"))
        self.actions.previous.setText(self.tr("\u25c0 Back", "in the Review") if walking
                                      else self.tr("P&revious phase", "Session menu"))
        self.actions.previous.setEnabled(walking or (self.runner is not None
                                                     and self.runner.phase_index > 0))
        self.page.show_review(walking)

    def ask_finish(self) -> bool:
        """Confirm, then end the session; True when it ended."""
        if self.runner is None:
            return True
        if not self.page.ask(
                self.tr("End the session?"),
                self.tr("End this session now? The timer stops and the session is saved.")):
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
        self._review_session(None)
        self.timer.stop()
        self.page.reset_plan()
        self.session_finished.emit(session_id)
        self._changed()

    # --- the stage and the keys ------------------------------------------------------------------

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

    def _page_visibility_changed(self, shown: bool) -> None:
        self._page_shown = shown
        self._scope_keys()

    def _scope_keys(self) -> None:
        """Plain keys drive the timer while the tab shows or the stage is presented; on the
        other tabs (the bank's lists and editors) they keep their usual meaning."""
        self.actions.set_single_keys_active(self._page_shown or self.presenter.is_presenting())

    def apply_settings(self) -> None:
        """After the Settings dialog: sound, warnings and agreements take effect at once."""
        self.chime.enabled = self.settings.sound_enabled
        self.timer.warning_minutes = list(self.settings.warning_minutes)
        if self.runner is None:
            self.page.reset_plan()
        self.timer.reschedule()

    def _show_error(self, error: SoleError) -> None:
        self.page.show_message(error_message(error))
