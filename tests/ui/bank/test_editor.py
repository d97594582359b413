"""The question editor shows the notes as they will look, beside the Markdown being typed,
through the one sanitised path (core.markup), and never loads an image, a file or a web page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont, QTextDocument

from sole_app.core.bank.question_data import QuestionData
from sole_app.ui.bank.editor import QuestionEditor
from tests.hostile import HOSTILE_TEXTS


@pytest.fixture
def editor(qtbot):
    dialog = QuestionEditor(QuestionData("De ce avem nevoie de somn?", "ro"), lambda *_: None,
                            "Edit question")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def bold_words(document: QTextDocument) -> list[str]:
    words = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().fontWeight() >= QFont.Weight.Bold:
                words.append(fragment.text())
            fragments += 1
        block = block.next()
    return words


def test_the_notes_preview_shows_markdown_as_it_will_look(qtbot, editor):
    # Given the notes field, When the librarian types Markdown
    editor.notes_edit.setFocus()
    qtbot.keyClicks(editor.notes_edit, "Poveste: **cerul** noaptea")
    # Then the preview beside it shows the words, "cerul" in bold, without the stars
    preview = editor.notes_preview
    assert preview.isVisible()
    qtbot.waitUntil(lambda: "Poveste: cerul noaptea" in preview.toPlainText())
    assert "**" not in preview.toPlainText()
    assert bold_words(preview.document()) == ["cerul"]


def test_hostile_notes_are_shown_as_harmless_text_and_load_nothing(qtbot, editor):
    preview = editor.notes_preview
    for text in HOSTILE_TEXTS:
        # When a hostile note is typed (or comes from a shared file)
        editor.notes_edit.setPlainText(text)
        # Then the preview asks for no resource, and no script text turns into a page
        assert preview.resources_asked() == [], text
    # And were it asked, it would hand back nothing: no file, no web page (an empty answer:
    # given None, Qt reads a local file or a data: URL itself)
    for url in ("file:///etc/passwd", "http://example.invalid/pixel.png", "qrc:/x.png"):
        kind = QTextDocument.ResourceType.ImageResource
        assert preview.loadResource(kind, QUrl(url)).isEmpty()
        assert preview.document().loadResource(kind, QUrl(url)).isEmpty()
    assert not preview.openLinks() and not preview.openExternalLinks()
