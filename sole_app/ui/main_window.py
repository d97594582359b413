"""The librarian's main window: the feature pages, menus, About, remembered geometry."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from sole_app import APP_NAME, __version__
from sole_app.core.errors import SoleError
from sole_app.core.paths import DataPaths
from sole_app.core.settings import AppSettings
from sole_app.ui.messages import error_message
from sole_app.ui.qt_app import app_icon


class MainWindow(QMainWindow):
    """Shows a loading line until the database is open, then the feature pages as tabs."""

    database_opened = Signal(object)

    def __init__(self, paths: DataPaths, settings: AppSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.paths = paths
        self.settings = settings
        self.database = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self._window_state = QSettings(str(paths.window_state), QSettings.Format.IniFormat, self)
        self._build_pages()
        self._build_menus()
        self._restore_geometry()

    def _build_pages(self) -> None:
        self.loading_label = QLabel(self.tr("Opening the database…"))
        self.loading_label.setObjectName("loadingLabel")
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QTabWidget()
        self.pages.setObjectName("pages")
        self.pages.setDocumentMode(True)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.loading_label)
        self._stack.addWidget(self.pages)
        self.setCentralWidget(self._stack)

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action.triggered.connect(self.close)
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.open_data_action = QAction(self.tr("Open the &data folder"), self)
        self.open_data_action.triggered.connect(self.open_data_folder)
        self.about_action = QAction(self.tr("&About SOLE Facilitator"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addActions([self.open_data_action, self.about_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

    def add_page(self, widget: QWidget, title: str) -> None:
        self.pages.addTab(widget, title)

    def attach_database(self, database) -> None:
        self.database = database
        self._stack.setCurrentWidget(self.pages)
        self.statusBar().showMessage(
            self.tr("Data folder: {path}").format(path=self.paths.root), 10000
        )
        self.database_opened.emit(database)

    def about_text(self) -> str:
        return self.tr(
            "<h3>{name} {version}</h3>"
            "<p>Runs SOLE sessions: the big question on the projector, the phase timer, "
            "the groups' findings and a question bank.</p>"
            "<p>Free software under the GNU General Public License, version 3 or later.</p>"
            "<p>Data folder: {folder}</p>"
            "<p>No data leaves this computer unless you export it.</p>"
        ).format(name=APP_NAME, version=__version__, folder=self.paths.root)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About SOLE Facilitator"), self.about_text())

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.root)))

    def show_fatal_error(self, error: SoleError) -> None:
        """Explain why the data cannot be opened, then quit with a failure code."""
        self.loading_label.setText(error_message(error))
        self.loading_label.setWordWrap(True)
        QMessageBox.critical(self, self.tr("Cannot open the data"), error_message(error))
        QApplication.instance().exit(1)

    def _restore_geometry(self) -> None:
        geometry = self._window_state.value("main/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 720)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._window_state.setValue("main/geometry", self.saveGeometry())
        self._window_state.sync()
        super().closeEvent(event)
