"""The interface language: choosing it, installing its translators, and changing it later.

English is the source language; Romanian and Russian come from resources/translations. Qt's own
words (standard dialog buttons, text field menus) come from Qt's qtbase_<lang>.qm, or from ours
where Qt ships none (Romanian). The default QLocale follows the language, so dates, times and
numbers read naturally in it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QMessageBox

from sole_app.core.languages import LANGUAGES
from sole_app.core.paths import resources_dir
from sole_app.core.settings import AppSettings

_DEFAULT_REGIONS = {
    "ro": QLocale.Country.Romania,
    "en": QLocale.Country.UnitedKingdom,
    "ru": QLocale.Country.Russia,
}
_installed: list[QTranslator] = []
_current: dict = {"language": "en"}


def choose_language(preferred: str) -> str:
    """The settings' language, else the first supported one the person's system prefers for its
    interface (Windows' display language, Linux's LANGUAGE/LANG), else English."""
    if preferred in LANGUAGES:
        return preferred
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def current_language() -> str:
    """The language the interface is shown in now: "ro", "en" or "ru"."""
    return _current["language"]


def locale_for(language: str) -> QLocale:
    """The system's own locale when it speaks this language (ro_MD, en_US), else a usual one."""
    system = QLocale.system()
    if system.name().split("_")[0] == language:
        return system
    return QLocale(QLocale(language).language(), _DEFAULT_REGIONS[language])


def install(preferred: str = "") -> str:
    """Replace the installed translators with those for the chosen language; return its code."""
    application = QCoreApplication.instance()
    language = choose_language(preferred)
    for translator in _installed:
        application.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(locale_for(language))
    own = str(resources_dir() / "translations")
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    sources = ((f"sole_{language}", [own]), (f"qtbase_{language}", [qt_folder, own]),
               (f"qtextra_{language}", [own]))  # words newer Qt versions lack translations for
    for name, folders in sources:
        translator = QTranslator(application)
        if any(translator.load(name, folder) for folder in folders):
            application.installTranslator(translator)
            _installed.append(translator)
    _current["language"] = language
    return language


def translation_in(language: str, context: str) -> Callable[[str], str]:
    """The texts of ``context`` in ``language``, whatever the interface shows: for a printable in
    another language, and for the command line's exports. The translator is held by the function
    returned (it needs no QApplication); a text without a translation stays in English."""
    translator = QTranslator()
    loaded = language != "en" and translator.load(
        f"sole_{language}", str(resources_dir() / "translations"))

    def translate(text: str) -> str:
        found = translator.translate(context, text) if loaded else ""  # i18n: dynamic
        return found or text

    return translate


def format_date(value: dt.date) -> str:
    """A date in the interface language's short form: 24.11.2026, 24/11/2026."""
    return QLocale().toString(QDate(value.year, value.month, value.day),
                              QLocale.FormatType.ShortFormat)


def format_time(value: dt.time | dt.datetime) -> str:
    """A time of day in the interface language's short form (24-hour in ro, ru, en_GB)."""
    return QLocale().toString(QTime(value.hour, value.minute, value.second),
                              QLocale.FormatType.ShortFormat)


def format_datetime(value: dt.datetime) -> str:
    """A date and time in the interface language's short form."""
    moment = QDateTime(QDate(value.year, value.month, value.day),
                       QTime(value.hour, value.minute, value.second))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def apply_language_change(window, language: str, rebuild: Callable[[object], object]) -> str:
    """Show the interface in the newly chosen language, as soon as that is safe.

    Call it once the settings dialog has closed. The language is saved in the settings file (if
    the dialog has not done so). With nothing running, ``rebuild(window)`` replaces the main
    window with one built exactly as at start-up, so every page comes back in the new language;
    returns "rebuilt". While ``window.blocks_language_change()`` (a session runs), nothing
    changes now and a message says the language applies at the next start; returns
    "next_start". Returns "unchanged" for the language already shown.
    """
    _save_language(window.paths.settings, language)
    if choose_language(language) == current_language():
        return "unchanged"
    if window.blocks_language_change():
        QMessageBox.information(
            window,
            QCoreApplication.translate("LanguageChange", "Language"),
            QCoreApplication.translate(
                "LanguageChange",
                "The new language will be used the next time you start SOLE Facilitator. "
                "A session is running now, so the window stays as it is.",
            ),
        )
        return "next_start"
    QTimer.singleShot(0, window, lambda: rebuild(window))
    return "rebuilt"


def _save_language(settings_path, language: str) -> None:
    settings = AppSettings.load(settings_path)
    if settings.language != language:
        settings.language = language
        settings.save(settings_path)
