"""PDFs made with Qt's own printing: A4, page numbers, the library's name, Romanian and Cyrillic
text intact (read back with a PDF library), every font embedded; and the two printables."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from sole_app.core.exports import run
from sole_app.core.exports.report import ExportOptions
from sole_app.core.history.backup import full_document
from sole_app.ui import i18n
from sole_app.ui.history.pdf import PdfReport
from sole_app.ui.history.printables import question_card_pdf, recording_sheet_pdf
from tests.ui.history.conftest import LIBRARY

A4 = (595, 842)  # points, portrait


def words(reader: PdfReader, page: int | None = None) -> str:
    """The text of a page (or all), with pypdf's spacing made plain."""
    pages = reader.pages if page is None else [reader.pages[page]]
    return " ".join(" ".join(item.extract_text() for item in pages).split())


def fonts(reader: PdfReader) -> list[dict]:
    """Every font's descriptor in the PDF (descendants of Type0 fonts included)."""
    found = []
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            parts = [item.get_object() for item in font.get("/DescendantFonts", [])] or [font]
            found += [part["/FontDescriptor"].get_object() for part in parts]
    return found


def size(reader: PdfReader, page: int = 0) -> tuple[int, int]:
    box = reader.pages[page].mediabox
    return round(float(box.width)), round(float(box.height))


@pytest.fixture
def report(qapp, database, sessions) -> PdfReader:
    documents = [full_document(database, session_id) for session_id in sessions]
    data = run.render("pdf", documents, ExportOptions(library=LIBRARY), PdfReport)
    return PdfReader(io.BytesIO(data))


def test_the_report_reads_back_with_romanian_and_cyrillic_intact(report):
    text = words(report)
    for expected in ("Ar putea un sat să trăiască doar cu energia pe care o produce singur?",
                     "Am găsit că vântul și soarele sunt gratuite.", "panouri solare pe școală",
                     "Может ли деревня жить только на энергии, которую производит сама?",
                     "Нашли, что ветер бесплатный.", "Вороны спорят о цене", "Bufnițele",
                     "<script>alert('x')</script>"):
        assert expected in text, expected


def test_every_page_is_a4_with_the_library_and_its_number(report):
    pages = len(report.pages)
    assert pages >= 2
    for number in range(pages):
        assert size(report, number) == A4
        text = words(report, number)
        assert text.startswith(LIBRARY) and text.endswith(f"Page {number + 1} of {pages}")
        assert "Made with SOLE Facilitator on " in text


def test_each_session_starts_on_a_new_page(report):
    starts = [number for number in range(len(report.pages))
              if words(report, number).startswith(f"{LIBRARY} Может ли деревня")]
    assert len(starts) == 1 and starts[0] > 0
    assert "Ar putea un sat" not in words(report, starts[0])


def test_every_font_is_embedded(report):
    descriptors = fonts(report)
    assert descriptors
    assert all("/FontFile2" in font or "/FontFile3" in font for font in descriptors)


def test_the_question_card_is_a4_landscape_with_the_question_alone(qapp):
    question = "Ar putea un sat să trăiască doar cu energia pe care o produce singur?"
    card = PdfReader(io.BytesIO(question_card_pdf(question, i18n.translation_in("ro", "Export"),
                                                  LIBRARY)))
    assert len(card.pages) == 1 and size(card) == (842, 595)
    assert words(card) == f"{question} {LIBRARY} SOLE Facilitator"  # nothing else on it
    assert all("/FontFile2" in font or "/FontFile3" in font for font in fonts(card))


def test_a_long_question_still_fits_the_card(qapp):
    question = " ".join(["Ce s-ar întâmpla dacă"] * 40) + "?"
    card = PdfReader(io.BytesIO(question_card_pdf(question, i18n.translation_in("en", "Export"))))
    assert len(card.pages) == 1 and words(card).endswith("dacă? SOLE Facilitator")


@pytest.mark.parametrize(("language", "headings"), [
    ("ro", ("Constatările grupului nostru", "Întrebarea noastră", "Ce am găsit",
            "Cât de siguri suntem", "Întrebările noastre noi")),
    ("ru", ("Что нашла наша группа", "Наш вопрос", "Что мы нашли", "Насколько мы уверены",
            "Наши новые вопросы")),
])
def test_the_recording_sheet_is_in_the_chosen_language(qapp, language, headings):
    sheet = PdfReader(io.BytesIO(recording_sheet_pdf(
        "De ce avem nevoie de somn?", i18n.translation_in(language, "Export"), LIBRARY)))
    assert len(sheet.pages) == 1 and size(sheet) == A4
    text = words(sheet)
    for heading in headings:
        assert heading in text, heading
    assert "De ce avem nevoie de somn?" in text and text.endswith(f"{LIBRARY} SOLE Facilitator")
