"""The session feature: the Session tab, its menu and keys, and the projector.

Built by the composition root (app.load_into) once the database is open: the actions, the
page (view) and its controller, the chime and the presenter, wired here and nowhere else.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from sole_app.core.clock import Clock, SystemClock
from sole_app.core.settings import AppSettings
from sole_app.ui import i18n
from sole_app.ui.operations import Operations
from sole_app.ui.session.actions import SessionActions
from sole_app.ui.session.chime import Chime
from sole_app.ui.session.controller import SessionController
from sole_app.ui.session.page import SessionPage
from sole_app.ui.session.review import ReviewDriver
from sole_app.ui.session.setup import Draft
from sole_app.ui.stage.presenter import Presenter


class SessionFeature(QObject):
    """The Session tab, its menu and keys, and the projector, as one feature of the window."""

    def __init__(self, database, settings: AppSettings, settings_path: Path, parent: QWidget,
                 clock: Clock | None = None, operations: Operations | None = None) -> None:
        super().__init__(parent)
        self.presenter = Presenter(settings, settings_path, parent)
        self.actions = SessionActions(self)
        self.session_page = SessionPage(database, settings, self.actions)
        self.review = ReviewDriver(self.session_page.review_panel, self.actions, database,
                                   operations, i18n.current_language, self)
        self.controller = SessionController(
            self.session_page, self.actions, database, settings, self.presenter,
            clock or SystemClock(), Chime(settings.sound_enabled, self), self, self.review)
        self._menu = self.actions.build_menu(
            QMenu(QCoreApplication.translate("SessionWiring", "&Session"), parent))
        self.actions.install(self.presenter.projector_window())

    def page(self) -> SessionPage:
        return self.session_page

    def title(self) -> str:
        return QCoreApplication.translate("SessionWiring", "Session")

    def menu(self) -> QMenu:
        return self._menu

    def window_actions(self) -> list[QAction]:
        return self.actions.all()

    def blocks_language_change(self) -> bool:
        return self.controller.blocks_language_change()

    def apply_settings(self, settings: AppSettings) -> None:
        self.controller.apply_settings()
        self.presenter.choose_screen(settings.projector_screen)

    def save_on_close(self) -> None:
        """Closing the main window takes the stage off the projector too, so the app can quit."""
        self.presenter.stop_presenting()

    def carry_over(self) -> Draft | None:
        """The question and plan being prepared (a language change never rebuilds the window
        while a session runs, see ``blocks_language_change``)."""
        return self.session_page.setup.draft()

    def take_over(self, carried: object) -> None:
        if isinstance(carried, Draft):
            self.session_page.setup.restore(carried)

    def groups_changed(self) -> None:
        """A record or a group changed outside an operation (typed in group turn, or on a
        group's device): the review shows it as it is now."""
        self.review.reload()

    def start_from_question(self, question_id: int) -> None:
        self.controller.start_from_question(question_id)

    def bank_changed(self) -> None:
        """A question was added, changed or deleted (or that was undone): list the bank anew."""
        self.session_page.setup.refresh_bank()

    def opened(self) -> None:
        """The window shows the feature: offer to resume a session that was running."""
        self.controller.offer_resume()
