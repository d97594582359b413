"""The database's backups in the window: the daily copy while the app runs, the list in Settings
with a restore, and the offer of the newest good backup when the database is found damaged.

The copying, checking and restoring are core's (core/backups.py); here are the timer, the list
and the questions asked before anything is replaced.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sole_app import APP_NAME
from sole_app.core import backups
from sole_app.core.errors import SoleError
from sole_app.core.paths import DataPaths
from sole_app.core.settings import AppSettings
from sole_app.ui.i18n import format_datetime
from sole_app.ui.messages import ask, error_message, warn

CHECK_EVERY_MS = 30 * 60 * 1000  # a laptop left on overnight takes the new day's copy
SIZE_FORMAT = QLocale.DataSizeFormat.DataSizeTraditionalFormat  # "1.5 MB", as Windows writes it


class DailyBackups(QObject):
    """Takes today's copy now if it is missing, then checks again every half hour."""

    failed = Signal(str)  # the sentence, for the status bar

    def __init__(self, paths: DataPaths, settings: AppSettings, parent: QObject,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._paths = paths
        self._settings = settings
        self._today = today
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.take)

    def start(self) -> None:
        self.take()
        self.timer.start()

    def take(self) -> Path | None:
        """Today's copy if missing (older daily copies beyond the setting are removed)."""
        try:
            return backups.take_daily(self._paths.database, self._paths.backups, self._today(),
                                      self._settings.backups_kept)
        except SoleError as error:
            self.failed.emit(error_message(error))
            return None


class BackupsList(QWidget):
    """The copies in the backups folder, newest first, with their date, size and kind, and a
    Restore button. A restore is confirmed here, then announced by ``restore_chosen``."""

    restore_chosen = Signal(Path)

    def __init__(self, backups_dir: Path, parent: QWidget) -> None:
        super().__init__(parent)
        self.backups_dir = backups_dir
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("backupsList")
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels([self.tr("Taken"), self.tr("Size"), self.tr("Kind")])
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setMinimumHeight(self.fontMetrics().height() * 7)
        self.tree.setAccessibleName(self.tr("Backups of the database"))
        self.restore_button = QPushButton(self.tr("&Restore this backup…"), self)
        self.restore_button.setObjectName("restoreBackupButton")
        self.restore_button.clicked.connect(self.confirm_restore)
        self.tree.itemSelectionChanged.connect(self._update_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.tree.clear()
        locale = QLocale()
        for backup in backups.list_backups(self.backups_dir):
            item = QTreeWidgetItem([format_datetime(backup.taken),
                                    locale.formattedDataSize(backup.size, 1, SIZE_FORMAT),
                                    self.kind_name(backup.kind)])
            item.setData(0, Qt.ItemDataRole.UserRole, str(backup.path))
            item.setData(0, Qt.ItemDataRole.UserRole + 1, backup.taken)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, backup.path.name)
            self.tree.addTopLevelItem(item)
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._update_button()

    def kind_name(self, kind: str) -> str:
        if kind == backups.DAILY:
            return self.tr("Daily")
        if kind == "before-restore":
            return self.tr("Before a restore")
        if kind == "damaged":
            return self.tr("Damaged file, kept aside")
        return self.tr("Before an update")

    def _update_button(self) -> None:
        item = self.tree.currentItem()
        self.restore_button.setEnabled(item is not None and item.text(2) != self.kind_name(
            "damaged"))

    def confirm_restore(self) -> bool:
        item = self.tree.currentItem()
        if item is None:
            return False
        taken = format_datetime(item.data(0, Qt.ItemDataRole.UserRole + 1))
        if not ask(self, self.tr("Restore a backup"), self.tr(
                "Put back the data as it was on {taken}? Everything saved since then is kept in "
                "a copy in the backups folder first, and the window opens again.").format(
                taken=taken)):
            return False
        self.restore_chosen.emit(Path(item.data(0, Qt.ItemDataRole.UserRole)))
        return True


class BackupOffer(QObject):
    """The questions and notices of a restore, in a QObject so that they are translated."""

    def offer_at_start(self, parent: QWidget, error: SoleError, backup: backups.Backup) -> bool:
        """The damaged database's sentence, and the newest good backup offered in its place."""
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, "", parent=parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(error_message(error) + "\n\n" + self.tr(
            "The newest good backup is from {taken}. Restore it? The damaged file is kept "
            "aside, unchanged, in the backups folder.").format(taken=format_datetime(
                backup.taken)))
        restore = box.addButton(self.tr("&Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(restore)
        box.exec()
        return box.clickedButton() is restore

    def restored(self, kept: Path | None) -> str:
        if kept is None:
            return self.tr("The backup was restored.")
        return self.tr("The backup was restored. The data from before is kept as {name} in "
                       "the backups folder.").format(name=kept.name)


def recover_at_start(window, error: SoleError) -> bool:
    """Offer the newest good backup for a database found damaged at start; True once one is
    restored (the damaged file moved aside untouched), False when there is none or she says
    no. A restore that fails says why in a box."""
    paths = window.paths
    good = backups.newest_good(paths.backups)
    offer = BackupOffer(window)
    if good is None or not offer.offer_at_start(window, error, good):
        return False
    try:
        kept = backups.restore(good.path, paths.database, paths.backups, datetime.now())
    except SoleError as failed:
        warn(window, APP_NAME, error_message(failed))
        return False
    tell_later(window, offer.restored(kept))
    return True


def restore_chosen(window, backup: Path) -> bool:
    """Restore ``backup`` over the closed database of ``window``'s data folder; say how it
    went (in the status bar, or a box when it failed)."""
    paths = window.paths
    try:
        kept = backups.restore(backup, paths.database, paths.backups, datetime.now())
    except SoleError as error:
        warn(window, APP_NAME, error_message(error))
        return False
    tell_later(window, BackupOffer(window).restored(kept))
    return True


def tell_later(window, text: str) -> None:
    """In the status bar once the window has opened the restored data (which says where the
    data folder is, and would cover a notice shown now)."""
    QTimer.singleShot(0, window, lambda: window.show_notice(text))
