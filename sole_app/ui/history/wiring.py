"""Past sessions as a feature of the main window: the History tab and its menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from sole_app.core.settings import AppSettings
from sole_app.ui.history.controller import EditReflection, HistoryController
from sole_app.ui.history.page import HistoryPage
from sole_app.ui.operations import Operations


class HistoryFeature(QObject):
    """The History tab. ``edit_reflection(session_id)`` opens the reflection dialog of the
    findings feature (the composition root wires it; None hides the button)."""

    def __init__(self, database, operations: Operations, settings: AppSettings,
                 window_state: Path, parent: QWidget,
                 edit_reflection: EditReflection | None = None) -> None:
        super().__init__(parent)
        self.history_page = HistoryPage(window_state)
        self.controller = HistoryController(self.history_page, database, operations, settings,
                                            edit_reflection)

    def page(self) -> HistoryPage:
        return self.history_page

    def title(self) -> str:
        return QCoreApplication.translate("HistoryWiring", "History")

    def menu(self) -> QMenu:
        return self.history_page.menu

    def window_actions(self) -> list[QAction]:
        return []

    def blocks_language_change(self) -> bool:
        """An export under way would be cut off by rebuilding the window."""
        run = self.controller.export_run
        return run is not None and run.dialog.isVisible()

    def apply_settings(self, settings: AppSettings) -> None:
        """The library's name may have changed: the report shows it."""
        self.controller.settings = settings
        self.controller.show_current()

    def save_on_close(self) -> None:
        """Every change is saved as it is made; the splitter saves as it moves."""

    def carry_over(self) -> int | None:
        """The session being looked at, so that a language change keeps it chosen."""
        return self.history_page.current_id()

    def take_over(self, carried: object) -> None:
        """Choose again the session that was being looked at, if it is still listed."""
        if isinstance(carried, int):
            self.history_page.show_rows(self.controller.listed(), carried)
            self.controller.show_current()

    def sessions_changed(self) -> None:
        """A session started, ended or was filed elsewhere: list again."""
        self.controller.refresh()
