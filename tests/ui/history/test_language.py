"""Exports are written in the interface language with the app's own translations; the library's
name is a setting the librarian types once."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from sole_app.core.settings import AppSettings
from sole_app.ui import i18n
from sole_app.ui.history.wiring import HistoryFeature
from sole_app.ui.operations import Operations
from sole_app.ui.settings_dialog import SettingsDialog


def test_in_romanian_the_tab_and_its_exports_speak_romanian(history, page, qtbot, tmp_path,
                                                            sessions):
    # Given the interface in Romanian
    i18n.install("ro")
    assert history.title() == "Istoric"
    history.controller.refresh()
    assert page.filter_bar.count_label.text() == "2 sesiuni"
    # When the librarian exports a session as a web page
    target = tmp_path / "sesiune.html"
    history.controller.start_export([sessions[0]], "html", target, False)
    qtbot.waitUntil(target.exists)
    # Then its words are the app's Romanian ones
    text = target.read_text(encoding="utf-8")
    for words in ("<h2>Grupuri</h2>", "Ce am găsit", "Cât de siguri suntem", "Destul de siguri",
                  "Planul și etapele", "Investigație", "Reflecție", "90% dintre copii",
                  'lang="ro"'):
        assert words in text, words


def test_in_russian_the_report_speaks_russian(history, page):
    i18n.install("ru")
    history.controller.show_current()
    shown = page.report.toPlainText()
    assert "Группы" in shown and "Что мы нашли" in shown and "Рефлексия" in shown


def test_the_library_name_is_typed_once_in_the_settings(qtbot, data_paths):
    settings = AppSettings()
    dialog = SettingsDialog(settings, data_paths.settings, [], None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.library_edit, "  Biblioteca   Comunala  ")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert AppSettings.load(data_paths.settings).library_name == "Biblioteca Comunala"


def test_a_language_change_keeps_the_session_being_looked_at(history, page, qtbot, database,
                                                             data_paths, sessions):
    # Given the session the list does not choose by itself, chosen in the History tab
    history.controller.refresh()
    chosen = 1 - sessions.index(page.current_id())  # the other one
    page.show_rows(history.controller.listed(), sessions[chosen])
    assert page.current_id() == sessions[chosen]
    carried = history.carry_over()
    # When the window is rebuilt in Russian and the new History tab takes over
    i18n.install("ru")
    rebuilt = HistoryFeature(database, Operations(database, None), AppSettings(),
                             data_paths.window_state, None)
    qtbot.addWidget(rebuilt.page())
    rebuilt.controller.refresh()
    rebuilt.take_over(carried)
    # Then the same session is chosen and its report shown, in Russian
    assert rebuilt.page().current_id() == sessions[chosen]
    assert "Группы" in rebuilt.page().report.toPlainText()
