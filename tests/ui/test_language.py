"""The interface speaks Romanian, Russian or English, with the right plurals, dates and buttons,
and a language chosen in the settings takes effect without restarting when that is safe."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox, QSpinBox
from shiboken6 import isValid

from sole_app import app
from sole_app.core.session.countdown import Level
from sole_app.core.session.stage import StageState
from sole_app.core.settings import AppSettings, Phase
from sole_app.ui import i18n
from sole_app.ui.main_window import MainWindow
from sole_app.ui.stage.view import StageView
from tests.ui.events import run_what_is_queued
from tests.ui.windows import session_page


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    """Each test may switch the language; the rest of the suite expects English."""
    yield
    i18n.install("en")


def build_window(qtbot, data_paths) -> MainWindow:
    window = app.build_main_window(data_paths)
    qtbot.addWidget(window)
    return window


def minutes_left_text(qtbot, minutes: int) -> str:
    stage = StageView()
    qtbot.addWidget(stage)
    stage.set_state(StageState(question="?", phase=Phase.INVESTIGATION,
                               remaining_seconds=minutes * 60, total_seconds=3600,
                               level=Level.WARNING))
    return stage.status_text()


@pytest.mark.parametrize(("language", "file_menu", "cancel"), [
    ("ro", "&Fișier", "Anulează"),
    ("ru", "&Файл", "Отмена"),
    ("en", "&File", "Cancel"),
])
def test_menus_and_standard_buttons_are_in_the_chosen_language(qtbot, data_paths, language,
                                                                file_menu, cancel):
    # Given the librarian's saved language
    AppSettings(language=language).save(data_paths.settings)
    # When the window is built as at start-up
    window = build_window(qtbot, data_paths)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    # Then its menus and Qt's own buttons speak that language
    assert i18n.current_language() == language
    assert window.file_menu.title() == file_menu
    assert buttons.buttons()[0].text() == cancel


@pytest.mark.parametrize(("language", "minutes", "expected"), [
    ("ro", 1, "Mai este 1 minut"),
    ("ro", 2, "Mai sunt 2 minute"),
    ("ro", 19, "Mai sunt 19 minute"),
    ("ro", 20, "Mai sunt 20 de minute"),
    ("ro", 101, "Mai sunt 101 minute"),
    ("ru", 1, "Осталась 1 минута"),
    ("ru", 2, "Осталось 2 минуты"),
    ("ru", 5, "Осталось 5 минут"),
    ("ru", 21, "Осталась 21 минута"),
    ("ru", 11, "Осталось 11 минут"),
    ("en", 1, "1 minute left"),
    ("en", 5, "5 minutes left"),
])
def test_the_projector_countdown_uses_each_languages_plural_forms(qtbot, language, minutes,
                                                                  expected):
    i18n.install(language)
    assert minutes_left_text(qtbot, minutes) == expected


@pytest.mark.parametrize(("language", "date", "number"), [
    ("ro", "24.11.2026", "1.234,5"),
    ("ru", "24.11.2026", "1\u00a0234,5"),
    ("en", "24/11/2026", "1,234.5"),
])
def test_dates_and_numbers_follow_the_language(language, date, number, monkeypatch):
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("C")))
    i18n.install(language)
    assert i18n.format_date(dt.date(2026, 11, 24)) == date
    assert i18n.format_datetime(dt.datetime(2026, 11, 24, 17, 5)).endswith("17:05")
    assert QLocale().toString(1234.5, "f", 1) == number


def test_the_system_language_is_used_until_one_is_chosen(monkeypatch):
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("ru_MD")))
    assert i18n.install("") == "ru"
    assert QLocale().name() == "ru_MD"  # the system's own region is kept
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert i18n.install("") == "en"


class RunningSession:
    """A stand-in feature whose page would lose a running session if the window were rebuilt."""

    def __init__(self, widget) -> None:
        self.widget = widget

    def page(self):
        return self.widget

    def title(self) -> str:
        return "Session"

    def menu(self):
        return None

    def window_actions(self) -> list:
        return []

    def blocks_language_change(self) -> bool:
        return True

    def apply_settings(self, settings) -> None:
        pass

    def save_on_close(self) -> None:
        pass

    def carry_over(self) -> None:
        return None

    def take_over(self, carried) -> None:
        pass


def main_windows() -> set[MainWindow]:
    return {w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)}


def test_changing_the_language_rebuilds_the_window_in_it(qtbot, data_paths):
    # Given an English window with its data open, on the second of its pages
    AppSettings(language="en").save(data_paths.settings)
    window = app.build_main_window(data_paths)  # not qtbot's: the change deletes it
    window.show()
    assert app.load_into(window)
    window.pages.setCurrentIndex(1)
    chosen_tab = window.pages.currentWidget().objectName()
    assert chosen_tab == "bankPanel"
    window.resize(700, 500)
    others = main_windows() - {window}
    # When Romanian is chosen in the settings
    assert i18n.apply_language_change(window, "ro", app.rebuild_main_window) == "rebuilt"
    # Then a Romanian window replaces it, the same size, on the same page, remembered
    qtbot.waitUntil(lambda: not isValid(window) and len(main_windows() - others) == 1)
    (new,) = main_windows() - others
    qtbot.addWidget(new)
    assert new.isVisible()
    assert new.file_menu.title() == "&Fișier"
    assert new.height() == 500  # the same size (wider only if the Romanian labels need it)
    assert new.database is not None
    assert new.pages.currentWidget().objectName() == chosen_tab
    assert AppSettings.load(data_paths.settings).language == "ro"
    new.database.close()


def test_a_language_change_keeps_the_picked_question_and_the_plan_being_edited(qtbot,
                                                                            data_paths):
    # Given an English window where a bank question is picked and the plan edited
    AppSettings(language="en").save(data_paths.settings)
    window = app.build_main_window(data_paths)  # not qtbot's: the change deletes it
    window.show()
    assert app.load_into(window)
    setup = session_page(window).setup
    setup.bank_combo.activated.emit(3)
    picked_id, picked_text = setup.question_id, setup.question_text()
    assert picked_id is not None and picked_text
    for spin, minutes in zip(setup.minute_spins, (3, 30, 12), strict=True):
        spin.setValue(minutes)
    setup.children_spin.setValue(14)
    setup.groups_spin.setValue(4)
    others = main_windows() - {window}
    # When Russian is chosen in the settings, with no session running
    assert i18n.apply_language_change(window, "ru", app.rebuild_main_window) == "rebuilt"
    qtbot.waitUntil(lambda: not isValid(window) and len(main_windows() - others) == 1)
    (new,) = main_windows() - others
    qtbot.addWidget(new)
    # Then the Russian window holds the same question, picked from the bank, and the same plan
    assert new.file_menu.title() == "&Файл"
    setup = session_page(new).setup
    assert (setup.question_id, setup.question_text()) == (picked_id, picked_text)
    assert setup.bank_combo.currentData() == picked_id
    assert [spin.value() for spin in setup.minute_spins] == [3, 30, 12]
    assert [spin.value() for spin in (setup.children_spin, setup.computers_spin,
                                      setup.groups_spin)] == [14, 0, 4]
    assert session_page(new).preview.state().remaining_seconds == 180
    new.database.close()


def test_in_romanian_the_projector_button_and_the_review_phase_read_apart(qtbot, data_paths):
    from PySide6.QtWidgets import QFormLayout, QToolButton

    from sole_app.core.session.stage import StageState

    # Given the Session tab in Romanian, with the stage at the Review phase
    AppSettings(language="ro").save(data_paths.settings)
    window = build_window(qtbot, data_paths)
    assert app.load_into(window)
    page = session_page(window)
    page.preview.set_state(StageState(question="?", phase=Phase.REVIEW, total_seconds=900,
                                      remaining_seconds=900))
    button = page.findChild(QToolButton, "presentButton").text().replace("&", "")
    spin = page.setup.findChild(QSpinBox, "reviewPlanSpin")
    form = next(layout for layout in page.setup.findChildren(QFormLayout)
                if layout.indexOf(spin) >= 0)
    phase_names = {form.labelForField(spin).text(), page.preview.phase_label.text()}
    # Then the button that shows the stage on the projector shares no word stem with the phase
    assert button == "Afișează pe proiector" and phase_names == {"Prezentare"}
    stems = {word[:4].lower() for word in button.split()}
    assert "prez" not in stems
    window.database.close()


def test_a_running_session_keeps_the_window_until_the_next_start(qtbot, data_paths,
                                                                 monkeypatch):
    # Given a window where something is running that a rebuild would lose
    AppSettings(language="en").save(data_paths.settings)
    window = build_window(qtbot, data_paths)
    window.show()

    window.open_features(None, [RunningSession(QLabel("timer"))])
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    # When Russian is chosen
    result = i18n.apply_language_change(window, "ru", app.rebuild_main_window)
    # Then the window stays in English, the librarian is told, and the next start is Russian
    assert result == "next_start"
    assert told and "next time you start" in told[0]
    run_what_is_queued(qtbot)  # a rebuild, had one been scheduled, would have run
    assert window.isVisible() and window.file_menu.title() == "&File"
    assert AppSettings.load(data_paths.settings).language == "ru"


def test_choosing_the_language_already_shown_changes_nothing(qtbot, data_paths):
    AppSettings(language="ro").save(data_paths.settings)
    window = build_window(qtbot, data_paths)
    assert i18n.apply_language_change(window, "ro", app.rebuild_main_window) == "unchanged"
    assert window.file_menu.title() == "&Fișier"


@pytest.mark.parametrize(("language", "counts"), [
    ("ro", {1: "1 întrebare", 2: "2 întrebări", 19: "19 întrebări", 20: "20 de întrebări",
            102: "102 întrebări", 120: "120 de întrebări"}),
    ("ru", {1: "1 вопрос", 2: "2 вопроса", 5: "5 вопросов", 21: "21 вопрос", 12: "12 вопросов"}),
    ("en", {1: "1 question", 2: "2 questions"}),
])
def test_the_bank_counts_questions_with_each_languages_plural_forms(language, counts):
    from PySide6.QtCore import QCoreApplication

    i18n.install(language)
    for count, expected in counts.items():
        assert QCoreApplication.translate("BankPanel", "%n question(s)", "", count) == expected


def test_the_interface_font_draws_romanian_and_cyrillic_letters(qapp):
    # The projector and any PDF use the application font (DejaVu Sans on Linux, installed by
    # scripts/setup.sh; Segoe UI on Windows): it must hold every letter, not a fallback box.
    from PySide6.QtGui import QFont, QFontMetrics

    letters = "ăâîșțĂÂÎȘȚ" "абвгдеёжзийклмнопрстуфхцчшщъыьэюяЁЖЩЯ" "„”«»—…"
    for bold in (False, True):
        font = QFont(qapp.font())
        font.setBold(bold)
        metrics = QFontMetrics(font)
        assert [c for c in letters if not metrics.inFontUcs4(ord(c))] == []
