"""A question's language named for the librarian, in the interface language where the name is
known: "spaniolă" for es in a Romanian interface, "испанский" in a Russian one.

Qt's QLocale knows every language's code and its English name, but names a language in another
language only in its own ("español"). The names of the languages a club here is likely to meet
are translated in the .ts files like every other word; another language keeps its English name
from QLocale, and a code QLocale does not know is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from sole_app.core.translatable import QT_TRANSLATE_NOOP

TRANSLATED = frozenset((
    QT_TRANSLATE_NOOP("Languages", "Romanian"), QT_TRANSLATE_NOOP("Languages", "English"),
    QT_TRANSLATE_NOOP("Languages", "Russian"), QT_TRANSLATE_NOOP("Languages", "Ukrainian"),
    QT_TRANSLATE_NOOP("Languages", "Hungarian"), QT_TRANSLATE_NOOP("Languages", "French"),
    QT_TRANSLATE_NOOP("Languages", "German"), QT_TRANSLATE_NOOP("Languages", "Spanish"),
    QT_TRANSLATE_NOOP("Languages", "Italian"), QT_TRANSLATE_NOOP("Languages", "Portuguese"),
    QT_TRANSLATE_NOOP("Languages", "Bulgarian"), QT_TRANSLATE_NOOP("Languages", "Polish"),
    QT_TRANSLATE_NOOP("Languages", "Turkish"), QT_TRANSLATE_NOOP("Languages", "Serbian"),
    QT_TRANSLATE_NOOP("Languages", "Greek"), QT_TRANSLATE_NOOP("Languages", "Czech"),
    QT_TRANSLATE_NOOP("Languages", "Slovak"), QT_TRANSLATE_NOOP("Languages", "Croatian"),
    QT_TRANSLATE_NOOP("Languages", "Dutch"), QT_TRANSLATE_NOOP("Languages", "Belarusian"),
    QT_TRANSLATE_NOOP("Languages", "Armenian"), QT_TRANSLATE_NOOP("Languages", "Georgian"),
    QT_TRANSLATE_NOOP("Languages", "Hebrew"), QT_TRANSLATE_NOOP("Languages", "Arabic"),
    QT_TRANSLATE_NOOP("Languages", "Chinese"), QT_TRANSLATE_NOOP("Languages", "Japanese"),
))


def language_name(code: str) -> str:
    """The language of ``code`` ("es", "pt-BR") as a list shows it: "Spaniolă", "Portugheză
    (BR)" in Romanian; the code itself when QLocale does not know it."""
    base, _, region = code.partition("-")
    language = QLocale.codeToLanguage(base)
    if language in (QLocale.Language.AnyLanguage, QLocale.Language.C):
        return code
    name = QLocale.languageToString(language)
    if name in TRANSLATED:
        name = QCoreApplication.translate("Languages", name)  # i18n: dynamic (marked above)
    name = name[:1].upper() + name[1:]  # "spaniolă" in a sentence, "Spaniolă" in a list
    return f"{name} ({region})" if region else name
