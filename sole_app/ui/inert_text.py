"""Rendered text that loads nothing: no image, style sheet, local file, data: URL or web page.

Every path that renders HTML (the bank's detail and notes preview, the findings, the History
report and its PDFs) renders sanitised HTML (core.markup, nh3; exports escape every value). As a
second wall, its document loads nothing it might ask for:

- ``loadResource`` answers every request with an empty QByteArray. Not None: given None,
  QTextDocument reads local files and data: URLs itself.
- Images are drawn by a handler that draws nothing: Qt's own image handler would otherwise load
  a picture straight from its path, without asking ``loadResource``.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, QSizeF, Qt
from PySide6.QtGui import QPyTextObject, QTextDocument, QTextFormat
from PySide6.QtWidgets import QTextBrowser, QWidget


class NoImages(QPyTextObject):
    """Takes Qt's place for images in a document: no size, nothing drawn, nothing loaded."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)

    def intrinsicSize(self, document, position, text_format) -> QSizeF:  # noqa: N802
        return QSizeF(0, 0)

    def drawObject(self, painter, rect, document, position, text_format) -> None:  # noqa: N802
        """Nothing to draw."""


def without_images(document: QTextDocument) -> None:
    """Images in ``document`` take no room and load nothing (the handler lives with it)."""
    document.documentLayout().registerHandler(QTextFormat.ObjectTypes.ImageObject,
                                              NoImages(document))


class InertDocument(QTextDocument):
    """A document (for printing, or set into a view) that loads no resource."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        without_images(self)

    def loadResource(self, kind: int, name) -> QByteArray:  # noqa: N802 (Qt's name)
        return QByteArray()


class InertBrowser(QTextBrowser):
    """Read-only rendered text that loads nothing and follows no link by itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setDocument(InertDocument(self))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

    def loadResource(self, kind: int, name) -> QByteArray:  # noqa: N802 (Qt's name)
        return QByteArray()
