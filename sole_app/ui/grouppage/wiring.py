"""The Group devices feature: its tab, wired to the running session by the composition root."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from sole_app.core.settings import AppSettings
from sole_app.ui.grouppage.controller import GroupPageController, GroupPageService, ShowJoinCard
from sole_app.ui.grouppage.panel import GroupPagePanel


class GroupPageFeature(QObject):
    """The tab (a ``ui.feature.Feature``). ``session_started`` and ``session_ended`` follow the
    session; ``events`` carries what devices do (for any view that shows groups)."""

    def __init__(self, service: GroupPageService, database, settings: AppSettings,
                 language: Callable[[], str], show_join_card: ShowJoinCard,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.panel = GroupPagePanel()
        self.controller = GroupPageController(self.panel, service, database, settings,
                                              language, show_join_card, self)
        self.events = self.controller.events

    def page(self) -> GroupPagePanel:
        return self.panel

    def title(self) -> str:
        return QCoreApplication.translate("GroupPageWiring", "Group devices")

    def menu(self) -> None:
        return None

    def window_actions(self) -> list[QAction]:
        return []

    def blocks_language_change(self) -> bool:
        return False  # the page only runs in a session, which blocks it already

    def apply_settings(self, settings: AppSettings) -> None:
        self.controller.apply_settings()

    def save_on_close(self) -> None:
        """Closing the window stops the page: nothing listens once the app is gone."""
        self.controller.session_ended()

    def carry_over(self) -> None:
        """Nothing: the page follows the session, which a language change never interrupts."""
        return None

    def take_over(self, carried: object) -> None:
        """Nothing was carried over."""

    def session_started(self, session_id: int) -> None:
        self.controller.session_started(session_id)

    def session_ended(self, session_id: int) -> None:
        self.controller.session_ended(session_id)
