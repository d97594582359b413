"""The findings' actions: groups, group turn, notes and the reflection, with their keys.

Group turn is F6, anywhere in the main window (a function key is never a character). A new note
is Ctrl+N while the Session tab shows: on the other tabs its key is given back (as the session's
plain keys are), so it never meets the question bank's Ctrl+N. Neither key types anything, so
both work while a text field has the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

NOTE_KEY = "Ctrl+N"


class FindingsActions(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.add = self._action("addGroup", self.tr("&Add a group…"),
                                self.tr("A new group, with a name the children like"))
        self.edit = self._action("editGroup", self.tr("&Change the group…"),
                                 self.tr("Rename the group or change how many children it has"))
        self.remove = self._action("removeGroup", self.tr("&Remove the group…"),
                                   self.tr("Remove the group and what it found (Undo brings it "
                                           "back)"))
        self.merge = self._action("mergeGroups", self.tr("&Merge into another group…"),
                                  self.tr("Two groups became one: keep everything both found"))
        self.move_up = self._action("moveGroupUp", self.tr("Move &up"),
                                    self.tr("Move the group up the list"))
        self.move_down = self._action("moveGroupDown", self.tr("Move &down"),
                                      self.tr("Move the group down the list"))
        self.group_turn = self._action(
            "groupTurn", self.tr("&Group turn", "menu"),
            self.tr("Fill the laptop's screen with one group's record, for the children to type "
                    "in (F6)"), "F6")
        self.note = self._action("newNote", self.tr("Ne&w note…"),
                                 self.tr("Write down what you notice, with the phase and the "
                                         "time (Ctrl+N)"), NOTE_KEY)
        self.reflection = self._action(
            "reflection", self.tr("Re&flection on the last session…"),
            self.tr("Your reflection on how the session went: counts, objective, thinking, "
                    "engagement"))

    def _action(self, name: str, text: str, tip: str, key: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"{name}Action")
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if key:
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        return action

    def set_note_key_active(self, active: bool) -> None:
        """Ctrl+N makes a note while the Session tab shows; elsewhere it is the other tab's."""
        self.note.setShortcut(QKeySequence(NOTE_KEY) if active else QKeySequence())

    def group_actions(self) -> list[QAction]:
        return [self.add, self.edit, self.remove, self.merge, self.move_up, self.move_down]

    def build_menu(self, menu: QMenu) -> QMenu:
        menu.addActions(self.group_actions())
        menu.addSeparator()
        menu.addAction(self.group_turn)
        return menu

    def session_menu_actions(self) -> list[QAction]:
        """For the Session menu, where a librarian looks for them."""
        return [self.note, self.reflection]
