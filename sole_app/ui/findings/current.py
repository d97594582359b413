"""Which session the groups and notes on the Session tab belong to, and the session's side of
them: its phase and time for a note, its clock for group turn.

Before Start it is the planned session (core/session/planned.py), made when the first group or
note needs one; from Start the running session (the same one, if it was planned); after the end
the next planned one, if groups were already set up for it, else none.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Signal

from sole_app.core.clock import Clock
from sole_app.core.db import Database
from sole_app.core.session import planned
from sole_app.core.session.runner import Snapshot


class SessionSide(Protocol):
    """What the findings need of the Session tab (its SessionController)."""

    session_started: Signal  # (int) a session started or was resumed
    phase_changed: Signal  # (int) the phase moved
    session_finished: Signal  # (int) the session ended
    stage_changed: Signal  # (StageState) the stage as just shown, at each tick and change

    def snapshot(self) -> Snapshot | None:
        """The running session now; None when none runs."""
        ...


class CurrentSession(QObject):
    """The session shown. ``changed(session_id or None)`` when it starts, ends or becomes
    another; ``ending(session_id)`` just before an end takes it off the screen (save now)."""

    changed = Signal(object)
    ending = Signal(int)

    def __init__(self, database: Database, clock: Clock, session: SessionSide,
                 parent: QObject) -> None:
        super().__init__(parent)
        self._database = database
        self._clock = clock
        self.side = session
        self.session_id: int | None = planned.planned_session(database)
        self.running = False
        session.session_started.connect(self._started)
        session.session_finished.connect(self._finished)

    def ensure(self) -> int:
        """The session to add a group or a note to, planned now if there is none."""
        if self.session_id is None:
            self._show(planned.plan_session(self._database, self._clock))
        return self.session_id

    def _started(self, session_id: int) -> None:
        self.running = True
        self._show(session_id)

    def _finished(self, session_id: int) -> None:
        self.ending.emit(session_id)
        self.running = False
        self._show(planned.planned_session(self._database))

    def _show(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.changed.emit(session_id)
