"""Every export format read back as its reader would: HTML parsed, the CSV by the csv module
with Romanian intact, Markdown rendered, JSON loaded; first names only when asked for."""

from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser

import markdown
import pytest

from sole_app.core.exports import run
from sole_app.core.exports.report import ExportOptions
from tests.full_session import make_full_session

LIBRARY = "Biblioteca Comunală „Ion Creangă”, Ciorăști"


class TextOf(HTMLParser):
    """The text a browser shows, and the resources a page would load."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.words: list[str] = []
        self.loads: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self._skip += tag in ("style", "title")
        self.loads += [f"{tag}[{name}]" for name, _value in attrs if name in ("src", "srcset")]
        if tag == "link":
            self.loads.append("link")

    def handle_endtag(self, tag):
        self._skip -= tag in ("style", "title")

    def handle_data(self, data):
        if not self._skip:
            self.words.append(data)

    @classmethod
    def read(cls, page: str) -> TextOf:
        parser = cls()
        parser.feed(page)
        return parser

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.words).split())


def exported(database, session_ids, file_format, tmp_path, **options) -> bytes:
    path = tmp_path / f"export.{file_format}"
    run.export_sessions(database, session_ids, file_format, path,
                        ExportOptions(library=LIBRARY, **options))
    return path.read_bytes()


def test_html_is_one_self_contained_page_with_the_whole_session(database, full_session,
                                                                tmp_path):
    page = exported(database, [full_session], "html", tmp_path).decode("utf-8")
    shown = TextOf.read(page)
    for expected in (LIBRARY, "Ar putea un sat să trăiască doar cu energia", "Română",
                     "Investigation 40 min 5 min 46 min", "Bufnițele", "Вороны",
                     "Am găsit că vântul și soarele sunt gratuite.", "panouri solare pe școală",
                     "Нашли, что ветер бесплатный.", "Manualul de fizică, p. 42",
                     "Fairly sure", "Cât costă o turbină?", "Au lucrat împreună",
                     "Investigation, after 12:34: Bufnițele au găsit un video bun",
                     "Вороны спорят о цене", "Engaged 90% of the children",
                     "Main kind of thinking Strategic thinking", "Agreements followed Partly"):
        assert expected in shown.text, expected
    assert shown.loads == []
    assert "<strong>vântul</strong>" in page  # the group's Markdown, rendered
    style = page[page.index("<style>"):page.index("</style>")]
    assert page.count("<style>") == 1 and "url(" not in style and "@import" not in style


def test_csv_has_one_row_per_session_with_the_programmes_columns(database, clock,
                                                                 full_session, tmp_path):
    second = make_full_session(database, clock, "Вторая сессия: почему идёт дождь?")
    raw = exported(database, [full_session, second], "csv", tmp_path, language="ro")
    # UTF-8 with a byte order mark, so that Excel reads the diacritics; ';' for Romanian
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline=""),
                               delimiter=";"))
    assert len(rows) == 2
    first = rows[0]
    assert first["Library"] == LIBRARY
    assert first["Big question"].startswith("Ar putea un sat să trăiască")
    assert (first["Language"], rows[1]["Language"]) == ("Română", "Русский")
    assert [first[f"Investigation: {kind}"] for kind in (
        "minutes planned", "minutes as run", "extra minutes")] == ["40", "46", "5"]
    assert (first["Question: minutes as run"], first["Extra minutes in all"]) == ("6", "5")
    assert (first["Children planned"], first["Children"]) == ("18", "17")
    assert (first["Computers planned"], first["Groups"], first["Groups recorded"]) == (
        "5", "3", "3")
    assert (first["Content objective reached"], first["Engaged (%)"],
            first["Communicating (%)"], first["Agreements followed"]) == (
        "Mostly", "90", "70", "Partly")
    assert first["Date"].startswith("2026-11-24")
    assert len(first["Session ID"]) == 36


def test_csv_cells_are_never_formulas(database, clock, tmp_path):
    session = make_full_session(database, clock, "=HYPERLINK(\"http://example.invalid\")")
    raw = exported(database, [session], "csv", tmp_path)
    (row,) = csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline=""))
    assert row["Big question"] == "'=HYPERLINK(\"http://example.invalid\")"


def test_markdown_reads_as_the_session(database, full_session, tmp_path):
    text = exported(database, [full_session], "md", tmp_path).decode("utf-8")
    assert text.startswith(LIBRARY + "\n\n# Ar putea un sat")
    assert "| Investigation | 40 min | 5 min | 46 min |" in text
    shown = TextOf.read(markdown.markdown(text, extensions=["tables"]))
    for expected in ("Bufnițele", "Нашли, что ветер бесплатный.", "Cât costă o turbină?",
                     "=SUM(A1:A9)", "Engaged: 90% of the children"):
        assert expected in shown.text, expected


def test_json_is_the_documented_backup(database, clock, full_session, tmp_path):
    one = json.loads(exported(database, [full_session], "json", tmp_path))
    assert (one["format"], one["version"]) == ("sole-session", 1)
    assert one["session"]["language"] is None and one["session"]["tags"] == []
    second = make_full_session(database, clock)
    many = json.loads(exported(database, [full_session, second], "json", tmp_path))
    assert (many["format"], many["version"], len(many["sessions"])) == ("sole-sessions", 1, 2)


@pytest.mark.parametrize("file_format", ["md", "html", "csv", "json"])
def test_first_names_only_when_the_box_is_ticked(database, full_session, tmp_path,
                                                 file_format):
    def names_in(raw: bytes) -> set[str]:
        text = raw.decode("utf-8-sig")
        return {name for name in ("Ana", "Ștefan", "Дмитрий") if name in text}

    assert names_in(exported(database, [full_session], file_format, tmp_path)) == set()
    if file_format != "csv":  # the report's CSV has no column for names at all
        ticked = exported(database, [full_session], file_format, tmp_path, first_names=True)
        assert names_in(ticked) == {"Ana", "Ștefan", "Дмитрий"}


def test_words_are_in_the_language_the_export_is_given(database, full_session, tmp_path):
    def romanian(text: str) -> str:
        return {"Groups": "Grupuri", "What we found": "Ce am găsit"}.get(text, text)

    page = exported(database, [full_session], "html", tmp_path, translate=romanian,
                    language="ro").decode("utf-8")
    assert "<h2>Grupuri</h2>" in page and "Ce am găsit" in page and 'lang="ro"' in page


def test_a_range_exports_the_sessions_of_those_days_oldest_first(database, clock,
                                                                 full_session, tmp_path):
    clock.advance(7 * 24 * 3600)
    later = make_full_session(database, clock)
    day = clock.now().astimezone().date()
    assert run.sessions_between(database, None, None) == [full_session, later]
    assert run.sessions_between(database, day, day) == [later]
