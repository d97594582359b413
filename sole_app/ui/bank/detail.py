"""The detail of one question: its text large, the facts a facilitator checks, the notes
rendered from Markdown (sanitised in core), and links to its translations.

The sanitiser (core/markup.py) keeps no image and no element that loads anything; the view is
inert (ui/inert_text.py), the second lock: asked for an image, a style sheet or a file, it
loads nothing.
"""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices

from sole_app.core.bank.reading import QuestionView
from sole_app.core.markup import to_html, to_plain
from sole_app.ui.bank.languages import language_name
from sole_app.ui.i18n import format_datetime
from sole_app.ui.inert_text import InertBrowser

QUESTION_SCHEME = "question"


def local_time(moment: datetime | None) -> str:
    """A stored UTC time as this computer's local time, in the interface language's form."""
    return "" if moment is None else format_datetime(moment.astimezone())


class QuestionDetail(InertBrowser):
    """Read-only; web links open in the browser only when clicked, translations select."""

    translation_chosen = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("questionDetail")
        self.setAccessibleName(self.tr("Question details"))
        self.anchorClicked.connect(self._follow)
        self.document().setDocumentMargin(16)
        self.show_nothing()

    def show_nothing(self, message: str = "") -> None:
        hint = message or self.tr("Choose a question on the left, or add one with New.")
        self.setHtml(f"<p style='color: gray'>{html.escape(hint)}</p>")

    def show_question(self, question: QuestionView, translations: list[QuestionView]) -> None:
        self.setHtml(self.question_html(question, translations))

    def question_html(self, question: QuestionView, translations: list[QuestionView]) -> str:
        parts = [
            f"<div style='font-size: 20pt; font-weight: 600'>{to_html(question.text)}</div>",
            self._facts_table(question),
        ]
        if question.notes:
            heading = self.tr("Notes for the facilitator")
            parts.append(f"<h3>{html.escape(heading)}</h3>")
            parts.append(to_html(question.notes))
        if translations:
            heading = self.tr("Translations")
            parts.append(f"<h3>{html.escape(heading)}</h3><ul>")
            parts.extend(
                f"<li><a href='{QUESTION_SCHEME}:{other.id}'>"
                f"{html.escape(language_name(other.language))}</a>: "
                f"{html.escape(to_plain(other.text))}</li>" for other in translations)
            parts.append("</ul>")
        return "\n".join(parts)

    def _facts_table(self, question: QuestionView) -> str:
        never = self.tr("never")
        rows = [
            (self.tr("Favourite"), "★" if question.favourite else self.tr("no")),
            (self.tr("Language"), language_name(question.language)),
            (self.tr("Ages"), f"{question.age_min}–{question.age_max}"),
            (self.tr("Tags"), ", ".join(question.tags) or "—"),
            (self.tr("Source"), question.source or "—"),
            (self.tr("Last used"), local_time(question.last_used_at) or never),
            (self.tr("Created"), local_time(question.created_at)),
            (self.tr("Changed"), local_time(question.updated_at)),
        ]
        cells = "".join(
            f"<tr><td style='color: gray; padding-right: 12px'>{html.escape(name)}</td>"
            f"<td>{html.escape(value)}</td></tr>" for name, value in rows)
        return f"<table cellspacing='2'>{cells}</table>"

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == QUESTION_SCHEME and url.path().isdigit():
            self.translation_chosen.emit(int(url.path()))
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
