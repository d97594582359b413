"""Text a person typed, or a file brought, is shown as the text it is, on every path that shows
it (issue 10): the well-known injection strings go through each one, and what Qt would display
is read back and compared with the original, as text. The one rendered path (the question's
detail, sanitised Markdown) runs nothing and loads nothing."""

from __future__ import annotations

import csv
import json
from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QHelpEvent, QImage, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QToolTip

from sole_app.core.bank import store as bank
from sole_app.core.bank.errors import InvalidQuestion
from sole_app.core.bank.question_data import QuestionData, normalise_tag
from sole_app.core.errors import DataDirError
from sole_app.core.markup import to_plain, to_plain_lines
from sole_app.core.session.stage import StageState
from sole_app.core.settings import AppSettings
from sole_app.ui.bank.controller import BankController
from sole_app.ui.bank.detail import QuestionDetail
from sole_app.ui.bank.editor import QuestionEditor
from sole_app.ui.bank.panel import BankPanel
from sole_app.ui.inert_text import InertDocument
from sole_app.ui.operations import Operations, named
from sole_app.ui.session.actions import SessionActions
from sole_app.ui.session.page import SessionPage
from sole_app.ui.stage.view import StageView
from tests.hostile import HOSTILE_TEXTS, active_content

CORPUS = pytest.mark.parametrize("hostile", HOSTILE_TEXTS)


