"""Errors in the librarian's language, and message boxes that show text as text.

Each error's sentence is written once, in core (core/errors.py and each feature's errors.py),
marked with QT_TRANSLATE_NOOP so that lupdate extracts it; the command line prints it in
English, and here it is translated. The domain stays Qt-free.

A message box guesses that text holding a tag is HTML, so a question quoted in it ("Delete
“<img src=…>”?") or a value from a file would be rendered, and could load an image. Every box
with a person's or a file's text in it is built here, set to plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from sole_app.core.errors import SoleError


def translated(text: str) -> str:
    """A text marked in core's errors, in the interface language."""
    return QCoreApplication.translate("Errors", text)  # i18n: dynamic (marked in core)


def error_message(error: SoleError) -> str:
    """The error as one sentence in the interface language."""
    return error.sentence(translated)


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                buttons=QMessageBox.StandardButton.Ok) -> QMessageBox:
    """A message box whose text is shown exactly as it is, never as markup."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def warn(parent: QWidget | None, title: str, text: str,
         icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> None:
    """Say something went wrong, and wait for OK."""
    message_box(parent, icon, title, text).exec()


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes-or-no question; True for Yes."""
    box = message_box(parent, QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    return QMessageBox.StandardButton(box.exec()) == QMessageBox.StandardButton.Yes
