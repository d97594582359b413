"""The whole window, with the hostile corpus (tests/hostile.py) in its bank, its findings, notes,
groups and History: every label, tooltip and item shows the strings as text, nothing that Qt
would render holds live markup, and no rendered view loads a resource (issue 10)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractListModel, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QWidget,
)

from sole_app import app
from sole_app.core.bank import store as bank
from sole_app.core.bank.question_data import QuestionData
from sole_app.core.clock import FakeClock
from sole_app.core.markup import to_plain
from tests.full_session import make_full_session
from tests.hostile import HOSTILE_TEXTS, active_content

QUESTION = "Why " + " ".join(HOSTILE_TEXTS[:6]) + " sleep?"


def rendered_rich(text: str, text_format) -> bool:
    """Whether Qt renders ``text`` as HTML: told so, or guessing so from a tag in it."""
    return text_format == GuiQt.TextFormat.RichText or (
        text_format == GuiQt.TextFormat.AutoText and GuiQt.mightBeRichText(text))


def live_markup(window: QWidget) -> list[str]:
    """Live markup in what the window would render: labels, tooltips and items' tooltips."""
    found = []
    for widget in [window, *window.findChildren(QWidget)]:
        if isinstance(widget, QLabel) and rendered_rich(widget.text(), widget.textFormat()):
            found += [f"{widget.objectName()}: {item}" for item in active_content(widget.text())]
        found += [f"{widget.objectName()} tip: {item}"
                  for item in active_content(widget.toolTip())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(min(model.rowCount(), 200)):
                tip = model.index(row, 0).data(GuiQt.ItemDataRole.ToolTipRole) or ""
                found += [f"{widget.objectName()} row {row} tip: {item}"
                          for item in active_content(str(tip))]
    return found


def loaded_resources(window: QWidget, picture: QUrl) -> list[str]:
    """The rendered views that would hand out a real picture from disk when asked for it."""
    return [view.objectName() or type(view).__name__
            for view in window.findChildren(QTextBrowser)
            if view.document().loadResource(QTextDocument.ResourceType.ImageResource, picture)]


def shown_items(view: QAbstractItemView) -> list[str]:
    model = view.model()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
    return [str(model.index(row, column).data() or "") for row in range(model.rowCount())
            for column in range(columns)]


@pytest.fixture
def hostile_window(qtbot, database, data_paths, message_boxes):
    """The real window over a bank holding each corpus string, and a finished session whose
    question, groups, findings and notes hold them (tests/full_session.py)."""
    for text in HOSTILE_TEXTS:
        bank.add_question(database, QuestionData(f"Why {text}?", "en", notes=text, source=text))
    make_full_session(database, FakeClock(), QUESTION)
    database.close()
    window = app.build_main_window(data_paths)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    assert app.load_into(window)
    yield window
    window.database.close()


def test_every_tab_of_the_window_shows_the_corpus_as_text(qtbot, hostile_window, tmp_path):
    # Given a real picture on disk, which a plain Qt document hands out when asked
    picture = tmp_path / "secret.png"
    QImage(40, 30, QImage.Format.Format_RGB32).save(str(picture))
    url = QUrl.fromLocalFile(str(picture))
    assert QTextBrowser().document().loadResource(QTextDocument.ResourceType.ImageResource, url)
    pages: QTabWidget = hostile_window.pages
    found, loaded, texts = [], [], []
    # When the librarian goes through every tab, with the first row of each list chosen
    for number in range(pages.count()):
        pages.setCurrentIndex(number)
        for view in pages.widget(number).findChildren(QAbstractItemView):
            if view.isVisible() and view.model() is not None and view.model().rowCount():
                view.setCurrentIndex(view.model().index(0, 0))
                texts += shown_items(view)
        QApplication.processEvents()
        hostile_window.grab()  # laid out and painted: any resource would be asked for now
        found += live_markup(hostile_window)
        loaded += loaded_resources(hostile_window, url)
    # Then nothing shown holds live markup, and no rendered view loads the picture
    assert found == [] and loaded == []
    # And the questions read as typed, in the bank's list and in the History's list
    assert all(f"Why {to_plain(text)}?" in texts for text in HOSTILE_TEXTS)
    history = hostile_window.findChild(QTreeWidget, "historyList")
    assert to_plain(QUESTION) in shown_items(history)