def displayed(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What Qt shows for ``text`` in a label, a message box or a tooltip: the text itself as
    plain text, or, when it takes (or guesses) it for HTML, the words of the rendered HTML."""
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def one_line(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def boxes(monkeypatch):
    """Every message box opened, answered Yes (or OK) without showing it."""
    opened: list[QMessageBox] = []

    def answer(box: QMessageBox) -> int:
        opened.append(box)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return opened


def box_text(box: QMessageBox) -> str:
    return displayed(box.text(), box.textFormat())


@pytest.fixture
def controller(qtbot, database, data_paths):
    view = BankPanel(database, data_paths.window_state)
    qtbot.addWidget(view)
    controller = BankController(view, database, Operations(database, view), lambda: "en")
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    return controller


def hostile_question(controller, hostile: str, **fields):
    question = bank.add_question(controller.database, QuestionData(
        f"Why {hostile} sleep?", "en", (hostile[:80],), notes=hostile, source=hostile[:200],
        **fields))
    controller.refresh(select_id=question.id)
    return question


@CORPUS
def test_the_bank_list_and_its_tooltip_show_the_text(qtbot, controller, hostile):
    # Given a question holding the string
    question = hostile_question(controller, hostile)
    panel = controller.view
    expected = to_plain(question.text)
    index = panel.model.index(panel.model.row_of(question.id), 0)
    # Then the list draws it as text (the delegate paints the display text, unformatted)
    assert index.data() == expected
    # And the tooltip QToolTip is handed, as Qt shows it, is the same text
    rect = panel.list_view.visualRect(index)
    QToolTip.hideText()
    event = QHelpEvent(QEvent.Type.ToolTip, rect.center(),
                       panel.list_view.viewport().mapToGlobal(rect.center()))
    QApplication.sendEvent(panel.list_view.viewport(), event)
    qtbot.waitUntil(lambda: QToolTip.text() != "")
    assert one_line(displayed(QToolTip.text())) == expected


@CORPUS
def test_the_delete_confirmation_quotes_the_text(controller, boxes, hostile):
    question = hostile_question(controller, hostile)
    controller.delete_question()
    assert boxes[0].textFormat() == Qt.TextFormat.PlainText
    assert f"Delete “{to_plain(question.text)}”?" in box_text(boxes[0])


@CORPUS
def test_the_import_refused_dialog_quotes_the_value_from_the_file(
        controller, boxes, tmp_path, monkeypatch, hostile):
    # Given a spreadsheet whose language cell holds the string
    path = tmp_path / "club.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows([["Question", "Language"], ["Why?", hostile]])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(path), ""))
    # When it is imported, then the refusal quotes the value as it is in the file
    controller.view.import_action.trigger()
    assert boxes[0].textFormat() == Qt.TextFormat.PlainText
    assert f"not “{hostile.strip()}”" in box_text(boxes[0])


def test_the_notice_after_an_import_names_the_file_as_it_is(controller, tmp_path, monkeypatch):
    name = '<img src=x onerror="alert(1)"> <b>club</b>.json'.replace("/", "")
    path = tmp_path / name
    path.write_text(json.dumps({"format": "sole-question-pack", "version": 1, "questions": [
        {"text": "Why?", "language": "en"}]}), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(path), ""))
    controller.view.import_action.trigger()
    label = controller.view.notice.label
    assert f"Imported {name}:" in displayed(label.text(), label.textFormat())


@CORPUS
def test_the_detail_renders_nothing_active_and_quotes_the_facts(controller, hostile):
    # Given a question whose text, notes, tag and source hold the string, and a translation
    question = hostile_question(controller, hostile)
    other = bank.add_question(controller.database, QuestionData(f"De ce {hostile}?", "ro"))
    bank.link_translation(controller.database, question.id, other.id)
    requested = []
    loads = InertDocument.loadResource

    def recording(document, kind, url):
        requested.append(url.toString())
        return loads(document, kind, url)

    InertDocument.loadResource = recording
    try:
        controller.select_question(question.id)
        controller.view.detail.grab()  # laid out and painted: any resource would be asked for
    finally:
        InertDocument.loadResource = loads
    detail = controller.view.detail
    # Then what it was given to render holds nothing live beyond the detail's own layout (the
    # same question with harmless words has the same), and nothing was asked for
    view = bank.get_question(controller.database, question.id)
    translations = bank.translations(controller.database, question.id)
    harmless = detail.question_html(
        replace(view, data=replace(view.data, text="Why x?", notes="x", tags=("x",),
                                   source="x")),
        [replace(item, data=replace(item.data, text="x")) for item in translations])
    given = detail.question_html(view, translations)
    assert active_content(given) == active_content(harmless) and requested == []
    # And the facts and the translation's text read as they were written
    shown = detail.toPlainText()
    assert normalise_tag(hostile[:80]) in shown and hostile[:200].strip() in shown
    assert to_plain(other.text) in shown


def test_the_detail_loads_no_image_even_when_given_one(qtbot, tmp_path):
    # Given a real picture on disk, which a plain Qt document does read from a file:// link
    picture = tmp_path / "secret.png"
    QImage(40, 30, QImage.Format.Format_RGB32).save(str(picture))
    url = QUrl.fromLocalFile(str(picture))
    page = f'<p>x<img src="{url.toString()}"></p>'
    plain = QTextDocument()
    plain.setHtml(page)
    assert plain.resource(QTextDocument.ResourceType.ImageResource, url) is not None
    # When the detail is handed the same HTML and drawn
    detail = QuestionDetail()
    qtbot.addWidget(detail)
    detail.setHtml(page)
    detail.show()
    detail.grab()
    # Then it holds nothing for the image: the file was not read
    held = detail.document().resource(QTextDocument.ResourceType.ImageResource, url)
    assert not held


@CORPUS
def test_the_editor_holds_the_text_and_says_a_refusal_as_text(qtbot, hostile):
    data = QuestionData(f"Why {hostile} sleep?", "en", (hostile,), notes=hostile,
                        source=hostile)
    editor = QuestionEditor(data, lambda *_: None, "Edit question")
    qtbot.addWidget(editor)
    assert editor.text_edit.toPlainText() == data.text
    assert editor.notes_edit.toPlainText() == hostile
    assert editor.source_edit.text() == hostile and editor.windowTitle() == "Edit question"
    editor.show_error(InvalidQuestion("language", "unknown_language", hostile))
    label = editor.error_label
    assert f"not “{hostile}”" in displayed(label.text(), label.textFormat())


@CORPUS
def test_undo_names_the_question_as_text(qtbot, controller, boxes, hostile):
    question = hostile_question(controller, hostile)
    undo = controller.operations.undo_action(controller.view)
    controller.delete_question()
    # A menu shows an action's text as plain text; && is a typed &, a single & the Alt key
    shown = undo.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    assert shown == f"Undo delete question “{named(question.text)}”"


@pytest.fixture
def session_page(qtbot, database):
    owner = QObject()  # what the session feature is in the app
    page = SessionPage(database, AppSettings(), SessionActions(owner))
    qtbot.addWidget(page)
    page.owner = owner
    return page


@CORPUS
def test_the_session_tab_lists_bank_questions_as_text(session_page, database, hostile):
    bank.add_question(database, QuestionData(f"Why {hostile} sleep?", "en"))
    session_page.setup.refresh_bank()
    combo = session_page.setup.bank_combo
    words = one_line(to_plain_lines(f"Why {hostile} sleep?"))
    assert combo.itemText(1) == (words if len(words) <= 90 else words[:89] + "…")


@CORPUS
def test_the_session_tabs_questions_to_the_librarian_are_plain_text(session_page, boxes,
                                                                      hostile):
    assert session_page.ask("Resume the session?", f"Still running:\n\n{hostile}\n\nResume?")
    assert boxes[0].textFormat() == Qt.TextFormat.PlainText and hostile in box_text(boxes[0])


@CORPUS
def test_the_stage_paints_the_words(qtbot, hostile):
    stage = StageView()
    qtbot.addWidget(stage)
    stage.set_state(StageState(question=f"Why {hostile} sleep?"))
    assert stage.findChild(object, "stageQuestion").text() == to_plain_lines(
        f"Why {hostile} sleep?")


def test_a_folder_named_like_markup_is_shown_as_text(qtbot, data_paths, boxes):
    from sole_app.ui.main_window import MainWindow
    from sole_app.ui.qt_app import tell_already_running, tell_cannot_start

    folder = data_paths.root / "<img src=x onerror=alert(1)><b>club"
    window = MainWindow(data_paths, AppSettings())
    qtbot.addWidget(window)
    error = DataDirError(folder, "not_writable")
    window.show_fatal_error(error)
    tell_cannot_start(error)
    tell_already_running(folder)
    assert all(box.textFormat() == Qt.TextFormat.PlainText for box in boxes)
    assert all(str(folder) in box_text(box) for box in boxes) and len(boxes) == 3
    label: QLabel = window.loading_label
    assert str(folder) in displayed(label.text(), label.textFormat())
    about = QTextDocument()
    about.setHtml(window.about_text())
    assert active_content(window.about_text()) == [] and str(data_paths.root) in about.toPlainText()


def test_the_helper_reads_what_qt_would_show():
    # The reading above is only as good as this: HTML taken for HTML shows its words only
    assert displayed("<b>bold</b> and &lt;") == "bold and <"
    assert displayed("<b>bold</b>", Qt.TextFormat.PlainText) == "<b>bold</b>"
    assert displayed("no tag at all") == "no tag at all"
