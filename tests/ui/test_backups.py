"""The librarian's backups in the window: today's copy is taken when the data opens, Settings
lists the copies with their date and size and restores one, and a damaged database at start is
offered the newest good backup instead."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from shiboken6 import isValid

from sole_app import app
from sole_app.core import backups
from sole_app.core.bank import store
from sole_app.core.bank.question_data import QuestionData
from sole_app.core.db import open_database
from sole_app.core.settings import AppSettings
from sole_app.ui import i18n
from sole_app.ui.backups import SIZE_FORMAT, BackupOffer
from sole_app.ui.settings_dialog import SettingsDialog
from tests.ui.events import run_what_is_queued
from tests.ui.windows import bank_feature

QUESTION = "De ce cad frunzele toamna?"


@pytest.fixture(autouse=True)
def english(qapp):
    i18n.install("en")
    yield
    i18n.install("en")


def loaded_window(data_paths):
    """The window as at start-up, its data open (not qtbot's: a restore replaces it)."""
    window = app.build_main_window(data_paths)
    window.show()
    assert app.load_into(window)
    return window


def bank_texts(window) -> set[str]:
    from sole_app.ui.bank.list_model import ROW_ROLE

    model = bank_feature(window).panel.model
    return {model.index(row, 0).data(ROW_ROLE).text for row in range(model.rowCount())}


def test_opening_the_data_takes_todays_backup(qtbot, data_paths):
    # Given a data folder with no backup yet / When the app opens its data
    window = loaded_window(data_paths)
    qtbot.addWidget(window)
    run_what_is_queued(qtbot)
    # Then today's copy is in the backups folder, and it is a good database
    (made,) = backups.list_backups(data_paths.backups)
    assert made.path.name == f"sole-{date.today().isoformat()}-daily.sqlite3"
    assert backups.is_good(made.path)
    window.database.close()


def test_settings_lists_the_backups_with_their_date_size_and_kind(qtbot, data_paths):
    # Given three daily copies and the copy of a damaged file put aside
    open_database(data_paths.database, data_paths.backups).close()
    for days_ago in range(3):
        backups.take_daily(data_paths.database, data_paths.backups,
                           date.today() - timedelta(days=days_ago), keep=7)
    damaged = data_paths.backups / "sole-20261101-090000-damaged.sqlite3"
    damaged.write_bytes(b"not a database at all")
    # When Settings opens
    dialog = SettingsDialog(AppSettings(), data_paths.settings, [], None)
    qtbot.addWidget(dialog)
    tree = dialog.backups_list.tree
    rows = [[tree.topLevelItem(row).text(column) for column in range(3)]
            for row in range(tree.topLevelItemCount())]
    # Then each copy shows when it was taken and its size as the interface language writes
    # them, newest first, and what kind of copy it is
    listed = backups.list_backups(data_paths.backups)
    assert rows == [[i18n.format_datetime(backup.taken),
                     QLocale().formattedDataSize(backup.size, 1, SIZE_FORMAT), kind]
                    for backup, kind in zip(listed, ["Daily"] * 3
                                            + ["Damaged file, kept aside"], strict=True)]
    assert dialog.backups_kept_spin.value() == 7
    # And a damaged file can never be restored
    tree.setCurrentItem(tree.topLevelItem(3))
    assert not dialog.backups_list.restore_button.isEnabled()
    tree.setCurrentItem(tree.topLevelItem(0))
    assert dialog.backups_list.restore_button.isEnabled()


def test_the_number_of_daily_copies_kept_is_saved(qtbot, data_paths):
    dialog = SettingsDialog(AppSettings(), data_paths.settings, [], None)
    qtbot.addWidget(dialog)
    dialog.backups_kept_spin.setValue(30)
    dialog.accept()
    assert AppSettings.load(data_paths.settings).backups_kept == 30


def test_restoring_from_settings_keeps_todays_data_and_reopens_on_the_backup(
        qtbot, data_paths, monkeypatch):
    # Given yesterday's backup, and a question added to the bank since
    window = loaded_window(data_paths)
    run_what_is_queued(qtbot)
    (today,) = backups.list_backups(data_paths.backups)
    yesterday = today.path.with_name(f"sole-{date.today() - timedelta(days=1)}-daily.sqlite3")
    today.path.rename(yesterday)
    store.add_question(window.database, QuestionData(QUESTION, language="en"))
    bank_feature(window).controller.refresh()
    assert QUESTION in bank_texts(window)
    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text())
                        or QMessageBox.StandardButton.Yes)

    def choose_yesterday(dialog):
        tree = dialog.backups_list.tree
        (row,) = [tree.topLevelItem(n) for n in range(tree.topLevelItemCount())
                  if tree.topLevelItem(n).toolTip(0) == yesterday.name]
        tree.setCurrentItem(row)
        qtbot.mouseClick(dialog.backups_list.restore_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", choose_yesterday)
    others = main_windows() - {window}
    # When she restores it from Settings, and confirms
    assert window.open_settings()
    qtbot.waitUntil(lambda: not isValid(window) and len(main_windows() - others) == 1)
    (new,) = main_windows() - others
    qtbot.addWidget(new)
    # Then she was asked first, the window shows the bank as it was yesterday
    assert asked and "Everything saved since then is kept" in asked[0]
    assert new.database is not None and QUESTION not in bank_texts(new)
    # And today's data is kept in a copy she is told about
    (kept,) = [b for b in backups.list_backups(data_paths.backups) if b.kind == "before-restore"]
    qtbot.waitUntil(lambda: kept.path.name in new.statusBar().currentMessage())
    with_question = open_database(kept.path)
    assert QUESTION in {q.text for q in store.get_questions(
        with_question, [q for q, _ in store.question_choices(with_question, 1000)])}
    with_question.close()
    new.database.close()


def main_windows() -> set:
    from sole_app.ui.main_window import MainWindow

    return {w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and isValid(w)}


def damage(path) -> bytes:
    content = path.read_bytes()[:100] + b"\x00\xffdamaged" * 2000
    path.write_bytes(content)
    return content


def test_a_damaged_database_at_start_is_kept_aside_and_the_newest_good_backup_offered(
        qtbot, data_paths, monkeypatch):
    # Given yesterday's good backup holding a question, and today's database damaged
    database = open_database(data_paths.database, data_paths.backups)
    store.add_question(database, QuestionData(QUESTION, language="en"))
    good = backups.take_daily(data_paths.database, data_paths.backups,
                              date.today() - timedelta(days=1), keep=7)
    database.close()
    damaged = damage(data_paths.database)
    offered = []

    def accept(_self, _parent, error, backup):
        offered.append((str(error), backup.path))
        return True

    monkeypatch.setattr(BackupOffer, "offer_at_start", accept)
    # When the app starts
    window = app.build_main_window(data_paths)
    qtbot.addWidget(window)
    window.show()
    assert app.load_into(window)
    # Then she was told the file is damaged and offered yesterday's backup, which now shows
    assert offered == [(str(backups_error(data_paths)), good)]
    assert QUESTION in bank_texts(window)
    # And the damaged file is kept aside byte for byte
    (aside,) = [b for b in backups.list_backups(data_paths.backups) if b.kind == "damaged"]
    assert aside.path.read_bytes() == damaged
    window.database.close()


def backups_error(data_paths):
    from sole_app.core.errors import NotADatabase

    return NotADatabase(data_paths.database)


def test_a_damaged_database_stays_untouched_when_she_declines_the_backup(qtbot, data_paths,
                                                                        monkeypatch):
    open_database(data_paths.database, data_paths.backups).close()
    backups.take_daily(data_paths.database, data_paths.backups, date.today(), keep=7)
    damaged = damage(data_paths.database)
    monkeypatch.setattr(BackupOffer, "offer_at_start", lambda *args: False)
    shown, quit_codes = [], []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    monkeypatch.setattr(QApplication, "exit", lambda *args: quit_codes.append(args[-1]))
    window = app.build_main_window(data_paths)
    qtbot.addWidget(window)
    window.show()
    assert not app.load_into(window)
    assert shown and "damaged" in shown[0] and quit_codes == [1]
    assert data_paths.database.read_bytes() == damaged
    assert [b.kind for b in backups.list_backups(data_paths.backups)] == ["daily"]


def test_the_offer_says_in_words_when_the_good_backup_was_taken(qtbot, data_paths, monkeypatch):
    # The offer itself: the damaged file's sentence, then the backup's date, as plain text
    from sole_app.core.errors import NotADatabase

    open_database(data_paths.database, data_paths.backups).close()
    backups.take_daily(data_paths.database, data_paths.backups, date.today(), keep=7)
    (backup,) = backups.list_backups(data_paths.backups)
    seen = []

    def click_restore(box):
        seen.append((box.text(), box.textFormat()))
        box.defaultButton().click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_restore)
    offer = BackupOffer()
    assert offer.offer_at_start(None, NotADatabase(data_paths.database), backup)
    ((text, text_format),) = seen
    assert text.startswith(str(NotADatabase(data_paths.database)))
    assert f"The newest good backup is from {i18n.format_datetime(backup.taken)}." in text
    assert text_format == Qt.TextFormat.PlainText
