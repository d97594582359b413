"""The question bank as a feature of the main window: its page, as the second tab, and its menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from sole_app.core.settings import AppSettings
from sole_app.ui import i18n
from sole_app.ui.bank.controller import BankController
from sole_app.ui.bank.panel import BankPanel
from sole_app.ui.operations import Operations


class BankFeature(QObject):
    """The Question bank tab. Emits session_requested(question id) for the session feature, and
    questions_changed() after any change to the bank, its undo or its redo (for the session's
    list of bank questions)."""

    session_requested = Signal(int)
    questions_changed = Signal()

    def __init__(self, database, operations: Operations, window_state: Path, language: str,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.panel = BankPanel(database, window_state)
        # A librarian working in Romanian looks for Romanian questions first; "All languages" is
        # one click away.
        self.panel.filter_bar.choose_language(language)
        self.controller = BankController(self.panel, database, operations,
                                         i18n.current_language)
        self.controller.session_requested.connect(self.session_requested)
        self.controller.questions_changed.connect(self.questions_changed)

    def questions_used(self) -> None:
        """A session has started: the question it used shows a new "last used"."""
        self.controller.questions_used()

    def page(self) -> BankPanel:
        return self.panel

    def title(self) -> str:
        return QCoreApplication.translate("BankPanel", "Question bank")

    def menu(self) -> QMenu:
        return self.panel.menu

    def window_actions(self) -> list[QAction]:
        return []

    def blocks_language_change(self) -> bool:
        return False

    def apply_settings(self, settings: AppSettings) -> None:
        """The bank has no settings of its own yet."""

    def save_on_close(self) -> None:
        """Every change to the bank is saved as it is made; the splitter saves as it moves."""

    def carry_over(self) -> None:
        """Nothing: the bank's list opens anew on the questions in the new language."""
        return None

    def take_over(self, carried: object) -> None:
        """Nothing was carried over."""
