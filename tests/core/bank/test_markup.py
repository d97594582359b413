"""Markdown a person typed is shown formatted, but never runs code or fetches anything."""

from __future__ import annotations

import pytest

from sole_app.core.markup import to_html, to_plain, to_plain_lines
from tests.hostile import HOSTILE_TEXTS

# The corpus strings that are Markdown too: their plain text is their words
MARKDOWN_IN_CORPUS = {
    "![image](http://example.invalid/i.png)": "image",
    "[link](javascript:alert(1))": "link",
    "{{7*7}} ${7*7} <%= 7*7 %>": "{{77}} ${77} <%= 7*7 %>",  # *7}} ${7* is emphasis
}


def test_markdown_is_formatted_and_a_list_needs_no_blank_line():
    html = to_html("**Deschidere:** o poveste\n- Ce știm?\n- Ce nu știm?")
    assert "<strong>Deschidere:</strong>" in html
    assert html.count("<li>") == 2


def test_a_typed_script_is_removed_and_never_reaches_the_view():
    html = to_html("Bună <script>alert('x')</script> ziua <img src=x onerror=alert(1)>")
    assert "<script" not in html and "alert" not in html and "onerror" not in html
    assert "Bună" in html and "ziua" in html


def test_dangerous_links_lose_their_target_and_images_are_not_fetched():
    html = to_html("[a](javascript:alert(1)) [b](https://example.org) ![p](http://x/p.png)")
    assert "javascript:" not in html and "<img" not in html
    assert 'href="https://example.org"' in html


def test_plain_text_for_lists_has_no_markdown_and_keeps_the_letters():
    assert to_plain("**De ce** avem nevoie\nde _somn_? & ș ț `a < b`") == (
        "De ce avem nevoie de somn? & ș ț a < b")


def test_plain_text_keeps_typed_html_and_entities_exactly_as_typed():
    # "&lt;img&gt;" was unescaped into a real "<img>" tag, which a tooltip then rendered
    assert to_plain("Why &lt;img src=x&gt; and &#60;b&#62; and &amp;?") == (
        "Why &lt;img src=x&gt; and &#60;b&#62; and &amp;?")
    assert to_plain("A <b>bold</b> <img src=x onerror=alert(1)> claim") == (
        "A <b>bold</b> <img src=x onerror=alert(1)> claim")


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_every_injection_string_is_plain_text_as_typed(text):
    expected = MARKDOWN_IN_CORPUS.get(text, " ".join(text.split()))
    assert to_plain(text) == expected
    assert to_plain_lines(text) == expected


def test_an_image_in_plain_text_is_its_description():
    assert to_plain("Uite: ![harta Moldovei](file:///C:/harta.png)") == "Uite: harta Moldovei"


def test_plain_lines_keep_the_line_breaks_and_drop_the_markdown():
    assert to_plain_lines("# Titlu\n\n_Când_ `dormim`?\n- și\n- visăm") == (
        "Titlu\nCând dormim?\nși\nvisăm")


def test_plain_lines_show_typed_html_as_the_text_it_is():
    # The stage paints what the librarian typed; it never interprets a tag, nor hides one
    assert to_plain_lines("Why <script>alert(1)</script> `a < b` & <b>x</b>?") == (
        "Why <script>alert(1)</script> a < b & <b>x</b>?")
