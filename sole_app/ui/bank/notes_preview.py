"""How a question's notes will look, beside the Markdown being typed in the editor.

Rich text only from the sanitised renderer (core.markup.to_html, nh3), and resource loading
blocked (ui/inert_text.py): a note from a shared file can name an image, a file or a web page,
and the preview fetches none of them, nor follows a link.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QUrl

from sole_app.core.markup import to_html
from sole_app.ui.inert_text import InertBrowser


class NotesPreview(InertBrowser):
    """Read-only; ``show_markdown`` is the one way text gets in."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("notesPreview")
        self.setAccessibleName(self.tr("Preview of the notes"))
        self._asked: list[str] = []

    def show_markdown(self, source: str) -> None:
        self.setHtml(to_html(source))

    def loadResource(self, kind: int, url: QUrl) -> QByteArray:  # noqa: N802 (Qt's name)
        """Nothing is ever loaded (an empty answer: given None, Qt reads a local file or a
        data: URL itself); what was asked for is only noted."""
        self._asked.append(url.toString())
        return QByteArray()

    def resources_asked(self) -> list[str]:
        """What the shown text asked to load (and did not get), for the librarian's safety."""
        return list(self._asked)
