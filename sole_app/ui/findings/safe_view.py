"""Showing what children wrote, formatted, and nothing else: no image, file or web page loads.

The HTML comes only from core.markup (Markdown, then nh3), where typed HTML stays text. As a
second wall, this view refuses every resource Qt would otherwise fetch for a document (images,
style sheets, a link's target), and links are never followed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser, QWidget

from sole_app.core.markup import to_html_showing_tags


class SafeTextView(QTextBrowser):
    """Read-only formatted Markdown from a person, with resource loading switched off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys keep going to the fields

    def show_markdown(self, source: str) -> None:
        self.setHtml(to_html_showing_tags(source))

    def loadResource(self, kind: int, name) -> None:  # noqa: N802 (Qt's name)
        """Nothing is ever loaded: not an image, a file, a style sheet nor a web page."""
        return None
