"""The findings as a feature of the main window: groups, group turn, notes and the reflection.

It has no tab of its own (``page()`` is None): its two panels show on the Session tab, beside
the plan, because that is where the librarian is during a session. The composition root
(app.build_features) places them there, gives Ctrl+N to notes while the Session tab shows,
adds the note and reflection to the Session menu and the session's clicker keys to group turn,
and hands in the session's side (its SessionController) through the small SessionSide
protocol, so neither feature imports the other.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from sole_app.core.clock import Clock, SystemClock
from sole_app.core.findings.reflection import latest_session
from sole_app.core.settings import AppSettings
from sole_app.ui.findings.actions import FindingsActions
from sole_app.ui.findings.current import CurrentSession, SessionSide
from sole_app.ui.findings.groups_controller import GroupsController
from sole_app.ui.findings.groups_panel import GroupsPanel
from sole_app.ui.findings.notes import NotesController, NotesPanel
from sole_app.ui.findings.reflection_dialog import ReflectionDialog
from sole_app.ui.findings.turn import GroupTurn
from sole_app.ui.findings.words import FindingsWords
from sole_app.ui.operations import Operations


class FindingsFeature(QObject):
    """The groups and notes panels, group turn and the reflection, as one feature."""

    def __init__(self, database, operations: Operations, settings: AppSettings,
                 session: SessionSide, parent: QWidget, clock: Clock | None = None) -> None:
        super().__init__(parent)
        self.database, self.operations, self._window = database, operations, parent
        self.words = FindingsWords(self)
        self.actions = FindingsActions(self)
        self.current = CurrentSession(database, clock or SystemClock(), session, self)
        self.turn = GroupTurn(database, self.current, self.words, parent, self)
        self.groups_panel = GroupsPanel(self.actions, self.words)
        self.groups = GroupsController(self.groups_panel, self.actions, self.words, database,
                                       operations, self.current, self.turn,
                                       settings.group_first_names)
        self.notes_panel = NotesPanel(self.actions.note)
        self.notes = NotesController(self.notes_panel, self.actions.note, self.words, database,
                                     operations, self.current, lambda: self._window)
        self.reflection: ReflectionDialog | None = None
        self.actions.reflection.triggered.connect(self.reflect_on_latest)
        session.session_finished.connect(lambda session_id: self.open_reflection(
            session_id, offered=True))
        self._menu = self.actions.build_menu(QMenu(self.title(), parent))

    # --- what the composition root places ------------------------------------------------------

    def side_pages(self) -> list[tuple[QWidget, str]]:
        """The panels for the Session tab, with their tab titles."""
        return [(self.groups_panel, QCoreApplication.translate("FindingsWiring", "Groups")),
                (self.notes_panel, QCoreApplication.translate("FindingsWiring", "Notes"))]

    def session_tab_shown(self, shown: bool) -> None:
        """Ctrl+N writes a note while the Session tab shows, and is the bank's elsewhere."""
        self.actions.set_note_key_active(shown)

    def changed_elsewhere(self, group_ids: tuple[int, ...] = ()) -> None:
        """Groups or records changed from a group's own device (the group page): redraw the
        list, and the record group turn shows if it is one of them."""
        self.turn.follow(tuple(group_ids))
        self.groups.refresh()

    def session_menu_actions(self) -> list[QAction]:
        return self.actions.session_menu_actions()

    def install_clicker_keys(self, actions: Sequence[QAction]) -> None:
        """The session's keys that work in group turn too: Page Up and Down, the modifier
        shortcuts, and the plain keys, which a focused text field keeps for typing."""
        self.turn.window.addActions(list(actions))

    # --- the reflection -------------------------------------------------------------------------

    def open_reflection(self, session_id: int, offered: bool = False) -> ReflectionDialog:
        """The reflection on any session (the history of past sessions opens it too)."""
        if self.reflection is not None:
            self.reflection.deleteLater()
        self.reflection = ReflectionDialog(self.database, self.operations, session_id,
                                           self._window, offered=offered)
        self.reflection.open()
        return self.reflection

    def reflect_on_latest(self) -> ReflectionDialog | None:
        session_id = latest_session(self.database)
        if session_id is None:
            self.groups_panel.show_message(self.tr("No session has run yet."))
            return None
        return self.open_reflection(session_id)

    # --- the Feature protocol (ui/feature.py) -------------------------------------------------

    def page(self) -> None:
        """No tab of its own: see side_pages."""
        return None

    def title(self) -> str:
        return QCoreApplication.translate("FindingsWiring", "&Groups")

    def menu(self) -> QMenu:
        return self._menu

    def window_actions(self) -> list[QAction]:
        return [self.actions.group_turn, self.actions.note]

    def blocks_language_change(self) -> bool:
        """A rebuild closes the window, which saves what was typed first (save_on_close)."""
        return False

    def apply_settings(self, settings: AppSettings) -> None:
        self.groups.set_first_names(settings.group_first_names)

    def save_on_close(self) -> None:
        """Save what children typed, and give the laptop's screen back."""
        self.turn.flush()
        self.turn.window.hide()

    def carry_over(self) -> None:
        """Nothing: what children typed is saved as they type (save_on_close flushes the rest)."""
        return None

    def take_over(self, carried: object) -> None:
        """Nothing was carried over."""
