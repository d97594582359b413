"""The Review's behaviour on the laptop: where the clicker is in the review, how many groups at
once, the glow and grow, and a new question sent to the bank.

The steps are decided in core (core.session.review); this driver loads the running session's
groups into the walk when they change (an operation, a record saved from group turn or a
device), moves it when the session's keys ask, and tells the controller to show the stage anew
(``changed``). Changes to data go through the window's Operations, so each is undoable.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from sole_app.core.db import Database
from sole_app.core.errors import SoleError
from sole_app.core.findings import groups as stored_groups
from sole_app.core.findings import operations as findings
from sole_app.core.session.review import ReviewGroup, ReviewStep, ReviewWalk, wall_lines
from sole_app.core.session.wall import send_to_bank
from sole_app.ui.messages import error_message
from sole_app.ui.operations import Operations, elided
from sole_app.ui.session.actions import SessionActions
from sole_app.ui.session.review_panel import ReviewPanel


class ReviewDriver(QObject):
    """See the module's docstring. ``operations`` may be None (no undo stack: tests of the
    controller alone), and then nothing is written."""

    changed = Signal()

    def __init__(self, panel: ReviewPanel, actions: SessionActions, database: Database,
                 operations: Operations | None, language: Callable[[], str],
                 parent: QObject) -> None:
        super().__init__(parent)
        self.panel, self.actions, self.database = panel, actions, database
        self.operations, self._language = operations, language
        self.walk = ReviewWalk()
        self.session_id: int | None = None
        for action in actions.per_screen:
            action.triggered.connect(lambda _checked=False, a=action: self.set_per_screen(
                a.data()))
        panel.per_screen_chosen.connect(self.set_per_screen)
        panel.feedback_shown.connect(self._feedback_shown)
        panel.question_marked.connect(self._marked)
        panel.send_requested.connect(self.send_marked)
        panel.feedback_saved.connect(self.save_feedback)
        if operations is not None:
            operations.changed.connect(lambda _change: self.reload())

    def step(self) -> ReviewStep:
        return self.walk.step

    def set_session(self, session_id: int | None) -> None:
        """The running session (None: none runs); the walk starts at the question."""
        self.session_id = session_id
        self.walk.restart()
        self.reload()

    def reload(self) -> None:
        """Read the session's groups anew, keeping the place in the walk."""
        groups: tuple[ReviewGroup, ...] = ()
        if self.session_id is not None:
            try:
                groups = tuple(_review_group(entry) for entry in
                               stored_groups.list_groups(self.database, self.session_id))
            except SoleError:
                groups = ()
        self.walk.load(groups)
        self.panel.show_groups(self.walk.groups, wall_lines(self.walk.groups, self.walk.marked))
        self.changed.emit()

    # --- the keys ---------------------------------------------------------------------------

    def restart(self) -> None:
        """The Review begins (again): at the question, with the groups as they are now."""
        self.walk.restart()
        self.reload()

    def forward(self) -> bool:
        moved = self.walk.forward()
        self.changed.emit()
        return moved

    def back(self) -> bool:
        moved = self.walk.back()
        self.changed.emit()
        return moved

    def set_per_screen(self, count: int) -> None:
        self.walk.set_per_screen(int(count))
        for action in self.actions.per_screen:
            action.setChecked(action.data() == self.walk.per_screen)
        self.panel.set_per_screen(self.walk.per_screen)
        self.changed.emit()

    def _feedback_shown(self, shown: bool) -> None:
        self.walk.set_show_feedback(shown)
        self.changed.emit()

    def _marked(self, key: tuple[int, int] | None) -> None:
        self.walk.mark(key)
        self.changed.emit()

    # --- changes to data --------------------------------------------------------------------

    def send_marked(self) -> None:
        """The marked new question to the bank, as a draft from this session (undoable)."""
        line = self.walk.marked_line()
        if line is None or self.session_id is None or self.operations is None:
            return
        session_id = self.session_id
        notes = self.tr("A new question from the group “{group}”, in the review of a "
                        "session.").format(group=line.group_name)
        name = self.tr("send “{question}” to the bank").format(question=elided(line.question))
        try:
            self.operations.run(name, lambda: send_to_bank(
                self.database, session_id, line.question, notes, self._language()))
        except SoleError as error:
            self.panel.show_message(error_message(error))
            return
        self.panel.show_message(self.tr("Sent to the question bank as a draft: {question}")
                                .format(question=line.question))

    def save_feedback(self, group_id: int, glow: str, grow: str) -> None:
        if self.operations is None:
            return
        name = self.tr("glow and grow")
        try:
            self.operations.run(name, lambda: findings.edit_group(
                self.database, group_id, glow=glow, grow=grow))
        except SoleError as error:
            self.panel.show_message(error_message(error))
            return
        self.panel.show_message(self.tr("Glow and grow saved."))


def _review_group(entry) -> ReviewGroup:
    content = entry.record.content
    return ReviewGroup(group_id=entry.id, name=entry.group.nickname, found=content.found,
                       sources=content.sources, certainty=content.certainty,
                       new_questions=content.new_questions, glow=entry.group.glow,
                       grow=entry.group.grow)
