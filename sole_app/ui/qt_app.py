"""The QApplication with the app's name, icon and organisation set."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from sole_app import APP_ID, APP_NAME, __version__
from sole_app.core.paths import resources_dir


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
