"""On a full disk the librarian is told in a sentence where she acted, and nothing she typed is
lost from the screen: the Settings dialog stays open, the question editor keeps its text."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from sole_app.core import settings as settings_module
from sole_app.core.bank import store
from sole_app.core.settings import AppSettings
from sole_app.ui.settings_dialog import SettingsDialog
from tests.core.test_full_disk import REFUSALS, RefuseWrites
from tests.ui.windows import bank_feature


def test_settings_on_a_full_disk_say_so_and_the_dialog_stays_open(qtbot, data_paths,
                                                                 monkeypatch):
    dialog = SettingsDialog(AppSettings(), data_paths.settings, [], None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.library_edit.setText("Biblioteca Comunală Ciorăști")
    told = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.text()))

    def full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(settings_module.os, "fsync", full)
    dialog.accept()
    assert told and "the disk is full" in told[0]
    assert dialog.isVisible() and dialog.library_edit.text() == "Biblioteca Comunală Ciorăști"
    assert not data_paths.settings.exists()


def test_a_question_saved_on_a_full_disk_stays_in_the_editor_with_a_sentence(qtbot, data_paths):
    from sole_app import app

    window = app.build_main_window(data_paths)
    qtbot.addWidget(window)
    window.show()
    assert app.load_into(window)
    feature = bank_feature(window)
    count = store.count_questions(window.database)
    feature.controller.new_question()
    editor = feature.controller.editor
    editor.text_edit.setPlainText("De ce cad frunzele toamna?")
    refusal = RefuseWrites(window.database.engine, 0, REFUSALS["disk_full"])
    try:
        editor.accept()
    finally:
        refusal.remove()
    assert editor.isVisible() and editor.text_edit.toPlainText() == "De ce cad frunzele toamna?"
    assert "the disk is full" in editor.error_label.text()
    assert store.count_questions(window.database) == count
    window.database.close()
