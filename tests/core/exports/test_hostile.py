"""Typed text stays text in every export: a group that types markup or a formula, a librarian's
note with a script, a file from elsewhere; nothing of it runs, loads or restyles a page."""

from __future__ import annotations

import markdown
import pytest

from sole_app.core.exports import run
from sole_app.core.exports.report import ExportOptions
from tests.core.exports.test_formats import TextOf
from tests.hostile import HOSTILE_TEXTS, active_content


@pytest.fixture
def documents(database, full_session):
    from sole_app.core.history.backup import full_document

    return [full_document(database, full_session)]


def body(page: str) -> str:
    """What is inside the page's body (its own <body> tag is plain)."""
    return page[page.index("<body>") + len("<body>"):page.index("</body>")]


def test_the_html_export_has_no_active_content(documents):
    page = run.render("html", documents, ExportOptions(library="<b>Biblioteca</b>"))
    # Then the page's own tags are its charset, its stylesheet and a plain body; the rest nothing
    assert active_content(page.decode()) == ["<meta>", "<style>", "<body>"]
    assert "<body>" in page.decode()
    assert active_content(body(page.decode())) == []


def test_the_html_export_shows_every_hostile_text_as_typed(documents):
    shown = TextOf.read(body(run.render("html", documents, ExportOptions()).decode())).text
    for hostile in HOSTILE_TEXTS[:3] + ("<b>bold</b> & co",):  # sources, note, nickname
        assert " ".join(hostile.split()) in shown
    assert "<img src=x onerror=\"alert(1)\">" in shown  # typed in the findings, shown as typed


def test_the_markdown_export_renders_to_nothing_active(documents):
    text = run.render("md", documents, ExportOptions()).decode()
    rendered = markdown.markdown(text, extensions=["tables"])
    assert active_content(rendered) == []
    shown = TextOf.read(rendered).text
    assert "<script>alert('x')</script>" in shown and "<b>bold</b> & co" in shown
    assert "[link](javascript:alert(1))" in shown


class RecordingPdf:
    """A stand-in PDF maker that keeps the pages it is given."""

    pages: list[str] = []

    def __init__(self, _options) -> None:
        RecordingPdf.pages = []

    def add(self, html: str) -> None:
        RecordingPdf.pages.append(html)

    def paint(self):
        yield from RecordingPdf.pages

    def finish(self) -> bytes:
        return b"%PDF"


def test_the_pdf_is_made_from_the_same_escaped_html(documents):
    assert run.render("pdf", documents, ExportOptions(), RecordingPdf) == b"%PDF"
    (page,) = RecordingPdf.pages
    assert active_content(body(page)) == []
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
