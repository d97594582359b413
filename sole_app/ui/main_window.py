"""The librarian's main window: the feature pages and menus, Settings, About, remembered geometry.

It is built before the database opens, so it shows at once; ``open_features`` then adds each
feature the composition root built (see ``ui.feature.Feature``).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from sole_app import APP_NAME, __version__
from sole_app.core.errors import SoleError
from sole_app.core.paths import DataPaths
from sole_app.core.settings import AppSettings
from sole_app.ui import i18n
from sole_app.ui.feature import Feature
from sole_app.ui.messages import error_message, warn
from sole_app.ui.qt_app import app_icon
from sole_app.ui.window_size import fits_any, opening_for

if TYPE_CHECKING:  # both are imported once the window shows, not before (bench_startup.py)
    from sole_app.ui.operations import Operations


class MainWindow(QMainWindow):
    """Shows a loading line until the database is open, then the feature pages as tabs."""

    def __init__(self, paths: DataPaths, settings: AppSettings, *,
                 screens: Callable[[], list] = list,
                 rebuild: Callable[[MainWindow], object] | None = None,
                 restore: Callable[[MainWindow, Path], object] | None = None,
                 parent: QWidget | None = None):
        """``screens`` lists the screens for the Settings dialog's projector choice; ``rebuild``
        replaces this window with a new one after a language change, and ``restore`` does so
        around the restore of a backup (both the composition root's)."""
        super().__init__(parent)
        self.paths = paths
        self.settings = settings
        self.database = None
        self._screens = screens
        self._rebuild = rebuild
        self._restore = restore
        self._features: list[Feature] = []
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
        self.loading_label.setTextFormat(Qt.TextFormat.PlainText)  # an error names a folder
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
        self.settings_action = self._settings_action()
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
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

    def _settings_action(self) -> QAction:
        action = QAction(self.tr("&Settings…"), self)
        action.setObjectName("settingsAction")
        action.setShortcut(QKeySequence("Ctrl+,"))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setMenuRole(QAction.MenuRole.PreferencesRole)
        action.setToolTip(
            self.tr("Default phase minutes, warnings, sound, projector screen, language"))
        action.triggered.connect(self.open_settings)
        self.addAction(action)
        return action

    def open_features(self, database, features: Sequence[Feature],
                      operations: Operations | None = None) -> None:
        """Show the feature pages as tabs, in order, with their menus and keys; and the Edit
        menu's Undo and Redo for the ``operations`` the features change data through."""
        self.database = database
        if operations is not None:
            self._add_edit_menu(operations)
        self._features = []
        for feature in features:
            self._features.append(feature)
            self._plug_in(feature, self.pages.count())
        self.pages.setCurrentIndex(0)
        self._stack.setCurrentWidget(self.pages)
        self.statusBar().showMessage(
            self.tr("Data folder: {path}").format(path=self.paths.root), 10000
        )

    def replace_feature(self, loading: Feature, features: Sequence[Feature]) -> None:
        """Put ``features`` where ``loading`` (a LoadingFeature) stood, in its tab (the first
        of them with a page takes it, staying the current tab if it was) and in the order of
        the menus: the features the window opened before the rest had loaded
        (app.load_in_stages)."""
        place = self._features.index(loading)
        tab = self.pages.indexOf(loading.page())
        was_current = self.pages.currentIndex() == tab
        self.pages.removeTab(tab)
        loading.page().deleteLater()
        self._features[place:place + 1] = features
        for feature in features:
            if self._plug_in(feature, tab) and was_current:
                self.pages.setCurrentIndex(tab)
            tab += feature.page() is not None

    def _plug_in(self, feature: Feature, tab: int) -> bool:
        """The feature's tab at index ``tab`` (True if it has one), its menu before the menu of
        the next feature that has one (else before Help), and its window-wide keys."""
        if feature.page() is not None:
            self.pages.insertTab(tab, feature.page(), feature.title())
        menu = feature.menu()
        if menu is not None:
            shown = self.menuBar().actions()
            later = [other.menu() for other in self._features[
                self._features.index(feature) + 1:]
                if other.menu() is not None and other.menu().menuAction() in shown]
            before = later[0].menuAction() if later else self.help_menu.menuAction()
            self.menuBar().insertMenu(before, menu)
        self.addActions(list(feature.window_actions()))
        return feature.page() is not None

    def _add_edit_menu(self, operations: Operations) -> None:
        self.edit_menu = QMenu(self.tr("&Edit"), self)
        self.edit_menu.setObjectName("editMenu")
        self.undo_action = operations.undo_action(self)
        self.redo_action = operations.redo_action(self)
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.menuBar().insertMenu(self.help_menu.menuAction(), self.edit_menu)
        operations.undone.connect(lambda name: self.show_notice(
            self.tr("Undone: {name}").format(name=name)))
        operations.redone.connect(lambda name: self.show_notice(
            self.tr("Redone: {name}").format(name=name)))
        operations.failed.connect(lambda error: warn(self, APP_NAME, error_message(error)))

    def features(self) -> tuple[Feature, ...]:
        return tuple(self._features)

    def show_loading(self, text: str) -> None:
        """Say what is loading, painted now: start-up work runs before the event loop turns."""
        self.loading_label.setText(text)
        self.loading_label.repaint()

    def show_notice(self, text: str) -> None:
        self.statusBar().showMessage(text, 20000)

    def blocks_language_change(self) -> bool:
        return any(feature.blocks_language_change() for feature in self._features)

    def carry_over(self) -> dict[str, object]:
        """What each feature was preparing, by the feature's kind (some have no page of their
        own), for the window that replaces this one."""
        return {type(feature).__name__: feature.carry_over() for feature in self._features}

    def take_over(self, carried: dict[str, object]) -> None:
        for feature in self._features:
            feature.take_over(carried.get(type(feature).__name__))

    def open_settings(self) -> bool:
        """Show the Settings dialog; when saved, every feature applies it and the language
        changes as soon as that is safe."""
        from sole_app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.paths.settings, self._screens(), self,
                                backups_dir=self.paths.backups)
        saved = dialog.exec()
        if dialog.chosen_backup is not None:
            return self.restore_backup(dialog.chosen_backup)
        if not saved:
            return False
        for feature in self._features:
            feature.apply_settings(self.settings)
        if self._rebuild is not None:
            i18n.apply_language_change(self, self.settings.language, self._rebuild)
        return True

    def restore_backup(self, backup: Path) -> bool:
        """Put ``backup`` in place of the database and open the window again on it; not while
        a session runs (its time and typing would be lost)."""
        if self._restore is None:
            return False
        if self.blocks_language_change():
            warn(self, APP_NAME, self.tr(
                "A session is running. End it, then restore the backup."),
                 QMessageBox.Icon.Information)
            return False
        self._restore(self, backup)
        return True

    def about_text(self) -> str:
        return self.tr(
            "<h3>{name} {version}</h3>"
            "<p>Runs SOLE sessions: the big question on the projector, the phase timer, "
            "the groups' findings and a question bank.</p>"
            "<p>Free software under the GNU General Public License, version 3 or later.</p>"
            "<p>Data folder: {folder}</p>"
            "<p>No data leaves this computer unless you export it, or turn on the group page "
            "for the devices in the room.</p>"
        ).format(name=APP_NAME, version=__version__, folder=html.escape(str(self.paths.root)))

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About SOLE Facilitator"), self.about_text())

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.root)))

    def show_fatal_error(self, error: SoleError) -> None:
        """Explain why the data cannot be opened, then quit with a failure code."""
        self.loading_label.setText(error_message(error))
        self.loading_label.setWordWrap(True)
        warn(self, self.tr("Cannot open the data"), error_message(error),
             QMessageBox.Icon.Critical)
        QApplication.instance().exit(1)

    def _restore_geometry(self) -> None:
        """Where the window was, if that still fits a screen; else within the screen's available
        area (a netbook's 1024x600, or a monitor it was on is gone)."""
        geometry = self._window_state.value("main/geometry")
        if geometry is not None and self.restoreGeometry(geometry) and self._fits_a_screen():
            return
        self._open_within_screen()

    def _fits_a_screen(self) -> bool:
        if self.windowState() & Qt.WindowState.WindowMaximized:
            return True  # the window manager fits a maximised window to its screen
        areas = [_box(screen.availableGeometry()) for screen in QGuiApplication.screens()]
        return fits_any(_box(self.geometry()), areas)

    def _open_within_screen(self) -> None:
        screen = (QGuiApplication.screenAt(self.geometry().center())
                  or QGuiApplication.primaryScreen())
        opening = opening_for(_box(screen.availableGeometry()))
        if opening.maximised:
            self.setWindowState(Qt.WindowState.WindowMaximized)
        else:
            self.setWindowState(Qt.WindowState.WindowNoState)
            self.setGeometry(QRect(*opening.box))

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        for feature in self._features:
            feature.save_on_close()
        self._window_state.setValue("main/geometry", self.saveGeometry())
        self._window_state.sync()
        super().closeEvent(event)


def _box(rect: QRect) -> tuple[int, int, int, int]:
    return rect.x(), rect.y(), rect.width(), rect.height()
