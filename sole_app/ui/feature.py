"""How a feature plugs into the main window: one declared way, in the spirit of Mu's modes.

The composition root builds each feature once the database is open and hands the list to
``MainWindow.open_features``. The window asks each feature for what it shows and what it needs;
nothing outside the window sets attributes on it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from sole_app.core.settings import AppSettings


@runtime_checkable
class Feature(Protocol):
    """A page of the main window, with its menu and its keys."""

    def page(self) -> QWidget | None:
        """The tab's widget. Its objectName is stable: it restores the tab after a rebuild.

        None for a feature with no tab of its own, whose panels show inside another feature's
        page (the groups and notes on the Session tab), placed there by the composition root."""
        ...

    def title(self) -> str:
        """The tab's title, in the interface language."""
        ...

    def menu(self) -> QMenu | None:
        """The feature's menu in the menu bar, between the File and Help menus, or None."""
        ...

    def window_actions(self) -> Sequence[QAction]:
        """Actions whose shortcuts work anywhere in the main window."""
        ...

    def blocks_language_change(self) -> bool:
        """True while rebuilding the window would interrupt something (a running session)."""
        ...

    def apply_settings(self, settings: AppSettings) -> None:
        """The librarian saved new settings: take them into account now."""
        ...

    def save_on_close(self) -> None:
        """The main window is closing: save or put away what would otherwise be lost."""
        ...

    def carry_over(self) -> object:
        """What the librarian was preparing, as plain data, for the window that replaces this
        one after a language change (None: nothing to carry)."""
        ...

    def take_over(self, carried: object) -> None:
        """In the rebuilt window: take back what ``carry_over`` gave (None: nothing)."""
        ...
