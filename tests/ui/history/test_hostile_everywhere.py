"""Every string of the hostile corpus in every field a session files (the question, nicknames and
first names, findings, sources, new questions, feedback, notes, the reflection, the library's
name) goes through the HTML export and the real PDF: the page has no active content and loads
nothing, the PDF has no script, action, embedded file, image or link other than http(s) or mail,
and each string is there as the text it was typed."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from pypdf.generic import IndirectObject

from sole_app.core.clock import FakeClock
from sole_app.core.exports import run
from sole_app.core.exports.report import ExportOptions
from sole_app.core.findings import groups, notes, records, reflection
from sole_app.core.findings.data import RecordContent, ReflectionData
from sole_app.core.history.backup import full_document
from sole_app.core.session import runner as sessions
from sole_app.core.session.plan import Plan
from sole_app.ui.history.pdf import PdfReport
from tests.core.exports.test_formats import TextOf
from tests.hostile import HOSTILE_TEXTS, active_content

EVERY = "\n\n".join(HOSTILE_TEXTS)
LIBRARY = HOSTILE_TEXTS[9][:120]


@pytest.fixture
def documents(database):
    """A finished session with the corpus in every field it has (two groups: the nicknames
    and first names take a few strings each; the other strings are in the texts)."""
    clock = FakeClock()
    runner = sessions.start_session(database, clock, HOSTILE_TEXTS[0] + " " + HOSTILE_TEXTS[6],
                                    Plan((5, 40, 15)))
    for number, hostile in enumerate(HOSTILE_TEXTS[:2]):
        group = groups.add_group(database, runner.session_id, hostile[:60], 2,
                                 (HOSTILE_TEXTS[-1 - number][:40],))
        records.save_record(database, group.group.id, RecordContent(
            EVERY, tuple(text[:2000] for text in HOSTILE_TEXTS), None, HOSTILE_TEXTS), 0)
        groups.update_group(database, group.group.id, glow=EVERY, grow=EVERY)
    for hostile in HOSTILE_TEXTS:
        notes.add_note(database, runner.session_id, hostile, None, None, now=clock.now())
    clock.advance(60)
    runner.finish()
    reflection.save_reflection(database, runner.session_id, ReflectionData(
        objective_why=EVERY, change_next_time=EVERY, notes=EVERY))
    return [full_document(database, runner.session_id, first_names=True)]


def shown(text: str) -> str:
    return " ".join(text.split())


def test_the_html_export_shows_every_string_as_text_and_nothing_active(documents):
    page = run.render("html", documents, ExportOptions(library=LIBRARY, first_names=True))
    html = page.decode("utf-8")
    body = html[html.index("<body>") + len("<body>"):html.index("</body>")]
    assert active_content(body) == []
    text = TextOf.read(body)
    assert text.loads == []
    missing = [hostile for hostile in HOSTILE_TEXTS if shown(hostile) not in text.text]
    assert missing == []


def pdf_objects(reader: PdfReader):
    """Every object of the PDF, once each."""
    seen, waiting = set(), [reader.trailer]
    while waiting:
        item = waiting.pop()
        if isinstance(item, IndirectObject):
            if item.idnum in seen:
                continue
            seen.add(item.idnum)
            item = item.get_object()
        if isinstance(item, dict):
            yield item
            waiting.extend(item.values())
        elif isinstance(item, list):
            waiting.extend(item)


def test_the_pdf_holds_every_string_as_text_and_nothing_that_runs_or_loads(qapp, documents):
    data = run.render("pdf", documents, ExportOptions(library=LIBRARY, first_names=True),
                      PdfReport)
    reader = PdfReader(io.BytesIO(data))
    objects = list(pdf_objects(reader))
    keys = {key for item in objects for key in item}
    assert keys.isdisjoint({"/JavaScript", "/JS", "/Launch", "/OpenAction", "/AA",
                            "/EmbeddedFiles", "/EmbeddedFile", "/SubmitForm", "/ImportData"})
    assert [item for item in objects if item.get("/Subtype") == "/Image"] == []
    links = [str(item["/URI"]) for item in objects if "/URI" in item]
    assert [link for link in links if not link.startswith(("http://", "https://",
                                                           "mailto:"))] == []
    words = shown(" ".join(page.extract_text() for page in reader.pages))
    for hostile in ("<script>alert('x')</script>", '<img src=x onerror="alert(1)">',
                    "{{7*7}} ${7*7} <%= 7*7 %>", "[link](javascript:alert(1))"):
        assert shown(hostile) in words
