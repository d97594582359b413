"""Markdown typed into findings, whatever it is, renders to harmless HTML and plain words: no
exception, nothing that runs, loads or restyles, and HTML typed by a child shows as its text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sole_app.core import markup
from tests.fuzz.conftest import fuzz
from tests.hostile import HOSTILE_TEXTS, active_content

PIECES = ("**", "*", "_", "`", "```", "#", "> ", "- ", "1. ", "[", "](", ")", "![", "<", ">",
          "&", "&#", ";", "\n", "\n\n", "    ", "|", "---", "javascript:", "data:", "http://",
          "<a href=", "\"", "'", "\\", "=", "on", "src", "style", "ș", "ы", "\u202e", "\x00")
markdown_texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(PIECES) | st.sampled_from(HOSTILE_TEXTS) | st.text(max_size=6),
             max_size=40).map("".join))


@fuzz
@given(source=markdown_texts)
def test_any_markdown_renders_to_nothing_active(source):
    for rendered in (markup.to_html(source), markup.to_html_showing_tags(source)):
        assert active_content(rendered) == []
    # The plain words (shown as plain text, never as HTML) are one trimmed line
    plain = markup.to_plain(source)
    assert "\n" not in plain and plain == plain.strip()
    assert isinstance(markup.to_plain_lines(source), str)


@fuzz
@given(word=st.text(st.characters(whitelist_categories=("L", "N")), min_size=1,
                    max_size=20).filter(lambda text: text.isalnum()))
def test_html_a_child_types_shows_as_the_text_they_typed(word):
    shown = markup.to_html_showing_tags(f"<b>{word}</b>")
    assert active_content(shown) == [] and "<b>" not in shown
    assert "&lt;b&gt;" in shown


@fuzz
@given(source=st.text(max_size=200) | st.lists(
    st.sampled_from(("Cum ", "de ce", "?", ",", ".", "1", "1990", "\n", "\n\n", "    ", "\t",
                     "ș", "ы", "(", ")", "'", '"', ":", ";", "%", "/", "ok")),
    max_size=30).map("".join))
def test_plain_words_read_without_markdown_are_those_markdown_gives(source):
    # Given any text (most questions hold no Markdown mark at all)
    # When its plain words are read the quick way, with Markdown only for a text with marks
    # Then they are the very words Markdown would give
    assert markup.to_plain(source) == " ".join(markup.to_plain_lines(source).split())
