"""The QApplication with the app's name, icon and organisation set."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from sole_app import APP_ID, APP_NAME, __version__
from sole_app.core.errors import SoleError
from sole_app.core.paths import resources_dir
from sole_app.ui.messages import error_message, warn


def app_icon() -> QIcon:
    return QIcon(str(resources_dir() / "icons" / "sole.svg"))


def create_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    application = existing if existing is not None else QApplication(argv)
    application.setApplicationName(APP_NAME)
    application.setApplicationDisplayName(APP_NAME)
    application.setApplicationVersion(__version__)
    application.setOrganizationName(APP_ID)
    application.setDesktopFileName(APP_ID)
    application.setWindowIcon(app_icon())
    return application


def tell_already_running(data_dir) -> None:
    """A second start on the same data folder explains itself instead of opening a rival."""
    text = QCoreApplication.translate(
        "Application",
        "SOLE Facilitator is already open with the data folder {folder}. "
        "Switch to its window (look in the taskbar).",
    ).format(folder=data_dir)
    print(f"sole-app: {text}", file=sys.stderr, flush=True)
    warn(None, APP_NAME, text, QMessageBox.Icon.Information)  # plain: a folder's name


def tell_cannot_start(error: SoleError) -> None:
    """Why the window cannot open, in a box: started from a shortcut, stderr is shown nowhere."""
    warn(None, APP_NAME, error_message(error), QMessageBox.Icon.Critical)
