"""Loading the interface's translations: Romanian, Russian, or English (the source language)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from sole_app.core.paths import resources_dir

LANGUAGES = ("ro", "en", "ru")
_installed: list[QTranslator] = []


def choose_language(preferred: str) -> str:
    """The settings' language, else the system's when supported, else English."""
    if preferred in LANGUAGES:
        return preferred
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install(preferred: str = "") -> str:
    """Replace the installed translators with those for the chosen language; return its code."""
    application = QCoreApplication.instance()
    language = choose_language(preferred)
    for translator in _installed:
        application.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    sources = [
        (f"sole_{language}", str(resources_dir() / "translations")),
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ]
    for name, folder in sources:
        translator = QTranslator(application)
        if translator.load(name, folder):
            application.installTranslator(translator)
            _installed.append(translator)
    return language
