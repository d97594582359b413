"""The app's one way to change data: run an operation, record its undo step, tell every view.

In the spirit of Anki's ``aqt/operations``: a feature calls ``operations.run(name, operation)``
with a core function that changes the database and returns a ``core.changes.Change``. The
change goes onto the one QUndoStack (Edit ▸ Undo and Redo, Ctrl+Z and Ctrl+Shift+Z), and
``changed`` carries it to every view that shows data, after the operation and after each undo
or redo alike; no view is refreshed by hand. The composition root builds one Operations per
window and hands it to each feature.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack

from sole_app.core.changes import Change
from sole_app.core.errors import SoleError
from sole_app.core.markup import to_plain

NAMED_TEXT_LIMIT = 40  # characters of a person's text named in a menu item


class Operations(QObject):
    """Runs changes and keeps them undoable. ``changed(change)`` follows every change made,
    undone or redone; ``undone(name)`` and ``redone(name)`` say which step; ``failed(error)``
    follows an undo or redo the database refused (the step is dropped)."""

    changed = Signal(object)
    undone = Signal(str)
    redone = Signal(str)
    failed = Signal(object)

    def __init__(self, database, parent: QObject) -> None:
        super().__init__(parent)
        self.database = database
        self.stack = QUndoStack(self)

    def run(self, name: str, operation: Callable[[], Change]) -> Change:
        """Make a change now and record it as one undo step called ``name`` (translated, e.g.
        "delete question “…”"). A SoleError from the operation propagates and records nothing."""
        change = operation()
        self.stack.push(_Step(self, name, change))
        self.changed.emit(change)
        return change

    def undo(self) -> None:
        self.stack.undo()

    def redo(self) -> None:
        self.stack.redo()

    def revert(self, change: Change) -> Change | None:
        """Take ``change`` back in the database and announce it; None when that was refused."""
        try:
            again = change.revert(self.database)
        except SoleError as error:
            self.failed.emit(error)
            return None
        self.changed.emit(again)
        return again

    def undo_action(self, parent: QObject) -> QAction:
        """Edit ▸ Undo, named after the step it undoes, with the platform's undo keys
        (Ctrl+Z). A focused text field keeps Ctrl+Z for its own typing."""
        return _StepAction(self.stack, redo=False, parent=parent)

    def redo_action(self, parent: QObject) -> QAction:
        """Edit ▸ Redo, named after the step it redoes (Ctrl+Shift+Z; Ctrl+Y on Windows)."""
        return _StepAction(self.stack, redo=True, parent=parent)


class _StepAction(QAction):
    """Undo or Redo, following the stack: "Undo delete question “De ce visăm?”". It reads only
    what the stack's signals carry, so a stack being destroyed is never asked anything."""

    def __init__(self, stack: QUndoStack, redo: bool, parent: QObject) -> None:
        super().__init__(parent)
        self._redo = redo
        self.setObjectName("redoAction" if redo else "undoAction")
        self.setShortcuts(QKeySequence.StandardKey.Redo if redo else QKeySequence.StandardKey.Undo)
        self.triggered.connect(stack.redo if redo else stack.undo)
        (stack.redoTextChanged if redo else stack.undoTextChanged).connect(self.show_name)
        (stack.canRedoChanged if redo else stack.canUndoChanged).connect(self.setEnabled)
        self.show_name(stack.redoText() if redo else stack.undoText())
        self.setEnabled(stack.canRedo() if redo else stack.canUndo())

    def show_name(self, name: str) -> None:
        name = menu_safe(name)
        if self._redo:
            self.setText(QCoreApplication.translate("Operations", "&Redo {name}").format(
                name=name) if name else QCoreApplication.translate("Operations", "&Redo"))
        else:
            self.setText(QCoreApplication.translate("Operations", "&Undo {name}").format(
                name=name) if name else QCoreApplication.translate("Operations", "&Undo"))


class _Step(QUndoCommand):
    """One operation on the stack. Its first redo is the operation itself, already done."""

    def __init__(self, operations: Operations, name: str, change: Change) -> None:
        super().__init__(name)
        self._operations = operations
        self._to_undo: Change | None = change
        self._to_redo: Change | None = None

    def undo(self) -> None:
        self._to_redo = self._apply(self._to_undo)
        if self._to_redo is not None:
            self._operations.undone.emit(self.text())

    def redo(self) -> None:
        if self._to_redo is None:
            return  # pushed after the operation ran: nothing to do again
        self._to_undo = self._apply(self._to_redo)
        if self._to_undo is not None:
            self._operations.redone.emit(self.text())

    def _apply(self, change: Change | None) -> Change | None:
        again = self._operations.revert(change) if change is not None else None
        if again is None:
            self.setObsolete(True)  # refused: the stack drops this step
        return again


def named(text: str, limit: int = NAMED_TEXT_LIMIT) -> str:
    """A person's Markdown text, plain, on one line and short enough to name in a menu item."""
    return elided(to_plain(text), limit)


def elided(plain: str, limit: int = NAMED_TEXT_LIMIT) -> str:
    """Plain text cut at a word to at most ``limit`` characters, "…" marking the cut."""
    if len(plain) <= limit:
        return plain
    cut = plain[:limit - 1].rsplit(" ", 1)[0] if " " in plain[:limit - 1] else plain[:limit - 1]
    return cut.rstrip(" ,.;:") + "…"


def menu_safe(text: str) -> str:
    """Text shown as it is in a menu item: a typed & is not taken for an Alt key."""
    return text.replace("&", "&&")

