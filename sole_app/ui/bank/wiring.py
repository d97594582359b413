"""Putting the question bank into the main window: the starter questions on first start, the
page as the second tab, and its menu."""

from __future__ import annotations

from sole_app.ui.bank.panel import BankPanel
from sole_app.ui.messages import error_message


def install_bank_page(window, database) -> BankPanel:
    """Load the starter questions into a new bank, then add the bank page and its menu."""
    from PySide6.QtWidgets import QApplication

    from sole_app.core.bank.starter import is_loaded, load_starter_bank
    from sole_app.core.errors import InvalidStarterBank
    from sole_app.core.paths import questions_dir

    if not is_loaded(database):
        window.statusBar().showMessage(
            QApplication.translate("BankPanel", "Loading the starter questions…"))
        QApplication.processEvents()
        try:
            load_starter_bank(database, questions_dir())
            window.statusBar().clearMessage()
        except InvalidStarterBank as error:
            window.statusBar().showMessage(error_message(error), 20000)
    from sole_app.ui import i18n

    panel = BankPanel(database, window.paths.window_state, window)
    # A librarian working in Romanian looks for Romanian questions first; "All languages" is
    # one click away.
    panel.filter_bar.choose_language(i18n.current_language())
    window.add_page(panel, QApplication.translate("BankPanel", "Question bank"))
    window.menuBar().insertMenu(window.help_menu.menuAction(), panel.menu)
    return panel
