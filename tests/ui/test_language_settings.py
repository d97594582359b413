"""Choosing a language in the real Settings dialog: the app switches at once between sessions,
and waits for the next start while a session is running."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from shiboken6 import isValid

from sole_app import app
from sole_app.core.settings import AppSettings
from sole_app.ui import i18n
from sole_app.ui.main_window import MainWindow
from sole_app.ui.settings_dialog import SettingsDialog
from tests.ui.events import run_what_is_queued
from tests.ui.windows import bank_feature, session_controller, session_page


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    yield
    i18n.install("en")


@pytest.fixture
def english_app(data_paths):
    """The app's window, in English, with its data and every page loaded."""
    AppSettings(language="en").save(data_paths.settings)
    window = app.build_main_window(data_paths)
    window.show()
    assert app.load_into(window)
    yield window
    for each in QApplication.topLevelWidgets():
        if isinstance(each, MainWindow) and isValid(each):
            if each.database is not None:
                each.database.close()
            each.close()


def choose_in_settings(monkeypatch, language: str) -> None:
    """Answer the modal Settings dialog: pick the language, press Save."""
    def answer(dialog: SettingsDialog) -> int:
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(language))
        dialog.accept()
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", answer)


def test_russian_chosen_in_settings_shows_every_page_in_russian(qtbot, english_app, monkeypatch):
    # Given the English window with no session running
    window = english_app
    others = {w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)} - {window}
    # When the librarian picks Русский in Settings and saves
    choose_in_settings(monkeypatch, "ru")
    window.settings_action.trigger()
    # Then a Russian window replaces the English one, with the same pages
    qtbot.waitUntil(lambda: not isValid(window))
    (new,) = {w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)} - others
    assert new.file_menu.title() == "&Файл"
    titles = [new.pages.tabText(index) for index in range(new.pages.count())]
    assert "Банк вопросов" in titles
    assert i18n.current_language() == "ru"


def test_a_running_session_keeps_its_language_until_the_next_start(qtbot, english_app,
                                                                   monkeypatch):
    # Given a session running in the English window
    window = english_app
    session = session_controller(window)
    session_page(window).setup.question_edit.setPlainText("Why do we sleep?")
    session.start()
    assert session.blocks_language_change()
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    # When Română is chosen in Settings
    choose_in_settings(monkeypatch, "ro")
    window.settings_action.trigger()
    run_what_is_queued(qtbot)  # a rebuild, had one been scheduled, would have run
    # Then the session goes on in the same window, the librarian is told why, and it is saved
    assert isValid(window) and window.isVisible()
    assert window.file_menu.title() == "&File"
    assert told and "next time" in told[0]
    assert AppSettings.load(window.paths.settings).language == "ro"
    session.finish()


def test_a_spreadsheet_exported_from_a_russian_interface_has_russian_headings(
        qtbot, data_paths, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from sole_app.ui.bank import files as bank_files

    # Given the app in Russian with its starter questions
    AppSettings(language="ru").save(data_paths.settings)
    window = app.build_main_window(data_paths)
    qtbot.addWidget(window)
    window.show()
    assert app.load_into(window)
    bank = bank_feature(window)
    panel = bank.panel
    target = tmp_path / "вопросы.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), "Таблица (*.csv)"))
    # When the librarian exports the questions shown as a spreadsheet
    assert bank_files.export_questions(bank.controller)
    # Then the columns are named in Russian and the notice counts in Russian
    assert target.read_text(encoding="utf-8-sig").startswith("Вопрос;Язык;Теги;")
    assert "сохран" in panel.notice.label.text() and "вопрос" in panel.notice.label.text()
    window.database.close()


def accelerator(text: str) -> str | None:
    import re

    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def clashes(texts: list[str]) -> list[str]:
    keys = [accelerator(text) for text in texts]
    return [text for text, key in zip(texts, keys, strict=True)
            if key is not None and keys.count(key) > 1]


@pytest.mark.parametrize("language", ["ro", "ru", "en"])
def test_every_menu_has_distinct_alt_keys_in_each_language(qtbot, data_paths, language):
    # Given the whole app in the language
    AppSettings(language=language).save(data_paths.settings)
    window = app.build_main_window(data_paths)
    qtbot.addWidget(window)
    window.show()
    assert app.load_into(window)
    menus = [action.menu() for action in window.menuBar().actions() if action.menu()]
    # Then no two menu titles, and no two items of one menu, share an Alt key
    assert clashes([menu.title() for menu in menus]) == []
    for menu in menus:
        assert clashes([action.text() for action in menu.actions()]) == [], menu.title()
    window.database.close()
