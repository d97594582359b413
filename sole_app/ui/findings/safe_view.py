"""Showing what children wrote, formatted, and nothing else: no image, file or web page loads.

The HTML comes only from core.markup (Markdown, then nh3), where typed HTML stays text and no
image survives. As a second wall, this view loads nothing a document might ask for:

- ``loadResource`` answers every request (an image, a style sheet, a local file, a data: URL)
  with nothing. An empty answer, not None: given None, QTextDocument reads local files and
  data: URLs itself.
- Images are drawn by a handler that draws nothing: Qt's own image handler would otherwise load
  a picture straight from its path, without asking ``loadResource``.
- Links are never followed.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QTextBrowser, QWidget

from sole_app.core.markup import to_html_showing_tags
from sole_app.ui.inert_text import without_images


class SafeTextView(QTextBrowser):
    """Read-only formatted Markdown from a person, with resource loading switched off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys keep going to the fields
        without_images(self.document())

    def show_markdown(self, source: str) -> None:
        self.setHtml(to_html_showing_tags(source))

    def loadResource(self, kind: int, name) -> QByteArray:  # noqa: N802 (Qt's name)
        """Nothing is ever loaded (see the module's docstring)."""
        return QByteArray()
