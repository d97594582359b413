"""Keys that act on one widget of the bank page only, so they keep their usual meaning elsewhere
(Del and Enter still edit text in the search box; Down and Esc work in it)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QListView


def bind_list_keys(list_view: QListView, edit: QAction, delete: QAction) -> None:
    """Enter edits and Del deletes the chosen question, while the list has the focus."""
    for action, keys in ((edit, ("Return", "Enter")), (delete, ("Delete",))):
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        list_view.addAction(action)


def bind_search_keys(search_box: QLineEdit, down: Callable[[], None],
                     escape: Callable[[], None]) -> None:
    """Down goes from the search box to the list; Esc clears the search."""
    for key, slot in (("Down", down), ("Escape", escape)):
        action = QAction(search_box)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        search_box.addAction(action)
